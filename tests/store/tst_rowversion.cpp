// Two people saving the same record (issue #13, "Working together"): each save passes back the row version
// it read; the second one from the same reading is refused with who changed it and when, and nothing of the
// first is lost. Runs on both engines, with two connections to one database as two desktops would have.
#include "tests/support/testengine.h"

#include "store/database.h"
#include "store/programs/programstore.h"
#include "store/records/dealrepository.h"
#include "store/records/partnerrepository.h"
#include "store/registrations/registrationrepository.h"

#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

Money usd(const char *amount)
{
    return *Money::parse(QString::fromLatin1(amount), *Currency::fromCode(QStringLiteral("USD")));
}

Deal sampleDeal(const QString &id)
{
    Deal deal;
    deal.id = id;
    deal.partners = {DealShare{QStringLiteral("P1"), Decimal::fromInteger(100)}};
    deal.customer = QStringLiteral("Harborgate Logistics");
    deal.product = QStringLiteral("Portal");
    deal.status = QStringLiteral("open");
    deal.stage = QStringLiteral("prospecting");
    deal.source = QStringLiteral("sourced");
    deal.amount = usd("1000.00");
    deal.closeDate = QDate(2026, 6, 30);
    return deal;
}

Registration sampleRegistration(const QString &id)
{
    Registration registration;
    registration.id = id;
    registration.partnerId = QStringLiteral("P1");
    registration.customer = QStringLiteral("ACME Corp.");
    registration.product = QStringLiteral("Portal");
    registration.amount = usd("50000");
    registration.submittedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
    return registration;
}

// The same operations on each record kind, so one test covers the three.
template<typename Repository, typename Record>
struct Kind
{
    static Record record(Database &db, const QString &id) { return *Repository(db).find(id); }
    static std::optional<qint64> version(Database &db, const QString &id) { return Repository(db).version(id); }
    static qint64 update(Database &db, const Record &r, std::optional<qint64> expected)
    {
        return Repository(db).update(r, expected);
    }
    static void remove(Database &db, const QString &id, std::optional<qint64> expected) { Repository(db).remove(id, expected); }
};

// A visible change of a record that every kind has: its customer or name.
Partner changed(Partner p, const QString &text) { p.name = text; return p; }
Deal changed(Deal d, const QString &text) { d.customer = text; return d; }
Registration changed(Registration r, const QString &text) { r.customer = text; return r; }
QString textOf(const Partner &p) { return p.name; }
QString textOf(const Deal &d) { return d.customer; }
QString textOf(const Registration &r) { return r.customer; }

} // namespace

class TestRowVersion : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondSaveFromOneReadingIsRefused_data();
    void secondSaveFromOneReadingIsRefused();
    void saveOfADeletedRecordIsRefused_data();
    void saveOfADeletedRecordIsRefused();
    void staleDeleteKeepsTheRecord_data();
    void staleDeleteKeepsTheRecord();
    void savingWhatIsStoredIsNoConflict();
    void lifecycleMoveIsAChange();
    void everyRowHasAVersion();

private:
    void addKinds();
    template<typename K>
    void secondSave(const QString &id);
    template<typename K>
    void deletedThenSaved(const QString &id);
    template<typename K>
    void staleDelete(const QString &id);

    std::unique_ptr<test::TestDatabase> m_place;
    std::unique_ptr<Database> m_alice; // two desktops on one database
    std::unique_ptr<Database> m_bob;
};

// Logins of their own on the cluster, which other tests may share.
QString aliceLogin()
{
    return test::onPostgreSQL() ? QStringLiteral("cd_alice_%1").arg(QCoreApplication::applicationPid()) : QStringLiteral("alice");
}

QString bobLogin()
{
    return test::onPostgreSQL() ? QStringLiteral("cd_bob_%1").arg(QCoreApplication::applicationPid()) : QStringLiteral("bob");
}

using PartnerKind = Kind<PartnerRepository, Partner>;
using DealKind = Kind<DealRepository, Deal>;
using RegistrationKind = Kind<RegistrationRepository, Registration>;

