#include "core/programs/program.h"

#include "core/records/records.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cd {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ProgramText
{
    Q_DECLARE_TR_FUNCTIONS(cd::Program)
};

enum class ValueKind { Percent, Amount, Text };

ValueKind kindOfKey(const QString &key)
{
    static const QSet<QString> percentKeys{
        QStringLiteral("margin"),          QStringLiteral("discount"),       QStringLiteral("revenue_share"),
        QStringLiteral("performance_bonus"), QStringLiteral("bonus"),        QStringLiteral("commission"),
        QStringLiteral("commission_rate"), QStringLiteral("rebate"),         QStringLiteral("referral_fee"),
        QStringLiteral("mdf_percent"),     QStringLiteral("coop_percent")};
    static const QSet<QString> amountKeys{
        QStringLiteral("mdf_budget"),      QStringLiteral("mdf"),            QStringLiteral("co_marketing"),
        QStringLiteral("co_marketing_budget"), QStringLiteral("marketing_fund"), QStringLiteral("minimum_commitment"),
        QStringLiteral("training_budget"), QStringLiteral("investment"),     QStringLiteral("enablement_budget")};
    if (percentKeys.contains(key))
        return ValueKind::Percent;
    if (amountKeys.contains(key))
        return ValueKind::Amount;
    return ValueKind::Text;
}

// "30-40%", "30%-40%" and "30–40%" (en dash) are the same range.
std::optional<std::pair<QString, QString>> splitRange(const QString &text)
{
    static const QRegularExpression range(QStringLiteral("^\\s*([^\\s\\x{2013}-]+)\\s*[-\\x{2013}]\\s*([^\\s\\x{2013}-]+)\\s*$"));
    const QRegularExpressionMatch match = range.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair(match.captured(1), match.captured(2));
}

} // namespace

QString compareOpText(CompareOp op)
{
    switch (op) {
    case CompareOp::GreaterOrEqual:
        return QStringLiteral(">=");
    case CompareOp::Greater:
        return QStringLiteral(">");
    case CompareOp::LessOrEqual:
        return QStringLiteral("<=");
    case CompareOp::Less:
        return QStringLiteral("<");
    case CompareOp::Equal:
        return QStringLiteral("==");
    }
    return {};
}

std::optional<CompareOp> compareOpFromText(QStringView text)
{
    for (CompareOp op : {CompareOp::GreaterOrEqual, CompareOp::Greater, CompareOp::LessOrEqual, CompareOp::Less,
                         CompareOp::Equal}) {
        if (text == compareOpText(op))
            return op;
    }
    return std::nullopt;
}

const Benefit *Tier::benefit(QStringView key) const
{
    for (const Benefit &benefit : benefits) {
        if (benefit.key == key)
            return &benefit;
    }
    return nullptr;
}

int Program::tierIndex(QStringView id) const
{
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (tiers[i].id == id)
            return int(i);
    }
    return -1;
}

QStringList Program::metrics() const
{
    QStringList names;
    auto add = [&](const QString &name) {
        if (!names.contains(name))
            names << name;
    };
    for (const Tier &tier : tiers) {
        for (const Requirement &requirement : tier.requirements)
            add(requirement.metric);
    }
    for (const ScorecardItem &item : scorecard)
        add(item.metric);
    return names;
}

