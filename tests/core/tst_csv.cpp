#include "core/files/csv.h"
#include "tests/core/csvreference.h"

#include <QBuffer>
#include <QTest>

#include <random>

using namespace cd;

using Rows = QList<QStringList>;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void malformed_data();
    void malformed();
    void header();
    void transcripts_data();
    void transcripts();
    void sameAsTheRulesOnGeneratedFiles();
    void write_data();
    void write();
    void roundTrip_data();
    void roundTrip();
};

static Rows readAll(const QByteArray &data, QList<int> *lines = nullptr, QStringList *errors = nullptr)
{
    CsvReader reader(data, QStringLiteral("t.csv"));
    Rows rows;
    if (!reader.readHeader()) {
        if (errors)
            *errors << reader.error()->toString();
        return rows;
    }
    rows << reader.header();
    while (reader.readRecord()) {
        if (reader.error()) {
            if (errors)
                *errors << reader.error()->toString();
            continue;
        }
        QStringList row;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            row << reader.text(i);
        rows << row;
        if (lines)
            *lines << reader.line();
    }
    return rows;
}

void TestCsv::read_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << Rows{{"a", "b"}, {"1", "2"}} << QList<int>{2};
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << Rows{{"a", "b"}, {"x, y", "2"}} << QList<int>{2};
    QTest::newRow("doubled quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << Rows{{"a", "b"}, {"say \"hi\"", "2"}} << QList<int>{2};
    QTest::newRow("newline in quotes keeps line numbers")
        << QByteArray("a,b\n\"two\nlines\",2\n3,4\n") << Rows{{"a", "b"}, {"two\nlines", "2"}, {"3", "4"}} << QList<int>{2, 4};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << Rows{{"a", "b", "c"}, {"", "", ""}} << QList<int>{2};
    QTest::newRow("blank line skipped") << QByteArray("a\n1\n\n2\n") << Rows{{"a"}, {"1"}, {"2"}} << QList<int>{2, 4};
    QTest::newRow("utf-8") << QByteArray("name\nStraße München 東京\n") << Rows{{"name"}, {QString::fromUtf8("Straße München 東京")}} << QList<int>{2};
    QTest::newRow("formula guard removed") << QByteArray("a\n'=SUM(A1)\n'-5\n'plain\n") << Rows{{"a"}, {"=SUM(A1)"}, {"-5"}, {"'plain"}} << QList<int>{2, 3, 4};
    QTest::newRow("quoted empty") << QByteArray("a,b\n\"\",x\n") << Rows{{"a", "b"}, {"", "x"}} << QList<int>{2};
}

void TestCsv::read()
{
    QFETCH(QByteArray, data);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    QList<int> actualLines;
    QStringList errors;
    QCOMPARE(readAll(data, &actualLines, &errors), rows);
    QCOMPARE(errors, QStringList());
    QCOMPARE(actualLines, lines);
}

void TestCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("stray quote") << QByteArray("a,b\nx\"y,2\n3,4\n")
                                 << QStringList{"t.csv:2: a quote inside an unquoted field (quote the whole field)"};
    QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"y,2\n")
                                      << QStringList{"t.csv:2: unexpected text after a closing quote"};
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n\"open,2\n")
                                    << QStringList{"t.csv:3: a quoted field is not closed before the end of the file"};
    QTest::newRow("too few fields") << QByteArray("a,b\n1\n2,3\n")
                                    << QStringList{"t.csv:2: expected 2 fields as in the header, found 1"};
    QTest::newRow("every bad line reported")
        << QByteArray("a,b\n1\n2,3\n4,5,6\n")
        << QStringList{"t.csv:2: expected 2 fields as in the header, found 1", "t.csv:4: expected 2 fields as in the header, found 3"};
    QTest::newRow("empty file") << QByteArray() << QStringList{"t.csv:1: the file is empty; a header row is required"};
    QTest::newRow("duplicate column") << QByteArray("a,a\n1,2\n") << QStringList{"t.csv:1: a: the column appears twice in the header"};
}

