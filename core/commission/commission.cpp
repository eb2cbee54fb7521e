#include "core/commission/commission.h"

#include "core/commission/commissionentries.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <numeric>

namespace cd {

using detail::bytesLess;
using detail::DayBits;
using detail::Entry;
using detail::EntryQueue;
using detail::FirstJulianDay;
using detail::WindowBits;

namespace {

// 128-bit native integers for the hot loop: a 64 × 64-bit product always fits, and every value that could
// leave its range is checked (compiler overflow builtins, explicit bounds); boost's checked type, which
// Money uses, costs several times more per operation. Rounding still goes through divideRounded().
__extension__ typedef __int128 Wide;

constexpr qint64 RateUnit = 100000000; // 10^CommissionPlan::RateScale
static_assert(CommissionPlan::RateScale == 8);

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct CommissionText
{
    Q_DECLARE_TR_FUNCTIONS(cd::Commission)
};

qint64 power10(int exponent)
{
    static constexpr auto powers = [] {
        std::array<qint64, 19> table{};
        table[0] = 1;
        for (size_t i = 1; i < table.size(); ++i)
            table[i] = table[i - 1] * 10;
        return table;
    }();
    return powers[size_t(exponent)];
}

int windowSpan(PeriodKind kind)
{
    return kind == PeriodKind::Month ? 1 : kind == PeriodKind::Quarter ? 3 : 12;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

qint64 toInt64(const Decimal &value, int scale)
{
    const Int128 units = value.withScale(scale).units();
    if (units > Int128(std::numeric_limits<qint64>::max()) ||
        units < Int128(std::numeric_limits<qint64>::min()))
        throw OverflowError("plan value out of range");
    return static_cast<qint64>(units);
}

// The plan's tier function over integers: x in plan minor units, T in units of 10^-(minor + RateScale).
class Tiers
{
public:
    explicit Tiers(const CommissionPlan &plan) : m_retroactive(plan.method == CommissionMethod::Retroactive)
    {
        if (plan.bands.isEmpty())
            throw std::invalid_argument("a commission plan needs at least one band");
        Wide base = 0;
        for (qsizetype i = 0; i < plan.bands.size(); ++i) {
            const qint64 from = toInt64(plan.bands[i].from, plan.currency.minorDigits());
            const qint64 rate = toInt64(plan.bands[i].rate, CommissionPlan::RateScale);
            if (i > 0)
                base += Wide(m_rate.back()) * (from - m_from.back());
            m_from.push_back(from);
            m_rate.push_back(rate);
            m_base.push_back(base);
        }
    }

    // T(x) for a cumulative x that never decreases between calls; `band` carries the position along.
    Wide at(qint64 x, size_t &band) const
    {
        while (band + 1 < m_from.size() && m_from[band + 1] <= x)
            ++band;
        if (m_retroactive)
            return Wide(m_rate[band]) * x;
        return m_base[band] + Wide(m_rate[band]) * (x - m_from[band]);
    }

private:
    bool m_retroactive;
    std::vector<qint64> m_from;
    std::vector<qint64> m_rate;
    std::vector<Wide> m_base;
};

[[noreturn]] void failAt(const CommissionBatch &batch, const CommissionBatch::Deal &deal,
                         const QString &field, const QString &message)
{
    throw InputError({Diagnostic{batch.sourceName, deal.line, field, message}});
}

// The deal a share belongs to: both readers append a deal's shares together, in deal order. Only errors
// need it.
const CommissionBatch::Deal &dealOfShare(const CommissionBatch &batch, quint32 share)
{
    share &= ~Entry::ClawedBack;
    const auto after =
        std::upper_bound(batch.deals.begin(), batch.deals.end(), share,
                         [](quint32 s, const CommissionBatch::Deal &d) { return s < d.firstShare; });
    return *(after - 1);
}

// round(value / RateUnit) with the plan's rounding, through the project's one rounding function.
qint64 roundRateUnits(Wide value, RoundingMode mode, const CommissionBatch &batch, quint32 share)
{
    const Wide rounded = divideRounded(Int128(value), Int128(RateUnit), mode).convert_to<Wide>();
    if (rounded > std::numeric_limits<qint64>::max())
        failAt(batch, dealOfShare(batch, share), QStringLiteral("amount"),
               CommissionText::tr("the commission is too large to compute exactly"));
    return qint64(rounded);
}

// floor(value / RateUnit) and what is left, in [0, RateUnit).
qint64 floorRateUnits(Wide value, qint64 &remainder, const CommissionBatch &batch, quint32 share)
{
    if (value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max()) {
        const qint64 v = qint64(value);
        qint64 q = v / RateUnit;
        qint64 r = v % RateUnit;
        if (r < 0) {
            --q;
            r += RateUnit;
        }
        remainder = r;
        return q;
    }
    Wide q = value / RateUnit;
    Wide r = value % RateUnit;
    if (r < 0) {
        --q;
        r += RateUnit;
    }
    if (q > std::numeric_limits<qint64>::max() || q < std::numeric_limits<qint64>::min())
        failAt(batch, dealOfShare(batch, share), QStringLiteral("amount"),
               CommissionText::tr("the commission is too large to compute exactly"));
    remainder = qint64(r);
    return qint64(q);
}

// Step 1: the deal's amount in plan minor units.
qint64 convertAmount(const CommissionPlan &plan, const CommissionBatch &batch,
                     const CommissionBatch::Deal &deal, const FxTable &fx)
{
    if (deal.currency == plan.currency)
        return deal.amount;
    const FxTable::Entry *rate = fx.find(deal.currency, deal.closeDay);
    if (!rate)
        failAt(batch, deal, QStringLiteral("currency"),
               CommissionText::tr("no %1 rate to %2 on or before the close date")
                   .arg(deal.currency.code(), plan.currency.code()));
    const Wide product = Wide(deal.amount) * rate->units;
    const int exponent = rate->scale + deal.currency.minorDigits() - plan.currency.minorDigits();
    Wide converted = 0;
    if (exponent >= 0) {
        converted =
            divideRounded(Int128(product), Decimal::pow10(exponent), plan.rounding).convert_to<Wide>();
    } else if (__builtin_mul_overflow(product, Wide(power10(-exponent)), &converted)) {
        converted = -1;
    }
    if (converted < 0 || converted > std::numeric_limits<qint64>::max())
        failAt(batch, deal, QStringLiteral("amount"),
               CommissionText::tr("is too large once converted to %1").arg(plan.currency.code()));
    return qint64(converted);
}

// Step 2: shares floored to a minor unit, leftover units to the largest discarded fractions (ties: the
// partner listed first).
void splitAmount(qint64 amount, const CommissionBatch::Deal &deal, const CommissionBatch::Share *shares,
                 qint64 *credits, std::vector<std::pair<qint64, quint32>> &scratch)
{
    if (deal.shareCount == 1) {
        credits[0] = amount;
        return;
    }
    const qint64 denominator = 100 * power10(deal.percentScale);
    scratch.clear();
    qint64 allocated = 0;
    for (quint32 i = 0; i < deal.shareCount; ++i) {
        qint64 exact = 0;
        if (!__builtin_mul_overflow(amount, shares[i].percentUnits, &exact)) {
            credits[i] = exact / denominator;
            scratch.emplace_back(exact % denominator, i);
        } else { // beyond 64 bits: the same in 128
            const Wide wide = Wide(amount) * shares[i].percentUnits;
            credits[i] = qint64(wide / denominator);
            scratch.emplace_back(qint64(wide % denominator), i);
        }
        allocated += credits[i];
    }
    qint64 leftover = amount - allocated;
    if (leftover <= 0)
        return;
    std::sort(scratch.begin(), scratch.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    for (qint64 i = 0; i < leftover; ++i)
        credits[scratch[size_t(i)].second] += 1;
}

} // namespace

qint32 commissionWindowOf(const CommissionPlan &plan, qint32 month)
{
    return qint32(floorDiv(month - (plan.fiscalYearStartMonth - 1), windowSpan(plan.window)));
}

Period commissionWindowPeriod(const CommissionPlan &plan, qint32 window)
{
    const qint64 month = qint64(window) * windowSpan(plan.window) + plan.fiscalYearStartMonth - 1;
    return Period::containing(QDate(int(floorDiv(month, 12)), int(month - floorDiv(month, 12) * 12) + 1, 1),
                              plan.window, plan.fiscalYearStartMonth);
}

namespace {

// Partner ids sort by their bytes; ranks let the sort key carry that order in a few bits.
struct PartnerRanks
{
    std::vector<quint32> order; // partner indexes, in id order
    std::vector<quint64> rank;  // by partner index: its place in `order`, already in the key's top bits
};

PartnerRanks rankPartners(const CommissionBatch &batch)
{
    PartnerRanks ranks;
    ranks.order.resize(batch.partners.size());
    std::iota(ranks.order.begin(), ranks.order.end(), 0u);
    std::sort(ranks.order.begin(), ranks.order.end(),
              [&](quint32 a, quint32 b) { return bytesLess(batch.partners.at(a), batch.partners.at(b)); });
    if (ranks.order.size() >= (size_t(1) << (64 - WindowBits - DayBits)))
        throw OverflowError("too many partners for one computation");
    ranks.rank.resize(ranks.order.size());
    for (size_t i = 0; i < ranks.order.size(); ++i)
        ranks.rank[ranks.order[i]] = quint64(i) << (WindowBits + DayBits);
    return ranks;
}

// The sort key's window and day parts, computed once per deal: the hot loop of steps 1-3.
class EntryKeys
{
public:
    explicit EntryKeys(const CommissionPlan &plan)
        : m_plan(plan), m_monthOffset(plan.fiscalYearStartMonth - 1)
    {
    }

    // commissionWindowOf() with the span known to the compiler: no division instruction per deal.
    qint32 windowOf(qint32 month) const
    {
        const qint32 m = month - m_monthOffset;
        const qint32 window = m < 0                                  ? commissionWindowOf(m_plan, month)
                              : m_plan.window == PeriodKind::Month   ? m
                              : m_plan.window == PeriodKind::Quarter ? m / 3
                                                                     : m / 12;
        // Years 1-9999 (the readers' range) fit the key's bits; clamping only keeps a stray date from
        // corrupting the others.
        return std::clamp<qint32>(window, 0, (1 << WindowBits) - 1);
    }
    static quint64 keyOf(quint64 partner, qint32 window, qint64 julianDay)
    {
        const qint64 day = std::clamp<qint64>(julianDay - FirstJulianDay, 0, (1 << DayBits) - 1);
        return partner | quint64(window) << DayBits | quint64(day);
    }

private:
    const CommissionPlan &m_plan;
    const qint32 m_monthOffset;
};

// What steps 1-3 leave for the statement pass.
struct CreditedShares
{
    std::vector<Entry> credits;
    std::vector<Entry> clawbacks; // of deals cancelled in a later window than they closed in
    qint64 firstWindow = std::numeric_limits<qint64>::max();
    qint64 lastWindow = std::numeric_limits<qint64>::min();
};

// Steps 1-3: each deal converted to plan currency and split among its partners; a deal cancelled within
// its own window never earned anything.
CreditedShares creditShares(const CommissionPlan &plan, const CommissionBatch &batch, const FxTable &fx,
                            const PartnerRanks &ranks)
{
    const EntryKeys keys(plan);
    CreditedShares shares;
    shares.credits.reserve(batch.shares.size());
    std::vector<qint64> shareCredits;
    std::vector<std::pair<qint64, quint32>> scratch;
    // Held in a local: the credits' growth could otherwise, as far as the compiler knows, move the ranks.
    const quint64 *const rank = ranks.rank.data();
    for (const CommissionBatch::Deal &deal : batch.deals) {
        const bool cancelled = deal.status == CommissionDeal::Status::Cancelled;
        const qint32 closeWindow = keys.windowOf(deal.closeMonth);
        const qint32 cancelWindow = cancelled ? keys.windowOf(deal.cancelMonth) : closeWindow;
        if (cancelled && cancelWindow == closeWindow)
            continue;
        shares.firstWindow = std::min<qint64>({shares.firstWindow, closeWindow, cancelWindow});
        shares.lastWindow = std::max<qint64>({shares.lastWindow, closeWindow, cancelWindow});
        const qint64 amount = convertAmount(plan, batch, deal, fx);
        shareCredits.resize(deal.shareCount);
        splitAmount(amount, deal, batch.shares.data() + deal.firstShare, shareCredits.data(), scratch);
        const QByteArrayView id = batch.dealIds.at(deal.id);
        for (quint32 i = 0; i < deal.shareCount; ++i) {
            const quint32 share = deal.firstShare + i;
            const quint64 partner = rank[batch.shares[share].partner];
            shares.credits.emplace_back(EntryKeys::keyOf(partner, closeWindow, deal.closeDay),
                                        shareCredits[i], id, cancelled ? share | Entry::ClawedBack : share);
            if (cancelled)
                shares.clawbacks.emplace_back(EntryKeys::keyOf(partner, cancelWindow, deal.cancelDay), 0, id,
                                              share);
        }
    }
    return shares;
}

// Steps 4-7 for one statement at a time, appending to one result. It keeps what a line paid, for the
// clawback that may come in a later window.
class StatementWriter
{
public:
    StatementWriter(const CommissionPlan &plan, const CommissionBatch &batch, const Tiers &tiers,
                    CommissionResult &result, bool anyClawbacks)
        : m_plan(plan), m_batch(batch), m_tiers(tiers), m_result(result),
          m_paid(anyClawbacks ? batch.shares.size() : 0, 0)
    {
        if (plan.bonus)
            m_bonusRule = {toInt64(plan.bonus->threshold, plan.currency.minorDigits()),
                           toInt64(plan.bonus->rate, CommissionPlan::RateScale)};
    }

    bool paysBonus() const { return m_bonusRule.has_value(); }

    // One partner's statement for one window: its credits (in step 4's order) and clawbacks.
    void write(quint32 partner, qint32 window, const std::vector<Entry> &credits,
               const std::vector<Entry> &clawbacks)
    {
        CommissionResult::Statement statement{};
        statement.partner = partner;
        statement.window = window;
        statement.firstLine = quint32(m_result.lines.size());
        Running running;
        addCommissionLines(credits, running);
        statement.credit = running.cumulative;
        addClawbackLines(clawbacks, running);
        if (!credits.empty())
            addBonusLine(running);
        if (running.total > std::numeric_limits<qint64>::max() ||
            running.total < std::numeric_limits<qint64>::min())
            failAt(m_batch, dealOfShare(m_batch, running.lastShare), QStringLiteral("amount"),
                   CommissionText::tr("the statement total is too large"));
        statement.total = qint64(running.total);
        statement.lineCount = quint32(m_result.lines.size() - statement.firstLine);
        m_result.statements.push_back(statement);
    }

private:
    // A statement's sums so far, and the share of its latest line: an overflow names that line's deal.
    struct Running
    {
        Wide total = 0;
        qint64 cumulative = 0;
        quint32 lastShare = 0;
    };

    // Steps 4-5: exact lines T(Cₖ) − T(Cₖ₋₁), the window rounded once, allocated by largest remainder.
    void addCommissionLines(const std::vector<Entry> &credits, Running &running)
    {
        const size_t firstLine = m_result.lines.size();
        Wide allocated = 0;
        Wide previousTier = 0;
        size_t band = 0;
        m_fractions.clear();
        for (size_t i = 0; i < credits.size(); ++i) {
            const Entry &entry = credits[i];
            running.lastShare = entry.share;
            if (__builtin_add_overflow(running.cumulative, entry.credit, &running.cumulative))
                failAt(m_batch, dealOfShare(m_batch, running.lastShare), QStringLiteral("amount"),
                       CommissionText::tr("the credited revenue is too large to compute exactly"));
            const Wide tier = m_tiers.at(running.cumulative, band);
            qint64 remainder = 0;
            const qint64 floored = floorRateUnits(tier - previousTier, remainder, m_batch, running.lastShare);
            previousTier = tier;
            allocated += floored;
            // Larger fraction first, then the earlier line: both in one key.
            m_fractions.push_back(quint64(remainder) << 32 | quint32(~quint32(i)));
            m_result.lines.push_back(
                {entry.credit, floored, entry.id, entry.idSize, StatementLineKind::Commission});
        }
        if (credits.empty())
            return;
        const qint64 rounded = roundRateUnits(previousTier, m_plan.rounding, m_batch, running.lastShare);
        allocateLeftover(size_t(rounded - allocated), m_result.lines.data() + firstLine, credits.size());
        for (size_t i = 0; i < credits.size(); ++i) {
            if (credits[i].share & Entry::ClawedBack)
                m_paid[credits[i].share & ~Entry::ClawedBack] = m_result.lines[firstLine + i].amount;
        }
        running.total = rounded;
    }

    // The units the floored lines fall short of the rounded window, one each to the largest fractions.
    void allocateLeftover(size_t leftover, CommissionResult::Line *lines, size_t lineCount)
    {
        // The floors add up to at most T(Cₙ), and to more than T(Cₙ) minus one unit per line.
        Q_ASSERT(leftover <= lineCount);
        if (leftover >= lineCount) {
            for (size_t i = 0; i < lineCount; ++i)
                lines[i].amount += 1;
        } else if (leftover > 0) {
            std::nth_element(m_fractions.begin(), m_fractions.begin() + qsizetype(leftover - 1),
                             m_fractions.end(), std::greater<quint64>());
            for (size_t i = 0; i < leftover; ++i)
                lines[~quint32(m_fractions[i])].amount += 1;
        }
    }

    // Step 7: minus what the line was paid, in the window holding cancelled_on.
    void addClawbackLines(const std::vector<Entry> &clawbacks, Running &running)
    {
        for (const Entry &entry : clawbacks) {
            running.lastShare = entry.share;
            m_result.lines.push_back(
                {0, -m_paid[entry.share], entry.id, entry.idSize, StatementLineKind::Clawback});
            running.total -= m_paid[entry.share];
        }
    }

    // Step 6: the bonus on the window's credited revenue, rounded once.
    void addBonusLine(Running &running)
    {
        if (!m_bonusRule || running.cumulative < m_bonusRule->first)
            return;
        const qint64 bonus = roundRateUnits(Wide(running.cumulative) * m_bonusRule->second, m_plan.rounding,
                                            m_batch, running.lastShare);
        m_result.lines.push_back({0, bonus, nullptr, 0, StatementLineKind::Bonus});
        running.total += bonus;
    }

    const CommissionPlan &m_plan;
    const CommissionBatch &m_batch;
    const Tiers &m_tiers;
    CommissionResult &m_result;
    std::optional<std::pair<qint64, qint64>> m_bonusRule; // threshold, rate units
    std::vector<qint64> m_paid;                           // by share, for clawbacks
    std::vector<quint64> m_fractions;                     // scratch of addCommissionLines()
};

} // namespace

CommissionResult computeCommission(const CommissionPlan &plan, const CommissionBatch &batch,
                                   const FxTable &fx)
{
    const Tiers tiers(plan);
    const PartnerRanks ranks = rankPartners(batch);
    CreditedShares shares = creditShares(plan, batch, fx, ranks);
    // Step 4's order (close_date, deal_id) and the clawbacks' (cancelled_on, deal_id), per partner.
    const size_t creditCount = shares.credits.size();
    const size_t clawbackCount = shares.clawbacks.size();
    EntryQueue creditQueue(std::move(shares.credits), shares.firstWindow, shares.lastWindow);
    EntryQueue clawbackQueue(std::move(shares.clawbacks), shares.firstWindow, shares.lastWindow);

    CommissionResult result;
    StatementWriter writer(plan, batch, tiers, result, clawbackCount > 0);
    // At most one bonus line per statement with commission lines.
    result.lines.reserve(creditCount + clawbackCount + (writer.paysBonus() ? creditQueue.statements() : 0));
    result.statements.reserve(creditQueue.statements() + clawbackQueue.statements());
    const std::vector<Entry> none;
    while (!creditQueue.atEnd() || !clawbackQueue.atEnd()) {
        const quint64 current = creditQueue.atEnd() ? clawbackQueue.nextStatement()
                                : clawbackQueue.atEnd()
                                    ? creditQueue.nextStatement()
                                    : std::min(creditQueue.nextStatement(), clawbackQueue.nextStatement());
        const auto next = [&](EntryQueue &queue) -> const std::vector<Entry> & {
            return !queue.atEnd() && queue.nextStatement() == current ? queue.take(current) : none;
        };
        const std::vector<Entry> &credits = next(creditQueue);
        const std::vector<Entry> &clawbacks = next(clawbackQueue);
        writer.write(ranks.order[current / creditQueue.windows()],
                     qint32(creditQueue.firstWindow() + current % creditQueue.windows()), credits, clawbacks);
    }
    return result;
}

QList<Statement> computeStatements(const CommissionPlan &plan, const QList<CommissionDeal> &deals,
                                   const FxTable &fx, const QString &sourceName)
{
    CommissionBatch batch;
    batch.sourceName = sourceName;
    Diagnostics problems;
    for (const CommissionDeal &deal : deals) {
        if (batch.add(deal, problems) && !(deal.amount.currency() == plan.currency) &&
            !fx.find(deal.amount.currency(), deal.closeDate.toJulianDay()))
            problems << Diagnostic{sourceName, deal.line, QStringLiteral("currency"),
                                   CommissionText::tr("no %1 rate to %2 on or before the close date")
                                       .arg(deal.amount.currency().code(), plan.currency.code())};
    }
    if (!problems.isEmpty())
        throw InputError(problems);
    return statementsOf(plan, batch, computeCommission(plan, batch, fx));
}

} // namespace cd
