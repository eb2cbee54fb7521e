// commission.md's invariants over seeded random plans, deals and rates: the statement lines add up to
// the total, split shares add up to the deal, each line is within a cent of its exact value, the window is
// rounded once, clawbacks undo exactly what was paid, and the CSV reader and the value types agree.
#include "core/commission/commission.h"
#include "core/commission/commissioninput.h"
#include "core/commission/commissionplan.h"
#include "core/files/csv.h"

#include <QMap>
#include <QSet>
#include <QTest>

#include <random>

using namespace cd;

class TestCommissionInvariants : public QObject
{
    Q_OBJECT

private slots:
    void generatedCases_data();
    void generatedCases();
};

namespace {

struct FxRow
{
    QDate date;
    Currency currency;
    Decimal rate;
};

struct Case
{
    CommissionPlan plan;
    QList<CommissionDeal> deals;
    QList<FxRow> rates;
};

Currency currency(const char *code)
{
    return *Currency::fromCode(QByteArrayView(code));
}

Case generate(std::mt19937_64 &random)
{
    auto below = [&](quint64 n) { return qint64(random() % n); };
    static const char *const codes[] = {"USD", "EUR", "JPY", "KWD", "GBP"};
    static const QStringList partnerPool{"P1", "P2", "P10", "ACME", "+plus", "a,b", QString::fromUtf8("Ünïcode")};
    Case c;
    CommissionPlan &plan = c.plan;
    plan.id = "generated";
    plan.currency = currency(codes[below(4)]);
    plan.window = PeriodKind(below(3));
    plan.fiscalYearStartMonth = int(below(12)) + 1;
    plan.method = below(2) ? CommissionMethod::Graduated : CommissionMethod::Retroactive;
    plan.rounding = below(2) ? RoundingMode::HalfEven : RoundingMode::HalfUp;
    const int minor = plan.currency.minorDigits();
    const qint64 unitScale = static_cast<qint64>(Decimal::pow10(minor));
    qint64 from = 0;
    for (int i = 0, n = int(below(4)) + 1; i < n; ++i) {
        plan.bands.append({Decimal::fromUnits(from, minor), Decimal::fromUnits(below(40000001), 8)});
        from += 1 + below(quint64(20000 * unitScale));
    }
    if (below(2))
        plan.bonus = CommissionBonus{Decimal::fromUnits(below(quint64(100000 * unitScale)), minor),
                                     Decimal::fromUnits(below(5000001), 8)};

    for (const char *code : codes) {
        if (currency(code) == plan.currency)
            continue;
        c.rates.append({QDate(2024, 12, 1), currency(code), Decimal::fromUnits(1 + below(10000000), int(below(7)))});
        for (int i = 0, n = int(below(4)); i < n; ++i) {
            const QDate date = QDate(2025, 1, 1).addDays(below(730));
            bool taken = false;
            for (const FxRow &row : c.rates)
                taken = taken || (row.date == date && row.currency == currency(code));
            if (!taken)
                c.rates.append({date, currency(code), Decimal::fromUnits(1 + below(10000000), int(below(7)))});
        }
    }

    QSet<QString> ids;
    for (int i = 0, n = int(below(25)); i < n; ++i) {
        CommissionDeal deal;
        do
            deal.id = "D" + QString::number(below(1000));
        while (ids.contains(deal.id));
        ids.insert(deal.id);
        const int partners = int(below(3)) + 1;
        QStringList pool = partnerPool;
        qint64 left = 10000; // percent × 100
        for (int p = 0; p < partners; ++p) {
            const QString partner = pool.takeAt(below(quint64(pool.size())));
            const qint64 share = p + 1 == partners ? left : 1 + below(quint64(left - (partners - p - 1)));
            left -= share;
            deal.shares.append({partner, Decimal::fromUnits(share, 2).normalized()});
        }
        deal.closeDate = QDate(2025, 1, 1).addDays(below(730));
        const Currency dealCurrency = below(2) ? plan.currency : currency(codes[below(5)]);
        deal.amount = Money::fromMinorUnits(1 + below(dealCurrency.minorDigits() == 0 ? 10000000 : 1000000000),
                                            dealCurrency);
        if (below(4) == 0) {
            deal.status = CommissionDeal::Status::Cancelled;
            deal.cancelledOn = deal.closeDate.addDays(below(400));
        }
        deal.line = i + 2;
        c.deals.append(deal);
    }
    return c;
}

// The case as the files `commission calc` reads, columns shuffled and an export column thrown in.
QByteArray dealsCsv(const Case &c, std::mt19937_64 &random)
{
    QStringList columns{"deal_id", "partners", "close_date", "amount", "currency", "status", "cancelled_on",
                        "customer"};
    std::shuffle(columns.begin(), columns.end(), random);
    QByteArray csv = columns.join(',').toUtf8() + '\n';
    for (const CommissionDeal &deal : c.deals) {
        QStringList fields;
        for (const QString &column : columns) {
            if (column == "deal_id")
                fields << deal.id;
            else if (column == "partners")
                fields << formatPartnerSplit(deal.shares);
            else if (column == "close_date")
                fields << formatIsoDate(deal.closeDate);
            else if (column == "amount")
                fields << deal.amount.toString();
            else if (column == "currency")
                fields << deal.amount.currency().code();
            else if (column == "status")
                fields << (deal.status == CommissionDeal::Status::Won ? "won" : "cancelled");
            else if (column == "cancelled_on")
                fields << formatIsoDate(deal.cancelledOn);
            else
                fields << "Initech, Inc.";
        }
        QByteArrayList escaped;
        for (const QString &field : fields)
            escaped << CsvWriter::escapedText(field);
        csv += escaped.join(',') + '\n';
    }
    return csv;
}

QByteArray fxCsv(const Case &c)
{
    QByteArray csv = "date,currency,rate\n";
    for (const FxRow &row : c.rates)
        csv += (formatIsoDate(row.date) + ',' + row.currency.code() + ',' + row.rate.toString()).toUtf8() + '\n';
    return csv;
}

} // namespace

