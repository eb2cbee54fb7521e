#include "ui/programs/programtext.h"

#include "ui/format.h"

#include "store/programs/partnermetrics.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

struct ProgramText
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::ProgramText)
};

QString currencySymbol(const Currency &currency)
{
    const QString code = currency.code();
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("¥");
    return code + QChar::Nbsp;
}

} // namespace

QString metricLabel(const QString &metric)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "won revenue (12 months)")},
        {QStringLiteral("deals_won"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "won deals (12 months)")},
        {QStringLiteral("revenue_commitment"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "committed revenue")},
        {QStringLiteral("revenue_attainment"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "revenue attainment")},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "people")},
        {QStringLiteral("certified_people"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "certified people")},
        {QStringLiteral("certified_consultants"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "certified consultants")},
        {QStringLiteral("certified_engineers"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "certified engineers")},
        {QStringLiteral("certification_rate"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "certification rate (%)")},
        {QStringLiteral("csat"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "customer satisfaction")},
        {QStringLiteral("marketing_collaboration"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "marketing collaboration")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("cd::ui::ProgramText", "scorecard score")},
    };
    const auto found = labels.constFind(metric);
    if (found == labels.cend()) {
        QString text = metric;
        return text.replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return QCoreApplication::translate("cd::ui::ProgramText", *found);
}

QString formatMetric(const QString &metric, const Rational &value, const Currency &currency, const QLocale &locale)
{
    if (store::metric::isMoney(metric)) {
        const Decimal amount = roundRational(value, currency.minorDigits(), RoundingMode::HalfEven);
        return currencySymbol(currency) + formatDecimal(amount, currency.minorDigits(), locale);
    }
    if (denominator(value) == 1)
        return formatDecimal(roundRational(value, 0, RoundingMode::HalfEven), 0, locale);
    return formatDecimal(roundRational(value, 2, RoundingMode::HalfEven), 2, locale);
}

QString tierLabel(const Program &program, const QString &tierId)
{
    if (tierId.isEmpty())
        return ProgramText::tr("no tier");
    const int index = program.tierIndex(tierId);
    return index >= 0 ? program.tiers[index].name : tierId;
}

QString explainMissing(const Program &program, const TierResult &result, const QLocale &locale)
{
    if (result.nextTier < 0)
        return {};
    QStringList parts;
    for (const RequirementCheck &check : result.missing) {
        const Requirement &r = check.requirement;
        const QString label = metricLabel(r.metric);
        if (!check.actual) {
            parts << ProgramText::tr("a value for %1").arg(label);
        } else if (r.kind == Requirement::Kind::TopPercent) {
            parts << ProgramText::tr("%1 more %2 to reach the top %3%")
                         .arg(formatMetric(r.metric, check.shortfall, program.currency, locale), label,
                              r.value.normalized().toString());
        } else if (r.op == CompareOp::LessOrEqual || r.op == CompareOp::Less) {
            parts << ProgramText::tr("%1 less %2").arg(formatMetric(r.metric, check.shortfall, program.currency, locale), label);
        } else {
            parts << ProgramText::tr("%1 more %2").arg(formatMetric(r.metric, check.shortfall, program.currency, locale), label);
        }
    }
    const QString tier = program.tiers[result.nextTier].name;
    if (parts.isEmpty())
        return ProgramText::tr("next: %1").arg(tier);
    // The locale joins the list ("a, b and c", "a, b und c", "a、b、c"): no "and" glued in by hand.
    return ProgramText::tr("needs %1 for %2").arg(locale.createSeparatedList(parts), tier);
}

QString explainReason(const Program &program, const TierResult &result, const QLocale &locale)
{
    if (result.tier < 0)
        return ProgramText::tr("no tier");
    const Tier &tier = program.tiers[result.tier];
    QStringList parts;
    for (const RequirementCheck &check : result.reasons) {
        const Requirement &r = check.requirement;
        const QString actual = check.actual ? formatMetric(r.metric, *check.actual, program.currency, locale) : QString();
        if (r.kind == Requirement::Kind::TopPercent)
            parts << ProgramText::tr("%1 %2 is in the top %3%").arg(metricLabel(r.metric), actual, r.value.normalized().toString());
        else
            parts << ProgramText::tr("%1 %2 (%3 %4)")
                         .arg(metricLabel(r.metric), actual, compareOpText(r.op),
                              formatMetric(r.metric, toRational(r.value), program.currency, locale));
    }
    if (parts.isEmpty())
        return tier.name;
    return tier.name + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

} // namespace cd::ui
