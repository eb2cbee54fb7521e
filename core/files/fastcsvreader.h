#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

namespace cd {

// A CSV reader for files of a million rows on a hot path (deals.csv for commission calc): CsvReader's rules
// and messages (under its translation context, so they read the same in every language) without a QList
// per record, finding field ends sixteen bytes at a time. The file's bytes must outlive the reader; field
// views stay valid until the next readRecord().
class FastCsvReader
{
public:
    FastCsvReader(QByteArrayView data, const QString &fileName);

    // As CsvReader's: the header (names trimmed, none twice), then one record per call.
    bool readHeader();
    const QStringList &header() const { return m_header; }
    int columnIndex(QStringView name) const { return int(m_header.indexOf(name)); }
    Diagnostics missingColumns(const QStringList &required) const;
    QStringList unknownColumns(const QStringList &known) const;
    // False at the end; a malformed record still returns true, with error() set.
    bool readRecord();
    const std::optional<Diagnostic> &error() const { return m_error; }
    int line() const { return m_recordLine; }
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    // Unquoted, without the formula guard; an out-of-range index gives an empty view.
    QByteArrayView field(qsizetype index) const
    {
        return index >= 0 && size_t(index) < m_fields.size() ? m_fields[size_t(index)] : QByteArrayView();
    }
    Diagnostic diagnostic(const QString &field, const QString &message) const
    {
        return Diagnostic{m_fileName, m_recordLine, field, message};
    }

private:
    bool parseRecord();
    qsizetype nextStop(qsizetype pos);

    QByteArrayView m_data;
    QString m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QStringList m_header;
    std::vector<QByteArrayView> m_fields;
    std::deque<QByteArray> m_unescaped; // behind the views of quoted fields with doubled quotes
    std::optional<Diagnostic> m_error;
    qsizetype m_blockStart = -16; // the sixteen bytes nextStop() compared last, and where it found stops
    quint32 m_blockMask = 0;
};

} // namespace cd
