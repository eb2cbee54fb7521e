#include "store/dashboard/targetrepository.h"

#include "store/auditlog.h"
#include "store/database.h"

#include "core/money/money.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::store {

namespace {

struct TargetText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::TargetRepository)
};

QString keyOf(const Target &t)
{
    return QStringLiteral("%1/Q%2/%3/%4/%5")
        .arg(t.year)
        .arg(t.quarter)
        .arg(t.region.isEmpty() ? QStringLiteral("*") : t.region, t.program.isEmpty() ? QStringLiteral("*") : t.program,
             t.metric);
}

Target targetFrom(const QSqlQuery &query)
{
    Target t;
    t.year = query.value(0).toInt();
    t.quarter = query.value(1).toInt();
    t.region = query.value(2).toString();
    t.program = query.value(3).toString();
    t.metric = query.value(4).toString();
    t.value = Decimal::parse(query.value(5).toString()).value_or(Decimal());
    t.currency = query.value(6).toString();
    return t;
}

const QString selectColumns = QStringLiteral("SELECT year, quarter, region, program, metric, value, currency FROM targets");

int minorDigitsOf(const QString &code)
{
    const std::optional<Currency> currency = Currency::fromCode(QStringView(code));
    return currency ? currency->minorDigits() : 2;
}

// '' for "all": a null QString would bind as SQL NULL and match nothing.
QString emptyIfNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

const QList<TargetMetric> &targetMetrics()
{
    static const QList<TargetMetric> metrics{
        {QStringLiteral("partner_revenue"), TargetUnit::Money, true},
        {QStringLiteral("sourced_revenue"), TargetUnit::Money, true},
        {QStringLiteral("influenced_revenue"), TargetUnit::Money, true},
        {QStringLiteral("sourced_share"), TargetUnit::Percent, false},
        {QStringLiteral("influenced_share"), TargetUnit::Percent, false},
        {QStringLiteral("pipeline"), TargetUnit::Money, true},
        {QStringLiteral("weighted_pipeline"), TargetUnit::Money, true},
        {QStringLiteral("average_deal_size"), TargetUnit::Money, false},
        {QStringLiteral("win_rate"), TargetUnit::Percent, false},
        {QStringLiteral("sales_cycle_days"), TargetUnit::Days, false},
        {QStringLiteral("active_partners"), TargetUnit::Count, false},
        {QStringLiteral("certified_partners"), TargetUnit::Count, false},
        {QStringLiteral("region_share"), TargetUnit::Percent, false},
        {QStringLiteral("integrations"), TargetUnit::Count, false},
        {QStringLiteral("joint_references"), TargetUnit::Count, false},
        {QStringLiteral("partner_share"), TargetUnit::Percent, false},
        {QStringLiteral("revenue_per_partner"), TargetUnit::Money, false},
        {QStringLiteral("partner_count"), TargetUnit::Count, false},
        {QStringLiteral("partner_satisfaction"), TargetUnit::Number, false},
        {QStringLiteral("integration_success"), TargetUnit::Percent, false},
        {QStringLiteral("training_completion"), TargetUnit::Percent, false},
        {QStringLiteral("support_response_hours"), TargetUnit::Number, false},
        {QStringLiteral("onboarding_days"), TargetUnit::Days, false},
        {QStringLiteral("integration_days"), TargetUnit::Days, false},
        {QStringLiteral("support_tickets_per_month"), TargetUnit::Count, false},
        {QStringLiteral("partner_churn"), TargetUnit::Percent, false},
    };
    return metrics;
}

std::optional<TargetMetric> targetMetric(const QString &key)
{
    for (const TargetMetric &metric : targetMetrics()) {
        if (metric.key == key)
            return metric;
    }
    return std::nullopt;
}

