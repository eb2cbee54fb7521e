// Team mode: the roles are the server's. Every check here connects as the member itself, through the store
// and with plain SQL as psql would, so a rule the application keeps but the server does not is a failure.
#include "tests/support/testengine.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/partnerrepository.h"
#include "store/team/team.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

// One member's own connection, as psql would open it: no application in between.
class MemberConnection
{
public:
    MemberConnection(const test::TestDatabase &place, const QString &login)
        : m_name(QStringLiteral("member-") + login)
    {
        QSqlDatabase db = test::rawConnection(test::databaseUri(place.name(), login), m_name);
        if (!db.open())
            m_refusal = db.lastError().databaseText();
    }
    // Empty when the server let the login in.
    const QString &connectionRefusal() const { return m_refusal; }
    ~MemberConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // Whether the server ran the statement; a refusal must be the server's insufficient_privilege.
    bool run(const QString &statement, QString *refusal = nullptr) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(statement))
            return true;
        if (refusal)
            *refusal = query.lastError().nativeErrorCode() + QLatin1Char(' ') + query.lastError().databaseText();
        return false;
    }
    QStringList column(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

private:
    QString m_name;
    QString m_refusal;
};

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void desktopFileHasNoTeam();
    void badMembersAreRefused_data();
    void badMembersAreRefused();
    void roleMatrix_data();
    void roleMatrix();
    void regionalSeesOnlyItsRegion();
    void refusalNamesTheRole();
    void auditNamesTheServersUser();
    // These two change the team, so they come last.
    void membersAreListed();
    void removedMemberLosesAccess();

private:
    std::unique_ptr<test::TestDatabase> m_place;
    std::unique_ptr<Database> m_owner;
};

// One team for all tests: setting one up costs the server a database and its roles. Tests that write undo
// their writes (roleMatrix rolls each statement back) or come last.
void TestTeam::initTestCase()
{
    m_place = std::make_unique<test::TestDatabase>();
    m_owner = m_place->open();
    if (!test::onPostgreSQL())
        return;
    PartnerRepository partners(*m_owner);
    partners.insert(test::samplePartner(QStringLiteral("P-EMEA"), QStringLiteral("EMEA")));
    partners.insert(test::samplePartner(QStringLiteral("P-APAC"), QStringLiteral("APAC")));
    // Logins are the cluster's: each test's members carry the database's name, so tests never share one.
    Team team(*m_owner);
    for (const auto &[login, role, region] :
         {std::tuple{QStringLiteral("adm"), TeamRole::Admin, QString()}, std::tuple{QStringLiteral("mgr"), TeamRole::Manager, QString()},
          std::tuple{QStringLiteral("emea"), TeamRole::Regional, QStringLiteral("EMEA")},
          std::tuple{QStringLiteral("exe"), TeamRole::Executive, QString()}})
        team.addMember({m_place->name() + QLatin1Char('_') + login, role, region});
}

void TestTeam::cleanupTestCase()
{
    m_owner.reset();
    m_place.reset();
}

void TestTeam::desktopFileHasNoTeam()
{
    if (test::onPostgreSQL())
        return;
    try {
        Team(*m_owner).members();
        QFAIL("a desktop file listed a team");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(QLatin1String("a team needs a PostgreSQL database")), qPrintable(error.message()));
    }
}

void TestTeam::membersAreListed()
{
    if (!test::onPostgreSQL())
        QSKIP("team mode is PostgreSQL's; desktopFileHasNoTeam covers SQLite");
    const QString prefix = m_place->name() + QLatin1Char('_');
    const QList<TeamMember> expected{{prefix + QStringLiteral("adm"), TeamRole::Admin, QString()},
                                     {prefix + QStringLiteral("emea"), TeamRole::Regional, QStringLiteral("EMEA")},
                                     {prefix + QStringLiteral("exe"), TeamRole::Executive, QString()},
                                     {prefix + QStringLiteral("mgr"), TeamRole::Manager, QString()}};
    QList<TeamMember> members = Team(*m_owner).members();
    for (TeamMember &member : members)
        member.region = member.region.isEmpty() ? QString() : member.region;
    QCOMPARE(members, expected);
    // A member changes role by being added again.
    Team(*m_owner).addMember({prefix + QStringLiteral("exe"), TeamRole::Manager, QString()});
    QCOMPARE(Team(*m_owner).members().at(2).role, TeamRole::Manager);
}

