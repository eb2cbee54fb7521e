#include "store/records/recordrules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct RecordRulesText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::RecordRules)
};

QString joined(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &problem : problems)
        lines << problem.field + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

class Checker
{
public:
    void fail(const QString &field, const QString &message) { problems << Diagnostic{QString(), 0, field, message}; }

    void id(const QString &field, const QString &value)
    {
        const QString problem = recordIdProblem(value);
        if (!problem.isEmpty())
            fail(field, problem);
    }
    void required(const QString &field, const QString &value)
    {
        if (value.trimmed().isEmpty())
            fail(field, RecordRulesText::tr("is required"));
    }
    // An optional code: empty, or one of the vocabulary.
    void code(const QString &field, const QString &value, const QStringList &vocabulary, bool isRequired = false)
    {
        if (value.isEmpty()) {
            if (isRequired)
                fail(field, RecordRulesText::tr("is required (one of %1)").arg(vocabulary.join(QStringLiteral(", "))));
            return;
        }
        if (!vocabulary.contains(value))
            fail(field, RecordRulesText::tr("\"%1\" is not one of %2").arg(value, vocabulary.join(QStringLiteral(", "))));
    }
    void amount(const QString &field, const QString &currencyField, const Money &money, bool positive)
    {
        if (!money.currency().isValid()) {
            fail(currencyField, RecordRulesText::tr("is required"));
            return;
        }
        if (positive ? money.minorUnits() <= 0 : money.isNegative())
            fail(field, positive ? RecordRulesText::tr("%1 must be positive").arg(money.toString())
                                 : RecordRulesText::tr("%1 must not be negative").arg(money.toString()));
        else if (!fitsMilli(money))
            fail(field, RecordRulesText::tr("%1 cannot be stored exactly").arg(money.toString()));
    }

    Diagnostics problems;
};

} // namespace

InvalidRecord::InvalidRecord(Diagnostics problems) : StoreError(joined(problems)), m_problems(std::move(problems))
{
}

QString recordIdProblem(QStringView id)
{
    if (id.isEmpty())
        return RecordRulesText::tr("is required");
    for (QChar c : id) {
        if (c.isSpace() || c == u';' || c == u'=' || c.category() == QChar::Other_Control)
            return RecordRulesText::tr("\"%1\" cannot be an id: no spaces, ';' or '='").arg(id);
    }
    return QString();
}

const QStringList &registrationStatuses()
{
    static const QStringList list{QStringLiteral("approved"), QStringLiteral("conflict"),
                                  QStringLiteral("duplicate"), QStringLiteral("expired")};
    return list;
}

Diagnostics validatePartner(const Partner &p)
{
    Checker check;
    check.id(QStringLiteral("partner_id"), p.id);
    check.required(QStringLiteral("name"), p.name);
    check.code(QStringLiteral("type"), p.type, codes::partnerTypes(), true);
    check.code(QStringLiteral("region"), p.region, codes::regions());
    if (!p.country.isEmpty()) {
        const bool shaped = p.country.size() == 2 && p.country[0].isUpper() && p.country[1].isUpper()
                            && p.country[0].unicode() < 128 && p.country[1].unicode() < 128;
        if (!shaped || QLocale::codeToTerritory(p.country) == QLocale::AnyTerritory)
            check.fail(QStringLiteral("country"),
                       RecordRulesText::tr("\"%1\" is not an ISO 3166-1 alpha-2 country code like DE").arg(p.country));
    }
    check.code(QStringLiteral("stage"), p.stage, codes::partnerStages());
    check.code(QStringLiteral("status"), p.status, codes::partnerStatuses());
    if (p.revenueCommitment)
        check.amount(QStringLiteral("revenue_commitment"), QStringLiteral("currency"), *p.revenueCommitment, false);
    return check.problems;
}

