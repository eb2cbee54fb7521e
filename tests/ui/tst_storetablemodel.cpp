#include "tests/ui/testdatabase.h"

#include "ui/format.h"
#include "ui/records/storetablemodel.h"

#include "store/records/dealrepository.h"
#include "store/records/partnerrepository.h"

#include <QAbstractItemModelTester>
#include <QSet>

using namespace cd;
using namespace cd::ui;
using store::TableKind;

class TestStoreTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTester_data();
    void modelTester();
    void sortedPagingVisitsEveryRowOnce_data();
    void sortedPagingVisitsEveryRowOnce();
    void filterMatchesIndependentCount_data();
    void filterMatchesIndependentCount();
    void moneyIsFormattedAndRightAligned();
    void headersComeFromTheDescriptions_data();
    void headersComeFromTheDescriptions();
    void filterKeysHaveTitles_data();
    void filterKeysHaveTitles();
    void recordChangedUpdatesInPlace();
    void removalUnderSearchUpdatesCount();

private:
    static void fetchAll(StoreTableModel &model);
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_database;
    QList<Partner> m_partners;
    QList<Deal> m_deals;
};

void TestStoreTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = makeDemoDatabase(m_dir);
    m_partners = store::PartnerRepository(*m_database).all();
    m_deals = store::DealRepository(*m_database).all();
    QVERIFY(m_deals.size() > 1000);
}

void TestStoreTableModel::fetchAll(StoreTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

void TestStoreTableModel::modelTester_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<QString>("text");
    QTest::newRow("partners by name") << int(TableKind::Partners) << "name" << "";
    QTest::newRow("partners searched") << int(TableKind::Partners) << "region" << "a";
    QTest::newRow("deals by amount") << int(TableKind::Deals) << "amount" << "";
    QTest::newRow("deals by close date, searched") << int(TableKind::Deals) << "close_date" << "inc";
    QTest::newRow("deals by partner") << int(TableKind::Deals) << "partner" << "";
}

void TestStoreTableModel::modelTester()
{
    QFETCH(int, kind);
    QFETCH(QString, sortKey);
    QFETCH(QString, text);
    StoreTableModel model(*m_database, TableKind(kind));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    model.sort(model.columnOf(sortKey), Qt::DescendingOrder);
    model.fetchMore({});
    store::TableFilter filter;
    filter.text = text;
    model.setFilter(filter);
    fetchAll(model);
    model.sort(model.columnOf(sortKey), Qt::AscendingOrder);
    QVERIFY(model.rowCount() > 0);
}

void TestStoreTableModel::sortedPagingVisitsEveryRowOnce_data()
{
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<bool>("ascending");
    for (const char *key : {"deal_id", "amount", "customer", "close_date", "probability", "partner", "stage"}) {
        QTest::addRow("%s ascending", key) << QString::fromLatin1(key) << true;
        QTest::addRow("%s descending", key) << QString::fromLatin1(key) << false;
    }
}

void TestStoreTableModel::sortedPagingVisitsEveryRowOnce()
{
    QFETCH(QString, sortKey);
    QFETCH(bool, ascending);
    StoreTableModel model(*m_database, TableKind::Deals);
    const int column = model.columnOf(sortKey);
    QVERIFY(column >= 0);
    model.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(model.rowCount(), m_deals.size());
    QCOMPARE(model.totalCount(), qint64(m_deals.size()));
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.data(model.index(row, 0), IdRole).toString());
    QCOMPARE(seen.size(), m_deals.size());
    // Raw values are in order; NULLs (no probability, no close date) come first ascending, last descending.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant previous = model.data(model.index(row - 1, column), RawValueRole);
        const QVariant current = model.data(model.index(row, column), RawValueRole);
        if (previous.isNull() || current.isNull()) {
            QVERIFY2(ascending ? previous.isNull() : current.isNull(), qPrintable(QStringLiteral("row %1").arg(row)));
            continue;
        }
        int order = 0;
        if (sortKey == QLatin1String("amount"))
            order = previous.toLongLong() < current.toLongLong() ? -1 : previous.toLongLong() > current.toLongLong();
        else if (sortKey == QLatin1String("probability")) // exact decimal text, ordered by value
            order = (*Decimal::parse(previous.toString()) <=> *Decimal::parse(current.toString())) < 0 ? -1 : (*Decimal::parse(previous.toString()) == *Decimal::parse(current.toString()) ? 0 : 1);
        else
            order = QString::compare(previous.toString(), current.toString());
        QVERIFY2(ascending ? order <= 0 : order >= 0,
                 qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(previous.toString(), current.toString())));
    }
}

void TestStoreTableModel::filterMatchesIndependentCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("won") << "" << "status" << "won";
    QTest::newRow("open proposals") << "" << "stage" << "proposal";
    QTest::newRow("system integrators") << "" << "type" << "system_integrator";
    QTest::newRow("EMEA") << "" << "region" << "EMEA";
    QTest::newRow("customer text") << "Pharma" << "" << "";
    QTest::newRow("text and status") << "llc" << "status" << "lost";
    QTest::newRow("like metacharacters are literal") << "%" << "" << "";
    QTest::newRow("nothing matches") << "no such customer anywhere" << "" << "";
}

