#pragma once

// Records written as data.md's CSV, by their description: the header row, then each record's field texts,
// numbers without the spreadsheet formula guard. The exporter and the people store write through it.

#include "store/records/recorddescription.h"

#include "core/files/csv.h"

#include <QBuffer>

namespace cd::store::detail {

template<typename Record>
class RecordCsvWriter
{
public:
    explicit RecordCsvWriter(QIODevice *out) : m_writer(out) { m_writer.writeRow(headersOf<Record>()); }

    void write(const Record &record)
    {
        const auto &fields = descriptionOf<Record>().fields;
        const QStringList texts = recordTexts(record);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (fields[size_t(i)].isNumeric())
                m_writer.addValue(texts[i]);
            else
                m_writer.addText(texts[i]);
        }
        m_writer.endRow();
        ++m_rows;
    }

    // False when the device failed; the caller says so in its own words.
    bool finish() { return m_writer.flush(); }
    qint64 rows() const { return m_rows; }

private:
    CsvWriter m_writer;
    qint64 m_rows = 0;
};

// The CSV of records in memory, in the order given (a buffer in memory does not fail).
template<typename Record>
QByteArray recordsCsv(const QList<Record> &records)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        RecordCsvWriter<Record> writer(&buffer);
        for (const Record &record : records)
            writer.write(record);
        writer.finish();
    }
    return bytes;
}

} // namespace cd::store::detail
