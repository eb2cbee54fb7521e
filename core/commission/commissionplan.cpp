#include "core/commission/commissionplan.h"

#include "core/files/jsonreader.h"

#include <QCoreApplication>

namespace cd {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct CommissionPlanText
{
    Q_DECLARE_TR_FUNCTIONS(cd::CommissionPlan)
};

constexpr int MaxRatePercentDecimals = CommissionPlan::RateScale - 2;

using Check = JsonMemberChecker;

// Collects every problem of one plan file instead of stopping at the first.
class PlanReader
{
public:
    PlanReader(const QString &fileName, Diagnostics &diagnostics)
        : m_check(fileName, diagnostics, nullptr,
                  JsonCheckTexts{CommissionPlanText::tr("is required"),
                                 CommissionPlanText::tr("must not be empty"),
                                 {CommissionPlanText::tr("must be a string, not %1"), QString()}}),
          // A decimal held in a JSON string; a JSON number is refused because it may already have been
          // through binary floating point on its way here.
          m_decimalTexts{CommissionPlanText::tr("must be a decimal string, not %1"),
                         CommissionPlanText::tr(
                             "%1 is a JSON number; write it as a string (\"%1\") so that it stays exact")}
    {
    }

    std::optional<CommissionPlan> read(const JsonNode &root)
    {
        if (!root.isObject()) {
            m_check.error(root, QString(), CommissionPlanText::tr("a plan is a JSON object"));
            return std::nullopt;
        }
        const qsizetype errorsBefore = m_check.errorCount();
        // A misspelt key would otherwise fall back to a default and pay the wrong amounts.
        const std::initializer_list<QStringView> known{
            u"id",     u"currency", u"window", u"fiscal_year_start_month",
            u"method", u"rounding", u"bands",  u"bonus"};
        m_check.unknownMembers(root, QString(), known, Check::Unknown::Error,
                               CommissionPlanText::tr("unknown field (known: %1)").arg(Check::listed(known)));

        CommissionPlan plan;
        if (const JsonNode *id = m_check.nonEmptyString(root, u"id", QStringLiteral("id")))
            plan.id = id->text();
        bool currencyKnown = false;
        if (const JsonNode *code = requiredString(root, u"currency")) {
            if (const std::optional<Currency> currency = Currency::fromCode(QStringView(code->text()))) {
                plan.currency = *currency;
                currencyKnown = true;
            } else {
                m_check.error(*code, QStringLiteral("currency"),
                              CommissionPlanText::tr("%1 is not a currency this program knows (ISO 4217: %2)")
                                  .arg(code->text(), Currency::knownCodes().join(QStringLiteral(" "))));
            }
        }
        readWindowAndRounding(root, plan);
        readBands(root, plan, currencyKnown);
        if (const JsonNode *bonus = root.member(u"bonus"))
            readBonus(*bonus, plan, currencyKnown);
        if (m_check.errorCount() != errorsBefore)
            return std::nullopt;
        return plan;
    }

private:
    // How the plan cuts time into windows, how it pays across bands and how it rounds: each has a default.
    void readWindowAndRounding(const JsonNode &root, CommissionPlan &plan)
    {
        if (const JsonNode *window = optionalString(root, u"window")) {
            if (const std::optional<PeriodKind> kind = periodKindFromName(window->text()))
                plan.window = *kind;
            else
                m_check.error(
                    *window, QStringLiteral("window"),
                    CommissionPlanText::tr("%1 is not one of month, quarter, year").arg(window->text()));
        }
        if (const JsonNode *month = root.member(u"fiscal_year_start_month")) {
            bool ok = false;
            const int value = month->isNumber() ? month->text().toInt(&ok) : 0;
            if (!ok || value < 1 || value > 12)
                m_check.error(
                    *month, QStringLiteral("fiscal_year_start_month"),
                    CommissionPlanText::tr("%1 is not a month number from 1 to 12").arg(literal(*month)));
            else
                plan.fiscalYearStartMonth = value;
        }
        if (const JsonNode *method = optionalString(root, u"method")) {
            if (const std::optional<CommissionMethod> value = commissionMethodFromName(method->text()))
                plan.method = *value;
            else
                m_check.error(
                    *method, QStringLiteral("method"),
                    CommissionPlanText::tr("%1 is not one of graduated, retroactive").arg(method->text()));
        }
        if (const JsonNode *rounding = optionalString(root, u"rounding")) {
            // Only the two modes commission.md names; Decimal knows more than a plan may ask for.
            const std::optional<RoundingMode> mode = roundingModeFromName(rounding->text());
            if (mode == RoundingMode::HalfEven || mode == RoundingMode::HalfUp)
                plan.rounding = *mode;
            else
                m_check.error(
                    *rounding, QStringLiteral("rounding"),
                    CommissionPlanText::tr("%1 is not one of half-even, half-up").arg(rounding->text()));
        }
    }

