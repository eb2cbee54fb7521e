#include "core/commission/commission.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <numeric>

namespace cd {

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

// Byte order, eight bytes at a time: ids are short and a library call per comparison shows in a sort.
bool bytesLess(QByteArrayView a, QByteArrayView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    qsizetype i = 0;
    for (; i + 8 <= common; i += 8) {
        quint64 x;
        quint64 y;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y)
            return qFromBigEndian(x) < qFromBigEndian(y);
    }
    for (; i < common; ++i) {
        if (a[i] != b[i])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    }
    return a.size() < b.size();
}

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

// Sort key: partner rank, window, day. The window is redundant for the order (days ascend within a
// partner) but makes "same statement" a plain comparison of the key's high bits.
constexpr int DayBits = 22;
constexpr int WindowBits = 17;
constexpr qint64 FirstJulianDay = julianDayOf(1, 1, 1) - 1;

// One credit or clawback on its way into a statement. It carries what the window pass needs (the credit
// and the deal id's bytes) so that the pass reads entries in order instead of chasing deals in memory.
struct Entry
{
    quint64 key;
    qint64 credit;
    quint64 idPrefix; // the id's first eight bytes, big-endian: most id comparisons end here
    const char *id;
    quint32 idSize;
    quint32 share; // index in CommissionBatch::shares, ClawedBack set when the deal is clawed back later
    static constexpr quint32 ClawedBack = 0x80000000u;

    Entry(quint64 key, qint64 credit, QByteArrayView id, quint32 share)
        : key(key), credit(credit), idPrefix(prefixOf(id)), id(id.data()), idSize(quint32(id.size())),
          share(share)
    {
    }
    Entry() = default;

    static quint64 prefixOf(QByteArrayView id)
    {
        quint64 word = 0;
        std::memcpy(&word, id.data(), size_t(std::min<qsizetype>(id.size(), 8)));
        return qFromBigEndian(word);
    }
    quint64 statement() const { return key >> DayBits; }
    QByteArrayView dealId() const { return QByteArrayView(id, idSize); }
    bool operator<(const Entry &other) const
    {
        if (key != other.key)
            return key < other.key;
        if (idPrefix != other.idPrefix)
            return idPrefix < other.idPrefix;
        return bytesLess(dealId(), other.dealId());
    }
};

// Entries as the deals gave them, read statement by statement (partner, then window): a radix sort of
// small (statement, index) pairs finds the order, and each statement's few entries are gathered and sorted
// by day and deal id when their turn comes. Sorting the entries themselves would move forty bytes per
// entry several times; scattering them to their statements would miss the cache on almost every write.
class EntryQueue
{
public:
    EntryQueue(std::vector<Entry> entries, qint64 firstWindow, qint64 lastWindow)
        : m_entries(std::move(entries)), m_firstWindow(quint64(std::max<qint64>(firstWindow, 0))),
          m_windows(lastWindow >= firstWindow ? quint64(lastWindow - firstWindow) + 1 : 1)
    {
        constexpr quint64 WindowMask = (1u << WindowBits) - 1;
        m_order.resize(m_entries.size());
        quint64 last = 0;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            const quint64 key = m_entries[i].key;
            const quint64 statement =
                (key >> (WindowBits + DayBits)) * m_windows + ((key >> DayBits) & WindowMask) - m_firstWindow;
            m_order[i] = {statement, quint32(i)};
            last = std::max(last, statement);
        }
        const int bits = 64 - __builtin_clzll(last | 1);
        const int passes = (bits + 10) / 11;
        const int digitBits = (bits + passes - 1) / passes;
        const quint64 digitMask = (quint64(1) << digitBits) - 1;
        std::vector<Slot> buffer(m_order.size());
        std::vector<size_t> starts(size_t(digitMask) + 2);
        for (int pass = 0; pass < passes; ++pass) {
            const int shift = pass * digitBits;
            std::fill(starts.begin(), starts.end(), 0);
            for (const Slot &slot : m_order)
                ++starts[((slot.statement >> shift) & digitMask) + 1];
            for (size_t d = 1; d < starts.size(); ++d)
                starts[d] += starts[d - 1];
            for (const Slot &slot : m_order)
                buffer[starts[(slot.statement >> shift) & digitMask]++] = slot;
            m_order.swap(buffer);
        }
        for (size_t i = 0; i < m_order.size(); ++i)
            m_statements += i == 0 || m_order[i].statement != m_order[i - 1].statement;
    }

    size_t statements() const { return m_statements; }
    quint64 windows() const { return m_windows; }
    quint64 firstWindow() const { return m_firstWindow; }
    bool atEnd() const { return m_next == m_order.size(); }
    quint64 nextStatement() const { return m_order[m_next].statement; }

    // The entries of `statement` in (day, deal id) order, or none when it is not next.
    const std::vector<Entry> &take(quint64 statement)
    {
        constexpr size_t Ahead = 16;
        m_group.clear();
        for (; m_next < m_order.size() && m_order[m_next].statement == statement; ++m_next) {
            if (m_next + Ahead < m_order.size())
                __builtin_prefetch(&m_entries[m_order[m_next + Ahead].index]);
            m_group.push_back(m_entries[m_order[m_next].index]);
        }
        if (m_group.size() > 1)
            std::sort(m_group.begin(), m_group.end());
        return m_group;
    }