Diagnostics validateDeal(const Deal &d)
{
    Checker check;
    check.id(QStringLiteral("deal_id"), d.id);
    const QString partners = QStringLiteral("partners");
    if (d.partners.isEmpty()) {
        check.fail(partners, RecordRulesText::tr("no partner given"));
    } else {
        QSet<QString> seen;
        Decimal total;
        for (const DealShare &share : d.partners) {
            const QString problem = recordIdProblem(share.partnerId);
            if (!problem.isEmpty())
                check.fail(partners, problem);
            else if (d.partners.size() > 1 && seen.contains(share.partnerId))
                check.fail(partners, RecordRulesText::tr("%1 is named twice").arg(share.partnerId));
            if (d.partners.size() > 1)
                seen.insert(share.partnerId);
            if (share.percent.signum() <= 0)
                check.fail(partners, RecordRulesText::tr("the share of %1 must be positive").arg(share.partnerId));
            total += share.percent;
        }
        if (total != Decimal::fromInteger(100))
            check.fail(partners, RecordRulesText::tr("the shares add up to %1, not 100").arg(decimalText(total)));
    }
    check.code(QStringLiteral("status"), d.status, codes::dealStatuses(), true);
    check.code(QStringLiteral("stage"), d.stage, codes::dealStages());
    check.amount(QStringLiteral("amount"), QStringLiteral("currency"), d.amount, true);
    if (d.probability && (d.probability->isNegative() || *d.probability > Decimal::fromInteger(100)))
        check.fail(QStringLiteral("probability"),
                   RecordRulesText::tr("%1 is not between 0% and 100%").arg(formatPercent(*d.probability)));
    const bool closed = d.status == QLatin1String("won") || d.status == QLatin1String("lost")
                        || d.status == QLatin1String("cancelled");
    if (closed && !d.closeDate.isValid())
        check.fail(QStringLiteral("close_date"), RecordRulesText::tr("is required for a %1 deal").arg(d.status));
    if (d.status == QLatin1String("cancelled")) {
        if (!d.cancelledOn.isValid())
            check.fail(QStringLiteral("cancelled_on"), RecordRulesText::tr("is required for a cancelled deal"));
        else if (d.closeDate.isValid() && d.cancelledOn < d.closeDate)
            check.fail(QStringLiteral("cancelled_on"), RecordRulesText::tr("%1 is before the close date %2")
                                                           .arg(formatIsoDate(d.cancelledOn), formatIsoDate(d.closeDate)));
    } else if (d.cancelledOn.isValid()) {
        check.fail(QStringLiteral("cancelled_on"), RecordRulesText::tr("only a cancelled deal has a cancellation date"));
    }
    check.code(QStringLiteral("source"), d.source, codes::dealSources());
    return check.problems;
}

Diagnostics validateRegistration(const Registration &r)
{
    Checker check;
    check.id(QStringLiteral("reg_id"), r.id);
    check.id(QStringLiteral("partner_id"), r.partnerId);
    if (r.customer.trimmed().isEmpty() && r.customerDomain.trimmed().isEmpty())
        check.fail(QStringLiteral("customer"), RecordRulesText::tr("a customer name or domain is required"));
    check.amount(QStringLiteral("amount"), QStringLiteral("currency"), r.amount, false);
    if (!r.submittedAt.isValid())
        check.fail(QStringLiteral("submitted_at"), RecordRulesText::tr("is required"));
    check.code(QStringLiteral("status"), r.status, registrationStatuses());
    if (r.decidedAt.isValid() && r.submittedAt.isValid() && r.decidedAt < r.submittedAt)
        check.fail(QStringLiteral("decided_at"), RecordRulesText::tr("is before submitted_at"));
    return check.problems;
}

Diagnostics validateFxRate(const FxRate &rate)
{
    Checker check;
    if (!rate.date.isValid())
        check.fail(QStringLiteral("date"), RecordRulesText::tr("is required"));
    if (!Currency::fromCode(QStringView(rate.currency)))
        check.fail(QStringLiteral("currency"), RecordRulesText::tr("\"%1\" is not a currency this program knows").arg(rate.currency));
    if (rate.rate.signum() <= 0)
        check.fail(QStringLiteral("rate"), RecordRulesText::tr("%1 must be positive").arg(decimalText(rate.rate)));
    return check.problems;
}

} // namespace cd::store