void TestStoreTableModel::filterMatchesIndependentCount()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    // The expectation is computed from the repositories, independently of the SQL behind the model.
    QHash<QString, Partner> partners;
    for (const Partner &partner : std::as_const(m_partners))
        partners.insert(partner.id, partner);
    qint64 expected = 0;
    for (const Deal &deal : std::as_const(m_deals)) {
        const Partner &primary = partners[deal.partners.first().partnerId];
        bool matches = text.isEmpty() || deal.customer.contains(text, Qt::CaseInsensitive)
                       || deal.id.contains(text, Qt::CaseInsensitive);
        if (key == QLatin1String("status"))
            matches = matches && deal.status == value;
        else if (key == QLatin1String("stage"))
            matches = matches && deal.stage == value;
        else if (key == QLatin1String("type"))
            matches = matches && primary.type == value;
        else if (key == QLatin1String("region"))
            matches = matches && primary.region == value;
        expected += matches;
    }
    StoreTableModel model(*m_database, TableKind::Deals);
    store::TableFilter filter;
    filter.text = text;
    if (!key.isEmpty())
        filter.equals.insert(key, value);
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), expected);
    fetchAll(model);
    QCOMPARE(qint64(model.rowCount()), expected);
}

void TestStoreTableModel::moneyIsFormattedAndRightAligned()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    StoreTableModel model(*m_database, TableKind::Deals);
    const int amount = model.columnOf(u"amount");
    const int currency = model.columnOf(u"currency");
    const QModelIndex index = model.index(0, amount);
    const Deal deal = *store::DealRepository(*m_database).find(model.data(index, IdRole).toString());
    QCOMPARE(model.data(model.index(0, currency)).toString(), deal.amount.currency().code());
    // The stored thousandths come back as the deal's exact Money, in German form (tst_format checks the
    // separators themselves).
    QCOMPARE(model.data(index).toString(), formatMoney(deal.amount, QLocale()));
    QVERIFY(model.data(index).toString().contains(QLatin1Char(',')) || deal.amount.currency().minorDigits() == 0);
    QCOMPARE(model.data(index, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
    QLocale::setDefault(QLocale::c());
}

void TestStoreTableModel::headersComeFromTheDescriptions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("titles");
    QTest::newRow("partners")
        << int(TableKind::Partners)
        << "partner_id,name,type,region,country,program,tier,stage,status,manager,joined_on,revenue_commitment,currency"
        << "Partner ID,Name,Type,Region,Country,Program,Tier,Stage,Status,Manager,Joined,Revenue commitment,Currency";
    QTest::newRow("deals")
        << int(TableKind::Deals)
        << "deal_id,partner,customer,product,stage,status,amount,currency,probability,close_date,source,"
           "reg_id"
        << "Deal ID,Partner,Customer,Product,Stage,Status,Amount,Currency,Probability,Close date,Source,"
           "Registration";
}

void TestStoreTableModel::headersComeFromTheDescriptions()
{
    QFETCH(int, kind);
    QFETCH(QString, keys);
    QFETCH(QString, titles);
    StoreTableModel model(*m_database, TableKind(kind));
    QStringList shownKeys;
    QStringList shownTitles;
    for (int column = 0; column < model.columnCount(); ++column) {
        shownKeys << model.query().columns()[column].key;
        shownTitles << model.headerData(column, Qt::Horizontal).toString();
    }
    QCOMPARE(shownKeys.join(','), keys);
    QCOMPARE(shownTitles.join(','), titles);
}

void TestStoreTableModel::filterKeysHaveTitles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::newRow("a partner's program") << int(TableKind::Partners) << "program"
                                         << "Program";
    QTest::newRow("a deal's partner type") << int(TableKind::Deals) << "type"
                                           << "Type";
    QTest::newRow("a deal's source") << int(TableKind::Deals) << "source"
                                     << "Source";
    QTest::newRow("any partner of a deal") << int(TableKind::Deals) << "partner"
                                           << "Partner";
    QTest::newRow("closed from") << int(TableKind::Deals) << "closed_from"
                                 << "Closed from";
    QTest::newRow("closed until") << int(TableKind::Deals) << "closed_to"
                                  << "Closed until";
    QTest::newRow("no such key") << int(TableKind::Partners) << "shoe_size"
                                 << "shoe_size";
}

void TestStoreTableModel::filterKeysHaveTitles()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(QString, title);
    QCOMPARE(StoreTableModel::columnTitle(TableKind(kind), key), title);
}

void TestStoreTableModel::recordChangedUpdatesInPlace()
{
    StoreTableModel model(*m_database, TableKind::Partners);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = model.recordId(3);
    Partner partner = *store::PartnerRepository(*m_database).find(id);
    const QString oldName = partner.name;
    partner.name = QStringLiteral("Renamed Partner Ltd");
    store::PartnerRepository(*m_database).update(partner);
    const int rows = model.rowCount();
    model.recordChanged(id);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.data(model.index(3, model.columnOf(u"name"))).toString(), partner.name);
    partner.name = oldName;
    store::PartnerRepository(*m_database).update(partner);
    model.recordChanged(id);
    QCOMPARE(model.data(model.index(3, model.columnOf(u"name"))).toString(), oldName);
}

void TestStoreTableModel::removalUnderSearchUpdatesCount()
{
    StoreTableModel model(*m_database, TableKind::Deals);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store::TableFilter filter;
    filter.text = QStringLiteral("Inc");
    model.setFilter(filter);
    const qint64 before = model.totalCount();
    QVERIFY(before > 1);
    const QString id = model.recordId(0);
    const Deal deal = *store::DealRepository(*m_database).find(id);
    store::DealRepository(*m_database).remove(id);
    model.recordRemoved(id);
    QCOMPARE(model.totalCount(), before - 1);
    QCOMPARE(model.rowOfRecord(id), -1);
    store::DealRepository(*m_database).insert(deal);
    model.reload();
    QCOMPARE(model.totalCount(), before);
    m_deals = store::DealRepository(*m_database).all();
}

QTEST_MAIN(TestStoreTableModel)
#include "tst_storetablemodel.moc"
