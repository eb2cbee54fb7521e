#include "store/commission/commissionrun.h"

#include "store/database.h"
#include "store/records/fxraterepository.h"
#include "store/commission/planrepository.h"
#include "store/records/rowcodec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace cd::store {

namespace {

struct CommissionRunText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::CommissionRun)
};

qint32 monthIndex(QDate date)
{
    return qint32(date.year()) * 12 + date.month() - 1;
}

// a / b to FxTable::MaxRateDecimals, half-even; both positive.
Decimal divideRate(const Decimal &a, const Decimal &b)
{
    const int shift = FxTable::MaxRateDecimals + b.scale() - a.scale();
    Int128 numerator = a.units();
    Int128 denominator = b.units();
    if (shift >= 0)
        numerator = numerator * Decimal::pow10(shift);
    else
        denominator = denominator * Decimal::pow10(-shift);
    return Decimal::fromUnits(divideRounded(numerator, denominator, RoundingMode::HalfEven), FxTable::MaxRateDecimals)
        .normalized();
}

using Series = QList<std::pair<QDate, Decimal>>; // ascending dates

const Decimal *rateOn(const Series &series, QDate date)
{
    const Decimal *found = nullptr;
    for (const auto &[from, rate] : series) {
        if (from > date)
            break;
        found = &rate;
    }
    return found;
}

void insertRate(FxTable &fx, QDate date, const QString &code, const Decimal &rate)
{
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!currency)
        return; // fx_rates only holds known codes; a stranger cannot be a deal's currency either
    try {
        fx.insert(date, *currency, rate);
    } catch (const std::invalid_argument &) {
        throw InputError({Diagnostic{QStringLiteral("fx_rates"), 0, code,
                                     CommissionRunText::tr("the rate on %1 does not fit the rate table")
                                         .arg(date.toString(Qt::ISODate))}});
    }
}

// The periods of the plans in use that the label names, by plan id; a plan whose window differs from
// the label's kind is left out with a warning.
struct PlanPeriods
{
    QHash<QString, CommissionPlan> plans;
    QHash<QString, Period> periods;
    QDate first;
    QDate last;
};

} // namespace

FxTable commissionFxTable(const Currency &planCurrency, const QList<FxRate> &rates,
                          const QSet<QString> &dealCurrencies)
{
    QMap<QString, Series> series;
    for (const FxRate &rate : rates)
        series[rate.currency].append({rate.date, rate.rate});
    FxTable fx;
    const QString planCode = planCurrency.code();
    const auto plan = series.constFind(planCode);
    if (plan == series.cend()) {
        for (const FxRate &rate : rates)
            insertRate(fx, rate.date, rate.currency, rate.rate);
        return fx;
    }
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        if (it.key() == planCode)
            continue;
        QList<QDate> dates;
        for (const auto &entry : it.value())
            dates << entry.first;
        for (const auto &entry : *plan)
            dates << entry.first;
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        for (const QDate date : std::as_const(dates)) {
            const Decimal *x = rateOn(it.value(), date);
            const Decimal *p = rateOn(*plan, date);
            if (x && p)
                insertRate(fx, date, it.key(), divideRate(*x, *p));
        }
    }
    for (const QString &code : dealCurrencies) {
        if (code == planCode || series.contains(code))
            continue;
        for (const auto &[date, rate] : *plan)
            insertRate(fx, date, code, divideRate(Decimal::fromInteger(1), rate));
    }
    return fx;
}