std::optional<Benefit> parseBenefit(const QString &key, const QString &value, QString *error)
{
    Benefit benefit;
    benefit.key = key;
    benefit.text = value;
    const ValueKind kind = kindOfKey(key);
    auto fail = [&](const QString &message) -> std::optional<Benefit> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (kind == ValueKind::Text)
        return benefit;
    const QString trimmed = value.trimmed();
    if (kind == ValueKind::Percent) {
        benefit.kind = Benefit::Kind::Percent;
        auto percent = [](QString text) {
            if (!text.endsWith(QLatin1Char('%')))
                text += QLatin1Char('%');
            return parsePercent(text, nullptr);
        };
        std::optional<Decimal> low;
        std::optional<Decimal> high;
        if (trimmed.endsWith(QLatin1Char('%'))) {
            if (const auto range = splitRange(trimmed)) {
                if (range->first.endsWith(QLatin1Char('%')) || !range->first.contains(QLatin1Char('%'))) {
                    low = percent(range->first);
                    high = percent(range->second);
                }
            } else {
                low = high = parsePercent(trimmed, nullptr);
            }
        }
        if (!low || !high || low->isNegative())
            return fail(ProgramText::tr("\"%1\" is not a percentage like 65% or a range like 30-40%").arg(value));
        if (*high < *low)
            return fail(ProgramText::tr("the range \"%1\" runs backwards").arg(value));
        benefit.low = *low;
        benefit.high = *high;
        return benefit;
    }
    benefit.kind = Benefit::Kind::Amount;
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        benefit.low = benefit.high = Decimal();
        return benefit;
    }
    QString text = trimmed;
    if (text.endsWith(QLatin1Char('+'))) {
        benefit.openEnded = true;
        text.chop(1);
    }
    std::optional<Decimal> low;
    std::optional<Decimal> high;
    if (const auto range = benefit.openEnded ? std::nullopt : splitRange(text)) {
        low = Decimal::parse(range->first);
        high = Decimal::parse(range->second);
    } else {
        low = high = Decimal::parse(text);
    }
    if (!low || !high || low->isNegative())
        return fail(ProgramText::tr("\"%1\" is not an amount like 500000, 50000+, 10000-25000 or none").arg(value));
    if (*high < *low)
        return fail(ProgramText::tr("the range \"%1\" runs backwards").arg(value));
    benefit.low = *low;
    benefit.high = *high;
    return benefit;
}

namespace {

using Check = JsonMemberChecker;

class ProgramParser
{
public:
    ProgramParser(const QString &fileName, Diagnostics &errors, Diagnostics *warnings)
        : m_check(fileName, errors, warnings,
                  JsonCheckTexts{ProgramText::tr("is required"),
                                 ProgramText::tr("must not be empty"),
                                 {ProgramText::tr("must be a string, not %1"),
                                  ProgramText::tr("%1 is a JSON number; write it as a string, \"%1\"")}})
    {
    }

    std::optional<Program> parse(const JsonNode &root)
    {
        const qsizetype errorsBefore = m_check.errorCount();
        if (!root.isObject()) {
            m_check.error(root, QString(), ProgramText::tr("a program is a JSON object"));
            return std::nullopt;
        }
        Program program;
        checkMembers(root, QString(),
                     {u"id", u"name", u"description", u"currency", u"protection_days", u"partner_types", u"tiers",
                      u"scorecard", u"lifecycle", u"commission"},
                     false);
        program.id = requiredString(root, u"id", QString());
        program.name = optionalString(root, u"name", QString());
        if (program.name.isEmpty())
            program.name = program.id;
        program.description = optionalString(root, u"description", QString());
        const QString currency = requiredString(root, u"currency", QString());
        if (!currency.isEmpty()) {
            if (const auto known = Currency::fromCode(currency))
                program.currency = *known;
            else
                m_check.error(*root.member(u"currency"), QStringLiteral("currency"),
                              ProgramText::tr("%1 is not a known ISO 4217 currency").arg(currency));
        }
        if (const JsonNode *days = root.member(u"protection_days")) {
            bool ok = false;
            const int value = days->isNumber() || days->isString() ? days->text().toInt(&ok) : 0;
            if (!ok || value < 0 || value > 36500)
                m_check.error(*days, QStringLiteral("protection_days"),
                              ProgramText::tr("must be a whole number of days from 0 to 36500"));
            else
                program.protectionDays = value;
        }
        parsePartnerTypes(root, program);
        parseTiers(root, program);
        parseScorecard(root, program);
        parseLifecycle(root, program);
        if (const JsonNode *commission = root.member(u"commission")) {
            if (commission->isObject())
                program.commissionPlan = *commission;
            else
                m_check.error(*commission, QStringLiteral("commission"),
                              ProgramText::tr("must be an object (a commission plan)"));
        }
        if (m_check.errorCount() != errorsBefore)
            return std::nullopt;
        return program;
    }

private:
    // Unknown members of the objects whose layout is fixed are mistakes; elsewhere they may be a newer
    // program's and are only worth a word.
    void checkMembers(const JsonNode &object, const QString &path, std::initializer_list<QStringView> known, bool strict)
    {
        if (strict)
            m_check.unknownMembers(object, path, known, Check::Unknown::Error,
                                   ProgramText::tr("unknown member"));
        else
            m_check.unknownMembers(object, path, known, Check::Unknown::Warning,
                                   ProgramText::tr("unknown member, ignored"));
    }

