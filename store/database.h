#pragma once

#include "store/engine/engine.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <stdexcept>

namespace cd::store {

// Anything the store cannot do, with a message a user can act on (it names the file or the operation).
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message);
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The server refused a statement for the connected member's role (team mode): the user's role, not the data,
// is the reason, and nothing was changed.
class PermissionError : public StoreError
{
public:
    PermissionError(const QString &message, QString serverText) : StoreError(message), m_serverText(std::move(serverText)) {}
    // The server's own words ("permission denied for table partners").
    const QString &serverText() const { return m_serverText; }

private:
    QString m_serverText;
};

// The database server cannot be reached or refuses the connection (a file that cannot be opened is a plain
// StoreError): the user's input may be right, the network or the server is not.
class ConnectionError : public StoreError
{
public:
    using StoreError::StoreError;
};

// A save or delete made from an older reading of a record: someone changed or deleted it since it was read
// (its row version moved on, records/rowversion.h). Nothing was written. changedBy and changedAt come from
// the audit log's newest row for the record, when the reader may see one.
class StaleRecordError : public StoreError
{
public:
    StaleRecordError(const QString &message, QString changedBy, QDateTime changedAt, bool deleted)
        : StoreError(message), m_changedBy(std::move(changedBy)), m_changedAt(std::move(changedAt)), m_deleted(deleted)
    {
    }
    const QString &changedBy() const { return m_changedBy; } // empty when unknown
    const QDateTime &changedAt() const { return m_changedAt; } // UTC; invalid when unknown
    bool deleted() const { return m_deleted; }

private:
    QString m_changedBy;
    QDateTime m_changedAt;
    bool m_deleted;
};

// One ChannelDesk database (data.md "The database"): an SQLite file, or a team's PostgreSQL database named by
// a URI (engine/location.h). open() creates a new one or brings an older one up to the current schema, one
// migration step per version, each in its own transaction. A database written by a newer ChannelDesk, or
// one that is not a ChannelDesk database at all, is refused before anything is written to it.
class Database
{
public:
    static std::unique_ptr<Database> open(const QString &location); // a path or a URI; throws StoreError
    static std::unique_ptr<Database> open(const DatabaseLocation &location);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    // The location for messages, titles and settings: the file's path, or the URI without a password.
    QString path() const { return m_location.display(); }
    const DatabaseLocation &location() const { return m_location; }
    EngineKind engine() const { return m_engine->kind(); }
    // For the store's own code that differs by engine (changefeed.cpp).
    Engine &engineImplementation() const { return *m_engine; }
    int schemaVersion() const;
    // Whether open() found no schema and created it.
    bool createdSchema() const { return m_createdSchema; }
    static int currentSchemaVersion();
    // PRAGMA application_id of every ChannelDesk file ("ChDk").
    static constexpr qint32 applicationId = 0x4368446b;

    // Who the audit log names for changes made through this connection; the OS user by default.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Helpers for the store's own code: each throws StoreError naming `what` when SQLite fails.
    QSqlQuery prepare(const QString &statement, const QString &what) const;
    static void exec(QSqlQuery &query, const QString &what);
    // Runs an INSERT … RETURNING id and gives the new row's id, the same way on both engines.
    static qint64 execReturningId(QSqlQuery &query, const QString &what);
    void execute(const QString &statement, const QString &what) const; // no bindings, no rows
    QVariant scalar(const QString &statement, const QString &what) const;
    // A schema step's statement, written with SQLite's column types, in the engine's own (engine.h).
    void define(const QString &statement, const QString &what) const;

    // A connection name no other connection of this process has.
    static QString newConnectionName(const char *purpose);

    // Transaction nesting depth (see Transaction).
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    Database(DatabaseLocation location, std::unique_ptr<Engine> engine);
    void migrate();

    DatabaseLocation m_location;
    std::unique_ptr<Engine> m_engine;
    QString m_connectionName;
    QString m_actor;
    int m_transactionDepth = 0;
    bool m_createdSchema = false;
};

// RAII transaction: the outermost one begins as the engine begins one (in SQLite with the write lock up
// front, so two processes never deadlock upgrading a read lock), nested ones are savepoints. Not committed by the end of the scope means
// rolled back, also on an exception.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_database;
    int m_level;
    bool m_done = false;
};

} // namespace cd::store