CommissionRun runCommission(Database &database, const QString &periodLabel)
{
    CommissionRun run;
    run.periodLabel = periodLabel;
    PlanRepository repository(database);
    const QHash<QString, QString> partnerPlans = repository.partnerPlans();
    const QSet<QString> plansInUse(partnerPlans.cbegin(), partnerPlans.cend());

    PlanPeriods used;
    bool labelKnown = Period::fromLabel(periodLabel, 1) || Period::fromLabel(periodLabel, 7).has_value();
    for (const StoredPlan &stored : repository.plans()) {
        if (!plansInUse.contains(stored.planId))
            continue;
        const std::optional<Period> period = Period::fromLabel(periodLabel, stored.plan.fiscalYearStartMonth);
        labelKnown = labelKnown || period.has_value();
        if (!period || period->kind() != stored.plan.window) {
            run.warnings << CommissionRunText::tr("plan %1 pays by %2 (fiscal year from month %3): its partners have no "
                                                  "statement for %4")
                                .arg(stored.planId, periodKindName(stored.plan.window))
                                .arg(stored.plan.fiscalYearStartMonth)
                                .arg(periodLabel);
            continue;
        }
        used.plans.insert(stored.planId, stored.plan);
        used.periods.insert(stored.planId, *period);
        if (!used.first.isValid() || period->firstDay() < used.first)
            used.first = period->firstDay();
        if (!used.last.isValid() || period->lastDay() > used.last)
            used.last = period->lastDay();
    }
    if (!labelKnown) {
        throw InputError({Diagnostic{QStringLiteral("--period"), 0, QString(),
                                     CommissionRunText::tr("%1 is not a period label (2026-03, 2026-Q1, FY2027-Q1, "
                                                           "2026 or FY2027)")
                                         .arg(periodLabel)}});
    }
    if (used.plans.isEmpty())
        return run;

    // A clawback in the period repays a line of an earlier window, so that whole window is computed too.
    const QString what = CommissionRunText::tr("reading the deals of %1").arg(periodLabel);
    QSqlQuery earliest = database.prepare(
        QStringLiteral("SELECT MIN(close_date) FROM deals WHERE status = 'cancelled' AND cancelled_on BETWEEN ? AND ?"
                       " AND close_date < ?"),
        what);
    earliest.addBindValue(used.first.toString(Qt::ISODate));
    earliest.addBindValue(used.last.toString(Qt::ISODate));
    earliest.addBindValue(used.first.toString(Qt::ISODate));
    Database::exec(earliest, what);
    QDate start = used.first;
    if (earliest.next() && !earliest.value(0).isNull()) {
        const QDate clawed = QDate::fromString(earliest.value(0).toString(), Qt::ISODate);
        for (const CommissionPlan &plan : std::as_const(used.plans))
            start = std::min(start, Period::containing(clawed, plan.window, plan.fiscalYearStartMonth).firstDay());
    }

    // One pass over the deals in date range, streamed; each deal goes to the plans of its partners.
    QList<CommissionDeal> deals;
    QList<QSet<QString>> dealPlans;
    QSet<QString> currencies;
    QSet<QString> unassigned;
    QSqlQuery query = database.prepare(
        detail::dealSelectSql(QStringLiteral("d.status IN ('won', 'cancelled') AND d.close_date BETWEEN ? AND ?")),
        what);
    query.setForwardOnly(true);
    query.addBindValue(start.toString(Qt::ISODate));
    query.addBindValue(used.last.toString(Qt::ISODate));
    Database::exec(query, what);
    detail::readDeals(query, [&](qint64, Deal &&deal) {
        CommissionDeal value;
        value.id = deal.id;
        value.shares = deal.partners;
        value.closeDate = deal.closeDate;
        value.amount = deal.amount;
        const bool cancelled = deal.status == QLatin1String("cancelled");
        value.status = cancelled ? CommissionDeal::Status::Cancelled : CommissionDeal::Status::Won;
        if (cancelled)
            value.cancelledOn = deal.cancelledOn;
        const bool inPeriod = (deal.closeDate >= used.first && deal.closeDate <= used.last)
            || (cancelled && deal.cancelledOn >= used.first && deal.cancelledOn <= used.last);
        QSet<QString> plans;
        for (const DealShare &share : std::as_const(deal.partners)) {
            const auto plan = partnerPlans.constFind(share.partnerId);
            if (plan != partnerPlans.cend())
                plans.insert(*plan);
            else if (inPeriod)
                unassigned.insert(share.partnerId);
        }
        if (plans.isEmpty())
            return;
        currencies.insert(deal.amount.currency().code());
        deals << std::move(value);
        dealPlans << std::move(plans);
    });

    const QString source = QFileInfo(database.path()).fileName();
    const QList<FxRate> rates = FxRateRepository(database).all();
    for (auto plan = used.plans.cbegin(); plan != used.plans.cend(); ++plan) {
        CommissionBatch batch;
        batch.sourceName = source;
        Diagnostics problems;
        for (qsizetype i = 0; i < deals.size(); ++i) {
            if (dealPlans[i].contains(plan.key()))
                batch.add(deals[i], problems);
        }
        if (!problems.isEmpty())
            throw InputError(problems);
        const FxTable fx = commissionFxTable(plan->currency, rates, currencies);
        CommissionResult result = computeCommission(*plan, batch, fx);
        const QDate first = used.periods.value(plan.key()).firstDay();
        const qint32 window = commissionWindowOf(*plan, monthIndex(first));
        std::erase_if(result.statements, [&](const CommissionResult::Statement &s) {
            return s.window != window
                || partnerPlans.value(QString::fromUtf8(batch.partners.at(s.partner))) != plan.key();
        });
        for (Statement &statement : statementsOf(*plan, batch, result)) {
            run.planOfPartner.insert(statement.partnerId, plan.key());
            run.statements << std::move(statement);
        }
    }
    std::stable_sort(run.statements.begin(), run.statements.end(), [](const Statement &a, const Statement &b) {
        return a.partnerId.toUtf8() < b.partnerId.toUtf8();
    });

    QStringList left(unassigned.cbegin(), unassigned.cend());
    std::sort(left.begin(), left.end());
    for (const QString &partner : std::as_const(left))
        run.warnings << CommissionRunText::tr("partner %1 has deals in %2 but no commission plan: left out")
                            .arg(partner, periodLabel);

    if (!run.statements.isEmpty()) {
        QSqlQuery names = database.prepare(QStringLiteral("SELECT partner_id, name FROM partners"), what);
        names.setForwardOnly(true);
        Database::exec(names, what);
        while (names.next()) {
            const QString id = names.value(0).toString();
            if (run.planOfPartner.contains(id))
                run.partnerNames.insert(id, names.value(1).toString());
        }
    }
    return run;
}