    // A string's text; empty when it is not one (reported).
    QString stringValue(const JsonNode &node, const QString &field)
    {
        return m_check.expectString(node, field) ? node.text() : QString();
    }
    QString requiredString(const JsonNode &object, QStringView key, const QString &path)
    {
        const JsonNode *node = m_check.nonEmptyString(object, key, Check::fieldOf(path, key));
        return node ? node->text() : QString();
    }
    QString optionalString(const JsonNode &object, QStringView key, const QString &path)
    {
        const JsonNode *node =
            m_check.stringMember(object, key, Check::fieldOf(path, key), Check::Presence::Optional);
        return node ? node->text() : QString();
    }
    std::optional<Decimal> decimalMember(const JsonNode &object, QStringView key, const QString &path, bool required)
    {
        const QString field = Check::fieldOf(path, key);
        const JsonNode *node = m_check.stringMember(
            object, key, field, required ? Check::Presence::Required : Check::Presence::Optional);
        if (!node)
            return std::nullopt;
        QString why;
        const std::optional<Decimal> value = Decimal::parse(node->text(), &why);
        if (!value)
            m_check.error(*node, field, ProgramText::tr("\"%1\" %2").arg(node->text(), why));
        return value;
    }
    std::optional<Decimal> percentMember(const JsonNode &object, QStringView key, const QString &path, bool percentSign)
    {
        const QString field = Check::fieldOf(path, key);
        const JsonNode *node = m_check.stringMember(object, key, field, Check::Presence::Required);
        if (!node)
            return std::nullopt;
        QString text = node->text();
        if (!percentSign && !text.endsWith(QLatin1Char('%')))
            text += QLatin1Char('%');
        const std::optional<Decimal> value = parsePercent(text, nullptr);
        if (!value)
            m_check.error(*node, field,
                          ProgramText::tr("\"%1\" is not a percentage like %2")
                              .arg(node->text(), percentSign ? QStringLiteral("40%") : QStringLiteral("15")));
        return value;
    }
    const JsonNode *arrayMember(const JsonNode &object, QStringView key)
    {
        const JsonNode *node = object.member(key);
        if (node && !m_check.expectType(*node, JsonNode::Type::Array, key.toString(),
                                        ProgramText::tr("must be an array")))
            return nullptr;
        return node;
    }
    bool expectObject(const JsonNode &node, const QString &field)
    {
        return m_check.expectType(node, JsonNode::Type::Object, field, ProgramText::tr("must be an object"));
    }

    QList<Benefit> parseBenefits(const JsonNode &object, QStringView key, const QString &path)
    {
        QList<Benefit> benefits;
        const JsonNode *node = object.member(key);
        if (!node || !expectObject(*node, Check::fieldOf(path, key)))
            return benefits;
        for (const auto &[name, value] : node->members()) {
            const QString field = Check::fieldOf(Check::fieldOf(path, key), name);
            QString text;
            if (value.isString()) {
                text = value.text();
            } else if (kindOfKey(name) != ValueKind::Text || value.isArray() || value.isObject() || value.isNull()) {
                stringValue(value, field); // reports it
                continue;
            } else {
                text = value.isBool() ? (value.boolean() ? QStringLiteral("true") : QStringLiteral("false"))
                                      : value.text();
            }
            QString why;
            if (std::optional<Benefit> benefit = parseBenefit(name, text, &why)) {
                benefit->line = value.line();
                benefits << *benefit;
            } else {
                m_check.error(value, field, why);
            }
        }
        return benefits;
    }

    void parsePartnerTypes(const JsonNode &root, Program &program)
    {
        const JsonNode *types = arrayMember(root, u"partner_types");
        if (!types)
            return;
        QSet<QString> ids;
        for (qsizetype i = 0; i < types->items().size(); ++i) {
            const JsonNode &node = types->items()[i];
            const QString path = Check::itemOf(u"partner_types", i);
            if (!expectObject(node, path))
                continue;
            checkMembers(node, path, {u"id", u"name", u"description", u"terms"}, false);
            PartnerType type;
            type.line = node.line();
            type.id = requiredString(node, u"id", path);
            type.name = optionalString(node, u"name", path);
            if (type.name.isEmpty())
                type.name = type.id;
            if (!type.id.isEmpty() && ids.contains(type.id))
                m_check.error(*node.member(u"id"), Check::fieldOf(path, u"id"),
                              ProgramText::tr("the partner type %1 appears twice").arg(type.id));
            ids.insert(type.id);
            type.terms = parseBenefits(node, u"terms", path);
            program.partnerTypes << type;
        }
    }

