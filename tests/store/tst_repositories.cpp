#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/records/fxraterepository.h"
#include "store/records/partnerrepository.h"
#include "store/records/recordrules.h"
#include "store/registrations/registrationrepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

Money money(const char *amount, const char *currency)
{
    const Currency c = *Currency::fromCode(QString::fromLatin1(currency));
    return *Money::parse(QString::fromLatin1(amount), c);
}

Partner partner(const QString &id)
{
    Partner p;
    p.id = id;
    p.name = "Velora Digital Partners " + id;
    p.type = "system_integrator";
    p.region = "EMEA";
    p.country = "DE";
    p.program = "next-portal-si";
    p.tier = "tier2";
    p.stage = "management";
    p.status = "active";
    p.manager = "Hannah Keller";
    p.joinedOn = QDate(2024, 5, 17);
    p.revenueCommitment = money("2000000.00", "USD");
    p.website = "https://www.velora.example";
    p.vertical = "Manufacturing";
    return p;
}

Deal deal(const QString &id)
{
    Deal d;
    d.id = id;
    d.partners = {DealShare{"P1", Decimal::fromInteger(100)}};
    d.customer = "Harborgate Logistics GmbH";
    d.customerDomain = "harborgate.example";
    d.name = "Developer Portal rollout";
    d.product = "Developer Portal";
    d.status = "won";
    d.amount = money("184500.50", "EUR");
    d.probability = *Decimal::parse(QStringLiteral("100"));
    d.closeDate = QDate(2026, 2, 10);
    d.source = "sourced";
    d.regId = "R1";
    return d;
}

Registration registration(const QString &id)
{
    Registration r;
    r.id = id;
    r.partnerId = "P1";
    r.customer = "ACME Corp.";
    r.product = "Portal";
    r.amount = money("50000", "USD");
    r.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
    return r;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void partnerRoundTrip_data();
    void partnerRoundTrip();
    void partnerAudit();
    void partnerRules();
    void partnerInUseIsKept();
    void dealRoundTrip_data();
    void dealRoundTrip();
    void dealMoneyIsExactThousandths_data();
    void dealMoneyIsExactThousandths();
    void dealNeedsItsPartners();
    void dealUpdateAndRemove();
    void registrationRoundTrip();
    void fxRates();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath("r.sqlite"));
    m_db->setActor("tester");
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRepositories::partnerRoundTrip_data()
{
    QTest::addColumn<Partner>("value");
    QTest::newRow("every field") << partner("P1");
    Partner minimal;
    minimal.id = "P2";
    minimal.name = "Orix Ventures";
    minimal.type = "referral";
    QTest::newRow("only what is required") << minimal;
    Partner yen = partner("P3");
    yen.revenueCommitment = money("50000000", "JPY");
    yen.website = "=HYPERLINK(\"x\")"; // kept as text, exactly
    QTest::newRow("commitment in yen, odd text") << yen;
    Partner dinar = partner("P4");
    dinar.revenueCommitment = money("1234.567", "KWD");
    QTest::newRow("three minor digits") << dinar;
}

void TestRepositories::partnerRoundTrip()
{
    QFETCH(Partner, value);
    PartnerRepository partners(*m_db);
    partners.insert(value);
    QCOMPARE(partners.find(value.id), std::optional<Partner>(value));
    QCOMPARE(partners.count(), 1);
    QVERIFY(partners.exists(value.id));
    QVERIFY(!partners.exists("nobody"));
    partners.remove(value.id);
    QCOMPARE(partners.find(value.id), std::optional<Partner>());
    // Undo of a delete is an insert of the old value: the row comes back equal.
    partners.insert(value);
    QCOMPARE(partners.all(), QList<Partner>{value});
}

void TestRepositories::partnerAudit()
{
    PartnerRepository partners(*m_db);
    AuditLog audit(*m_db);
    Partner p = partner("P1");
    partners.insert(p);
    Partner changed = p;
    changed.tier = "tier1";
    changed.revenueCommitment = money("5000000", "USD");
    partners.update(changed);
    partners.update(changed); // nothing changed: no write, no audit row
    partners.remove("P1");

    const QList<AuditEntry> entries = audit.entries("partner", "P1");
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].action, QString("delete"));
    QCOMPARE(entries[1].action, QString("update"));
    QCOMPARE(entries[2].action, QString("insert"));
    QCOMPARE(entries[1].actor, QString("tester"));
    QCOMPARE(entries[1].changes.keys(), (QStringList{"revenue_commitment", "tier"}));
    QCOMPARE(entries[1].changes.value("tier").toArray(), (QJsonArray{"tier2", "tier1"}));
    QCOMPARE(entries[1].changes.value("revenue_commitment").toArray(), (QJsonArray{"2000000.00", "5000000.00"}));
    QCOMPARE(entries[2].changes.value("name").toArray(), (QJsonArray{QJsonValue(), p.name}));
    QCOMPARE(entries[0].changes.value("name").toArray(), (QJsonArray{p.name, QJsonValue()}));
    QVERIFY(entries[0].at.isValid());
}

