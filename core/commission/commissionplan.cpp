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

// Collects every problem of one plan file instead of stopping at the first.
class PlanReader
{
public:
    PlanReader(const QString &fileName, Diagnostics &diagnostics)
        : m_fileName(fileName), m_diagnostics(diagnostics)
    {
    }

    std::optional<CommissionPlan> read(const JsonNode &root)
    {
        if (!root.isObject()) {
            report(root, QString(), CommissionPlanText::tr("a plan is a JSON object"));
            return std::nullopt;
        }
        static const QStringList known{QStringLiteral("id"),     QStringLiteral("currency"),
                                       QStringLiteral("window"), QStringLiteral("fiscal_year_start_month"),
                                       QStringLiteral("method"), QStringLiteral("rounding"),
                                       QStringLiteral("bands"),  QStringLiteral("bonus")};
        const qsizetype errorsBefore = m_diagnostics.size();
        for (const auto &[key, value] : root.members()) {
            // A misspelt key would otherwise fall back to a default and pay the wrong amounts.
            if (!known.contains(key))
                report(value, key, CommissionPlanText::tr("unknown field (known: %1)").arg(known.join(QStringLiteral(", "))));
        }

        CommissionPlan plan;
        if (const JsonNode *id = requiredString(root, QStringLiteral("id"))) {
            plan.id = id->text();
            if (plan.id.trimmed().isEmpty())
                report(*id, QStringLiteral("id"), CommissionPlanText::tr("must not be empty"));
        }
        bool currencyKnown = false;
        if (const JsonNode *code = requiredString(root, QStringLiteral("currency"))) {
            if (const std::optional<Currency> currency = Currency::fromCode(QStringView(code->text()))) {
                plan.currency = *currency;
                currencyKnown = true;
            } else {
                report(*code, QStringLiteral("currency"),
                       CommissionPlanText::tr("%1 is not a currency this program knows (ISO 4217: %2)")
                           .arg(code->text(), Currency::knownCodes().join(QStringLiteral(" "))));
            }
        }
        if (const JsonNode *window = optionalString(root, QStringLiteral("window"))) {
            if (const std::optional<PeriodKind> kind = periodKindFromName(window->text()))
                plan.window = *kind;
            else
                report(*window, QStringLiteral("window"),
                       CommissionPlanText::tr("%1 is not one of month, quarter, year").arg(window->text()));
        }
        if (const JsonNode *month = root.member(u"fiscal_year_start_month")) {
            bool ok = false;
            const int value = month->isNumber() ? month->text().toInt(&ok) : 0;
            if (!ok || value < 1 || value > 12)
                report(*month, QStringLiteral("fiscal_year_start_month"),
                       CommissionPlanText::tr("%1 is not a month number from 1 to 12").arg(literal(*month)));
            else
                plan.fiscalYearStartMonth = value;
        }
        if (const JsonNode *method = optionalString(root, QStringLiteral("method"))) {
            if (const std::optional<CommissionMethod> value = commissionMethodFromName(method->text()))
                plan.method = *value;
            else
                report(*method, QStringLiteral("method"),
                       CommissionPlanText::tr("%1 is not one of graduated, retroactive").arg(method->text()));
        }
        if (const JsonNode *rounding = optionalString(root, QStringLiteral("rounding"))) {
            // Only the two modes commission.md names; Decimal knows more than a plan may ask for.
            const std::optional<RoundingMode> mode = roundingModeFromName(rounding->text());
            if (mode == RoundingMode::HalfEven || mode == RoundingMode::HalfUp)
                plan.rounding = *mode;
            else
                report(*rounding, QStringLiteral("rounding"),
                       CommissionPlanText::tr("%1 is not one of half-even, half-up").arg(rounding->text()));
        }
        readBands(root, plan, currencyKnown);
        if (const JsonNode *bonus = root.member(u"bonus"))
            readBonus(*bonus, plan, currencyKnown);
        if (m_diagnostics.size() != errorsBefore)
            return std::nullopt;
        return plan;
    }

private:
    void report(const JsonNode &node, const QString &field, const QString &message)
    {
        m_diagnostics << Diagnostic{m_fileName, node.line(), field, message};
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

    const JsonNode *optionalString(const JsonNode &object, const QString &key, const QString &path = {})
    {
        const JsonNode *node = object.member(key);
        if (node && !node->isString()) {
            report(*node, path.isEmpty() ? key : path,
                   CommissionPlanText::tr("must be a string, not %1").arg(JsonNode::typeName(node->type())));
            return nullptr;
        }
        return node;
    }

    const JsonNode *requiredString(const JsonNode &object, const QString &key, const QString &path = {})
    {
        if (!object.member(key)) {
            report(object, path.isEmpty() ? key : path, CommissionPlanText::tr("is required"));
            return nullptr;
        }
        return optionalString(object, key, path);
    }

    // A decimal held in a JSON string; a JSON number is refused because it may already have been through
    // binary floating point on its way here.
    const JsonNode *decimalNode(const JsonNode &object, const QString &key, const QString &path)
    {
        const JsonNode *node = object.member(key);
        if (!node) {
            report(object, path, CommissionPlanText::tr("is required"));
            return nullptr;
        }
        if (node->isNumber()) {
            report(*node, path,
                   CommissionPlanText::tr("%1 is a JSON number; write it as a string (\"%1\") so that it stays exact")
                       .arg(node->text()));
            return nullptr;
        }
        if (!node->isString()) {
            report(*node, path, CommissionPlanText::tr("must be a decimal string, not %1").arg(JsonNode::typeName(node->type())));
            return nullptr;
        }
        return node;
    }

    // An amount in plan currency: a non-negative decimal with no more decimals than the currency has.
    std::optional<Decimal> amount(const JsonNode &object, const QString &key, const QString &path,
                                  const CommissionPlan &plan, bool currencyKnown)
    {
        const JsonNode *node = decimalNode(object, key, path);
        if (!node)
            return std::nullopt;
        QString error;
        const std::optional<Decimal> value = Decimal::parse(QStringView(node->text()), &error);
        if (!value) {
            report(*node, path, invalidDecimalMessage(node->text(), error));
            return std::nullopt;
        }
        if (value->isNegative()) {
            report(*node, path, CommissionPlanText::tr("%1 must not be negative").arg(node->text()));
            return std::nullopt;
        }
        if (currencyKnown && value->significantDecimals() > plan.currency.minorDigits()) {
            report(*node, path,
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
            report(*node, path, CommissionPlanText::tr("%1 is too large").arg(node->text()));
            return std::nullopt;
        }
        return value->normalized();
    }

    // "15%" or "2.125%": up to six decimals, never negative; returned as the fraction 0.15.
    std::optional<Decimal> rate(const JsonNode &object, const QString &path)
    {
        const JsonNode *node = decimalNode(object, QStringLiteral("rate"), path);
        if (!node)
            return std::nullopt;
        const QString &text = node->text();
        if (!text.endsWith(QLatin1Char('%'))) {
            report(*node, path, CommissionPlanText::tr("%1 is not a percentage like 15%").arg(text));
            return std::nullopt;
        }
        QString error;
        const std::optional<Decimal> percent = Decimal::parse(QStringView(text).chopped(1), &error);
        if (!percent) {
            report(*node, path, CommissionPlanText::tr("%1 is not a percentage like 15%").arg(text));
            return std::nullopt;
        }
        if (percent->isNegative()) {
            report(*node, path, CommissionPlanText::tr("%1 must not be negative").arg(text));
            return std::nullopt;
        }
        if (percent->significantDecimals() > MaxRatePercentDecimals) {
            report(*node, path, CommissionPlanText::tr("%1 has more than %2 decimals").arg(text).arg(MaxRatePercentDecimals));
            return std::nullopt;
        }
        // The engine multiplies 64-bit amounts by 64-bit rate units inside 128 bits.
        if (*percent > Decimal::fromInteger(1000000000)) {
            report(*node, path, CommissionPlanText::tr("%1 is too large").arg(text));
            return std::nullopt;
        }
        return percent->shiftedRight(2).normalized();
    }

    void readBands(const JsonNode &root, CommissionPlan &plan, bool currencyKnown)
    {
        const JsonNode *bands = root.member(u"bands");
        if (!bands) {
            report(root, QStringLiteral("bands"), CommissionPlanText::tr("is required: at least one band starting at 0"));
            return;
        }
        if (!bands->isArray() || bands->items().isEmpty()) {
            report(*bands, QStringLiteral("bands"), CommissionPlanText::tr("must be a list of at least one band starting at 0"));
            return;
        }
        std::optional<Decimal> previous;
        for (qsizetype i = 0; i < bands->items().size(); ++i) {
            const JsonNode &band = bands->items()[i];
            const QString path = QStringLiteral("bands[%1]").arg(i);
            if (!band.isObject()) {
                report(band, path, CommissionPlanText::tr("a band is an object with \"from\" and \"rate\""));
                previous.reset();
                continue;
            }
            for (const auto &[key, value] : band.members()) {
                if (key != u"from" && key != u"rate")
                    report(value, path + QLatin1Char('.') + key, CommissionPlanText::tr("unknown field (known: from, rate)"));
            }
            const QString fromPath = path + QStringLiteral(".from");
            const std::optional<Decimal> from =
                amount(band, QStringLiteral("from"), fromPath, plan, currencyKnown);
            const std::optional<Decimal> bandRate = rate(band, path + QStringLiteral(".rate"));
            if (from) {
                const JsonNode &fromNode = *band.member(u"from");
                if (i == 0 && !from->isZero())
                    report(fromNode, fromPath,
                           CommissionPlanText::tr("the first band must start at 0, not %1").arg(fromNode.text()));
                else if (i > 0 && previous && *from <= *previous)
                    report(
                        fromNode, fromPath,
                        CommissionPlanText::tr("%1 is not above the previous band's from (%2): bands must be in ascending order")
                            .arg(fromNode.text(), previous->toString()));
            }
            previous = from;
            if (from && bandRate)
                plan.bands.append({*from, *bandRate});
        }
    }

    void readBonus(const JsonNode &bonus, CommissionPlan &plan, bool currencyKnown)
    {
        if (!bonus.isObject()) {
            report(bonus, QStringLiteral("bonus"), CommissionPlanText::tr("must be an object with \"threshold\" and \"rate\""));
            return;
        }
        for (const auto &[key, value] : bonus.members()) {
            if (key != u"threshold" && key != u"rate")
                report(value, QStringLiteral("bonus.") + key, CommissionPlanText::tr("unknown field (known: threshold, rate)"));
        }
        const std::optional<Decimal> threshold = amount(
            bonus, QStringLiteral("threshold"), QStringLiteral("bonus.threshold"), plan, currencyKnown);
        const std::optional<Decimal> bonusRate = rate(bonus, QStringLiteral("bonus.rate"));
        if (threshold && bonusRate)
            plan.bonus = CommissionBonus{*threshold, *bonusRate};
    }

    const QString &m_fileName;
    Diagnostics &m_diagnostics;
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
