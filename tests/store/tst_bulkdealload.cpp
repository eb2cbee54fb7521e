// The bulk load of deals into an empty table (core/store/bulkdealloader.h): rows read on one thread and
// written on another, in chunks, must give exactly what the row-by-row import gives.
#include "store/database.h"
#include "store/importexport/importer.h"
#include "store/records/dealrepository.h"
#include "tests/support/testengine.h"

#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

const int kDeals = 5000; // more than two of the loader's chunks
const int kAwkwardDeal = kDeals - 1; // near the end: its line break in quotes moves the lines after it
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
        else if (i == kAwkwardDeal) // what COPY's text form has to escape
            csv += id + ",P1,\"Back\\slash\ttab\nline\",,Deal,,won,,100.50,USD,,2026-01-01,,sourced,\n";
        else
            csv += id + (i % 10 == 0 ? ",P2=60;P1=40" : ",P1") + ",\"Acme \"\"" + QByteArray::number(i)
                   + "\"\"\",,Deal,,won,,100.50,USD,,2026-01-01,,sourced,\n";
    }
    return csv;
}

// The shares' percentages of one deal, in order.
QStringList sharePercents(Database &database, const QString &dealId)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("SELECT percent FROM deal_partners dp JOIN deals d ON d.id = dp.deal"
                                 " WHERE d.deal_id = ? ORDER BY dp.position"));
    query.addBindValue(dealId);
    if (!query.exec())
        qFatal("%s", qPrintable(query.lastError().text()));
    QStringList percents;
    while (query.next())
        percents << query.value(0).toString();
    return percents;
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
        const test::TestDatabase location;
        auto database = location.open();
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
            QCOMPARE(sharePercents(*database, QStringLiteral("D04320")), (QStringList{"60", "40"}));
            QCOMPARE(DealRepository(*database).find(QStringLiteral("D0%1").arg(kAwkwardDeal))->customer,
                     QStringLiteral("Back\\slash\ttab\nline"));
            if (!test::onPostgreSQL())
                QCOMPARE(database->scalar(QStringLiteral("PRAGMA foreign_key_check"), QString()), QVariant());
            // The rowids the load handed out are taken: a deal added after it gets a new one.
            Deal next = *DealRepository(*database).find(QStringLiteral("D00001"));
            next.id = QStringLiteral("D99999");
            DealRepository(*database).insert(next);
            QCOMPARE(DealRepository(*database).count(), qint64(kDeals + 1));
            QVERIFY(*DealRepository(*database).rowId(QStringLiteral("D99999"))
                    > *DealRepository(*database).rowId(QStringLiteral("D0%1").arg(kDeals)));
        }
        // The foreign keys the bulk load paused are on again.
        if (!test::onPostgreSQL())
            QCOMPARE(database->scalar(QStringLiteral("PRAGMA foreign_keys"), QString()).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBulkDealLoad)
#include "tst_bulkdealload.moc"
