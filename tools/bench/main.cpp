// channeldesk-bench: measures import, table models, dashboard and commission speed at scale and prints the
// figures of docs/performance.md. A developer's tool: it ships with no package and speaks English only.
#include "app/cli/cli.h"
#include "tools/bench/benchcommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    cd::cli::Invocation invocation;
    invocation.program = QStringLiteral("channeldesk-bench");
    invocation.out = &out;
    invocation.err = &err;
    invocation.arguments = QCoreApplication::arguments().mid(1);
    try {
        return cd::cli::runBenchCommand(invocation);
    } catch (const std::exception &error) {
        invocation.printError(QStringLiteral("internal failure: ") + QString::fromLocal8Bit(error.what()));
        return cd::cli::InternalFailure;
    }
}
