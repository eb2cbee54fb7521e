#include "core/files/csv.h"
#include "core/files/fastcsvreader.h"

#include <QTest>

#include <random>

using namespace cd;

// FastCsvReader must read every file exactly as CsvReader does: same records, same fields, same lines,
// same messages. These tests hold the two side by side.
class TestFastCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void sameAsCsvReader_data();
    void sameAsCsvReader();
    void sameAsCsvReaderOnGeneratedFiles();
};

static void compareReaders(const QByteArray &csv)
{
    CsvReader slow(csv, "f.csv");
    FastCsvReader fast(csv, "f.csv");
    const bool header = slow.readHeader();
    QCOMPARE(fast.readHeader(), header);
    QCOMPARE(fast.error(), slow.error());
    if (!header)
        return;
    QCOMPARE(fast.header(), slow.header());
    QCOMPARE(fast.missingColumns({"a", "zz"}), slow.missingColumns({"a", "zz"}));
    QCOMPARE(fast.unknownColumns({"a"}), slow.unknownColumns({"a"}));
    while (true) {
        const bool more = slow.readRecord();
        QCOMPARE(fast.readRecord(), more);
        if (!more)
            break;
        QCOMPARE(fast.line(), slow.line());
        QCOMPARE(fast.error(), slow.error());
        if (slow.error())
            continue;
        QCOMPARE(fast.fieldCount(), slow.fieldCount());
        for (qsizetype i = 0; i <= slow.fieldCount(); ++i)
            QCOMPARE(fast.field(i).toByteArray(), slow.field(i).toByteArray());
    }
}

void TestFastCsvReader::sameAsCsvReader_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n4,5,6\n");
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2");
    QTest::newRow("CRLF and lone CR") << QByteArray("a,b\r\n1,2\r\n3,4\r5,6\r\n");
    QTest::newRow("blank lines") << QByteArray("a,b\n\n\n1,2\n\r\n\r\n3,4\n\n");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n");
    QTest::newRow("quoted commas, quotes and line breaks")
        << QByteArray("a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n\"two\nlines\",z\n3,4\n");
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",,\"\"\n");
    QTest::newRow("formula guard") << QByteArray("a,b\n'=SUM(A1),'-5\n'x,\"'+1\"\n");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n");
    QTest::newRow("text after a quote") << QByteArray("a,b\n\"x\"y,2\n3,4\n");
    QTest::newRow("quote inside a field") << QByteArray("a,b\nx\"y,2\n3,4\n");
    QTest::newRow("wrong field counts") << QByteArray("a,b\n1\n1,2,3\n4,5\n");
    QTest::newRow("duplicate column") << QByteArray("a,b, a \n1,2,3\n");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("header only, spaces trimmed") << QByteArray(" a , b ");
    QTest::newRow("fields across sixteen-byte blocks")
        << QByteArray("a,b,c\n0123456789abcdef0123,x,0123456789abcdef\n,0123456789abcde,\"0123456789,abcdef\"\n");
}

void TestFastCsvReader::sameAsCsvReader()
{
    QFETCH(QByteArray, csv);
    compareReaders(csv);
}

void TestFastCsvReader::sameAsCsvReaderOnGeneratedFiles()
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
        compareReaders(csv);
        if (QTest::currentTestFailed()) {
            qWarning("%s", csv.toPercentEncoding().constData());
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestFastCsvReader)
#include "tst_fastcsvreader.moc"
