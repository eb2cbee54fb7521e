#include "core/programs/scorecard.h"

#include "core/files/csv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace cd {

namespace {

using boost::multiprecision::cpp_int;

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ProgramText
{
    Q_DECLARE_TR_FUNCTIONS(cd::Program)
};

cpp_int pow10Big(int exponent)
{
    cpp_int value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// The number of decimals a fraction needs when its denominator is 2^a·5^b, else -1.
int exactPlaces(cpp_int denominator)
{
    int twos = 0;
    int fives = 0;
    while (denominator % 2 == 0) {
        denominator /= 2;
        ++twos;
    }
    while (denominator % 5 == 0) {
        denominator /= 5;
        ++fives;
    }
    return denominator == 1 ? std::max(twos, fives) : -1;
}

} // namespace

Rational toRational(const Decimal &value)
{
    return Rational(cpp_int(value.units()), pow10Big(value.scale()));
}

Decimal roundRational(const Rational &value, int places, RoundingMode mode)
{
    const cpp_int numerator = boost::multiprecision::numerator(value) * pow10Big(places);
    const cpp_int denominator = boost::multiprecision::denominator(value); // always positive
    cpp_int quotient = numerator / denominator; // truncated toward zero
    const cpp_int remainder = numerator % denominator;
    const int sign = numerator < 0 ? -1 : 1;
    if (remainder != 0) {
        const cpp_int twice = 2 * abs(remainder);
        switch (mode) {
        case RoundingMode::Floor:
            if (sign < 0)
                quotient -= 1;
            break;
        case RoundingMode::TowardZero:
            break;
        case RoundingMode::HalfUp:
            if (twice >= denominator)
                quotient += sign;
            break;
        case RoundingMode::HalfEven:
            if (twice > denominator || (twice == denominator && quotient % 2 != 0))
                quotient += sign;
            break;
        }
    }
    static const cpp_int largest(std::numeric_limits<Int128>::max());
    static const cpp_int smallest(std::numeric_limits<Int128>::min());
    if (quotient > largest || quotient < smallest)
        throw OverflowError("a score or ratio does not fit 128 bits");
    return Decimal::fromUnits(quotient.convert_to<Int128>(), places);
}

QString formatRational(const Rational &value, int maxExactPlaces)
{
    const int places = exactPlaces(boost::multiprecision::denominator(value));
    if (places >= 0 && places <= maxExactPlaces)
        return roundRational(value, places, RoundingMode::HalfEven).normalized().toString();
    return roundRational(value, 2, RoundingMode::HalfEven).toString();
}

namespace {

// A scorecard item's figures as fractions, converted once per evaluation rather than once per partner.
struct ExactItem
{
    const QString *metric;
    Rational weight;
    Rational target;
    std::optional<Rational> cap;
};

QList<ExactItem> exactItems(const QList<ScorecardItem> &scorecard)
{
    QList<ExactItem> items;
    for (const ScorecardItem &item : scorecard)
        items.append({&item.metric, toRational(item.weight), toRational(item.target),
                      item.cap ? std::optional<Rational>(toRational(*item.cap)) : std::nullopt});
    return items;
}

std::optional<Rational> exactScore(const QList<ExactItem> &items, const QHash<QString, Decimal> &values)
{
    if (items.isEmpty())
        return std::nullopt;
    Rational score = 0;
    for (const ExactItem &item : items) {
        const auto actual = values.constFind(*item.metric);
        if (actual == values.cend())
            return std::nullopt;
        Rational ratio = toRational(actual.value()) / item.target;
        if (item.cap && ratio > *item.cap)
            ratio = *item.cap;
        score += item.weight * ratio;
    }
    return score;
}

} // namespace

std::optional<Rational> scorecardScore(const QList<ScorecardItem> &scorecard, const QHash<QString, Decimal> &values)
{
    return exactScore(exactItems(scorecard), values);
}

QList<TierResult> evaluateTiers(const Program &program, const QList<PartnerMetrics> &partners)
{
    const qsizetype count = partners.size();
    QList<std::optional<Rational>> scores(count);
    if (program.hasScorecard()) {
        const QList<ExactItem> items = exactItems(program.scorecard);
        for (qsizetype i = 0; i < count; ++i)
            scores[i] = exactScore(items, partners[i].values);
    }
    auto valueOf = [&](qsizetype partner, const QString &metric) -> std::optional<Rational> {
        if (program.hasScorecard() && metric == scoreMetric())
            return scores[partner];
        const auto found = partners[partner].values.constFind(metric);
        if (found == partners[partner].values.cend())
            return std::nullopt;
        return toRational(found.value());
    };

    // Every rank_by metric's values, highest first, over all the partners of the evaluation.
    QHash<QString, QList<Rational>> ranked;
    for (const Tier &tier : program.tiers) {
        for (const Requirement &requirement : tier.requirements) {
            if (requirement.kind != Requirement::Kind::TopPercent || ranked.contains(requirement.metric))
                continue;
            QList<Rational> values;
            for (qsizetype i = 0; i < count; ++i) {
                if (const auto value = valueOf(i, requirement.metric))
                    values << *value;
            }
            std::sort(values.begin(), values.end(), std::greater<>());
            ranked.insert(requirement.metric, values);
        }
    }
    // k = ceil(N × p / 100), exactly.
    auto topCount = [&](const Decimal &percent) {
        const cpp_int numerator = cpp_int(percent.units()) * count;
        const cpp_int denominator = pow10Big(percent.scale()) * 100;
        return int(((numerator + denominator - 1) / denominator).convert_to<qint64>());
    };

    QHash<const Requirement *, Rational> requiredValues;
    for (const Tier &tier : program.tiers) {
        for (const Requirement &requirement : tier.requirements)
            requiredValues.insert(&requirement, toRational(requirement.value));
    }

    auto check = [&](const Requirement &requirement, qsizetype partner) {
        RequirementCheck result;
        result.requirement = requirement;
        result.actual = valueOf(partner, requirement.metric);
        if (requirement.kind == Requirement::Kind::TopPercent) {
            const QList<Rational> values = ranked.value(requirement.metric); // shared, not copied
            const int k = topCount(requirement.value);
            result.allowedAbove = k - 1;
            if (k >= 1 && values.size() >= k)
                result.required = values[k - 1];
            if (!result.actual)
                return result;
            // values are sorted highest first: the ones above come before the first value <= actual.
            const auto firstNotAbove = std::partition_point(values.cbegin(), values.cend(),
                                                            [&](const Rational &value) { return value > *result.actual; });
            result.partnersAbove = int(firstNotAbove - values.cbegin());
            result.held = result.partnersAbove < k;
            if (!result.held && result.required)
                result.shortfall = *result.required - *result.actual;
            return result;
        }
        const Rational required = requiredValues.value(&requirement);
        result.required = required;
        if (!result.actual)
            return result;
        const Rational &actual = *result.actual;
        switch (requirement.op) {
        case CompareOp::GreaterOrEqual:
            result.held = actual >= required;
            break;
        case CompareOp::Greater:
            result.held = actual > required;
            break;
        case CompareOp::LessOrEqual:
            result.held = actual <= required;
            break;
        case CompareOp::Less:
            result.held = actual < required;
            break;
        case CompareOp::Equal:
            result.held = actual == required;
            break;
        }
        if (!result.held) {
            const Rational difference = required - actual;
            result.shortfall = difference < 0 ? Rational(-difference) : difference;
        }
        return result;
    };

    QList<TierResult> results;
    results.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        TierResult result;
        result.partnerId = partners[i].partnerId;
        result.score = scores[i];
        QList<RequirementCheck> checksOfNext; // the checks of the closest tier above that failed
        int lastApplicable = -1;
        for (int t = 0; t < program.tiers.size(); ++t) {
            const Tier &tier = program.tiers[t];
            if (!tier.partnerType.isEmpty() && tier.partnerType != partners[i].type)
                continue;
            QList<RequirementCheck> checks;
            bool all = true;
            for (const Requirement &requirement : tier.requirements) {
                checks << check(requirement, i);
                all = all && checks.last().held;
            }
            if (all) {
                result.tier = t;
                result.reasons = checks;
                break;
            }
            checksOfNext = std::move(checks);
            lastApplicable = t;
        }
        result.nextTier = lastApplicable;
        for (const RequirementCheck &check : std::as_const(checksOfNext)) {
            if (!check.held)
                result.missing << check;
        }
        results << result;
    }
    // Byte order of the UTF-8 ids, each converted once.
    QList<std::pair<QByteArray, qsizetype>> order;
    order.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        order.append({results[i].partnerId.toUtf8(), i});
    std::sort(order.begin(), order.end());
    QList<TierResult> sorted;
    sorted.reserve(count);
    for (const auto &entry : std::as_const(order))
        sorted << std::move(results[entry.second]);
    return sorted;
}

