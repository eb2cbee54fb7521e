// The dashboard's lists and the pipeline report: the QBR's deal tables, registrations in conflict, and the
// vocabularies of the filter bar.
#include "store/dashboard/dashboardquery.h"

#include "store/dashboard/dashboardsql.h"
#include "store/database.h"

#include "core/records/records.h"
#include "core/registrations/registration.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace cd::store {

using detail::FxRates;
using detail::RowReader;

namespace {

struct DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::DashboardQuery)
};

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The partner condition for registrations, by the registering partner.
QString registrationScope(const DashboardFilter &filter, QVariantList &bindings)
{
    if (!filter.partnerId.isEmpty()) {
        bindings << filter.partnerId;
        return QStringLiteral(" AND r.partner = (SELECT id FROM partners WHERE partner_id = ?)");
    }
    QStringList conditions;
    const auto add = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            conditions << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            bindings << value;
        }
    };
    add("region", filter.region);
    add("program", filter.program);
    add("tier", filter.tier);
    add("type", filter.partnerType);
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" AND r.partner IN (SELECT id FROM partners WHERE ")
                                      + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

// Registrations in conflict when none has a stored decision yet: registration.md's evaluation of all of
// them as of `asOf`. Empty when decisions are stored (the caller reads the status column then).
std::optional<QSet<QString>> evaluatedConflicts(const Database &database, QDate asOf)
{
    {
        RowReader decided(database, QStringLiteral("SELECT 1 FROM registrations WHERE status <> '' LIMIT 1"), {});
        if (decided.next())
            return std::nullopt;
    }
    QList<Registration> registrations;
    RowReader reader(database,
                     QStringLiteral("SELECT r.reg_id, p.partner_id, r.customer, r.customer_domain, r.product, r.submitted_at"
                                    " FROM registrations r JOIN partners p ON p.id = r.partner"),
                     {});
    while (reader.next()) {
        Registration r;
        r.id = reader.text(0);
        r.partnerId = reader.text(1);
        r.customer = reader.text(2);
        r.customerDomain = reader.text(3);
        r.product = reader.text(4);
        r.submittedAt = QDateTime::fromString(reader.text(5), Qt::ISODate);
        registrations << r;
    }
    const QDateTime when = asOf.isValid() ? QDateTime(asOf, QTime(23, 59, 59), Qt::UTC) : QDateTime::currentDateTimeUtc();
    QSet<QString> conflicts;
    for (const RegistrationDecision &decision : evaluateRegistrations(registrations, when)) {
        if (decision.status == RegistrationStatus::Conflict)
            conflicts.insert(decision.regId);
    }
    return conflicts;
}

} // namespace

namespace detail {

QList<SeriesEntry> registrationSeries(const Database &database, const DashboardFilter &filter, const Period &year)
{
    const std::optional<QSet<QString>> evaluated = evaluatedConflicts(database, filter.today);
    QVariantList bindings{iso(year.firstDay()), iso(year.lastDay().addDays(1))};
    const QString scope = registrationScope(filter, bindings);
    RowReader reader(database,
                     QStringLiteral("SELECT r.submitted_at, r.reg_id, r.status FROM registrations r"
                                    " WHERE r.submitted_at >= ? AND r.submitted_at < ?%1")
                         .arg(scope),
                     bindings);
    QMap<QString, SeriesEntry> months;
    for (QDate month = year.firstDay(); month <= year.lastDay(); month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        months.insert(key, SeriesEntry{key, key, Decimal(), Decimal(), 0, 0, std::nullopt});
    }
    while (reader.next()) {
        SeriesEntry &entry = months[QString::fromLatin1(reader.bytes(0).first(7))];
        ++entry.count;
        const bool conflict = evaluated ? evaluated->contains(reader.text(1)) : reader.bytes(2) == "conflict";
        if (conflict)
            ++entry.secondary;
    }
    QList<SeriesEntry> out;
    for (SeriesEntry &entry : months) {
        entry.amount = Decimal::fromInteger(entry.count);
        out << entry;
    }
    return out;
}

} // namespace detail

QStringList DashboardQuery::pipelineDimensions()
{
    return {QStringLiteral("stage"), QStringLiteral("region"), QStringLiteral("country"), QStringLiteral("tier"),
            QStringLiteral("type"), QStringLiteral("partner"), QStringLiteral("source"), QStringLiteral("quarter")};
}

