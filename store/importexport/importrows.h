#pragma once

// The importer's reading of one CSV row into a record, field by field, from the bytes the CsvReader hands
// out. Private to store/.

#include "store/records/recorddescription.h"

#include "core/files/csv.h"
#include "core/records/records.h"

#include <QHash>

#include <array>
#include <utility>
#include <vector>

namespace cd::store::detail {

// For each field of the kind's description, its index in the file (or -1 when the file lacks it).
using ColumnMap = std::array<int, kMostFields>;
template<typename Record>
ColumnMap mapColumns(const CsvReader &reader)
{
    ColumnMap map;
    map.fill(-1);
    const QStringList &names = headersOf<Record>();
    for (qsizetype i = 0; i < names.size(); ++i)
        map[size_t(i)] = reader.columnIndex(names[i]);
    return map;
}
ColumnMap mapColumns(const CsvReader &reader, RecordKind kind);

// Columns a file of the kind must have: the fields that are not Requirement::Optional.
template<typename Record>
const QStringList &requiredColumns()
{
    static const QStringList required = [] {
        QStringList list;
        for (const Field<Record> &field : descriptionOf<Record>().fields) {
            if (field.requirement != Requirement::Optional)
                list << QString::fromLatin1(field.header);
        }
        return list;
    }();
    return required;
}
const QStringList &requiredColumns(RecordKind kind);

// Parses the current row of `reader` field by field, as the record's description says. Each problem is
// appended to `errors` as FILE:LINE: FIELD: message; the returned record is only meaningful when none was
// added. The caller then runs the record's rules (recordrules.h) through checkRules(), which skips fields
// that already failed to parse.
class RowParser
{
public:
    RowParser(const CsvReader &reader, const ColumnMap &columns, bool checkUtf8, Diagnostics &errors);

    // A lean parse leaves out the free text (FieldType::Text) that need not be filled in, for callers that
    // take it from the bytes and whose rules do not look at it (deals: customer, domain, name, product and
    // reg_id); it is still checked for UTF-8.
    void setLean(bool lean) { m_lean = lean; }

    template<typename Record>
    Record read(); // Partner, Deal, Registration or FxRate

    bool failed() const { return m_failures > 0; }
    void checkRules(const Diagnostics &problems);

private:
    template<typename Record, int Column>
    void readField(Record &record);
    template<typename Record, int Column>
    void readMoney(Record &record);
    QByteArrayView raw(int column) const { return m_reader.field(m_columns[size_t(column)]); }
    QString text(int column);
    QString freeText(int column);
    void requireFilled(int column);
    QList<DealShare> partnerSplit(int column);
    QDate date(int column);
    QDateTime dateTime(int column);
    std::optional<Currency> currency(int column);
    Money money(int amountColumn, const std::optional<Currency> &currency, bool required);
    std::optional<Decimal> percent(int column);
    Decimal number(int column);
    void fail(int column, const QString &message);

    const CsvReader &m_reader;
    const ColumnMap &m_columns;
    const QStringList *m_names = nullptr; // the headers of the kind being read
    bool m_checkUtf8;
    Diagnostics &m_errors;
    int m_failures = 0;
    bool m_lean = false;
    QStringList m_failedFields;
};

// An upsert leaves alone what the file does not mention: the optional columns absent from its header keep
// the stored values (an empty field, by contrast, clears one). An amount and its currency go together.
template<typename Record>
void mergeAbsentColumns(Record &record, const Record &stored, const ColumnMap &columns);

// The ids of one file and the line each came on, to report a second occurrence. Files written by the
// exporter (and most generated ones) list ids in ascending byte order: while they do, a new id can only
// repeat the previous one, so ids are appended to a list and no hash is built; the first id out of order
// moves them all into a hash, which serves from then on. The keys' bytes must outlive the register.
class IdRegister
{
public:
    void clear();
    void reserve(qsizetype count) { m_capacity = count; m_ordered.reserve(size_t(count)); }
    // The line `key` came on before, or 0 after remembering it on `line`.
    int seen(QByteArrayView key, int line);

private:
    std::vector<std::pair<QByteArrayView, int>> m_ordered;
    QHash<QByteArrayView, int> m_hash;
    qsizetype m_capacity = 0;
    bool m_hashed = false;
};

// "60" or "12.5" exactly as decimalText() writes them (so the file's bytes can be stored as they are).
bool isCanonicalDecimal(QByteArrayView text);
// Lines in the data, for progress.
qint64 countLines(QByteArrayView data);

// Fast checks of the ISO forms data.md uses, straight from bytes.
std::optional<QDate> parseIsoDateBytes(QByteArrayView bytes);
std::optional<QDateTime> parseIsoDateTimeBytes(QByteArrayView bytes);

} // namespace cd::store::detail