QString TierResult::reasonText(const Program &program) const
{
    if (tier < 0)
        return ProgramText::tr("no tier");
    const Tier &reached = program.tiers[tier];
    if (reasons.isEmpty())
        return ProgramText::tr("%1: takes every partner left").arg(reached.name);
    QStringList parts;
    for (const RequirementCheck &check : reasons) {
        const Requirement &requirement = check.requirement;
        const QString actual = check.actual ? formatRational(*check.actual) : QString();
        if (requirement.kind == Requirement::Kind::Compare) {
            parts << QStringLiteral("%1 %2 %3 %4")
                         .arg(requirement.metric, actual, compareOpText(requirement.op),
                              requirement.value.normalized().toString());
        } else {
            const QString above = check.partnersAbove == 1
                                      ? ProgramText::tr("1 partner above it")
                                      : ProgramText::tr("%1 partners above it").arg(check.partnersAbove);
            parts << ProgramText::tr("%1 %2 is in the top %3% (%4, at most %5 allowed)")
                         .arg(requirement.metric, actual, requirement.value.normalized().toString(), above)
                         .arg(check.allowedAbove);
        }
    }
    return reached.name + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

QString TierResult::missingText(const Program &program) const
{
    if (nextTier < 0)
        return {};
    QStringList parts;
    for (const RequirementCheck &check : missing) {
        const Requirement &requirement = check.requirement;
        const QString &metric = requirement.metric;
        if (!check.actual) {
            parts << ProgramText::tr("a value for %1").arg(metric);
            continue;
        }
        const QString shortfall = formatRational(check.shortfall);
        if (requirement.kind == Requirement::Kind::TopPercent) {
            parts << ProgramText::tr("%1 more %2 to reach the top %3%").arg(shortfall, metric, requirement.value.normalized().toString());
            continue;
        }
        switch (requirement.op) {
        case CompareOp::GreaterOrEqual:
            parts << ProgramText::tr("%1 more %2").arg(shortfall, metric);
            break;
        case CompareOp::Greater:
            parts << ProgramText::tr("more than %1 more %2").arg(shortfall, metric);
            break;
        case CompareOp::LessOrEqual:
            parts << ProgramText::tr("%1 less %2").arg(shortfall, metric);
            break;
        case CompareOp::Less:
            parts << ProgramText::tr("more than %1 less %2").arg(shortfall, metric);
            break;
        case CompareOp::Equal:
            parts << ProgramText::tr("%1 of exactly %2").arg(metric, requirement.value.normalized().toString());
            break;
        }
    }
    QString list = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i)
        list = (i + 1 == parts.size() ? ProgramText::tr("%1 and %2") : ProgramText::tr("%1, %2")).arg(list, parts[i]);
    return ProgramText::tr("needs %1 for %2").arg(list, program.tiers[nextTier].name);
}