void TestCsv::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, errors);
    QStringList actual;
    readAll(data, nullptr, &actual);
    QCOMPARE(actual, errors);
}

void TestCsv::header()
{
    const QByteArray data("deal_id,amount,extra\n");
    CsvReader reader(data, QStringLiteral("deals.csv"));
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.columnIndex(u"amount"), 1);
    QCOMPARE(reader.columnIndex(u"absent"), -1);
    const Diagnostics missing = reader.missingColumns({QStringLiteral("deal_id"), QStringLiteral("currency")});
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().toString(), QStringLiteral("deals.csv:1: currency: required column is missing from the header"));
    QCOMPARE(reader.unknownColumns({QStringLiteral("deal_id"), QStringLiteral("amount")}), QStringList{QStringLiteral("extra")});
}

// Everything the reader reports about a file, one line per header, column check or record.
static QStringList transcript(const QByteArray &csv)
{
    CsvReader reader(csv, QStringLiteral("f.csv"));
    if (!reader.readHeader())
        return {reader.error()->toString()};
    QStringList out{QStringLiteral("header: ") + reader.header().join(QLatin1Char('|'))};
    for (const Diagnostic &missing : reader.missingColumns({QStringLiteral("a"), QStringLiteral("zz")}))
        out << missing.toString();
    out << QStringLiteral("unknown: ") + reader.unknownColumns({QStringLiteral("a")}).join(QLatin1Char('|'));
    while (reader.readRecord()) {
        if (reader.error()) {
            out << reader.error()->toString();
            continue;
        }
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << shownField(reader.field(i));
        // One past the last field is an absent optional column: empty, not an error.
        if (!reader.field(reader.fieldCount()).isEmpty())
            out << QStringLiteral("a field beyond the last");
        out << QString::number(reader.line()) + QStringLiteral(": ") + fields.join(QLatin1Char('|'));
    }
    return out;
}

// The files the sixteen-byte field search must read exactly as the rules say (they were the rows that
// held the former fast reader to the careful one).
void TestCsv::transcripts_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    const QString zzMissing = QStringLiteral("f.csv:1: zz: required column is missing from the header");
    const QString headerAB = QStringLiteral("header: a|b");
    const QString unknownB = QStringLiteral("unknown: b");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n4,5,6\n")
                           << QStringList{"header: a|b|c", zzMissing, "unknown: b|c", "2: 1|2|3", "3: 4|5|6"};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << QStringList{headerAB, zzMissing, unknownB, "2: 1|2"};
    QTest::newRow("CRLF and lone CR") << QByteArray("a,b\r\n1,2\r\n3,4\r5,6\r\n")
                                      << QStringList{headerAB, zzMissing, unknownB, "2: 1|2", "3: 3|4", "4: 5|6"};
    QTest::newRow("blank lines") << QByteArray("a,b\n\n\n1,2\n\r\n\r\n3,4\n\n")
                                 << QStringList{headerAB, zzMissing, unknownB, "4: 1|2", "7: 3|4"};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << QStringList{headerAB, zzMissing, unknownB, "2: 1|2"};
    QTest::newRow("quoted commas, quotes and line breaks")
        << QByteArray("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\n3,4\n")
        << QStringList{headerAB, zzMissing, unknownB, "2: x,y|he said \"hi\"", "3: two\\nlines|z", "5: 3|4"};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",,\"\"\n")
                                  << QStringList{"header: a|b|c", zzMissing, "unknown: b|c", "2: ||", "3: ||"};
    QTest::newRow("formula guard") << QByteArray("a,b\n'=SUM(A1),'-5\n'x,\"'+1\"\n")
                                   << QStringList{headerAB, zzMissing, unknownB, "2: =SUM(A1)|-5", "3: 'x|+1"};
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n1,\"open\n2,3\n")
        << QStringList{headerAB, zzMissing, unknownB, "f.csv:2: a quoted field is not closed before the end of the file"};
    QTest::newRow("text after a quote")
        << QByteArray("a,b\n\"x\"y,2\n3,4\n")
        << QStringList{headerAB, zzMissing, unknownB, "f.csv:2: unexpected text after a closing quote", "3: 3|4"};
    QTest::newRow("quote inside a field")
        << QByteArray("a,b\nx\"y,2\n3,4\n")
        << QStringList{headerAB, zzMissing, unknownB,
                       "f.csv:2: a quote inside an unquoted field (quote the whole field)", "3: 3|4"};
    QTest::newRow("wrong field counts")
        << QByteArray("a,b\n1\n1,2,3\n4,5\n")
        << QStringList{headerAB, zzMissing, unknownB, "f.csv:2: expected 2 fields as in the header, found 1",
                       "f.csv:3: expected 2 fields as in the header, found 3", "4: 4|5"};
    QTest::newRow("duplicate column") << QByteArray("a,b, a \n1,2,3\n")
                                      << QStringList{"f.csv:1: a: the column appears twice in the header"};
    QTest::newRow("empty file") << QByteArray() << QStringList{"f.csv:1: the file is empty; a header row is required"};
    QTest::newRow("header only, spaces trimmed") << QByteArray(" a , b ") << QStringList{headerAB, zzMissing, unknownB};
    QTest::newRow("fields across sixteen-byte blocks")
        << QByteArray("a,b,c\n0123456789abcdef0123,x,0123456789abcdef\n,0123456789abcde,\"0123456789,abcdef\"\n")
        << QStringList{"header: a|b|c", zzMissing, "unknown: b|c", "2: 0123456789abcdef0123|x|0123456789abcdef",
                       "3: |0123456789abcde|0123456789,abcdef"};
}