    void parseRequirement(const JsonNode &node, const QString &path, Tier &tier)
    {
        if (!expectObject(node, path))
            return;
        Requirement requirement;
        requirement.line = node.line();
        if (node.member(u"top_percent") || node.member(u"rank_by")) {
            checkMembers(node, path, {u"top_percent", u"rank_by"}, true);
            requirement.kind = Requirement::Kind::TopPercent;
            requirement.metric = requiredString(node, u"rank_by", path);
            if (const auto percent = percentMember(node, u"top_percent", path, false)) {
                if (percent->signum() <= 0 || *percent > Decimal::fromInteger(100))
                    m_check.error(*node.member(u"top_percent"), Check::fieldOf(path, u"top_percent"),
                                  ProgramText::tr("must be more than 0 and at most 100"));
                requirement.value = *percent;
            }
        } else {
            checkMembers(node, path, {u"metric", u"op", u"value"}, true);
            requirement.metric = requiredString(node, u"metric", path);
            const QString op = requiredString(node, u"op", path);
            if (const auto parsed = compareOpFromText(op))
                requirement.op = *parsed;
            else if (!op.isEmpty())
                m_check.error(*node.member(u"op"), Check::fieldOf(path, u"op"),
                              ProgramText::tr("\"%1\" is not one of >=, >, <=, <, ==").arg(op));
            if (const auto value = decimalMember(node, u"value", path, true))
                requirement.value = *value;
        }
        tier.requirements << requirement;
    }

    void parseTiers(const JsonNode &root, Program &program)
    {
        const JsonNode *tiers = arrayMember(root, u"tiers");
        if (!tiers)
            return;
        QSet<QString> typeIds;
        for (const PartnerType &type : std::as_const(program.partnerTypes))
            typeIds.insert(type.id);
        QHash<QString, int> ids;
        QHash<QString, QString> catchAll; // partner type → the tier without requirements that takes the rest
        for (qsizetype i = 0; i < tiers->items().size(); ++i) {
            const JsonNode &node = tiers->items()[i];
            const QString path = Check::itemOf(u"tiers", i);
            if (!expectObject(node, path))
                continue;
            checkMembers(node, path, {u"id", u"name", u"description", u"partner_type", u"requires", u"benefits"}, false);
            Tier tier;
            tier.line = node.line();
            tier.id = requiredString(node, u"id", path);
            tier.name = optionalString(node, u"name", path);
            if (tier.name.isEmpty())
                tier.name = tier.id;
            if (ids.contains(tier.id) && !tier.id.isEmpty())
                m_check.error(*node.member(u"id"), Check::fieldOf(path, u"id"),
                              ProgramText::tr("the tier %1 appears twice (first on line %2)")
                                  .arg(tier.id)
                                  .arg(ids.value(tier.id)));
            ids.insert(tier.id, node.line());
            tier.partnerType = optionalString(node, u"partner_type", path);
            if (!tier.partnerType.isEmpty() && !typeIds.isEmpty() && !typeIds.contains(tier.partnerType))
                m_check.error(
                    *node.member(u"partner_type"), Check::fieldOf(path, u"partner_type"),
                    ProgramText::tr("%1 is not one of the program's partner_types").arg(tier.partnerType));
            if (const JsonNode *list = node.member(u"requires")) {
                if (m_check.expectType(*list, JsonNode::Type::Array, Check::fieldOf(path, u"requires"),
                                       ProgramText::tr("must be an array"))) {
                    for (qsizetype r = 0; r < list->items().size(); ++r)
                        parseRequirement(list->items()[r],
                                         Check::fieldOf(path, Check::itemOf(u"requires", r)), tier);
                }
            }
            tier.benefits = parseBenefits(node, u"benefits", path);
            // A tier below one that takes everyone left of the same partner type is never reached.
            const QString above = catchAll.value(tier.partnerType, catchAll.value(QString()));
            if (!above.isEmpty())
                m_check.warning(
                    node, path,
                    ProgramText::tr("the tier %1 is never reached: %2 above it has no requirements")
                        .arg(tier.id, above));
            if (tier.requirements.isEmpty())
                catchAll.insert(tier.partnerType, tier.id);
            program.tiers << tier;
        }
    }

