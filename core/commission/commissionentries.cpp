#include "core/commission/commissionentries.h"

namespace cd::detail {

EntryQueue::EntryQueue(std::vector<Entry> entries, qint64 firstWindow, qint64 lastWindow)
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

const std::vector<Entry> &EntryQueue::take(quint64 statement)
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

} // namespace cd::detail
