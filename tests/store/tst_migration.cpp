// `migrate`: a desktop file's program moves into an empty team database whole, or not at all.
#include "tests/support/testengine.h"

#include "core/demo/demodata.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/demo/demoloader.h"
#include "store/importexport/exporter.h"
#include "store/records/partnerrepository.h"
#include "store/team/migration.h"

#include <QBuffer>
#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

// Every kind's export, the way a user compares two databases.
QList<QByteArray> exports(Database &database)
{
    QList<QByteArray> files;
    for (RecordKind kind : {RecordKind::Partners, RecordKind::Deals, RecordKind::Registrations, RecordKind::FxRates}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        exportKind(database, kind, &buffer);
        files << bytes;
    }
    return files;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoMovesWhole();
    void occupiedTargetIsRefusedUnchanged();
    void desktopTargetIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_desktop;
};

void TestMigration::initTestCase()
{
    m_desktop = m_dir.filePath(QStringLiteral("desktop.sqlite"));
    const std::unique_ptr<Database> desktop = Database::open(m_desktop);
    DemoOptions options;
    options.partners = 40;
    options.deals = 400;
    options.registrations = 80;
    options.today = QDate(2026, 9, 30);
    for (const ImportResult &result : loadDemoData(*desktop, generateDemoData(options), {}))
        QVERIFY2(result.ok(), qPrintable(result.summary()));
}

void TestMigration::demoMovesWhole()
{
    if (!test::onPostgreSQL())
        QSKIP("the target of a migration is a team database; desktopTargetIsRefused covers SQLite");
    const test::TestDatabase team;
    const std::unique_ptr<Database> from = Database::open(m_desktop);
    const std::unique_ptr<Database> to = team.open();
    const QList<CopiedTable> copied = copyDatabase(*from, *to);
    QCOMPARE(exports(*to), exports(*from));
    qint64 auditRows = 0;
    for (const CopiedTable &table : copied) {
        const qint64 source = from->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table.table), QString()).toLongLong();
        QCOMPARE(table.rows, source);
        if (table.table == QLatin1String("audit"))
            auditRows = table.rows;
    }
    QVERIFY(auditRows > 0);
    // The history came along, and the move itself is its newest entry.
    QCOMPARE(AuditLog(*to).count(), auditRows + 1);
    QCOMPARE(AuditLog(*to).entries(QStringLiteral("database"), QString(), 1).first().action, QStringLiteral("migrate"));
    // New rows get fresh ids after the copied ones.
    PartnerRepository(*to).insert(test::samplePartner(QStringLiteral("P-NEW")));
    QVERIFY(PartnerRepository(*to).exists(QStringLiteral("P-NEW")));
}

void TestMigration::occupiedTargetIsRefusedUnchanged()
{
    if (!test::onPostgreSQL())
        QSKIP("the target of a migration is a team database");
    const test::TestDatabase team;
    const std::unique_ptr<Database> from = Database::open(m_desktop);
    const std::unique_ptr<Database> to = team.open();
    PartnerRepository(*to).insert(test::samplePartner(QStringLiteral("P-THEIRS")));
    const QList<QByteArray> before = exports(*to);
    const qint64 auditBefore = AuditLog(*to).count();
    try {
        copyDatabase(*from, *to);
        QFAIL("moved into a database that holds data");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(QLatin1String("already holds data")), qPrintable(error.message()));
    }
    QCOMPARE(exports(*to), before);
    QCOMPARE(AuditLog(*to).count(), auditBefore);
}

void TestMigration::desktopTargetIsRefused()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> from = Database::open(m_desktop);
    const std::unique_ptr<Database> to = Database::open(dir.filePath(QStringLiteral("other.sqlite")));
    QVERIFY_THROWS_EXCEPTION(StoreError, copyDatabase(*from, *to));
    QCOMPARE(PartnerRepository(*to).count(), 0);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
