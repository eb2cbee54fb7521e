#pragma once

// Writing many rows of one table at once, for the importer's deals: SQLite takes them as multi-row INSERTs
// prepared on its own sqlite3 handle, PostgreSQL as COPY on its own PGconn. Both take the UTF-8 bytes
// straight from the mapped CSV file, where QSqlQuery would build a QVariant and a QString per field
// (measured on SQLite: about 3 µs a row more, a third of the budget for a million deals). Private to store/.

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>

namespace cd::store {

// Names what a batch was writing, for the error; called only when it fails.
using DescribeWrite = std::function<QString()>;

class BulkInsert
{
public:
    virtual ~BulkInsert() = default;
    // `rows` rows follow, each as its columns' values in the order the insert was made with.
    virtual void beginRows(std::size_t rows) = 0;
    virtual void integer(qint64 value) = 0;
    virtual void text(QByteArrayView utf8) = 0;       // '' when empty
    virtual void textOrNull(QByteArrayView utf8) = 0; // NULL when empty
    // The rows begun are complete. SQLite writes them now; PostgreSQL keeps them for flush(). The bytes
    // given need to stay valid only until this returns. Throws StoreError.
    virtual void endRows(const DescribeWrite &describe) = 0;
    // Every row ended so far is in the table. One connection writes one COPY at a time: another insert (or
    // any other statement) may run only once this one is flushed. Throws StoreError.
    virtual void flush(const DescribeWrite &describe) = 0;
};

// What an import changes about the connection while it runs, undone by the destructor whatever way the
// import ends.
class ImportSettings
{
public:
    virtual ~ImportSettings() = default;
    // Around building the indexes a bulk load dropped.
    virtual void beforeIndexing() = 0;
    virtual void afterIndexing() = 0;
    // Tables the import added or changed many rows of, for committed().
    virtual void loaded(const QStringList &tables) = 0;
    // The import's transaction committed: whatever the engine's planner needs to know about the tables
    // loaded now. Never throws: the import stands whatever happens here.
    virtual void committed() = 0;
};

// What a bulk load may drop and make again once the rows are in (an index, a foreign key): the statements
// that do each.
struct Rebuildable
{
    QString drop;
    QString create;
};

} // namespace cd::store