void TestCommissionInvariants::generatedCases_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 batch = 0; batch < 30; ++batch)
        QTest::addRow("seeds %llu-%llu", batch * 100, batch * 100 + 99) << batch;
}

void TestCommissionInvariants::generatedCases()
{
    QFETCH(quint64, seed);
    for (quint64 n = seed * 100; n < seed * 100 + 100; ++n) {
        std::mt19937_64 random(n);
        const Case c = generate(random);
        const CommissionPlan &plan = c.plan;
        const int minor = plan.currency.minorDigits();
        const QByteArray context = "seed " + QByteArray::number(n);

        Diagnostics problems;
        QCOMPARE(parseCommissionPlan(plan.toJson(), "plan.json", problems), std::optional<CommissionPlan>(plan));
        FxTable fx;
        QVERIFY2(readCommissionFx(fxCsv(c), "fx.csv", fx, problems), context.constData());
        CommissionBatch batch;
        QVERIFY2(readCommissionDeals(dealsCsv(c, random), "deals.csv", {plan.currency, &fx}, batch, problems),
                 QByteArray(context + ' ' + problems.value(0).toString().toUtf8()).constData());
        const QByteArray fast = statementCsv(plan, batch, computeCommission(plan, batch, fx));
        const QList<Statement> statements = computeStatements(plan, c.deals, fx);
        QCOMPARE(statementCsv(statements), fast);

        auto windowOf = [&](QDate date) { return Period::containing(date, plan.window, plan.fiscalYearStartMonth); };
        QMap<QString, const CommissionDeal *> deals;
        for (const CommissionDeal &deal : c.deals)
            deals.insert(deal.id, &deal);
        QMap<QString, Decimal> creditOfDeal;
        QMap<std::pair<QString, QString>, Decimal> paid;
        QMap<std::pair<QString, QString>, int> commissionLines;
        QMap<std::pair<QString, QString>, Decimal> shareCredit;
        std::optional<std::pair<QByteArray, QDate>> previousStatement;

        for (const Statement &statement : statements) {
            const std::pair<QByteArray, QDate> key{statement.partnerId.toUtf8(), statement.period.firstDay()};
            QVERIFY2(!previousStatement || *previousStatement < key, context.constData());
            previousStatement = key;
            QVERIFY2(!statement.lines.isEmpty() && statement.lines.last().kind == StatementLineKind::Total, context.constData());

            Decimal cumulative;
            Decimal commission;
            QList<Decimal> exactLines;
            QList<Int128> paidLines;
            Decimal sum;
            int lastKind = 0;
            std::optional<std::pair<QDate, QByteArray>> previousOrder;
            for (const StatementLine &line : statement.lines) {
                QVERIFY2(int(line.kind) >= lastKind, context.constData());
                if (line.kind != StatementLineKind::Total && int(line.kind) != lastKind)
                    previousOrder.reset();
                lastKind = int(line.kind);
                QCOMPARE(line.amount.currency(), plan.currency);
                if (line.kind == StatementLineKind::Total) {
                    QCOMPARE(line.credit->toDecimal(), cumulative);
                    QCOMPARE(line.amount.toDecimal(), sum);
                    continue;
                }
                sum += line.amount.toDecimal();
                if (line.kind == StatementLineKind::Bonus)
                    continue;
                const CommissionDeal &deal = *deals.value(line.dealId);
                const std::pair<QString, QString> share{line.dealId, statement.partnerId};
                const QDate orderDate = line.kind == StatementLineKind::Commission ? deal.closeDate : deal.cancelledOn;
                const std::pair<QDate, QByteArray> order{orderDate, line.dealId.toUtf8()};
                QVERIFY2(!previousOrder || *previousOrder < order, context.constData());
                previousOrder = order;
                QCOMPARE(windowOf(orderDate), statement.period);
                if (line.kind == StatementLineKind::Clawback) {
                    QVERIFY2(deal.status == CommissionDeal::Status::Cancelled, context.constData());
                    QVERIFY2(paid.contains(share), context.constData());
                    QCOMPARE(line.amount.toDecimal(), -paid.value(share));
                    continue;
                }
                const Decimal before = plan.tier(cumulative);
                cumulative += line.credit->toDecimal();
                exactLines << plan.tier(cumulative) - before;
                paidLines << line.amount.minorUnits();
                commission += line.amount.toDecimal();
                paid.insert(share, line.amount.toDecimal());
                commissionLines[share] += 1;
                creditOfDeal[line.dealId] += line.credit->toDecimal();
                shareCredit.insert(share, line.credit->toDecimal());
            }
            // The window is rounded once: its lines add up to round(T(Cₙ)), no penny drift, each line its
            // exact T(Cₖ) − T(Cₖ₋₁) floored, the leftover units to the largest fractions (money.h's rule).
            const Decimal rounded = plan.tier(cumulative).rounded(minor, plan.rounding);
            QCOMPARE(commission, rounded);
            QCOMPARE(paidLines, allocateLargestRemainder(exactLines, rounded.units(), minor));
            const bool hasCommission = std::any_of(statement.lines.begin(), statement.lines.end(), [](const auto &l) {
                return l.kind == StatementLineKind::Commission;
            });
            const bool bonusDue = plan.bonus && hasCommission && cumulative >= plan.bonus->threshold;
            const auto bonus = std::find_if(statement.lines.begin(), statement.lines.end(),
                                            [](const auto &l) { return l.kind == StatementLineKind::Bonus; });
            QCOMPARE(bonus != statement.lines.end(), bonusDue);
            if (bonusDue)
                QCOMPARE(bonus->amount.toDecimal(), (plan.bonus->rate * cumulative).rounded(minor, plan.rounding));
        }

        // Every deal that earns appears once per partner, its shares add up to the converted amount, and a
        // deal cancelled within its own window appears nowhere.
        for (const CommissionDeal &deal : c.deals) {
            const bool leftOut = deal.status == CommissionDeal::Status::Cancelled
                                 && windowOf(deal.cancelledOn) == windowOf(deal.closeDate);
            const Decimal rate = deal.amount.currency() == plan.currency
                                     ? Decimal::fromInteger(1)
                                     : *fx.rateOn(deal.amount.currency(), deal.closeDate);
            const Decimal converted = (deal.amount.toDecimal() * rate).rounded(minor, plan.rounding);
            QCOMPARE(creditOfDeal.value(deal.id), leftOut ? Decimal() : converted);
            QList<Decimal> exactShares;
            QList<Int128> credits;
            for (const DealShare &share : deal.shares) {
                QCOMPARE(commissionLines.value({deal.id, share.partnerId}), leftOut ? 0 : 1);
                exactShares << converted * share.percent.shiftedRight(2);
                credits << shareCredit.value({deal.id, share.partnerId}).withScale(minor).units();
            }
            // Shares floored, the leftover units to the largest fractions, ties to the partner listed first.
            if (!leftOut)
                QCOMPARE(credits, allocateLargestRemainder(exactShares, converted.withScale(minor).units(), minor));
        }
    }
}

QTEST_GUILESS_MAIN(TestCommissionInvariants)
#include "tst_commissioninvariants.moc"