void TestRepositories::partnerRules()
{
    PartnerRepository partners(*m_db);
    Partner bad = partner("P 1");
    bad.type = "vendor";
    bad.country = "XX";
    try {
        partners.insert(bad);
        QFAIL("accepted");
    } catch (const InvalidRecord &error) {
        QStringList fields;
        for (const Diagnostic &problem : error.problems())
            fields << problem.field;
        QCOMPARE(fields, (QStringList{"partner_id", "type", "country"}));
    }
    QCOMPARE(partners.count(), 0);
    QCOMPARE(AuditLog(*m_db).count(), 0);
    partners.insert(partner("P1"));
    QVERIFY_THROWS_EXCEPTION(StoreError, partners.insert(partner("P1")));
    QVERIFY_THROWS_EXCEPTION(StoreError, partners.update(partner("P9")));
    QVERIFY_THROWS_EXCEPTION(StoreError, partners.remove("P9"));
}

void TestRepositories::partnerInUseIsKept()
{
    PartnerRepository(*m_db).insert(partner("P1"));
    DealRepository(*m_db).insert(deal("D1"));
    try {
        PartnerRepository(*m_db).remove("P1");
        QFAIL("removed");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains("1 deals"), qPrintable(error.message()));
    }
    QVERIFY(PartnerRepository(*m_db).exists("P1"));
}

void TestRepositories::dealRoundTrip_data()
{
    QTest::addColumn<Deal>("value");
    QTest::newRow("won, one partner") << deal("D1");
    Deal split = deal("D2");
    split.partners = {DealShare{"P2", *Decimal::parse(QStringLiteral("60.5"))},
                      DealShare{"P1", *Decimal::parse(QStringLiteral("39.5"))}};
    split.status = "open";
    split.stage = "proposal";
    split.probability = *Decimal::parse(QStringLiteral("12.5"));
    split.closeDate = QDate();
    QTest::newRow("open split, no close date") << split;
    Deal cancelled = deal("D3");
    cancelled.status = "cancelled";
    cancelled.cancelledOn = QDate(2026, 4, 1);
    cancelled.probability.reset();
    cancelled.amount = money("1234567", "JPY");
    QTest::newRow("cancelled, yen, no probability") << cancelled;
}

void TestRepositories::dealRoundTrip()
{
    QFETCH(Deal, value);
    PartnerRepository(*m_db).insert(partner("P1"));
    PartnerRepository(*m_db).insert(partner("P2"));
    DealRepository deals(*m_db);
    deals.insert(value);
    QCOMPARE(deals.find(value.id), std::optional<Deal>(value));
    QCOMPARE(deals.all(), QList<Deal>{value});
    QVERIFY(deals.rowId(value.id).has_value());
    deals.remove(value.id);
    QCOMPARE(deals.count(), 0);
    QCOMPARE(m_db->scalar("SELECT count(*) FROM deal_partners", "test").toInt(), 0);
    deals.insert(value);
    QCOMPARE(deals.find(value.id), std::optional<Deal>(value));
}

void TestRepositories::dealMoneyIsExactThousandths_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("milli");
    QTest::newRow("USD cents") << "184500.51" << "USD" << Q_INT64_C(184500510);
    QTest::newRow("JPY whole") << "1234567" << "JPY" << Q_INT64_C(1234567000);
    QTest::newRow("KWD three digits map 1:1") << "10.005" << "KWD" << Q_INT64_C(10005);
    QTest::newRow("large") << "9000000000000.00" << "USD" << Q_INT64_C(9000000000000000);
}

void TestRepositories::dealMoneyIsExactThousandths()
{
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(qint64, milli);
    PartnerRepository(*m_db).insert(partner("P1"));
    Deal d = deal("D1");
    d.amount = *Money::parse(amount, *Currency::fromCode(currency));
    DealRepository(*m_db).insert(d);
    QSqlQuery query(m_db->sql());
    QVERIFY(query.exec("SELECT amount_milli, typeof(amount_milli), currency FROM deals"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), milli);
    QCOMPARE(query.value(1).toString(), QString("integer"));
    QCOMPARE(query.value(2).toString(), currency);
    QCOMPARE(DealRepository(*m_db).find("D1")->amount, d.amount);
    QCOMPARE(toMilli(d.amount), milli);
    QCOMPARE(fromMilli(milli, d.amount.currency()), d.amount);
}