private:
    struct Slot
    {
        quint64 statement;
        quint32 index;
    };
    std::vector<Entry> m_entries;
    quint64 m_firstWindow;
    quint64 m_windows;
    std::vector<Slot> m_order;
    size_t m_statements = 0;
    size_t m_next = 0;
    std::vector<Entry> m_group;
};

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

CommissionResult computeCommission(const CommissionPlan &plan, const CommissionBatch &batch,
                                   const FxTable &fx)
{
    const Tiers tiers(plan);
    const std::vector<CommissionBatch::Deal> &deals = batch.deals;

    // Partner ids sort by their bytes; ranks let the sort key carry that order in a few bits.
    std::vector<quint32> order(batch.partners.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return bytesLess(batch.partners.at(a), batch.partners.at(b)); });
    if (order.size() >= (size_t(1) << (64 - WindowBits - DayBits)))
        throw OverflowError("too many partners for one computation");
    std::vector<quint64> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[order[i]] = quint64(i) << (WindowBits + DayBits);
    // commissionWindowOf() with the span known to the compiler: no division instruction per deal.
    const qint32 monthOffset = plan.fiscalYearStartMonth - 1;
    auto windowOf = [&](qint32 month) -> qint32 {
        const qint32 m = month - monthOffset;
        const qint32 window = m < 0                                ? commissionWindowOf(plan, month)
                              : plan.window == PeriodKind::Month   ? m
                              : plan.window == PeriodKind::Quarter ? m / 3
                                                                   : m / 12;
        // Years 1-9999 (the readers' range) fit the key's bits; clamping only keeps a stray date from
        // corrupting the others.
        return std::clamp<qint32>(window, 0, (1 << WindowBits) - 1);
    };
    auto keyOf = [&](quint64 partner, qint32 window, qint64 julianDay) {
        const qint64 day = std::clamp<qint64>(julianDay - FirstJulianDay, 0, (1 << DayBits) - 1);
        return partner | quint64(window) << DayBits | quint64(day);
    };

    // Steps 1-3: credits per share, and the clawbacks of deals cancelled in a later window.
    std::vector<Entry> credits;
    std::vector<Entry> clawbacks;
    credits.reserve(batch.shares.size());
    qint64 firstWindow = std::numeric_limits<qint64>::max();
    qint64 lastWindow = std::numeric_limits<qint64>::min();
    std::vector<qint64> shareCredits;
    std::vector<std::pair<qint64, quint32>> scratch;
    for (const CommissionBatch::Deal &deal : deals) {
        const bool cancelled = deal.status == CommissionDeal::Status::Cancelled;
        const qint32 closeWindow = windowOf(deal.closeMonth);
        const qint32 cancelWindow = cancelled ? windowOf(deal.cancelMonth) : closeWindow;
        if (cancelled && cancelWindow == closeWindow)
            continue;
        firstWindow = std::min<qint64>({firstWindow, closeWindow, cancelWindow});
        lastWindow = std::max<qint64>({lastWindow, closeWindow, cancelWindow});
        const qint64 amount = convertAmount(plan, batch, deal, fx);
        shareCredits.resize(deal.shareCount);
        splitAmount(amount, deal, batch.shares.data() + deal.firstShare, shareCredits.data(), scratch);
        const QByteArrayView id = batch.dealIds.at(deal.id);
        for (quint32 i = 0; i < deal.shareCount; ++i) {
            const quint32 share = deal.firstShare + i;
            const quint64 partner = rank[batch.shares[share].partner];
            credits.emplace_back(keyOf(partner, closeWindow, deal.closeDay), shareCredits[i], id,
                                 cancelled ? share | Entry::ClawedBack : share);
            if (cancelled)
                clawbacks.emplace_back(keyOf(partner, cancelWindow, deal.cancelDay), 0, id, share);
        }
    }
    // Step 4's order (close_date, deal_id) and the clawbacks' (cancelled_on, deal_id), per partner.
    const size_t creditCount = credits.size();
    const size_t clawbackCount = clawbacks.size();
    EntryQueue creditQueue(std::move(credits), firstWindow, lastWindow);
    EntryQueue clawbackQueue(std::move(clawbacks), firstWindow, lastWindow);
    const std::vector<Entry> none;

    std::optional<std::pair<qint64, qint64>> bonusRule; // threshold, rate units
    if (plan.bonus)
        bonusRule = {toInt64(plan.bonus->threshold, plan.currency.minorDigits()),
                     toInt64(plan.bonus->rate, CommissionPlan::RateScale)};

    CommissionResult result;
    // At most one bonus line per statement with commission lines.
    result.lines.reserve(creditCount + clawbackCount + (bonusRule ? creditQueue.statements() : 0));
    result.statements.reserve(creditQueue.statements() + clawbackQueue.statements());
    std::vector<qint64> paid(clawbackCount == 0 ? 0 : batch.shares.size(), 0);
    std::vector<quint64> fractions;
    while (!creditQueue.atEnd() || !clawbackQueue.atEnd()) {
        const quint64 current = creditQueue.atEnd() ? clawbackQueue.nextStatement()
                                : clawbackQueue.atEnd()
                                    ? creditQueue.nextStatement()
                                    : std::min(creditQueue.nextStatement(), clawbackQueue.nextStatement());
        const std::vector<Entry> &lineEntries =
            !creditQueue.atEnd() && creditQueue.nextStatement() == current ? creditQueue.take(current) : none;
        CommissionResult::Statement statement{};
        statement.partner = order[current / creditQueue.windows()];
        statement.window = qint32(creditQueue.firstWindow() + current % creditQueue.windows());
        statement.firstLine = quint32(result.lines.size());
        Wide total = 0;
        quint32 lastShare = 0; // for errors

        // Steps 4-5: exact lines T(Cₖ) − T(Cₖ₋₁), the window rounded once, allocated by largest remainder.
        const size_t lineCount = lineEntries.size();
        qint64 cumulative = 0;
        Wide allocated = 0;
        Wide previousTier = 0;
        size_t band = 0;
        fractions.clear();
        for (size_t i = 0; i < lineCount; ++i) {
            const Entry &entry = lineEntries[i];
            lastShare = entry.share;
            if (__builtin_add_overflow(cumulative, entry.credit, &cumulative))
                failAt(batch, dealOfShare(batch, lastShare), QStringLiteral("amount"),
                       CommissionText::tr("the credited revenue is too large to compute exactly"));
            const Wide tier = tiers.at(cumulative, band);
            qint64 remainder = 0;
            const qint64 floored = floorRateUnits(tier - previousTier, remainder, batch, lastShare);
            previousTier = tier;
            allocated += floored;
            // Larger fraction first, then the earlier line: both in one key.
            fractions.push_back(quint64(remainder) << 32 | quint32(~quint32(i)));
            result.lines.push_back(
                {entry.credit, floored, entry.id, entry.idSize, StatementLineKind::Commission});
        }
        if (lineCount > 0) {
            const qint64 rounded = roundRateUnits(previousTier, plan.rounding, batch, lastShare);
            // The floors add up to at most T(Cₙ), and to more than T(Cₙ) minus one unit per line.
            Q_ASSERT(rounded - allocated >= 0 && rounded - allocated <= Wide(lineCount));
            const size_t leftover = size_t(rounded - allocated);
            CommissionResult::Line *lines = result.lines.data() + statement.firstLine;
            if (leftover >= lineCount) {
                for (size_t i = 0; i < lineCount; ++i)
                    lines[i].amount += 1;
            } else if (leftover > 0) {
                std::nth_element(fractions.begin(), fractions.begin() + qsizetype(leftover - 1),
                                 fractions.end(), std::greater<quint64>());
                for (size_t i = 0; i < leftover; ++i)
                    lines[~quint32(fractions[i])].amount += 1;
            }
            for (size_t i = 0; i < lineCount; ++i) {
                if (lineEntries[i].share & Entry::ClawedBack)
                    paid[lineEntries[i].share & ~Entry::ClawedBack] = lines[i].amount;
            }
            total = rounded;
        }
        statement.credit = cumulative;

        // Step 7: minus what the line was paid, in the window holding cancelled_on.
        const std::vector<Entry> &clawbackEntries =
            !clawbackQueue.atEnd() && clawbackQueue.nextStatement() == current ? clawbackQueue.take(current)
                                                                               : none;
        for (const Entry &entry : clawbackEntries) {
            lastShare = entry.share;
            result.lines.push_back(
                {0, -paid[lastShare], entry.id, entry.idSize, StatementLineKind::Clawback});
            total -= paid[lastShare];
        }

        // Step 6: the bonus on the window's credited revenue, rounded once.
        if (bonusRule && lineCount > 0 && cumulative >= bonusRule->first) {
            const qint64 bonus =
                roundRateUnits(Wide(cumulative) * bonusRule->second, plan.rounding, batch, lastShare);
            result.lines.push_back({0, bonus, nullptr, 0, StatementLineKind::Bonus});
            total += bonus;
        }
        if (total > std::numeric_limits<qint64>::max() || total < std::numeric_limits<qint64>::min())
            failAt(batch, dealOfShare(batch, lastShare), QStringLiteral("amount"),
                   CommissionText::tr("the statement total is too large"));
        statement.total = qint64(total);
        statement.lineCount = quint32(result.lines.size() - statement.firstLine);
        result.statements.push_back(statement);
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
