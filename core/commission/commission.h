#pragma once

#include "core/commission/commissioninput.h"
#include "core/commission/commissionplan.h"
#include "core/diagnostic.h"
#include "core/money/money.h"
#include "core/period.h"
#include "core/records/records.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cd {

enum class StatementLineKind : quint8 { Commission, Clawback, Bonus, Total };
QString statementLineKindName(StatementLineKind kind);

struct StatementLine
{
    StatementLineKind kind = StatementLineKind::Commission;
    QString dealId;              // empty for bonus and total
    std::optional<Money> credit; // commission lines and the total
    Money amount;
    bool operator==(const StatementLine &) const = default;
};

// One partner's statement for one window: commission lines in credit order, clawbacks, the bonus, the total.
struct Statement
{
    QString partnerId;
    Period period;
    QList<StatementLine> lines;
    bool operator==(const Statement &) const = default;
};

// The engine's output in compact form, in statement order (partner id bytes, then period).
struct CommissionResult
{
    struct Line
    {
        qint64 credit;          // commission lines only
        qint64 amount;          // plan minor units
        const char *dealIdData; // bytes held by CommissionBatch::dealIds; none for the bonus
        quint32 dealIdSize;
        StatementLineKind kind;

        QByteArrayView dealId() const { return QByteArrayView(dealIdData, dealIdSize); }
    };
    struct Statement
    {
        quint32 partner; // index in CommissionBatch::partners
        qint32 window;   // see commissionWindowPeriod()
        quint32 firstLine;
        quint32 lineCount; // without the total
        qint64 credit;     // Cₙ
        qint64 total;      // the sum of the lines
    };
    std::vector<Line> lines;
    std::vector<Statement> statements;
};

// The window (the plan's month, quarter or year) a month (year × 12 + month − 1) falls in, and back.
qint32 commissionWindowOf(const CommissionPlan &plan, qint32 month);
Period commissionWindowPeriod(const CommissionPlan &plan, qint32 window);

// commission.md's computation, steps 1-7. Throws InputError (naming the deal's line) when a rate is
// missing or a value would overflow.
CommissionResult computeCommission(const CommissionPlan &plan, const CommissionBatch &batch,
                                   const FxTable &fx);

// The statement CSV of commission.md, byte for byte: header `partner,period,kind,deal,credit,amount`, LF
// line ends, amounts with exactly the plan currency's minor digits, partner and deal ids through data.md's
// formula guard and quoting. Both give the same bytes for the same statements.
QByteArray statementCsv(const CommissionPlan &plan, const CommissionBatch &batch,
                        const CommissionResult &result);
QByteArray statementCsv(const QList<Statement> &statements);

// The result as value types.
QList<Statement> statementsOf(const CommissionPlan &plan, const CommissionBatch &batch,
                              const CommissionResult &result);

// The whole computation over value types. Throws InputError listing every deal it cannot take (see
// CommissionBatch::add(), and a missing rate), or one naming the deal where a value would overflow.
QList<Statement> computeStatements(const CommissionPlan &plan, const QList<CommissionDeal> &deals,
                                   const FxTable &fx, const QString &sourceName = QString());

} // namespace cd

Q_DECLARE_METATYPE(cd::Statement)
