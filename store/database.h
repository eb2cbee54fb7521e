#pragma once

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

// One ChannelDesk SQLite file (data.md "The database"). open() creates a new file or brings an older one
// up to the current schema, one migration step per version, each in its own transaction. A file written
// by a newer ChannelDesk, or one that is not a ChannelDesk database at all, is refused before anything
// is written to it.
class Database
{
public:
    static std::unique_ptr<Database> open(const QString &path); // throws StoreError
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int currentSchemaVersion();
    // PRAGMA application_id of every ChannelDesk file ("ChDk").
    static constexpr qint32 applicationId = 0x4368446b;

    // Who the audit log names for changes made through this connection; the OS user by default.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Helpers for the store's own code: each throws StoreError naming `what` when SQLite fails.
    QSqlQuery prepare(const QString &statement, const QString &what) const;
    static void exec(QSqlQuery &query, const QString &what);
    void execute(const QString &statement, const QString &what) const; // no bindings, no rows
    QVariant scalar(const QString &statement, const QString &what) const;

    // Transaction nesting depth (see Transaction).
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    explicit Database(QString path);
    void configure();
    void migrate();

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    int m_transactionDepth = 0;
};

// RAII transaction: the outermost one is BEGIN IMMEDIATE (the write lock up front, so two processes never
// deadlock upgrading a read lock), nested ones are savepoints. Not committed by the end of the scope means
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
