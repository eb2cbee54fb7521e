#include "store/engine/location.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace cd::store {

namespace {

struct LocationText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

} // namespace

bool DatabaseLocation::looksLikeUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation location;
    if (!looksLikeUri(text)) {
        location.path = text;
        return location;
    }
    location.kind = Kind::PostgreSQL;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // Neither the text nor QUrl's account of it, which quotes it: it may hold a password.
        *error = LocationText::tr("the PostgreSQL URI is not valid; write it as postgresql://user@host:5432/dbname");
        return std::nullopt;
    }
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(0);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok || location.port <= 0 || location.port > 65535) {
                *error = LocationText::tr("the port \"%1\" in the PostgreSQL URI is not a port number").arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("dbname")) {
            location.databaseName = value;
        } else if (key == QLatin1String("user")) {
            location.user = value;
        } else {
            *error = LocationText::tr("the PostgreSQL URI has the parameter \"%1\", which ChannelDesk does not use").arg(key);
            return std::nullopt;
        }
    }
    if (location.databaseName.isEmpty()) {
        *error = LocationText::tr("the PostgreSQL URI names no database (postgresql://host/dbname)");
        return std::nullopt;
    }
    return location;
}

QString DatabaseLocation::display() const
{
    if (kind == Kind::SQLiteFile)
        return path;
    // Written out by hand: QUrl cannot put a socket directory into the query and keep the empty authority
    // libpq expects ("postgresql:///db"). Percent-encoded, so that parse() reads it back.
    const auto encoded = [](const QString &part, const char *keep = "") {
        return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
    };
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    if (!socket)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host, ".");
    if (!socket && port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(databaseName);
    if (socket) {
        text += QStringLiteral("?host=") + encoded(host, "/");
        if (port > 0)
            text += QStringLiteral("&port=") + QString::number(port);
    }
    return text;
}

} // namespace cd::store
