#include "store/programs/partnermetrics.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/fxraterepository.h"
#include "store/records/partnerrepository.h"
#include "store/records/peoplestore.h"
#include "store/programs/programstore.h"
#include "store/records/recordformat.h"

#include "core/money/fxtable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cd::store {

namespace {

struct MetricsText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::PartnerMetrics)
};

// Converts into one currency with the fx table's rates (reporting-currency units per unit). A currency
// without any rate is taken as the reporting currency only when it is the target.
class Converter
{
public:
    Converter(Database &db, const Currency &target) : m_target(target)
    {
        for (const FxRate &rate : FxRateRepository(db).all()) {
            const std::optional<Currency> currency = Currency::fromCode(QStringView(rate.currency));
            if (currency && m_table.insert(rate.date, *currency, rate.rate))
                m_rated.insert(rate.currency);
        }
    }

    // `amount` in `from`, converted on `date` and rounded half-even to the target's minor unit.
    std::optional<Decimal> convert(const Decimal &amount, const Currency &from, QDate date) const
    {
        if (from == m_target)
            return amount;
        const std::optional<Decimal> rateFrom = m_table.rateOn(from, date);
        if (!rateFrom)
            return std::nullopt;
        const int places = m_target.minorDigits();
        if (!m_rated.contains(m_target.code()))
            return (amount * *rateFrom).rounded(places, RoundingMode::HalfEven);
        const std::optional<Decimal> rateTo = m_table.rateOn(m_target, date);
        if (!rateTo)
            return std::nullopt;
        return roundRational(toRational(amount) * toRational(*rateFrom) / toRational(*rateTo), places, RoundingMode::HalfEven);
    }

private:
    Currency m_target;
    FxTable m_table;
    QSet<QString> m_rated;
};

Decimal fromMilliDecimal(qint64 milli)
{
    return Decimal::fromUnits(Int128(milli), 3);
}

} // namespace

bool metric::isMoney(const QString &name)
{
    return name == revenue() || name == revenueCommitment();
}

QStringList metric::computedMetrics()
{
    return {revenue(), dealsWon(), revenueCommitment(), revenueAttainment(), people(), certifiedPeople(),
            certifiedConsultants(), certifiedEngineers(), certificationRate()};
}