void TestRowVersion::init()
{
    m_place = std::make_unique<test::TestDatabase>();
    if (test::onPostgreSQL()) {
        // The server names who changed a row (session_user), whatever a client claims: two logins.
        for (const QString &login : {aliceLogin(), bobLogin()})
            test::clusterExecute(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER").arg(login));
        m_alice = Database::open(test::databaseUri(m_place->name(), aliceLogin()));
        m_bob = Database::open(test::databaseUri(m_place->name(), bobLogin()));
    } else {
        m_alice = m_place->open();
        m_bob = m_place->open();
        m_alice->setActor(aliceLogin());
        m_bob->setActor(bobLogin());
    }
    PartnerRepository(*m_alice).insert(test::samplePartner(QStringLiteral("P1")));
    DealRepository(*m_alice).insert(sampleDeal(QStringLiteral("D1")));
    RegistrationRepository(*m_alice).insert(sampleRegistration(QStringLiteral("R1")));
}

void TestRowVersion::cleanup()
{
    m_bob.reset();
    m_alice.reset();
    m_place.reset();
    if (test::onPostgreSQL()) {
        for (const QString &login : {aliceLogin(), bobLogin()})
            test::clusterExecute(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }
}

void TestRowVersion::addKinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("partner") << QStringLiteral("partner");
    QTest::newRow("deal") << QStringLiteral("deal");
    QTest::newRow("registration") << QStringLiteral("registration");
}

template<typename K>
void TestRowVersion::secondSave(const QString &id)
{
    const auto aliceRead = K::record(*m_alice, id);
    const std::optional<qint64> aliceVersion = K::version(*m_alice, id);
    const auto bobRead = K::record(*m_bob, id);
    const std::optional<qint64> bobVersion = K::version(*m_bob, id);
    QCOMPARE(aliceVersion, std::optional<qint64>(1));
    QCOMPARE(bobVersion, aliceVersion);

    const qint64 after = K::update(*m_alice, changed(aliceRead, QStringLiteral("Alice's")), aliceVersion);
    QCOMPARE(after, 2);
    QCOMPARE(K::version(*m_bob, id), std::optional<qint64>(2));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    try {
        K::update(*m_bob, changed(bobRead, QStringLiteral("Bob's")), bobVersion);
        QFAIL("a save from an older reading went through");
    } catch (const StaleRecordError &stale) {
        QCOMPARE(stale.changedBy(), aliceLogin());
        QVERIFY(!stale.deleted());
        QVERIFY2(stale.changedAt() >= before && stale.changedAt() <= QDateTime::currentDateTimeUtc().addSecs(1),
                 qPrintable(stale.changedAt().toString(Qt::ISODate)));
        QVERIFY2(stale.message().contains(QStringLiteral("changed by %1 at").arg(aliceLogin())), qPrintable(stale.message()));
    }
    QCOMPARE(textOf(K::record(*m_bob, id)), QStringLiteral("Alice's"));
    QCOMPARE(K::version(*m_alice, id), std::optional<qint64>(2));

    // Having seen Alice's version, Bob may save over it knowingly; without a version (the CLI, an import)
    // the save is unconditional as before.
    QCOMPARE(K::update(*m_bob, changed(bobRead, QStringLiteral("Bob's")), 2), 3);
    QCOMPARE(K::update(*m_alice, changed(aliceRead, QStringLiteral("Alice again")), std::nullopt), 4);
    QCOMPARE(textOf(K::record(*m_bob, id)), QStringLiteral("Alice again"));
}

void TestRowVersion::secondSaveFromOneReadingIsRefused_data()
{
    addKinds();
}

void TestRowVersion::secondSaveFromOneReadingIsRefused()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("partner"))
        secondSave<PartnerKind>(QStringLiteral("P1"));
    else if (kind == QLatin1String("deal"))
        secondSave<DealKind>(QStringLiteral("D1"));
    else
        secondSave<RegistrationKind>(QStringLiteral("R1"));
}

template<typename K>
void TestRowVersion::deletedThenSaved(const QString &id)
{
    const auto bobRead = K::record(*m_bob, id);
    const std::optional<qint64> bobVersion = K::version(*m_bob, id);
    K::remove(*m_alice, id, K::version(*m_alice, id));
    QCOMPARE(K::version(*m_bob, id), std::nullopt);
    try {
        K::update(*m_bob, changed(bobRead, QStringLiteral("Bob's")), bobVersion);
        QFAIL("a save of a deleted record went through");
    } catch (const StaleRecordError &stale) {
        QVERIFY(stale.deleted());
        QCOMPARE(stale.changedBy(), aliceLogin());
        QVERIFY2(stale.message().contains(QStringLiteral("deleted by %1 at").arg(aliceLogin())), qPrintable(stale.message()));
    }
    QCOMPARE(K::version(*m_alice, id), std::nullopt);
}