void TestTeam::badMembersAreRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("message");
    QTest::newRow("regional without region") << "ana" << "regional" << "" << "needs a region";
    QTest::newRow("regional in no known region") << "ana" << "regional" << "Mars" << "needs a region";
    QTest::newRow("manager with a region") << "ana" << "manager" << "EMEA" << "only a regional member";
    QTest::newRow("no login") << "" << "executive" << "" << "needs a login";
}

void TestTeam::badMembersAreRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, role);
    QFETCH(QString, region);
    QFETCH(QString, message);
    const TeamMember member{login, *teamRoleFromName(role), region};
    QVERIFY(Team::memberProblem(member).contains(message));
    if (!test::onPostgreSQL())
        return;
    const int before = int(Team(*m_owner).members().size());
    QVERIFY_THROWS_EXCEPTION(StoreError, Team(*m_owner).addMember(member));
    QCOMPARE(int(Team(*m_owner).members().size()), before);
}

void TestTeam::roleMatrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("allowed");

    // One read and one write per table family, for each role.
    struct Family
    {
        const char *name;
        const char *read;
        const char *write;
        bool manager, regional; // who besides admins may write
    };
    const Family families[] = {
        {"records", "SELECT count(*) FROM partners", "UPDATE partners SET manager = 'x' WHERE partner_id = 'P-EMEA'", true, true},
        {"deals", "SELECT count(*) FROM deals", "DELETE FROM deals", true, true},
        {"people", "SELECT count(*) FROM people", "DELETE FROM people", true, true},
        {"exchange rates", "SELECT count(*) FROM fx_rates", "INSERT INTO fx_rates (date, currency, rate) VALUES ('2026-01-01', 'EUR', '1.1')", true, false},
        {"plans", "SELECT count(*) FROM commission_plans", "DELETE FROM commission_plans", false, false},
        {"programs", "SELECT count(*) FROM programs", "DELETE FROM programs", false, false},
        {"targets", "SELECT count(*) FROM targets", "DELETE FROM targets", false, false},
        {"the team", "SELECT count(*) FROM team_members", "UPDATE team_members SET region = ''", false, false},
        {"the schema mark", "SELECT count(*) FROM channeldesk_meta", "UPDATE channeldesk_meta SET value = value", false, false},
        {"audit history", "SELECT count(*) FROM audit", "DELETE FROM audit", false, false},
    };
    for (const Family &family : families) {
        for (const char *role : {"adm", "mgr", "emea", "exe"}) {
            const QString who = QLatin1String(role);
            QTest::addRow("%s reads %s", role, family.name) << who << QString::fromLatin1(family.read) << true;
            const bool writes = who == QLatin1String("adm") || (who == QLatin1String("mgr") && family.manager)
                                || (who == QLatin1String("emea") && family.regional);
            QTest::addRow("%s writes %s", role, family.name) << who << QString::fromLatin1(family.write) << writes;
        }
    }
    // The audit trail takes new rows from every writer, and changes from nobody but an admin.
    for (const char *role : {"adm", "mgr", "emea"})
        QTest::addRow("%s appends to the audit", role) << QString::fromLatin1(role)
                                                       << "INSERT INTO audit (at, action, entity) VALUES ('x', 'test', 'test')"
                                                       << true;
    QTest::addRow("exe appends to the audit") << "exe" << "INSERT INTO audit (at, action, entity) VALUES ('x', 'test', 'test')"
                                              << false;
    QTest::addRow("emea adds a member") << "emea" << "INSERT INTO team_members VALUES ('x', 'admin', '')" << false;
    QTest::addRow("mgr makes itself admin") << "mgr" << "UPDATE team_members SET role = 'admin'" << false;
    QTest::addRow("mgr drops a table") << "mgr" << "DROP TABLE deals" << false;
}

void TestTeam::roleMatrix()
{
    if (!test::onPostgreSQL())
        QSKIP("team mode is PostgreSQL's; desktopFileHasNoTeam covers SQLite");
    QFETCH(QString, role);
    QFETCH(QString, statement);
    QFETCH(bool, allowed);
    const MemberConnection member(*m_place, m_place->name() + QLatin1Char('_') + role);
    QVERIFY2(member.connectionRefusal().isEmpty(), qPrintable(member.connectionRefusal()));
    QString refusal;
    QVERIFY(member.run(QStringLiteral("BEGIN")));
    const bool ran = member.run(statement, &refusal);
    QVERIFY(member.run(QStringLiteral("ROLLBACK")));
    QVERIFY2(ran == allowed, qPrintable(refusal));
    if (!ran)
        QVERIFY2(refusal.startsWith(QLatin1String("42501 ")), qPrintable(refusal)); // the server's refusal, not a typo
}