    void parseScorecard(const JsonNode &root, Program &program)
    {
        const JsonNode *scorecard = arrayMember(root, u"scorecard");
        if (!scorecard)
            return;
        Decimal total;
        QSet<QString> metrics;
        for (qsizetype i = 0; i < scorecard->items().size(); ++i) {
            const JsonNode &node = scorecard->items()[i];
            const QString path = Check::itemOf(u"scorecard", i);
            if (!expectObject(node, path))
                continue;
            checkMembers(node, path, {u"metric", u"name", u"weight", u"target", u"cap"}, true);
            ScorecardItem item;
            item.line = node.line();
            item.metric = requiredString(node, u"metric", path);
            item.name = optionalString(node, u"name", path);
            if (item.metric == scoreMetric())
                m_check.error(*node.member(u"metric"), Check::fieldOf(path, u"metric"),
                              ProgramText::tr("the score cannot be part of itself"));
            else if (metrics.contains(item.metric))
                m_check.error(*node.member(u"metric"), Check::fieldOf(path, u"metric"),
                              ProgramText::tr("%1 is weighted twice").arg(item.metric));
            metrics.insert(item.metric);
            if (const auto weight = percentMember(node, u"weight", path, true)) {
                if (weight->isNegative())
                    m_check.error(*node.member(u"weight"), Check::fieldOf(path, u"weight"),
                                  ProgramText::tr("must not be negative"));
                item.weight = *weight;
                total += *weight;
            }
            if (const auto target = decimalMember(node, u"target", path, true)) {
                // Division by the target: zero or a negative target has no meaning as "attainment".
                if (target->signum() <= 0)
                    m_check.error(*node.member(u"target"), Check::fieldOf(path, u"target"),
                                  ProgramText::tr("must be more than 0"));
                item.target = *target;
            }
            if (const auto cap = decimalMember(node, u"cap", path, false)) {
                if (cap->isNegative())
                    m_check.error(*node.member(u"cap"), Check::fieldOf(path, u"cap"),
                                  ProgramText::tr("must not be negative"));
                item.cap = *cap;
            }
            program.scorecard << item;
        }
        if (!program.scorecard.isEmpty() && total != Decimal::fromInteger(100))
            m_check.error(
                *scorecard, QStringLiteral("scorecard"),
                ProgramText::tr("the weights add up to %1%, not 100%").arg(total.normalized().toString()));
    }

    void parseLifecycle(const JsonNode &root, Program &program)
    {
        const JsonNode *stages = arrayMember(root, u"lifecycle");
        if (!stages)
            return;
        static const QRegularExpression weeks(QStringLiteral("^(\\d{1,3})(?:\\s*[-\\x{2013}]\\s*(\\d{1,3}))?$"));
        for (qsizetype i = 0; i < stages->items().size(); ++i) {
            const JsonNode &node = stages->items()[i];
            const QString path = Check::itemOf(u"lifecycle", i);
            if (!expectObject(node, path))
                continue;
            checkMembers(node, path, {u"id", u"name", u"description", u"weeks"}, false);
            LifecycleStage stage;
            stage.line = node.line();
            stage.id = requiredString(node, u"id", path);
            stage.name = optionalString(node, u"name", path);
            if (stage.name.isEmpty())
                stage.name = stage.id;
            if (const JsonNode *value = node.member(u"weeks")) {
                const QString text =
                    value->isNumber() ? value->text() : stringValue(*value, Check::fieldOf(path, u"weeks"));
                const QRegularExpressionMatch match = weeks.match(text.trimmed());
                if (value->isNumber() || value->isString()) {
                    if (!match.hasMatch()) {
                        m_check.error(
                            *value, Check::fieldOf(path, u"weeks"),
                            ProgramText::tr("\"%1\" is not a number of weeks like 4 or 2-4").arg(text));
                    } else {
                        stage.minWeeks = match.captured(1).toInt();
                        stage.maxWeeks = match.captured(2).isEmpty() ? *stage.minWeeks : match.captured(2).toInt();
                        if (*stage.maxWeeks < *stage.minWeeks)
                            m_check.error(*value, Check::fieldOf(path, u"weeks"),
                                          ProgramText::tr("the range \"%1\" runs backwards").arg(text));
                    }
                }
            }
            program.lifecycle << stage;
        }
    }

    Check m_check;
};

} // namespace

std::optional<Program> parseProgram(QByteArrayView json, const QString &fileName, Diagnostics &errors,
                                    Diagnostics *warnings)
{
    Diagnostic syntax;
    const std::optional<JsonNode> root = parseJson(json, fileName, &syntax);
    if (!root) {
        errors << syntax;
        return std::nullopt;
    }
    return ProgramParser(fileName, errors, warnings).parse(*root);
}

} // namespace cd
