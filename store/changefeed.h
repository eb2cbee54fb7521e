#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace cd::store {

class Database;

// Tells the window that someone else changed the database: another member of the team (PostgreSQL's
// LISTEN/NOTIFY, within a moment of their commit) or another process on the same desktop file (SQLite's
// data_version, looked at once a second). Changes made through this connection are not repeated here:
// the store's callers announce those themselves.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // Lives in the thread of `database`, whose event loop delivers the notifications; the database must
    // outlive the feed.
    static std::unique_ptr<ChangeFeed> watch(Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;

signals:
    // `table` is the changed table, or empty when the engine cannot say which.
    void changedElsewhere(const QString &table);

protected:
    using QObject::QObject;
};

} // namespace cd::store