    static QString literal(const JsonNode &node)
    {
        switch (node.type()) {
        case JsonNode::Type::Number:
            return node.text();
        case JsonNode::Type::String:
            return QLatin1Char('"') + node.text() + QLatin1Char('"');
        default:
            return JsonNode::typeName(node.type());
        }
    }

    // The plan's own members sit at the top: a key is its field.
    const JsonNode *optionalString(const JsonNode &root, QStringView key)
    {
        return m_check.stringMember(root, key, key.toString(), Check::Presence::Optional);
    }
    const JsonNode *requiredString(const JsonNode &root, QStringView key)
    {
        return m_check.stringMember(root, key, key.toString(), Check::Presence::Required);
    }
    const JsonNode *decimalNode(const JsonNode &object, QStringView key, const QString &path)
    {
        return m_check.stringMember(object, key, path, Check::Presence::Required, m_decimalTexts);
    }

    // An amount in plan currency: a non-negative decimal with no more decimals than the currency has.
    std::optional<Decimal> amount(const JsonNode &object, QStringView key, const QString &path,
                                  const CommissionPlan &plan, bool currencyKnown)
    {
        const JsonNode *node = decimalNode(object, key, path);
        if (!node)
            return std::nullopt;
        QString error;
        const std::optional<Decimal> value = Decimal::parse(QStringView(node->text()), &error);
        if (!value) {
            m_check.error(*node, path, invalidDecimalMessage(node->text(), error));
            return std::nullopt;
        }
        if (value->isNegative()) {
            m_check.error(*node, path, CommissionPlanText::tr("%1 must not be negative").arg(node->text()));
            return std::nullopt;
        }
        if (currencyKnown && value->significantDecimals() > plan.currency.minorDigits()) {
            m_check.error(*node, path,
                          CommissionPlanText::tr("%1 has more decimals than %2 allows (%3)")
                              .arg(node->text(), plan.currency.code())
                              .arg(plan.currency.minorDigits()));
            return std::nullopt;
        }
        // The engine counts minor units in 64 bits; a plan beyond that could never be reached anyway.
        bool tooLarge = false;
        try {
            tooLarge = currencyKnown && value->withScale(plan.currency.minorDigits()).units() >
                                            Int128(std::numeric_limits<qint64>::max());
        } catch (const OverflowError &) {
            tooLarge = true;
        }
        if (tooLarge) {
            m_check.error(*node, path, CommissionPlanText::tr("%1 is too large").arg(node->text()));
            return std::nullopt;
        }
        return value->normalized();
    }

    // "15%" or "2.125%": up to six decimals, never negative; returned as the fraction 0.15.
    std::optional<Decimal> rate(const JsonNode &object, const QString &path)
    {
        const JsonNode *node = decimalNode(object, u"rate", path);
        if (!node)
            return std::nullopt;
        const QString &text = node->text();
        if (!text.endsWith(QLatin1Char('%'))) {
            m_check.error(*node, path, CommissionPlanText::tr("%1 is not a percentage like 15%").arg(text));
            return std::nullopt;
        }
        QString error;
        const std::optional<Decimal> percent = Decimal::parse(QStringView(text).chopped(1), &error);
        if (!percent) {
            m_check.error(*node, path, CommissionPlanText::tr("%1 is not a percentage like 15%").arg(text));
            return std::nullopt;
        }
        if (percent->isNegative()) {
            m_check.error(*node, path, CommissionPlanText::tr("%1 must not be negative").arg(text));
            return std::nullopt;
        }
        if (percent->significantDecimals() > MaxRatePercentDecimals) {
            m_check.error(
                *node, path,
                CommissionPlanText::tr("%1 has more than %2 decimals").arg(text).arg(MaxRatePercentDecimals));
            return std::nullopt;
        }
        // The engine multiplies 64-bit amounts by 64-bit rate units inside 128 bits.
        if (*percent > Decimal::fromInteger(1000000000)) {
            m_check.error(*node, path, CommissionPlanText::tr("%1 is too large").arg(text));
            return std::nullopt;
        }
        return percent->shiftedRight(2).normalized();
    }

