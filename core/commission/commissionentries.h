#pragma once

// The commission engine's order of entries (commission.cpp): the sort key, the entry that carries what the
// statement pass reads, and the queue that hands out entries statement by statement. Not for other users.

#include "core/files/bytefields.h"

#include <QByteArrayView>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <vector>

namespace cd::detail {

// Byte order, eight bytes at a time: ids are short and a library call per comparison shows in a sort.
inline bool bytesLess(QByteArrayView a, QByteArrayView b)
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
    EntryQueue(std::vector<Entry> entries, qint64 firstWindow, qint64 lastWindow);

    size_t statements() const { return m_statements; }
    quint64 windows() const { return m_windows; }
    quint64 firstWindow() const { return m_firstWindow; }
    bool atEnd() const { return m_next == m_order.size(); }
    quint64 nextStatement() const { return m_order[m_next].statement; }

    // The entries of `statement` in (day, deal id) order, or none when it is not next.
    const std::vector<Entry> &take(quint64 statement);

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

} // namespace cd::detail
