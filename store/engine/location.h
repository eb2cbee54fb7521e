#pragma once

#include <QString>

#include <optional>

namespace cd::store {

// Where a ChannelDesk database lives, as `--db` and the window's Open and Connect take it: an SQLite file's
// path, or a PostgreSQL connection URI in libpq's form
// `postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir&port=…]`.
struct DatabaseLocation
{
    enum class Kind { SQLiteFile, PostgreSQL };
    Kind kind = Kind::SQLiteFile;
    QString path; // the file, for SQLite

    // PostgreSQL: what libpq needs. An empty field is left to libpq's defaults (PGHOST, PGUSER, …); an empty
    // password to PGPASSWORD and ~/.pgpass.
    QString host; // a name, an address or, starting with '/', the socket's directory
    int port = 0; // 0: libpq's default
    QString databaseName;
    QString user;
    QString password;

    // Reads a file path or a URI; nullopt with *error set for a URI it cannot read.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    static bool looksLikeUri(const QString &text);
    bool isPostgreSQL() const { return kind == Kind::PostgreSQL; }
    // The location for messages, titles and settings: the path, or the URI without its password.
    QString display() const;
};

} // namespace cd::store
