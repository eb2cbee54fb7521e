// The bulk load of deals into an empty table (core/store/bulkdealloader.h): rows read on one thread and
// written on another, in chunks, must give exactly what the row-by-row import gives.
#include "store/database.h"
#include "store/importexport/importer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

const int kDeals = 5000; // more than two of the loader's chunks
using LineMap = QMap<int, QByteArray>;

// Deal i (1-based) is on line i + 1; `replace` swaps whole lines by deal number.
QByteArray dealsCsv(const LineMap &replace)
{
    QByteArray csv = "deal_id,partners,customer,customer_domain,name,product,status,stage,amount,currency,probability,"
                     "close_date,cancelled_on,source,reg_id\n";
    for (int i = 1; i <= kDeals; ++i) {
        const QByteArray id = "D" + QByteArray::number(i).rightJustified(5, '0');
        if (replace.contains(i))
            csv += replace[i] + '\n';
        else
            csv += id + (i % 10 == 0 ? ",P2=60;P1=40" : ",P1") + ",\"Acme \"\"" + QByteArray::number(i)
                   + "\"\"\",,Deal,,won,,100.50,USD,,2026-01-01,,sourced,\n";
    }
    return csv;
}

QString prefix(const QString &diagnostic)
{
    return diagnostic.section(QLatin1Char(':'), 0, 2); // FILE:LINE: FIELD
}

} // namespace

class TestBulkDealLoad : public QObject
{
    Q_OBJECT
private slots:
    void loadsOrReportsEveryBadRow_data()
    {
        QTest::addColumn<LineMap>("replace");
        QTest::addColumn<QStringList>("expected"); // FILE:LINE: FIELD of each diagnostic, or the whole one
        QTest::newRow("all good") << LineMap{} << QStringList{};
        QTest::newRow("a repeat of the previous id")
            << LineMap{{3000, "D02999,P1,,,,,won,,1,USD,,2026-01-01,,,"}}
            << QStringList{"deals.csv:3001: deal_id: D02999 appears twice in the file (first on line 3000)"};
        QTest::newRow("an id out of order, then a repeat of an earlier one")
            << LineMap{{2500, "D00001x,P1,,,,,won,,1,USD,,2026-01-01,,,"},
                                     {4000, "D00010,P1,,,,,won,,1,USD,,2026-01-01,,,"}}
            << QStringList{"deals.csv:4001: deal_id: D00010 appears twice in the file (first on line 11)"};
        QTest::newRow("bad rows in different chunks")
            << LineMap{{10, "D00010,P1,,,,,won,,x,USD,,2026-01-01,,,"},
                                     {4500, "D04500,P9,,,,,won,,1,USD,,2026-01-01,,,"},
                                     {4999, "D04999,P1,,,,,maybe,,1,USD,,2026-01-01,,,"}}
            << QStringList{"deals.csv:11: amount", "deals.csv:4501: partners", "deals.csv:5000: status"};
    }
    void loadsOrReportsEveryBadRow()
    {
        QFETCH(LineMap, replace);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("bulk.sqlite")));
        const QByteArray partners = "partner_id,name,type\nP1,One,reseller\nP2,Two,reseller\n";
        const QByteArray deals = dealsCsv(replace);
        const QList<ImportResult> results = importBuffers(
            *database, {{RecordKind::Partners, partners, QStringLiteral("partners.csv")},
                        {RecordKind::Deals, deals, QStringLiteral("deals.csv")}});
        QStringList got;
        for (const Diagnostic &error : results[1].errors)
            got << (expected.value(got.size()).count(QLatin1Char(':')) > 2 ? error.toString() : prefix(error.toString()));
        QCOMPARE(got, expected);
        const qint64 stored = database->scalar(QStringLiteral("SELECT count(*) FROM deals"), QString()).toLongLong();
        const qint64 shares = database->scalar(QStringLiteral("SELECT count(*) FROM deal_partners"), QString()).toLongLong();
        QCOMPARE(stored, qint64(expected.isEmpty() ? kDeals : 0));
        QCOMPARE(shares, qint64(expected.isEmpty() ? kDeals + kDeals / 10 : 0));
        if (expected.isEmpty()) {
            QCOMPARE(results[1].added, qint64(kDeals));
            // Quoted fields with doubled quotes are copied, not left pointing into the reader.
            QCOMPARE(database->scalar(QStringLiteral("SELECT customer FROM deals WHERE deal_id = 'D04321'"), QString())
                         .toString(),
                     QStringLiteral("Acme \"4321\""));
            QCOMPARE(database->scalar(QStringLiteral("SELECT group_concat(percent, ';') FROM deal_partners dp JOIN deals d"
                                                     " ON d.id = dp.deal WHERE d.deal_id = 'D04320'"),
                                      QString())
                         .toString(),
                     QStringLiteral("60;40"));
            QCOMPARE(database->scalar(QStringLiteral("PRAGMA foreign_key_check"), QString()), QVariant());
        }
        // The foreign keys the bulk load paused are on again.
        QCOMPARE(database->scalar(QStringLiteral("PRAGMA foreign_keys"), QString()).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBulkDealLoad)
#include "tst_bulkdealload.moc"