    void readBands(const JsonNode &root, CommissionPlan &plan, bool currencyKnown)
    {
        const JsonNode *bands = root.member(u"bands");
        if (!bands) {
            m_check.error(root, QStringLiteral("bands"),
                          CommissionPlanText::tr("is required: at least one band starting at 0"));
            return;
        }
        if (!bands->isArray() || bands->items().isEmpty()) {
            m_check.error(*bands, QStringLiteral("bands"),
                          CommissionPlanText::tr("must be a list of at least one band starting at 0"));
            return;
        }
        std::optional<Decimal> previous;
        for (qsizetype i = 0; i < bands->items().size(); ++i) {
            const JsonNode &band = bands->items()[i];
            const QString path = Check::itemOf(u"bands", i);
            if (!m_check.expectType(
                    band, JsonNode::Type::Object, path,
                    CommissionPlanText::tr("a band is an object with \"from\" and \"rate\""))) {
                previous.reset();
                continue;
            }
            m_check.unknownMembers(band, path, {u"from", u"rate"}, Check::Unknown::Error,
                                   CommissionPlanText::tr("unknown field (known: from, rate)"));
            const QString fromPath = Check::fieldOf(path, u"from");
            const std::optional<Decimal> from = amount(band, u"from", fromPath, plan, currencyKnown);
            const std::optional<Decimal> bandRate = rate(band, Check::fieldOf(path, u"rate"));
            if (from) {
                const JsonNode &fromNode = *band.member(u"from");
                if (i == 0 && !from->isZero())
                    m_check.error(fromNode, fromPath,
                                  CommissionPlanText::tr("the first band must start at 0, not %1")
                                      .arg(fromNode.text()));
                else if (i > 0 && previous && *from <= *previous)
                    m_check.error(
                        fromNode, fromPath,
                        CommissionPlanText::tr(
                            "%1 is not above the previous band's from (%2): bands must be in ascending order")
                            .arg(fromNode.text(), previous->toString()));
            }
            previous = from;
            if (from && bandRate)
                plan.bands.append({*from, *bandRate});
        }
    }

    void readBonus(const JsonNode &bonus, CommissionPlan &plan, bool currencyKnown)
    {
        if (!m_check.expectType(bonus, JsonNode::Type::Object, QStringLiteral("bonus"),
                                CommissionPlanText::tr("must be an object with \"threshold\" and \"rate\"")))
            return;
        m_check.unknownMembers(bonus, QStringLiteral("bonus"), {u"threshold", u"rate"}, Check::Unknown::Error,
                               CommissionPlanText::tr("unknown field (known: threshold, rate)"));
        const std::optional<Decimal> threshold =
            amount(bonus, u"threshold", QStringLiteral("bonus.threshold"), plan, currencyKnown);
        const std::optional<Decimal> bonusRate = rate(bonus, QStringLiteral("bonus.rate"));
        if (threshold && bonusRate)
            plan.bonus = CommissionBonus{*threshold, *bonusRate};
    }

    Check m_check;
    const JsonStringTexts m_decimalTexts;
};

QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(int(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray percentText(const Decimal &fraction)
{
    return (fraction * Decimal::fromInteger(100)).normalized().toString().toUtf8() + '%';
}

} // namespace

std::optional<CommissionMethod> commissionMethodFromName(QStringView name)
{
    if (name == u"graduated")
        return CommissionMethod::Graduated;
    if (name == u"retroactive")
        return CommissionMethod::Retroactive;
    return std::nullopt;
}

QString commissionMethodName(CommissionMethod method)
{
    return method == CommissionMethod::Graduated ? QStringLiteral("graduated")
                                                 : QStringLiteral("retroactive");
}

Decimal CommissionPlan::tier(const Decimal &cumulative) const
{
    if (bands.isEmpty() || cumulative.signum() <= 0)
        return Decimal();
    qsizetype reached = 0;
    while (reached + 1 < bands.size() && bands[reached + 1].from <= cumulative)
        ++reached;
    if (method == CommissionMethod::Retroactive)
        return cumulative * bands[reached].rate;
    Decimal total;
    for (qsizetype i = 0; i < reached; ++i)
        total += (bands[i + 1].from - bands[i].from) * bands[i].rate;
    return total + (cumulative - bands[reached].from) * bands[reached].rate;
}

QByteArray CommissionPlan::toJson() const
{
    QByteArray json = "{\n";
    json += "  \"id\": " + jsonString(id) + ",\n";
    json += "  \"currency\": " + jsonString(currency.code()) + ",\n";
    json += "  \"window\": " + jsonString(periodKindName(window)) + ",\n";
    json += "  \"fiscal_year_start_month\": " + QByteArray::number(fiscalYearStartMonth) + ",\n";
    json += "  \"method\": " + jsonString(commissionMethodName(method)) + ",\n";
    json += "  \"rounding\": " + jsonString(roundingModeName(rounding)) + ",\n";
    json += "  \"bands\": [ ";
    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (i > 0)
            json += ", ";
        json += "{\"from\": \"" + bands[i].from.normalized().toString().toUtf8() + "\", \"rate\": \"" +
                percentText(bands[i].rate) + "\"}";
    }
    json += " ]";
    if (bonus) {
        json += ",\n  \"bonus\": { \"threshold\": \"" + bonus->threshold.normalized().toString().toUtf8() +
                "\", \"rate\": \"" + percentText(bonus->rate) + "\" }";
    }
    json += "\n}\n";
    return json;
}

std::optional<CommissionPlan> parseCommissionPlan(QByteArrayView json, const QString &fileName,
                                                  Diagnostics &diagnostics)
{
    Diagnostic syntaxError;
    const std::optional<JsonNode> root = parseJson(json, fileName, &syntaxError);
    if (!root) {
        diagnostics << syntaxError;
        return std::nullopt;
    }
    return PlanReader(fileName, diagnostics).read(*root);
}

} // namespace cd
