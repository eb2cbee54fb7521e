// `channeldesk-cli team`: the members of a team database and their roles (cli.md, docs/team.md).
#include "app/cli/cli.h"

#include "core/files/csv.h"
#include "store/database.h"
#include "store/team/migration.h"
#include "store/team/team.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace cd::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli)
};

QString usage()
{
    return CliText::tr("Usage: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive "
                       "[--region REGION] [--password-stdin]\n"
                       "       channeldesk-cli --db URI team list [--out FILE]\n"
                       "       channeldesk-cli --db URI team remove-user LOGIN\n"
                       "\n"
                       "Subcommands:\n"
                       "  add-user     gives a PostgreSQL login a role in this database (creating the login if new)\n"
                       "  list         the members, their roles and regions, as CSV\n"
                       "  remove-user  takes a member's rights in this database away\n"
                       "\n"
                       "The server enforces the roles: admin everything, manager all program data but not plans, "
                       "programs, targets or the team, regional only its region's partners and their records, "
                       "executive reads only.\n");
}

// The one positional LOGIN of add-user and remove-user.
std::optional<QString> loginArgument(const QCommandLineParser &parser, const Invocation &invocation)
{
    if (parser.positionalArguments().size() != 1) {
        invocation.printError(CliText::tr("%1: give one LOGIN").arg(invocation.command));
        return std::nullopt;
    }
    return parser.positionalArguments().first();
}

int runAddUser(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption roleOption(QStringLiteral("role"), CliText::tr("admin, manager, regional or executive."),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption regionOption(QStringLiteral("region"), CliText::tr("The region of a regional member."),
                                          QStringLiteral("REGION"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            CliText::tr("Read the login's new password from the first line of standard input."));
    parser.addOptions({roleOption, regionOption, passwordOption});
    parser.addPositionalArgument(QStringLiteral("LOGIN"), CliText::tr("The PostgreSQL login."));
    if (const auto exit = parseArguments(parser, invocation, CliText::tr("Gives a login a role in the team database.")))
        return *exit;
    const std::optional<QString> login = loginArgument(parser, invocation);
    if (!login)
        return BadInput;
    const std::optional<store::TeamRole> role = store::teamRoleFromName(parser.value(roleOption));
    if (!role) {
        invocation.printError(CliText::tr("--role must be admin, manager, regional or executive, not \"%1\"")
                                  .arg(parser.value(roleOption)));
        return BadInput;
    }
    const store::TeamMember member{*login, *role, parser.value(regionOption)};
    if (const QString problem = store::Team::memberProblem(member); !problem.isEmpty()) {
        invocation.printError(problem);
        return BadInput;
    }
    QString password;
    if (parser.isSet(passwordOption)) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        password = QString::fromUtf8(in.readLine()).trimmed();
        if (password.isEmpty()) {
            invocation.printError(CliText::tr("--password-stdin read no password"));
            return BadInput;
        }
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    store::Team(*database).addMember(member, password);
    invocation.print(CliText::tr("%1 is now %2 in %3: %4")
                         .arg(*login, store::teamRoleName(*role), database->path(),
                              store::teamRoleScope(*role, parser.value(regionOption))));
    return Success;
}

int runList(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Write the CSV to FILE instead of standard output."),
                                       QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (const auto exit = parseArguments(parser, invocation, CliText::tr("Lists the team's members as CSV: login, role, region.")))
        return *exit;
    if (const auto exit = checkArguments(parser, invocation))
        return *exit;
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    QByteArray csv;
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("region")});
        for (const store::TeamMember &member : store::Team(*database).members())
            writer.writeRow({member.login, store::teamRoleName(member.role), member.region});
    }
    return writeOutput(invocation, parser.value(outOption), csv);
}

int runRemoveUser(Invocation &invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("LOGIN"), CliText::tr("The PostgreSQL login."));
    if (const auto exit = parseArguments(parser, invocation, CliText::tr("Takes a member's rights in the team database away.")))
        return *exit;
    const std::optional<QString> login = loginArgument(parser, invocation);
    if (!login)
        return BadInput;
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    store::Team(*database).removeMember(*login);
    invocation.print(CliText::tr("%1 is no longer a member of %2").arg(*login, database->path()));
    return Success;
}

} // namespace

int runMigrateCommand(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), CliText::tr("The desktop file (SQLite)."), QStringLiteral("FILE"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliText::tr("The empty team database (PostgreSQL URI)."),
                                      QStringLiteral("URI"));
    parser.addOptions({fromOption, toOption});
    if (const auto exit = parseArguments(parser, invocation,
                                         CliText::tr("Moves a desktop file's whole program into an empty team database, "
                                                     "all or nothing.")))
        return *exit;
    if (const auto exit = checkArguments(parser, invocation, {&fromOption, &toOption}))
        return *exit;
    const QString from = parser.value(fromOption);
    if (store::DatabaseLocation::looksLikeUri(from) || !QFileInfo(from).isFile()) {
        invocation.printError(CliText::tr("--from needs an existing desktop file, not \"%1\"").arg(from));
        return BadInput;
    }
    if (!store::DatabaseLocation::looksLikeUri(parser.value(toOption))) {
        invocation.printError(CliText::tr("--to needs a PostgreSQL URI like postgresql://user@host/dbname"));
        return BadInput;
    }
    Invocation source = invocation;
    source.databaseOption = from;
    Invocation target = invocation;
    target.databaseOption = parser.value(toOption);
    int status = Success;
    const std::unique_ptr<store::Database> desktop = openDatabase(source, status);
    if (!desktop)
        return status;
    const std::unique_ptr<store::Database> team = openDatabase(target, status);
    if (!team)
        return status;
    QList<store::CopiedTable> copied;
    try {
        copied = store::copyDatabase(*desktop, *team, [&](const QString &table) {
            invocation.print(CliText::tr("copying %1 …").arg(table));
        });
    } catch (const store::PermissionError &) {
        throw;
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return BadInput;
    }
    qint64 rows = 0;
    for (const store::CopiedTable &table : copied)
        rows += table.rows;
    invocation.print(CliText::tr("%1 moved into %2: %3 rows in %4 tables").arg(from, team->path()).arg(rows).arg(copied.size()));
    return Success;
}

int runTeamCommand(Invocation &invocation)
{
    return runSubcommand(invocation,
                         {{QStringLiteral("add-user"), runAddUser}, {QStringLiteral("list"), runList},
                          {QStringLiteral("remove-user"), runRemoveUser}},
                         usage());
}

} // namespace cd::cli