QList<PartnerMetrics> readPartnerMetricsCsv(QByteArrayView data, const QString &fileName, const Program &program,
                                            Diagnostics &errors, Diagnostics *warnings)
{
    QList<PartnerMetrics> partners;
    CsvReader reader(data, fileName);
    if (!reader.readHeader()) {
        errors << *reader.error();
        return partners;
    }
    const Diagnostics missing = reader.missingColumns({QStringLiteral("partner_id")});
    if (!missing.isEmpty()) {
        errors << missing;
        return partners;
    }
    const QStringList &header = reader.header();
    if (program.hasScorecard() && header.contains(scoreMetric())) {
        errors << Diagnostic{fileName, 1, scoreMetric(),
                             ProgramText::tr("the program's scorecard computes the score; remove this column")};
        return partners;
    }
    if (warnings) {
        for (const QString &metric : program.metrics()) {
            if (!header.contains(metric) && !(metric == scoreMetric() && program.hasScorecard()))
                *warnings << Diagnostic{fileName, 1, metric,
                                        ProgramText::tr("the program uses this metric but the file has no such column; "
                                           "every partner lacks it")};
        }
        const bool typedTiers = std::any_of(program.tiers.cbegin(), program.tiers.cend(),
                                            [](const Tier &tier) { return !tier.partnerType.isEmpty(); });
        if (typedTiers && !header.contains(QStringLiteral("type")))
            *warnings << Diagnostic{fileName, 1, QStringLiteral("type"),
                                    ProgramText::tr("some tiers are for one partner type only, and the file has no type "
                                       "column; no partner can reach them")};
    }
    const int idColumn = reader.columnIndex(u"partner_id");
    const int typeColumn = reader.columnIndex(u"type");
    QList<std::pair<int, QString>> metricColumns;
    for (int column = 0; column < header.size(); ++column) {
        if (column != idColumn && column != typeColumn)
            metricColumns.append({column, header[column]});
    }
    QHash<QString, int> firstLine;
    while (reader.readRecord()) {
        if (reader.error()) {
            errors << *reader.error();
            continue;
        }
        PartnerMetrics partner;
        partner.line = reader.line();
        partner.partnerId = reader.text(idColumn);
        partner.type = reader.text(typeColumn).trimmed();
        bool good = true;
        if (partner.partnerId.isEmpty()) {
            errors << reader.diagnostic(QStringLiteral("partner_id"), ProgramText::tr("is empty; every row needs a partner"));
            good = false;
        } else if (firstLine.contains(partner.partnerId)) {
            errors << reader.diagnostic(QStringLiteral("partner_id"), ProgramText::tr("%1 appears twice (first on line %2)")
                                                                          .arg(partner.partnerId)
                                                                          .arg(firstLine.value(partner.partnerId)));
            good = false;
        } else {
            firstLine.insert(partner.partnerId, reader.line());
        }
        for (const auto &[column, metric] : std::as_const(metricColumns)) {
            const QByteArrayView field = reader.field(column);
            if (field.isEmpty())
                continue;
            QString why;
            if (const std::optional<Decimal> value = Decimal::parse(field, &why)) {
                partner.values.insert(metric, *value);
            } else {
                const QString quoted = QLatin1Char('"') + QString::fromUtf8(field) + QLatin1Char('"');
                errors << reader.diagnostic(metric, invalidDecimalMessage(quoted, why));
                good = false;
            }
        }
        if (good)
            partners << partner;
    }
    return partners;
}

QByteArray tierResultsCsv(const Program &program, const QList<TierResult> &results)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("partner"), QStringLiteral("tier"), QStringLiteral("score")});
        for (const TierResult &result : results) {
            writer.addText(result.partnerId);
            writer.addText(result.tier >= 0 ? program.tiers[result.tier].id : QString());
            writer.addValue(result.score ? roundRational(*result.score, 2, RoundingMode::HalfEven).toString()
                                         : QString());
            writer.endRow();
        }
    }
    return bytes;
}

} // namespace cd
