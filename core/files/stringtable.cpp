#include "core/files/stringtable.h"

#include "core/money/decimal.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace cd {

namespace {

quint32 hashBytes(const char *data, qsizetype size)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(size);
    while (size >= 8) {
        quint64 word;
        std::memcpy(&word, data, 8);
        h = (h ^ word) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
        data += 8;
        size -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, data, size_t(size));
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 29;
    return quint32(h);
}

bool bytesEqual(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace

quint32 StringTable::hash(QByteArrayView text)
{
    return hashBytes(text.data(), text.size());
}

void StringTable::reserve(qsizetype count, qsizetype bytes)
{
    if (bytes > m_bytes.size())
        m_bytes.resize(bytes);
    m_offsets.reserve(size_t(count) + 1);
}

void StringTable::grow(size_t slotCount) const
{
    std::vector<quint64> old(slotCount, 0);
    old.swap(m_slots);
    const size_t mask = slotCount - 1;
    for (const quint64 entry : old) {
        if (entry == 0)
            continue;
        size_t slot = (entry >> 32) & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

size_t StringTable::slotOf(QByteArrayView text, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash & mask;
    while (const quint64 entry = m_slots[slot]) {
        if (quint32(entry >> 32) == hash && bytesEqual(at(quint32(entry) - 1), text))
            return slot;
        slot = (slot + 1) & mask;
    }
    return slot;
}

void StringTable::indexAppended() const
{
    size_t wanted = std::max<size_t>(16, m_slots.size());
    while (wanted < (size_t(size()) + 1) * 2)
        wanted *= 2;
    if (wanted > m_slots.size())
        grow(wanted);
    for (; m_indexed < size(); ++m_indexed) {
        const QByteArrayView text = at(m_indexed);
        const quint32 h = hash(text);
        const size_t slot = slotOf(text, h);
        if (m_slots[slot] == 0)
            m_slots[slot] = quint64(h) << 32 | (m_indexed + 1);
    }
}

std::optional<quint32> StringTable::find(QByteArrayView text) const
{
    indexAppended();
    const quint64 entry = m_slots[slotOf(text, hash(text))];
    return entry ? std::optional<quint32>(quint32(entry) - 1) : std::nullopt;
}

quint32 StringTable::append(QByteArrayView text)
{
    if (quint64(m_offsets.back()) + quint64(text.size()) > std::numeric_limits<quint32>::max())
        throw OverflowError("too much text for one string table");
    const qsizetype end = m_offsets.back();
    if (m_bytes.size() < end + text.size())
        m_bytes.resize(std::max<qsizetype>({end + text.size(), 2 * m_bytes.size(), 256}));
    std::memcpy(m_bytes.data() + end, text.data(), size_t(text.size()));
    m_offsets.push_back(quint32(end + text.size()));
    return size() - 1;
}

quint32 StringTable::intern(QByteArrayView text, bool *added)
{
    indexAppended();
    const quint32 h = hash(text);
    const size_t slot = slotOf(text, h);
    if (m_slots[slot] != 0) {
        if (added)
            *added = false;
        return quint32(m_slots[slot]) - 1;
    }
    const quint32 index = append(text);
    if (added)
        *added = true;
    m_slots[slot] = quint64(h) << 32 | (index + 1);
    m_indexed = size();
    return index;
}

} // namespace cd