QList<TargetTemplate> targetTemplates()
{
    QList<TargetTemplate> templates;
    const QDir dir(QStringLiteral(":/targets"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(TargetText::tr("cannot read the target template %1").arg(name));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        TargetTemplate t;
        t.id = root.value(QLatin1String("id")).toString();
        t.name = root.value(QLatin1String("name")).toString();
        t.source = root.value(QLatin1String("source")).toString();
        t.currency = root.value(QLatin1String("currency")).toString();
        if (t.id.isEmpty())
            throw StoreError(TargetText::tr("the target template %1 has no id").arg(name));
        const auto add = [&](int year, const QString &region, const QString &metricKey, const QJsonValue &value) {
            const std::optional<TargetMetric> metric = targetMetric(metricKey);
            // Templates hold decimal strings only: a JSON number may already be binary.
            const std::optional<Decimal> number = value.isString() ? Decimal::parse(value.toString()) : std::nullopt;
            if (!metric || !number)
                throw StoreError(TargetText::tr("the target template %1 has a bad value for %2").arg(name, metricKey));
            t.targets << Target{year, 0, region, QString(), metricKey, *number,
                                metric->unit == TargetUnit::Money ? t.currency : QString()};
        };
        for (const QJsonValue &yearValue : root.value(QLatin1String("years")).toArray()) {
            const QJsonObject year = yearValue.toObject();
            const QJsonObject targets = year.value(QLatin1String("targets")).toObject();
            for (auto it = targets.constBegin(); it != targets.constEnd(); ++it)
                add(year.value(QLatin1String("year")).toInt(), QString(), it.key(), it.value());
        }
        // A geographic split holds in every year of the plan.
        const QJsonObject regions = root.value(QLatin1String("regions")).toObject();
        for (auto it = regions.constBegin(); it != regions.constEnd(); ++it)
            add(0, it.key(), QStringLiteral("region_share"), it.value());
        templates << t;
    }
    return templates;
}

std::optional<TargetTemplate> targetTemplate(const QString &id)
{
    for (const TargetTemplate &t : targetTemplates()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QList<Target> targetsFromTemplate(const TargetTemplate &source, const QList<int> &years, const Decimal &moneyFactor,
                                  const Decimal &countFactor)
{
    QList<Target> out;
    for (const Target &t : source.targets) {
        const std::optional<TargetMetric> metric = targetMetric(t.metric);
        Decimal value = t.value;
        // Volumes grow with the program; rates and averages do not.
        if (metric && metric->unit == TargetUnit::Money && metric->additive)
            value = (value * moneyFactor).rounded(minorDigitsOf(t.currency), RoundingMode::HalfEven);
        else if (metric && metric->unit == TargetUnit::Count)
            value = (value * countFactor).rounded(0, RoundingMode::HalfEven);
        if (t.year == 0) {
            for (int year : years)
                out << Target{year, 0, t.region, t.program, t.metric, value, t.currency};
        } else if (t.year >= 1 && t.year <= years.size()) {
            out << Target{years[t.year - 1], 0, t.region, t.program, t.metric, value, t.currency};
        }
    }
    return out;
}

TargetRepository::TargetRepository(Database &database) : m_database(database)
{
}

QList<Target> TargetRepository::all() const
{
    QSqlQuery query = m_database.prepare(selectColumns + QStringLiteral(" ORDER BY year, quarter, region, program, metric"),
                                         TargetText::tr("reading the targets"));
    Database::exec(query, TargetText::tr("reading the targets"));
    QList<Target> targets;
    while (query.next())
        targets << targetFrom(query);
    return targets;
}

QList<Target> TargetRepository::forYear(int year) const
{
    QSqlQuery query = m_database.prepare(selectColumns + QStringLiteral(" WHERE year = ? ORDER BY quarter, region, program, metric"),
                                         TargetText::tr("reading the targets"));
    query.addBindValue(year);
    Database::exec(query, TargetText::tr("reading the targets"));
    QList<Target> targets;
    while (query.next())
        targets << targetFrom(query);
    return targets;
}

QList<int> TargetRepository::years() const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT DISTINCT year FROM targets ORDER BY year"),
                                         TargetText::tr("reading the targets"));
    Database::exec(query, TargetText::tr("reading the targets"));
    QList<int> years;
    while (query.next())
        years << query.value(0).toInt();
    return years;
}

std::optional<Target> TargetRepository::find(int year, int quarter, const QString &region, const QString &program,
                                             const QString &metric) const
{
    QSqlQuery query = m_database.prepare(selectColumns + QStringLiteral(" WHERE year = ? AND quarter = ? AND region = ?"
                                                                        " AND program = ? AND metric = ?"),
                                         TargetText::tr("reading the targets"));
    query.addBindValue(year);
    query.addBindValue(quarter);
    query.addBindValue(emptyIfNull(region));
    query.addBindValue(emptyIfNull(program));
    query.addBindValue(metric);
    Database::exec(query, TargetText::tr("reading the targets"));
    if (!query.next())
        return std::nullopt;
    return targetFrom(query);
}

void TargetRepository::set(const Target &target)
{
    if (!targetMetric(target.metric))
        throw StoreError(TargetText::tr("unknown target metric '%1'").arg(target.metric));
    if (target.quarter < 0 || target.quarter > 4)
        throw StoreError(TargetText::tr("a target's quarter is 1 to 4, or 0 for the year"));
    Transaction transaction(m_database);
    const std::optional<Target> old = find(target.year, target.quarter, target.region, target.program, target.metric);
    QSqlQuery query = m_database.prepare(QStringLiteral("INSERT INTO targets"
                                                        " (year, quarter, region, program, metric, value, currency)"
                                                        " VALUES (?, ?, ?, ?, ?, ?, ?)"
                                                        " ON CONFLICT (year, quarter, region, program, metric)"
                                                        " DO UPDATE SET value = excluded.value, currency = excluded.currency"),
                                         TargetText::tr("saving the target %1").arg(keyOf(target)));
    query.addBindValue(target.year);
    query.addBindValue(target.quarter);
    query.addBindValue(emptyIfNull(target.region));
    query.addBindValue(emptyIfNull(target.program));
    query.addBindValue(target.metric);
    query.addBindValue(target.value.toString());
    query.addBindValue(emptyIfNull(target.currency));
    Database::exec(query, TargetText::tr("saving the target %1").arg(keyOf(target)));
    const QStringList columns{QStringLiteral("value"), QStringLiteral("currency")};
    AuditLog(m_database).record(old ? QStringLiteral("update") : QStringLiteral("insert"), QStringLiteral("target"),
                                keyOf(target),
                                AuditLog::diff(columns, old ? QStringList{old->value.toString(), old->currency} : QStringList{},
                                               {target.value.toString(), target.currency}));
    transaction.commit();
}

void TargetRepository::remove(const Target &key)
{
    Transaction transaction(m_database);
    const std::optional<Target> old = find(key.year, key.quarter, key.region, key.program, key.metric);
    if (!old)
        return;
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM targets WHERE year = ? AND quarter = ? AND region = ?"
                                                        " AND program = ? AND metric = ?"),
                                         TargetText::tr("deleting the target %1").arg(keyOf(key)));
    query.addBindValue(key.year);
    query.addBindValue(key.quarter);
    query.addBindValue(emptyIfNull(key.region));
    query.addBindValue(emptyIfNull(key.program));
    query.addBindValue(key.metric);
    Database::exec(query, TargetText::tr("deleting the target %1").arg(keyOf(key)));
    AuditLog(m_database).record(QStringLiteral("delete"), QStringLiteral("target"), keyOf(key),
                                AuditLog::diff({QStringLiteral("value"), QStringLiteral("currency")},
                                               {old->value.toString(), old->currency}, {}));
    transaction.commit();
}