void TestRowVersion::saveOfADeletedRecordIsRefused_data()
{
    addKinds();
}

void TestRowVersion::saveOfADeletedRecordIsRefused()
{
    QFETCH(QString, kind);
    // The registration goes first where a deal or partner is deleted: nothing else may name them.
    RegistrationRepository(*m_alice).remove(QStringLiteral("R1"));
    if (kind == QLatin1String("registration")) {
        RegistrationRepository(*m_alice).insert(sampleRegistration(QStringLiteral("R2")));
        deletedThenSaved<RegistrationKind>(QStringLiteral("R2"));
    } else if (kind == QLatin1String("deal")) {
        deletedThenSaved<DealKind>(QStringLiteral("D1"));
    } else {
        DealRepository(*m_alice).remove(QStringLiteral("D1"));
        deletedThenSaved<PartnerKind>(QStringLiteral("P1"));
    }
}

template<typename K>
void TestRowVersion::staleDelete(const QString &id)
{
    const std::optional<qint64> bobVersion = K::version(*m_bob, id);
    K::update(*m_alice, changed(K::record(*m_alice, id), QStringLiteral("Alice's")), K::version(*m_alice, id));
    QVERIFY_THROWS_EXCEPTION(StaleRecordError, K::remove(*m_bob, id, bobVersion));
    QCOMPARE(textOf(K::record(*m_bob, id)), QStringLiteral("Alice's"));
}

void TestRowVersion::staleDeleteKeepsTheRecord_data()
{
    addKinds();
}

void TestRowVersion::staleDeleteKeepsTheRecord()
{
    QFETCH(QString, kind);
    if (kind == QLatin1String("partner")) {
        RegistrationRepository(*m_alice).remove(QStringLiteral("R1"));
        DealRepository(*m_alice).remove(QStringLiteral("D1"));
        staleDelete<PartnerKind>(QStringLiteral("P1"));
    } else if (kind == QLatin1String("deal")) {
        staleDelete<DealKind>(QStringLiteral("D1"));
    } else {
        staleDelete<RegistrationKind>(QStringLiteral("R1"));
    }
}

void TestRowVersion::savingWhatIsStoredIsNoConflict()
{
    // Bob read version 1; Alice saves a change, Bob then saves exactly what she saved: nothing of hers is
    // lost, so nothing is refused, and nothing is written.
    const Deal bobRead = *DealRepository(*m_bob).find(QStringLiteral("D1"));
    const Deal alices = changed(bobRead, QStringLiteral("Same words"));
    QCOMPARE(DealRepository(*m_alice).update(alices, 1), 2);
    QCOMPARE(DealRepository(*m_bob).update(alices, 1), 2);
    QCOMPARE(DealRepository(*m_bob).version(QStringLiteral("D1")), std::optional<qint64>(2));
}

void TestRowVersion::lifecycleMoveIsAChange()
{
    // A move on the lifecycle board is a write to the partner like any other: an editor opened before it
    // must not put the old stage back.
    const Partner bobRead = *PartnerRepository(*m_bob).find(QStringLiteral("P1"));
    const qint64 bobVersion = *PartnerRepository(*m_bob).version(QStringLiteral("P1"));
    const QString stage = bobRead.stage == codes::partnerStages().first() ? codes::partnerStages().last()
                                                                         : codes::partnerStages().first();
    LifecycleStore(*m_alice).moveStage(QStringLiteral("P1"), stage, QDate(2026, 3, 1));
    QCOMPARE(PartnerRepository(*m_bob).version(QStringLiteral("P1")), std::optional<qint64>(bobVersion + 1));
    QVERIFY_THROWS_EXCEPTION(StaleRecordError,
                             PartnerRepository(*m_bob).update(changed(bobRead, QStringLiteral("Bob's")), bobVersion));
    QCOMPARE(PartnerRepository(*m_bob).find(QStringLiteral("P1"))->stage, stage);
}

void TestRowVersion::everyRowHasAVersion()
{
    // Schema 7's column is on every versioned table, and no row is without one (tst_database migrates a
    // file from schema 6 and 5).
    for (const char *table : {"partners", "deals", "registrations", "fx_rates", "people", "certifications"}) {
        QSqlQuery query(m_alice->sql());
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE row_version IS NULL OR row_version < 1")
                                .arg(QLatin1String(table))),
                 table);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
    }
    QCOMPARE(m_alice->schemaVersion(), 7);
}

QTEST_GUILESS_MAIN(TestRowVersion)
#include "tst_rowversion.moc"
