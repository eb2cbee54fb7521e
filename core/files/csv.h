#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

namespace cd {

// Reads RFC 4180 CSV (data.md): UTF-8 with an optional BOM, LF or CRLF, quoted fields with commas,
// doubled quotes and line breaks. It works on bytes and hands out views, without a QString per field or a
// QList per record, and finds the ends of unquoted fields sixteen bytes at a time: deals.csv for commission
// calc and the deal import have a million rows. Each record keeps the line it starts on for error messages.
class CsvReader
{
public:
    // `data` must outlive the reader; field views stay valid until the next readRecord().
    CsvReader(QByteArrayView data, QString fileName);

    const QString &fileName() const { return m_fileName; }

    // Reads the header row (names trimmed, none twice); false (with error()) when the file is empty or the
    // header malformed.
    bool readHeader();
    const QStringList &header() const { return m_header; }
    // The column's index in the header, or -1.
    int columnIndex(QStringView name) const { return m_columns.value(name.toString(), -1); }
    // Diagnostics for each required column the header lacks (reported on line 1).
    Diagnostics missingColumns(const QStringList &required) const;
    // Header columns that are not in `known`, for the once-per-file warning.
    QStringList unknownColumns(const QStringList &known) const;

    // Advances to the next record; false at the end of the data. A malformed record still returns true,
    // with error() set, so that callers can report every bad line in one pass.
    bool readRecord();
    int line() const { return m_recordLine; }
    const std::optional<Diagnostic> &error() const { return m_error; }
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    // The field's bytes, unquoted, with the formula guard (a leading ' before = + - @ tab CR) removed.
    // Out-of-range indexes (an absent optional column) give an empty view.
    QByteArrayView field(qsizetype index) const
    {
        return index >= 0 && size_t(index) < m_fields.size() ? m_fields[size_t(index)] : QByteArrayView();
    }
    QString text(qsizetype index) const { return QString::fromUtf8(field(index)); }

    Diagnostic diagnostic(const QString &field, const QString &message) const
    {
        return Diagnostic{m_fileName, m_recordLine, field, message};
    }

private:
    bool parseRecord();
    bool readQuotedField(qsizetype &pos);
    qsizetype nextStop(qsizetype pos);

    QByteArrayView m_data;
    QString m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QStringList m_header;
    QHash<QString, int> m_columns;
    std::vector<QByteArrayView> m_fields;
    std::deque<QByteArray> m_unescaped; // behind the views of quoted fields with doubled quotes
    std::optional<Diagnostic> m_error;
    qsizetype m_blockStart = -16; // the sixteen bytes nextStop() compared last, and where it found stops
    quint32 m_blockMask = 0;
};

// Writes CSV per data.md: LF line ends, no BOM, quotes only where needed, and text fields that a
// spreadsheet would run as a formula get a leading '. Numbers are written with addValue, unguarded.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device) : m_device(device) {} // device is not owned
    ~CsvWriter() { flush(); }

    CsvWriter &addText(QStringView text);
    CsvWriter &addValue(QStringView value);
    void endRow();
    void writeRow(const QStringList &texts);
    bool flush();

    static QByteArray escapedText(QStringView text);

private:
    void separate();
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_rowStarted = false;
};

} // namespace cd