QStringList commissionPeriodLabels(Database &database)
{
    const QString what = CommissionRunText::tr("reading the deals' dates");
    QSqlQuery range = database.prepare(
        // The later of the last close and the last cancellation, in SQL both engines read.
        QStringLiteral("SELECT MIN(close_date), CASE WHEN MAX(close_date) >= COALESCE(MAX(cancelled_on), '')"
                       " THEN MAX(close_date) ELSE MAX(cancelled_on) END"
                       " FROM deals WHERE status IN ('won', 'cancelled')"),
        what);
    Database::exec(range, what);
    if (!range.next() || range.value(0).isNull())
        return {};
    const QDate first = QDate::fromString(range.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(range.value(1).toString(), Qt::ISODate);
    PlanRepository repository(database);
    const QHash<QString, QString> partnerPlans = repository.partnerPlans();
    const QSet<QString> inUse(partnerPlans.cbegin(), partnerPlans.cend());
    QList<Period> periods;
    for (const StoredPlan &stored : repository.plans()) {
        if (!inUse.contains(stored.planId))
            continue;
        const CommissionPlan &plan = stored.plan;
        for (Period p = Period::containing(first, plan.window, plan.fiscalYearStartMonth); p.firstDay() <= last;
             p = p.next()) {
            if (!periods.contains(p))
                periods << p;
        }
    }
    // Newest first; at one start date the longer period first (a year before its first quarter).
    std::sort(periods.begin(), periods.end(), [](const Period &a, const Period &b) {
        if (a.firstDay() != b.firstDay())
            return a.firstDay() > b.firstDay();
        return int(a.kind()) > int(b.kind());
    });
    QStringList labels;
    for (const Period &p : std::as_const(periods)) {
        if (!labels.contains(p.label()))
            labels << p.label();
    }
    return labels;
}

} // namespace cd::store