void TestTeam::regionalSeesOnlyItsRegion()
{
    if (!test::onPostgreSQL())
        QSKIP("team mode is PostgreSQL's");
    const MemberConnection emea(*m_place, m_place->name() + QStringLiteral("_emea"));
    QCOMPARE(emea.column(QStringLiteral("SELECT partner_id FROM partners ORDER BY partner_id")), QStringList{QStringLiteral("P-EMEA")});
    // Another region's partner can neither be changed nor moved in nor created.
    QVERIFY(emea.run(QStringLiteral("UPDATE partners SET name = 'mine' WHERE partner_id = 'P-APAC'")));
    QCOMPARE(PartnerRepository(*m_owner).find(QStringLiteral("P-APAC"))->name, QStringLiteral("Partner P-APAC"));
    QString refusal;
    QVERIFY(!emea.run(QStringLiteral("UPDATE partners SET region = 'APAC' WHERE partner_id = 'P-EMEA'"), &refusal));
    QVERIFY2(refusal.startsWith(QLatin1String("42501 ")), qPrintable(refusal));
    QVERIFY(!emea.run(QStringLiteral("INSERT INTO partners (partner_id, region) VALUES ('P-NEW', 'APAC')"), &refusal));
    QVERIFY(emea.run(QStringLiteral("INSERT INTO partners (partner_id, region, type) VALUES ('P-NEW', 'EMEA', 'reseller')")));
    const auto removeNew = qScopeGuard([&] { PartnerRepository(*m_owner).remove(QStringLiteral("P-NEW")); });
    // Through the store as well: the regional member's own connection lists its region only.
    const std::unique_ptr<Database> asEmea = Database::open(test::databaseUri(m_place->name(), m_place->name() + QStringLiteral("_emea")));
    QStringList ids;
    for (const Partner &p : PartnerRepository(*asEmea).all())
        ids << p.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("P-EMEA"), QStringLiteral("P-NEW")}));
    const TeamMember me = Team(*asEmea).me();
    QCOMPARE(me.role, TeamRole::Regional);
    QCOMPARE(me.region, QStringLiteral("EMEA"));
}

void TestTeam::refusalNamesTheRole()
{
    if (!test::onPostgreSQL())
        QSKIP("team mode is PostgreSQL's");
    const std::unique_ptr<Database> asExecutive = Database::open(test::databaseUri(m_place->name(), m_place->name() + QStringLiteral("_exe")));
    try {
        PartnerRepository(*asExecutive).insert(test::samplePartner(QStringLiteral("P-X"), QStringLiteral("NA")));
        QFAIL("an executive added a partner");
    } catch (const PermissionError &error) {
        QVERIFY2(error.serverText().contains(QLatin1String("permission denied for table partners")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("refused")), qPrintable(error.message()));
    }
    QVERIFY(!PartnerRepository(*m_owner).exists(QStringLiteral("P-X")));
}

void TestTeam::auditNamesTheServersUser()
{
    if (!test::onPostgreSQL())
        QSKIP("team mode is PostgreSQL's");
    const QString login = m_place->name() + QStringLiteral("_mgr");
    const std::unique_ptr<Database> asManager = Database::open(test::databaseUri(m_place->name(), login));
    asManager->setActor(QStringLiteral("someone else")); // what a client claims does not count
    Partner changed = *PartnerRepository(*asManager).find(QStringLiteral("P-APAC"));
    changed.manager = QStringLiteral("Kim");
    PartnerRepository(*asManager).update(changed);
    const auto restore = qScopeGuard([&] {
        changed.manager.clear();
        PartnerRepository(*m_owner).update(changed);
    });
    const QList<AuditEntry> entries = AuditLog(*m_owner).entries(QStringLiteral("partner"), QStringLiteral("P-APAC"), 1);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, login);
}

void TestTeam::removedMemberLosesAccess()
{
    if (!test::onPostgreSQL())
        QSKIP("team mode is PostgreSQL's");
    const QString login = m_place->name() + QStringLiteral("_mgr");
    Team(*m_owner).removeMember(login);
    QCOMPARE(Team(*m_owner).members().size(), 3);
    // The login stays (it may work elsewhere); this database no longer lets it in.
    const MemberConnection gone(*m_place, login);
    QVERIFY2(gone.connectionRefusal().contains(QLatin1String("permission denied for database")),
             qPrintable(gone.connectionRefusal()));
    QVERIFY_THROWS_EXCEPTION(StoreError, Team(*m_owner).removeMember(login));
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