void TestRepositories::dealNeedsItsPartners()
{
    PartnerRepository(*m_db).insert(partner("P1"));
    Deal d = deal("D1");
    d.partners = {DealShare{"P1", Decimal::fromInteger(50)}, DealShare{"P7", Decimal::fromInteger(50)}};
    try {
        DealRepository(*m_db).insert(d);
        QFAIL("accepted");
    } catch (const InvalidRecord &error) {
        QCOMPARE(error.problems().size(), 1);
        QCOMPARE(error.problems().first().field, QString("partners"));
        QCOMPARE(error.problems().first().message, QString("there is no partner P7"));
    }
    QCOMPARE(DealRepository(*m_db).count(), 0);
}

void TestRepositories::dealUpdateAndRemove()
{
    PartnerRepository(*m_db).insert(partner("P1"));
    PartnerRepository(*m_db).insert(partner("P2"));
    DealRepository deals(*m_db);
    Deal d = deal("D1");
    deals.insert(d);
    Deal changed = d;
    changed.partners = {DealShare{"P2", Decimal::fromInteger(70)}, DealShare{"P1", Decimal::fromInteger(30)}};
    changed.amount = money("190000.00", "EUR");
    deals.update(changed);
    QCOMPARE(deals.find("D1"), std::optional<Deal>(changed));
    QCOMPARE(m_db->scalar("SELECT p.partner_id FROM deals d JOIN partners p ON p.id = d.primary_partner", "t").toString(),
             QString("P2"));
    const AuditEntry update = AuditLog(*m_db).entries("deal", "D1").first();
    QCOMPARE(update.action, QString("update"));
    QCOMPARE(update.changes.value("partners").toArray(), (QJsonArray{"P1", "P2=70;P1=30"}));
    QCOMPARE(update.changes.value("amount").toArray(), (QJsonArray{"184500.50", "190000.00"}));
    // Undo of the update writes the old value back.
    deals.update(d);
    QCOMPARE(deals.find("D1"), std::optional<Deal>(d));
    deals.remove("D1");
    QVERIFY(!deals.exists("D1"));
    QCOMPARE(AuditLog(*m_db).entries("deal", "D1").size(), 4);
}

void TestRepositories::registrationRoundTrip()
{
    PartnerRepository(*m_db).insert(partner("P1"));
    RegistrationRepository registrations(*m_db);
    Registration r = registration("R1");
    registrations.insert(r);
    QCOMPARE(registrations.find("R1"), std::optional<Registration>(r));
    Registration decided = r;
    decided.status = "approved";
    decided.decidedAt = QDateTime(QDate(2026, 1, 3), QTime(12, 30), Qt::UTC);
    registrations.update(decided);
    QCOMPARE(registrations.all(), QList<Registration>{decided});
    QCOMPARE(AuditLog(*m_db).entries("registration", "R1").first().changes.keys(),
             (QStringList{"decided_at", "status"}));
    registrations.remove("R1");
    QCOMPARE(registrations.count(), 0);
    Registration orphan = registration("R2");
    orphan.partnerId = "P9";
    QVERIFY_THROWS_EXCEPTION(InvalidRecord, registrations.insert(orphan));
}

void TestRepositories::fxRates()
{
    FxRateRepository rates(*m_db);
    const FxRate eur{QDate(2026, 1, 1), "EUR", *Decimal::parse(QStringLiteral("1.0800"))};
    rates.set(eur);
    rates.set(eur); // the same rate again: no change, no audit row
    rates.set(FxRate{QDate(2026, 1, 1), "EUR", *Decimal::parse(QStringLiteral("1.09"))});
    QCOMPARE(rates.count(), 1);
    QCOMPARE(rates.all().first().rate, *Decimal::parse(QStringLiteral("1.09")));
    QCOMPARE(AuditLog(*m_db).entries("fx_rate").size(), 2);
    QVERIFY_THROWS_EXCEPTION(InvalidRecord, rates.set(FxRate{QDate(2026, 1, 1), "XYZ", Decimal::fromInteger(1)}));
    rates.remove(QDate(2026, 1, 1), "EUR");
    QCOMPARE(rates.count(), 0);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