QHash<QString, PartnerMetrics> computePartnerMetrics(Database &database, const QList<Partner> &partners, QDate asOf,
                                                     const Currency &currency, QStringList *warnings)
{
    QHash<QString, PartnerMetrics> result;
    for (const Partner &p : partners) {
        PartnerMetrics &m = result[p.id];
        m.partnerId = p.id;
        m.type = p.type;
        m.values.insert(metric::revenue(), Decimal());
        m.values.insert(metric::dealsWon(), Decimal());
    }
    const Converter converter(database, currency);
    auto warn = [warnings](const QString &text) {
        if (warnings && !warnings->contains(text))
            *warnings << text;
    };

    // Won deals of the trailing twelve months, one row per partner share.
    const QString what = MetricsText::tr("reading the won deals");
    QSqlQuery deals = database.prepare(
        QStringLiteral("SELECT p.partner_id, dp.percent, d.amount_milli, d.currency, d.close_date, d.deal_id"
                       " FROM deals d JOIN deal_partners dp ON dp.deal = d.id JOIN partners p ON p.id = dp.partner"
                       " WHERE d.status = 'won' AND d.close_date > ? AND d.close_date <= ?"),
        what);
    deals.addBindValue(formatIsoDate(asOf.addYears(-1)));
    deals.addBindValue(formatIsoDate(asOf));
    Database::exec(deals, what);
    const Decimal hundredth = Decimal::fromUnits(1, 2);
    QSet<QString> noRevenue; // partners whose revenue cannot be computed
    while (deals.next()) {
        const QString partnerId = deals.value(0).toString();
        const auto found = result.find(partnerId);
        if (found == result.end())
            continue;
        const std::optional<Currency> dealCurrency = Currency::fromCode(QStringView(deals.value(3).toString()));
        const QDate closed = parseIsoDate(deals.value(4).toString()).value_or(QDate());
        std::optional<Decimal> converted;
        if (dealCurrency)
            converted = converter.convert(fromMilliDecimal(deals.value(2).toLongLong()), *dealCurrency, closed);
        if (!converted) {
            warn(MetricsText::tr("%1: no exchange rate for %2 on %3; revenue of %4 left out")
                     .arg(deals.value(5).toString(), deals.value(3).toString(), formatIsoDate(closed), partnerId));
            noRevenue.insert(partnerId);
            continue;
        }
        const Decimal percent = decimalFromSql(deals.value(1), what);
        found->values[metric::revenue()] += *converted * percent * hundredth;
        found->values[metric::dealsWon()] += Decimal::fromInteger(1);
    }
    for (const QString &id : std::as_const(noRevenue))
        result[id].values.remove(metric::revenue());
    // The exact sums carry the shares' extra places; shown and compared without trailing zeros.
    for (PartnerMetrics &m : result) {
        if (const auto revenue = m.values.find(metric::revenue()); revenue != m.values.end())
            *revenue = revenue->normalized();
    }

    // Commitments and attainment.
    for (const Partner &p : partners) {
        PartnerMetrics &m = result[p.id];
        if (!p.revenueCommitment)
            continue;
        const Decimal amount = Decimal::fromUnits(p.revenueCommitment->minorUnits(), p.revenueCommitment->currency().minorDigits());
        const std::optional<Decimal> commitment = converter.convert(amount, p.revenueCommitment->currency(), asOf);
        if (!commitment) {
            warn(MetricsText::tr("%1: no exchange rate for %2 on %3; its revenue commitment is left out")
                     .arg(p.id, p.revenueCommitment->currency().code(), formatIsoDate(asOf)));
            continue;
        }
        m.values.insert(metric::revenueCommitment(), commitment->normalized());
        const auto revenue = m.values.constFind(metric::revenue());
        if (*commitment > Decimal() && revenue != m.values.cend()) {
            // A ratio is not a decimal in general: six places, half-even, is finer than any target.
            m.values.insert(metric::revenueAttainment(),
                            roundRational(toRational(*revenue) / toRational(*commitment), 6, RoundingMode::HalfEven));
        }
    }

    // People and their certifications valid on asOf.
    EnablementRepository enablement(database);
    QHash<QString, QString> personPartner;
    QHash<QString, QString> personRole;
    QHash<QString, int> peopleCount;
    for (const Person &person : enablement.people()) {
        personPartner.insert(person.id, person.partnerId);
        personRole.insert(person.id, person.role);
        ++peopleCount[person.partnerId];
    }
    QSet<QString> certified;
    for (const Certification &c : enablement.certifications()) {
        if (c.validOn(asOf))
            certified.insert(c.personId);
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        it->values.insert(metric::people(), Decimal::fromInteger(peopleCount.value(it.key())));
        it->values.insert(metric::certifiedPeople(), Decimal());
        it->values.insert(metric::certifiedConsultants(), Decimal());
        it->values.insert(metric::certifiedEngineers(), Decimal());
    }
    for (const QString &personId : std::as_const(certified)) {
        const auto found = result.find(personPartner.value(personId));
        if (found == result.end())
            continue;
        const Decimal one = Decimal::fromInteger(1);
        found->values[metric::certifiedPeople()] += one;
        const QString role = personRole.value(personId);
        if (role == QLatin1String("consultant"))
            found->values[metric::certifiedConsultants()] += one;
        else if (role == QLatin1String("engineer"))
            found->values[metric::certifiedEngineers()] += one;
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        const int total = peopleCount.value(it.key());
        if (total > 0) {
            it->values.insert(metric::certificationRate(),
                              roundRational(toRational(it->values.value(metric::certifiedPeople())) * 100 / total, 2,
                                            RoundingMode::HalfEven));
        }
    }

    // Measured KPIs fill in what is not computed.
    const QHash<QString, QHash<QString, Decimal>> kpis = KpiStore(database).valuesOn(asOf);
    for (auto it = kpis.cbegin(); it != kpis.cend(); ++it) {
        const auto found = result.find(it.key());
        if (found == result.end())
            continue;
        for (auto value = it->cbegin(); value != it->cend(); ++value) {
            if (!found->values.contains(value.key()))
                found->values.insert(value.key(), value.value());
        }
    }
    return result;
}

QList<TierProposal> TierRun::changes() const
{
    QList<TierProposal> list;
    for (const TierProposal &p : proposals) {
        if (p.change != TierProposal::Change::None)
            list << p;
    }
    return list;
}

