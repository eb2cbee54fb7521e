#pragma once

// Rows straight from the engine's own client library (sqlite3, libpq), for the store's aggregates that
// read hundreds of thousands of rows: Qt SQL would build a QVariant per value, which costs more than the
// engine's own work. Values are read as the engine's text (or SQLite's integers), never as doubles.
// Private to store/.

#include <QByteArrayView>
#include <QString>
#include <QVariantList>

#include <memory>

namespace cd::store {

// One query's rows, forward only. Bindings are integers (Int, LongLong) or text; the SQL is the store's
// one dialect, with `?` or `?N` placeholders.
class RowCursor
{
public:
    virtual ~RowCursor() = default;
    virtual bool next() = 0; // throws StoreError
    virtual qint64 integer(int column) const = 0;
    virtual bool isNull(int column) const = 0;
    virtual QByteArrayView bytes(int column) const = 0; // valid until next()
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
};

// A connection of its own, for a reader on another thread; read only.
class ReadConnection
{
public:
    virtual ~ReadConnection() = default;
    virtual std::unique_ptr<RowCursor> cursor(const QString &sql, const QVariantList &bindings) = 0;
};

} // namespace cd::store
