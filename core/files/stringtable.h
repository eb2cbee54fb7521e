#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace cd {

// Byte strings stored once in one buffer, each with a dense index, found again by hashing their bytes:
// a million deal ids cost no QString and no allocation each.
class StringTable
{
public:
    static quint32 hash(QByteArrayView text);
    // The index of `text`, adding it when it is new (then *added is true).
    quint32 intern(QByteArrayView text, bool *added = nullptr);
    // Adds `text` without looking for an equal string, for a reader that finds duplicates its own way
    // (a million random lookups in a table far bigger than the cache cost more than sorting hashes).
    // Lookups index such strings on first use; of equal strings, they find the first.
    quint32 append(QByteArrayView text);
    std::optional<quint32> find(QByteArrayView text) const;
    QByteArrayView at(quint32 index) const
    {
        return QByteArrayView(m_bytes.constData() + m_offsets[index],
                              m_offsets[index + 1] - m_offsets[index]);
    }
    quint32 size() const { return quint32(m_offsets.size() - 1); }
    void reserve(qsizetype count, qsizetype bytes);

private:
    size_t slotOf(QByteArrayView text, quint32 hash) const;
    void indexAppended() const;
    void grow(size_t slotCount) const;

    QByteArray m_bytes; // grows in large steps; only [0, m_offsets.back()) is used
    std::vector<quint32> m_offsets{0};
    // The index is a cache over the strings, brought up to date by lookups.
    mutable std::vector<quint64> m_slots; // 0 = empty, else hash << 32 | (index + 1)
    mutable quint32 m_indexed = 0;        // strings [0, m_indexed) are in m_slots
};

} // namespace cd