void TestCsv::transcripts()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    QCOMPARE(transcript(csv), expected);
    QCOMPARE(ReferenceCsv(csv).transcript(), expected); // the reference the generated files rely on
}

void TestCsv::sameAsTheRulesOnGeneratedFiles()
{
    // Random files from a small alphabet rich in the bytes that matter: separators, quotes, line ends,
    // the guard and its triggers.
    static const char alphabet[] = {',', '"', '\n', '\r', '\'', '=', '-', 'a', 'b', 'c', '1', ' ', 'x', 'y'};
    std::mt19937_64 random(42);
    for (int round = 0; round < 3000; ++round) {
        QByteArray csv = "a,b,c\n";
        const int size = int(random() % 200);
        for (int i = 0; i < size; ++i)
            csv += alphabet[random() % sizeof alphabet];
        const QStringList read = transcript(csv);
        const QStringList expected = ReferenceCsv(csv).transcript();
        if (read != expected)
            qWarning("%s", csv.toPercentEncoding().constData());
        QCOMPARE(read, expected);
    }
}

void TestCsv::write_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QStringList{"a", "b"} << QByteArray("a,b\n");
    QTest::newRow("comma") << QStringList{"x, y"} << QByteArray("\"x, y\"\n");
    QTest::newRow("quote") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\n");
    QTest::newRow("newline") << QStringList{"a\nb"} << QByteArray("\"a\nb\"\n");
    QTest::newRow("formula") << QStringList{"=1+2", "+x", "-y", "@z"} << QByteArray("'=1+2,'+x,'-y,'@z\n");
    QTest::newRow("tab formula") << QStringList{"\tx"} << QByteArray("'\tx\n");
    QTest::newRow("guard and quote") << QStringList{"=a,b"} << QByteArray("\"'=a,b\"\n");
    QTest::newRow("empty") << QStringList{"", ""} << QByteArray(",\n");
}

void TestCsv::write()
{
    QFETCH(QStringList, texts);
    QFETCH(QByteArray, line);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRow(texts);
    }
    QCOMPARE(out, line);
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("awkward") << QStringList{"=cmd", "a,\"b\"", "multi\r\nline", "-5", "'quoted", "東京", ""};
}

void TestCsv::roundTrip()
{
    QFETCH(QStringList, texts);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        QStringList header;
        for (int i = 0; i < texts.size(); ++i)
            header << QStringLiteral("c%1").arg(i);
        writer.writeRow(header);
        writer.writeRow(texts);
    }
    const Rows rows = readAll(out);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1], texts);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