TierRun runTiers(Database &database, QDate asOf, const QString &programId)
{
    TierRun run;
    run.asOf = asOf;
    QHash<QString, QList<Partner>> byProgram;
    for (const Partner &p : PartnerRepository(database).all()) {
        if (p.status != QLatin1String("active") || p.program.isEmpty())
            continue;
        if (!programId.isEmpty() && p.program != programId)
            continue;
        byProgram[p.program] << p;
    }
    QStringList programIds = byProgram.keys();
    std::sort(programIds.begin(), programIds.end());
    ProgramStore programs(database);
    // Metrics depend on the currency only: computed once per currency for all the partners that need it.
    QHash<QString, Program> parsedPrograms;
    QHash<QString, QList<Partner>> byCurrency;
    for (const QString &id : std::as_const(programIds)) {
        Diagnostics errors;
        if (const std::optional<Program> program = programs.program(id, &errors)) {
            parsedPrograms.insert(id, *program);
            byCurrency[program->currency.code()] << byProgram[id];
        }
    }
    QHash<QString, QHash<QString, PartnerMetrics>> metricsByCurrency;
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it)
        metricsByCurrency.insert(it.key(), computePartnerMetrics(database, it.value(), asOf,
                                                                 *Currency::fromCode(QStringView(it.key())), &run.warnings));
    for (const QString &id : std::as_const(programIds)) {
        Diagnostics errors;
        const std::optional<Program> program = programs.program(id, &errors);
        if (!program) {
            run.warnings << (errors.isEmpty() ? MetricsText::tr("program %1: not in the database; its %n partner(s) were not evaluated", nullptr,
                                                                int(byProgram[id].size())).arg(id)
                                              : MetricsText::tr("program %1: %2").arg(id, errors.first().toString()));
            continue;
        }
        run.programs.insert(id, *program);
        const QList<Partner> &partners = byProgram[id];
        const QHash<QString, PartnerMetrics> &allMetrics = metricsByCurrency[program->currency.code()];
        QHash<QString, PartnerMetrics> metrics;
        for (const Partner &p : partners)
            metrics.insert(p.id, allMetrics.value(p.id));
        const QList<TierResult> results = evaluateTiers(*program, metrics.values());
        QHash<QString, Partner> partnerById;
        for (const Partner &p : partners)
            partnerById.insert(p.id, p);
        for (const TierResult &result : results) {
            TierProposal proposal;
            proposal.partner = partnerById.value(result.partnerId);
            proposal.programId = id;
            proposal.currentTier = proposal.partner.tier;
            proposal.proposedTier = result.tier >= 0 ? program->tiers[result.tier].id : QString();
            proposal.result = result;
            proposal.metrics = metrics.value(result.partnerId);
            const int bottom = int(program->tiers.size());
            const int from = proposal.currentTier.isEmpty() ? bottom : program->tierIndex(proposal.currentTier);
            const int to = result.tier >= 0 ? result.tier : bottom;
            if (proposal.currentTier == proposal.proposedTier)
                proposal.change = TierProposal::Change::None;
            else if (from < 0)
                proposal.change = TierProposal::Change::Other; // a tier this program does not have
            else
                proposal.change = to < from ? TierProposal::Change::Promotion : TierProposal::Change::Demotion;
            proposal.explanation = result.reasonText(*program);
            const QString missing = result.missingText(*program);
            if (!missing.isEmpty())
                proposal.explanation += QStringLiteral("; ") + missing;
            run.proposals << proposal;
        }
    }
    std::sort(run.proposals.begin(), run.proposals.end(), [](const TierProposal &a, const TierProposal &b) {
        return a.partner.id.toUtf8() < b.partner.id.toUtf8();
    });
    return run;
}

void applyTier(Database &database, const QString &partnerId, const QString &fromTier, const QString &toTier,
               const QString &explanation, QDate asOf)
{
    Transaction transaction(database);
    const QString what = MetricsText::tr("changing the tier of %1").arg(partnerId);
    QSqlQuery check = database.prepare(QStringLiteral("SELECT tier FROM partners WHERE partner_id = ?"), what);
    check.addBindValue(partnerId);
    Database::exec(check, what);
    if (!check.next())
        throw StoreError(MetricsText::tr("no partner %1").arg(partnerId));
    if (check.value(0).toString() != fromTier) {
        throw StoreError(MetricsText::tr("%1 is now in tier \"%2\", not \"%3\"; evaluate again")
                             .arg(partnerId, check.value(0).toString(), fromTier));
    }
    check.finish();
    QSqlQuery update = database.prepare(QStringLiteral("UPDATE partners SET tier = ?, row_version = row_version + 1 WHERE partner_id = ?"), what);
    update.addBindValue(toTier);
    update.addBindValue(partnerId);
    Database::exec(update, what);
    AuditLog(database).record(QStringLiteral("update"), QStringLiteral("partner"), partnerId,
                              QJsonObject{{QStringLiteral("tier"), QJsonArray{fromTier, toTier}},
                                          {QStringLiteral("tier_run"),
                                           QJsonObject{{QStringLiteral("as_of"), formatIsoDate(asOf)},
                                                       {QStringLiteral("explanation"), explanation}}}});
    transaction.commit();
}

} // namespace cd::store
