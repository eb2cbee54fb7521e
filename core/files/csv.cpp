#include "core/files/csv.h"

#include <QCoreApplication>

#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace cd {

namespace {

bool isFormulaTrigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

Q_ALWAYS_INLINE QByteArrayView withoutFormulaGuard(QByteArrayView field)
{
    if (field.size() >= 2 && field[0] == '\'' && isFormulaTrigger(field[1]))
        return field.sliced(1);
    return field;
}

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvReader)
};

} // namespace

CsvReader::CsvReader(QByteArrayView data, QString fileName) : m_data(data), m_fileName(std::move(fileName))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::readHeader()
{
    m_error.reset();
    if (m_pos >= m_data.size()) {
        m_error = Diagnostic{m_fileName, 1, QString(), CsvReaderText::tr("the file is empty; a header row is required")};
        return false;
    }
    m_recordLine = m_line;
    const bool parsed = parseRecord();
    // The header's fields are no record's: field() answers for records only.
    const std::vector<QByteArrayView> names = std::exchange(m_fields, {});
    if (!parsed)
        return false;
    m_header.clear();
    m_columns.clear();
    for (qsizetype i = 0; i < qsizetype(names.size()); ++i) {
        const QString name = QString::fromUtf8(names[size_t(i)]).trimmed();
        if (m_columns.contains(name)) {
            m_error = Diagnostic{m_fileName, m_recordLine, name, CsvReaderText::tr("the column appears twice in the header")};
            return false;
        }
        m_header << name;
        m_columns.insert(name, int(i));
    }
    return true;
}

Diagnostics CsvReader::missingColumns(const QStringList &required) const
{
    Diagnostics missing;
    for (const QString &name : required) {
        if (!m_columns.contains(name))
            missing << Diagnostic{m_fileName, 1, name, CsvReaderText::tr("required column is missing from the header")};
    }
    return missing;
}

QStringList CsvReader::unknownColumns(const QStringList &known) const
{
    QStringList unknown;
    for (const QString &name : m_header) {
        if (!known.contains(name))
            unknown << name;
    }
    return unknown;
}

bool CsvReader::readRecord()
{
    m_error.reset();
    const char *const data = m_data.data();
    const qsizetype size = m_data.size();
    // Blank lines carry no record; CR LF counts as one line end.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n' || !(m_pos + 1 < size && data[m_pos + 1] == '\n'))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;
    m_recordLine = m_line;
    if (!parseRecord())
        return true;
    if (!m_header.isEmpty() && qsizetype(m_fields.size()) != m_header.size()) {
        m_error = Diagnostic{m_fileName, m_recordLine, QString(),
                             CsvReaderText::tr("expected %1 fields as in the header, found %2")
                                 .arg(m_header.size())
                                 .arg(m_fields.size())};
    }
    return true;
}

// The first ',', LF, CR or '"' at or after `pos`. With SSE2 (every x86-64) sixteen bytes are compared at
// once and the block's mask is kept, so that the next fields of a line cost a bit scan each.
Q_ALWAYS_INLINE qsizetype CsvReader::nextStop(qsizetype pos)
{
    const char *const data = m_data.data();
    const qsizetype size = m_data.size();
#ifdef __SSE2__
    while (true) {
        if (pos >= m_blockStart && pos < m_blockStart + 16) {
            const quint32 later = m_blockMask >> (pos - m_blockStart);
            if (later != 0)
                return pos + __builtin_ctz(later);
            pos = m_blockStart + 16;
        }
        if (pos + 16 > size)
            break;
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + pos));
        const __m128i stops = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8(',')),
                                                        _mm_cmpeq_epi8(block, _mm_set1_epi8('\n'))),
                                           _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\r')),
                                                        _mm_cmpeq_epi8(block, _mm_set1_epi8('"'))));
        m_blockStart = pos;
        m_blockMask = quint32(_mm_movemask_epi8(stops));
    }
#endif
    while (pos < size && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r' && data[pos] != '"')
        ++pos;
    return pos;
}

// A quoted field from its opening quote at `pos`: unquoted, its doubled quotes made single, into m_fields;
// `pos` ends after the closing quote. False when the file ends before it.
Q_ALWAYS_INLINE bool CsvReader::readQuotedField(qsizetype &pos)
{
    const char *const data = m_data.data();
    const qsizetype size = m_data.size();
    const qsizetype start = ++pos;
    bool doubledQuote = false;
    while (true) {
        if (pos >= size)
            return false;
        if (data[pos] == '"') {
            if (pos + 1 < size && data[pos + 1] == '"') {
                doubledQuote = true;
                pos += 2;
                continue;
            }
            break;
        }
        if (data[pos] == '\n')
            ++m_line;
        ++pos;
    }
    QByteArrayView value(data + start, pos - start);
    ++pos; // the closing quote
    if (doubledQuote) {
        m_unescaped.push_back(value.toByteArray().replace("\"\"", "\""));
        value = m_unescaped.back();
    }
    m_fields.push_back(withoutFormulaGuard(value));
    return true;
}

// One record from m_pos, leaving m_pos after its line end. A malformed record sets m_error, skips to the
// end of the physical line and returns false.
bool CsvReader::parseRecord()
{
    m_fields.clear();
    if (!m_unescaped.empty())
        m_unescaped.clear();
    const char *const data = m_data.data();
    const qsizetype size = m_data.size();
    qsizetype pos = m_pos;
    auto finishLine = [&](qsizetype at) {
        if (at < size && data[at] == '\r')
            ++at;
        if (at < size && data[at] == '\n')
            ++at;
        ++m_line;
        m_pos = at;
    };
    auto failAndSkipLine = [&](const QString &message) {
        m_error = Diagnostic{m_fileName, m_recordLine, QString(), message};
        while (pos < size && data[pos] != '\n' && data[pos] != '\r')
            ++pos;
        finishLine(pos);
        return false;
    };
    while (true) {
        if (pos < size && data[pos] == '"') {
            if (!readQuotedField(pos)) {
                m_error =
                    Diagnostic{m_fileName, m_recordLine, QString(),
                               CsvReaderText::tr("a quoted field is not closed before the end of the file")};
                m_pos = size;
                return false;
            }
            if (pos < size && data[pos] != ',' && data[pos] != '\n' && data[pos] != '\r')
                return failAndSkipLine(CsvReaderText::tr("unexpected text after a closing quote"));
        } else {
            const qsizetype start = pos;
            pos = nextStop(pos);
            if (pos < size && data[pos] == '"')
                return failAndSkipLine(
                    CsvReaderText::tr("a quote inside an unquoted field (quote the whole field)"));
            m_fields.push_back(withoutFormulaGuard(QByteArrayView(data + start, pos - start)));
        }
        if (pos < size && data[pos] == ',') {
            ++pos;
            continue;
        }
        finishLine(pos);
        return true;
    }
}

QByteArray CsvWriter::escapedText(QStringView text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.isEmpty() && isFormulaTrigger(bytes[0]))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
}

CsvWriter &CsvWriter::addText(QStringView text)
{
    separate();
    m_buffer.append(escapedText(text));
    return *this;
}

CsvWriter &CsvWriter::addValue(QStringView value)
{
    separate();
    m_buffer.append(value.toUtf8());
    return *this;
}

void CsvWriter::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    if (m_buffer.size() > (1 << 16))
        flush();
}

void CsvWriter::writeRow(const QStringList &texts)
{
    for (const QString &text : texts)
        addText(text);
    endRow();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || !m_device)
        return true;
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return ok;
}

} // namespace cd