QList<PipelineRow> DashboardQuery::pipeline(const DashboardFilter &filter, const QStringList &dimensions) const
{
    const FxRates fx(m_database, filter.currency);
    const detail::Scope scope = detail::scopeOf(m_database, filter);
    QString from = scope.from + QStringLiteral(" JOIN partners p ON p.id = d.primary_partner");
    QString share = scope.share;
    QStringList expressions;
    for (const QString &dimension : dimensions) {
        if (dimension == QLatin1String("stage") || dimension == QLatin1String("source"))
            expressions << QStringLiteral("d.") + dimension;
        else if (dimension == QLatin1String("region") || dimension == QLatin1String("country")
                 || dimension == QLatin1String("tier") || dimension == QLatin1String("type"))
            expressions << QStringLiteral("p.") + dimension;
        else if (dimension == QLatin1String("quarter"))
            expressions << QStringLiteral("substr(d.close_date, 1, 7)");
        else if (dimension == QLatin1String("partner")) {
            if (scope.partnerMode) {
                expressions << QStringLiteral("(SELECT partner_id FROM partners WHERE id = dp.partner)");
            } else {
                // A split deal counts once for each of its partners, at that partner's share.
                from += QStringLiteral(" JOIN deal_partners sp ON sp.deal = d.id JOIN partners spp ON spp.id = sp.partner");
                expressions << QStringLiteral("spp.partner_id");
                share = QStringLiteral("sp.percent");
            }
        } else {
            throw StoreError(DashboardText::tr("unknown pipeline dimension '%1'").arg(dimension));
        }
    }
    QVariantList bindings;
    QString where = QStringLiteral("d.status = 'open'");
    if (filter.period.isValid()) {
        where = QStringLiteral("d.close_date BETWEEN ? AND ? AND %1 = 'open'")
                    .arg(m_database.engineImplementation().unindexed(QStringLiteral("d.status")));
        bindings << iso(filter.period.firstDay()) << iso(filter.period.lastDay());
    }
    bindings << scope.bindings;
    QStringList groups = expressions;
    groups << QStringLiteral("d.currency") << QStringLiteral("d.probability") << share;
    // Grouped by position: the share may be a constant, which PostgreSQL groups by only that way.
    QStringList positions;
    for (qsizetype i = 1; i <= groups.size(); ++i)
        positions << QString::number(i);
    RowReader reader(m_database,
                     QStringLiteral("SELECT %1, count(*), sum(d.amount_milli) FROM %2 WHERE %3%4 GROUP BY %5")
                         .arg(groups.join(QStringLiteral(", ")), from, where, scope.where,
                              positions.join(QStringLiteral(", "))),
                     bindings);
    const int n = int(dimensions.size());
    const int startMonth = filter.period.isValid() ? filter.period.fiscalYearStartMonth() : 1;
    QMap<QStringList, PipelineRow> rows;
    QMap<QString, QString> quarterOfMonth;
    while (reader.next()) {
        QStringList keys;
        for (int i = 0; i < n; ++i) {
            QString key = reader.text(i);
            if (dimensions[i] == QLatin1String("quarter") && !key.isEmpty()) {
                auto it = quarterOfMonth.constFind(key);
                if (it == quarterOfMonth.cend())
                    it = quarterOfMonth.insert(key, Period::containing(QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate),
                                                                       PeriodKind::Quarter, startMonth)
                                                        .label());
                key = *it;
            }
            keys << key;
        }
        const std::optional<Decimal> amount = fx.convertMilli(reader.integer(n + 4), reader.bytes(n), QByteArrayView());
        if (!amount)
            throw MissingRateError(DashboardText::tr("no exchange rate from %1 to %2 in fx_rates")
                                       .arg(reader.text(n), fx.reporting()));
        const Decimal shareValue = Decimal::parse(reader.bytes(n + 2)).value_or(Decimal::fromInteger(100)).shiftedRight(2);
        const Decimal credited = *amount * shareValue;
        const Decimal probability = reader.isNull(n + 1) ? Decimal() : Decimal::parse(reader.bytes(n + 1)).value_or(Decimal());
        PipelineRow &row = rows[keys];
        row.keys = keys;
        row.deals += reader.integer(n + 3);
        row.amount += credited;
        row.weighted += credited * probability.shiftedRight(2);
    }
    QList<PipelineRow> out;
    for (PipelineRow &row : rows) { // QMap orders the keys: by the dimensions, in the order given
        row.amount = row.amount.rounded(fx.reportingDigits(), RoundingMode::HalfEven);
        row.weighted = row.weighted.rounded(fx.reportingDigits(), RoundingMode::HalfEven);
        out << row;
    }
    return out;
}

