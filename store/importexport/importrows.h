#pragma once

// The importer's reading of one CSV row into a record, field by field, from the bytes the CsvReader hands
// out. Private to core/store.

#include "store/records/recordformat.h"

#include "core/files/csv.h"
#include "core/records/records.h"

#include <QHash>

#include <array>
#include <utility>
#include <vector>

namespace cd::store::detail {

// Positions in columnsOf(kind).
enum PartnerColumn { PId, PName, PType, PRegion, PCountry, PProgram, PTier, PStage, PStatus, PManager, PJoinedOn,
                     PCommitment, PCurrency, PWebsite, PVertical };
enum DealColumn { DId, DPartners, DCustomer, DDomain, DName, DProduct, DStatus, DStage, DAmount, DCurrency,
                  DProbability, DCloseDate, DCancelledOn, DSource, DRegId };
enum RegistrationColumn { RId, RPartner, RCustomer, RDomain, RProduct, RAmount, RCurrency, RSubmittedAt, RStatus,
                          RDecidedAt };
enum FxColumn { FDate, FCurrency, FRate };

// For each of the kind's data.md columns, its index in the file (or -1 when the file lacks it).
using ColumnMap = std::array<int, 16>;
ColumnMap mapColumns(const CsvReader &reader, RecordKind kind);
// Columns a file of the kind must have.
const QStringList &requiredColumns(RecordKind kind);

// Parses the current row of `reader`. Each problem is appended to `errors` as FILE:LINE: FIELD: message;
// the returned record is only meaningful when none was added. The caller then runs the record's rules
// (recordrules.h) through checkRules(), which skips fields that already failed to parse; fx rates are
// checked here.
class RowParser
{
public:
    RowParser(const CsvReader &reader, const ColumnMap &columns, RecordKind kind, bool checkUtf8, Diagnostics &errors);

    // A lean parse leaves out the free text that the rules do not look at (deal customer, domain, name,
    // product and reg_id), for callers that take those from the bytes; they are still checked for UTF-8.
    void setLean(bool lean) { m_lean = lean; }

    Partner partner();
    Deal deal();
    Registration registration();
    FxRate fxRate();

    bool failed() const { return m_failures > 0; }
    void checkRules(const Diagnostics &problems);

private:
    QByteArrayView raw(int column) const { return m_reader.field(m_columns[size_t(column)]); }
    QString text(int column);
    QString freeText(int column);
    QString required(int column);
    QDate date(int column);
    QDateTime dateTime(int column);
    std::optional<Currency> currency(int column);
    Money money(int amountColumn, const std::optional<Currency> &currency, bool required);
    void fail(int column, const QString &message);

    const CsvReader &m_reader;
    const ColumnMap &m_columns;
    const QStringList &m_names;
    bool m_checkUtf8;
    Diagnostics &m_errors;
    int m_failures = 0;
    bool m_lean = false;
    QStringList m_failedFields;
};

// An upsert leaves alone what the file does not mention: the columns absent from its header keep the
// stored values (an empty field, by contrast, clears one).
void mergeAbsentColumns(Partner &partner, const Partner &stored, const ColumnMap &columns);
void mergeAbsentColumns(Deal &deal, const Deal &stored, const ColumnMap &columns);
void mergeAbsentColumns(Registration &registration, const Registration &stored, const ColumnMap &columns);

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