void TargetRepository::replaceYear(int year, const QList<Target> &targets)
{
    Transaction transaction(m_database);
    for (const Target &old : forYear(year))
        remove(old);
    for (const Target &t : targets) {
        Target copy = t;
        copy.year = year;
        set(copy);
    }
    transaction.commit();
}

std::optional<Target> TargetRepository::resolve(const Period &period, const QString &region, const QString &program,
                                                const QString &metricKey) const
{
    const std::optional<TargetMetric> metric = targetMetric(metricKey);
    if (!metric || !period.isValid())
        return std::nullopt;
    const int year = period.fiscalYear();
    int quarter = 0;
    if (period.kind() != PeriodKind::Year)
        quarter = Period::containing(period.firstDay(), PeriodKind::Quarter, period.fiscalYearStartMonth()).firstDay()
                      .month();
    if (quarter) {
        // Quarter number within the fiscal year.
        const int startMonth = period.fiscalYearStartMonth();
        quarter = ((quarter - startMonth + 12) % 12) / 3 + 1;
    }
    // The same metric for the period's year and quarter, for a region and program (or all).
    const auto lookup = [&](const QString &r, const QString &p) -> std::optional<Target> {
        if (quarter) {
            if (std::optional<Target> own = find(year, quarter, r, p, metricKey))
                return own;
        }
        std::optional<Target> yearly = find(year, 0, r, p, metricKey);
        if (!yearly || !quarter || !metric->additive)
            return yearly;
        yearly->quarter = quarter;
        yearly->value = yearly->value * Decimal::fromUnits(25, 2); // a quarter of the year, exactly
        return yearly;
    };
    std::optional<Target> found = lookup(region, program);
    if (!found && !region.isEmpty()) {
        // An all-region value: a rate applies as it is, a volume by the region's geographic share.
        found = lookup(QString(), program);
        if (found && metric->additive) {
            const std::optional<Target> share = find(year, 0, region, program, QStringLiteral("region_share"));
            if (!share)
                return std::nullopt;
            found->value = (found->value * share->value).shiftedRight(2);
        }
        if (found)
            found->region = region;
    }
    if (!found && !program.isEmpty() && !metric->additive) {
        found = lookup(region, QString());
        if (found)
            found->program = program;
    }
    if (!found)
        return std::nullopt;
    if (period.kind() == PeriodKind::Month && metric->additive) {
        // A third of the quarter, to the currency's minor unit: the only inexact step, named here.
        const int digits = minorDigitsOf(found->currency);
        const Int128 units = found->value.rounded(digits, RoundingMode::HalfEven).units();
        found->value = Decimal::fromUnits(divideRounded(units, 3, RoundingMode::HalfEven), digits);
    } else if (metric->unit == TargetUnit::Money) {
        found->value = found->value.rounded(minorDigitsOf(found->currency), RoundingMode::HalfEven);
    }
    return found;
}

} // namespace cd::store