namespace {

QList<DealLine> dealLines(const Database &database, const DashboardFilter &filter, const QString &status, int limit,
                          bool latestRate)
{
    const FxRates fx(database, filter.currency);
    const detail::Scope scope = detail::scopeOf(database, filter);
    QVariantList bindings{iso(filter.period.firstDay()), iso(filter.period.lastDay()), status};
    bindings << scope.bindings;
    RowReader reader(database,
                     QStringLiteral("SELECT d.deal_id, p.partner_id, p.name, d.customer, d.name, d.stage, d.status,"
                                    " d.close_date, d.currency, d.amount_milli, d.probability, %1"
                                    " FROM %2 JOIN partners p ON p.id = d.primary_partner"
                                    " WHERE d.close_date BETWEEN ? AND ? AND %4 = ?%3")
                         .arg(scope.share, scope.from, scope.where,
                              database.engineImplementation().unindexed(QStringLiteral("d.status"))),
                     bindings);
    QList<DealLine> lines;
    while (reader.next()) {
        const std::optional<Decimal> amount =
            fx.convertMilli(reader.integer(9), reader.bytes(8), latestRate ? QByteArrayView() : reader.bytes(7));
        if (!amount)
            continue;
        const Decimal share = Decimal::parse(reader.bytes(11)).value_or(Decimal::fromInteger(100)).shiftedRight(2);
        lines << DealLine{reader.text(0), reader.text(1), reader.text(2), reader.text(3), reader.text(4), reader.text(5),
                          reader.text(6), QDate::fromString(reader.text(7), Qt::ISODate),
                          (*amount * share).rounded(fx.reportingDigits(), RoundingMode::HalfEven), reader.text(10)};
    }
    std::sort(lines.begin(), lines.end(), [](const DealLine &a, const DealLine &b) {
        return a.amount != b.amount ? a.amount > b.amount : a.dealId < b.dealId;
    });
    return lines.mid(0, limit);
}

} // namespace

QList<DealLine> DashboardQuery::topDeals(const DashboardFilter &filter, int limit) const
{
    return dealLines(m_database, filter, QStringLiteral("won"), limit, false);
}

QList<DealLine> DashboardQuery::openDeals(const DashboardFilter &filter, int limit) const
{
    return dealLines(m_database, filter, QStringLiteral("open"), limit, true);
}

QList<RegistrationLine> DashboardQuery::conflicts(const DashboardFilter &filter, int limit) const
{
    const std::optional<QSet<QString>> evaluated = evaluatedConflicts(m_database, filter.today);
    QVariantList bindings{iso(filter.period.firstDay()), iso(filter.period.lastDay().addDays(1))};
    const QString scope = registrationScope(filter, bindings);
    RowReader reader(m_database,
                     QStringLiteral("SELECT r.reg_id, p.partner_id, r.customer, r.product, r.submitted_at, r.status"
                                    " FROM registrations r JOIN partners p ON p.id = r.partner"
                                    " WHERE r.submitted_at >= ? AND r.submitted_at < ?%1 ORDER BY r.submitted_at, r.reg_id")
                         .arg(scope),
                     bindings);
    QList<RegistrationLine> lines;
    while (reader.next() && lines.size() < limit) {
        const QString regId = reader.text(0);
        const bool conflict = evaluated ? evaluated->contains(regId) : reader.bytes(5) == "conflict";
        if (conflict)
            lines << RegistrationLine{regId, reader.text(1), reader.text(2), reader.text(3),
                                      QDate::fromString(reader.text(4).left(10), Qt::ISODate),
                                      QStringLiteral("conflict")};
    }
    return lines;
}

QDate DashboardQuery::latestWonDate(QDate notAfter) const
{
    RowReader reader(m_database,
                     QStringLiteral("SELECT close_date FROM deals WHERE close_date <= ? AND %1 = 'won'"
                                    " ORDER BY close_date DESC LIMIT 1")
                         .arg(m_database.engineImplementation().unindexed(QStringLiteral("status"))),
                     {iso(notAfter)});
    return reader.next() ? QDate::fromString(reader.text(0), Qt::ISODate) : QDate();
}

QString DashboardQuery::baseCurrency() const
{
    return detail::baseCurrencyOf(m_database);
}

QStringList DashboardQuery::currencies() const
{
    const FxRates fx(m_database, QString());
    QStringList list = fx.currencies();
    if (!list.contains(fx.base()))
        list << fx.base();
    std::sort(list.begin(), list.end());
    return list;
}

namespace {

QStringList distinct(const Database &database, const char *column)
{
    RowReader reader(database,
                     QStringLiteral("SELECT DISTINCT %1 FROM partners WHERE %1 <> '' ORDER BY %1").arg(QLatin1String(column)),
                     {});
    QStringList values;
    while (reader.next())
        values << reader.text(0);
    return values;
}

} // namespace

QStringList DashboardQuery::programs() const
{
    return distinct(m_database, "program");
}

QStringList DashboardQuery::tiers() const
{
    return distinct(m_database, "tier");
}

QStringList DashboardQuery::partner(const QString &partnerId) const
{
    RowReader reader(m_database,
                     QStringLiteral("SELECT name, type, region, program, tier FROM partners WHERE partner_id = ?"),
                     {partnerId});
    if (!reader.next())
        return {};
    return {reader.text(0), reader.text(1), reader.text(2), reader.text(3), reader.text(4)};
}

} // namespace cd::store
