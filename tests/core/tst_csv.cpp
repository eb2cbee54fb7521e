#include "core/files/csv.h"

#include <QBuffer>
#include <QTest>

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
