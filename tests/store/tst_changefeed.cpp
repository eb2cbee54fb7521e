// Others' changes reach an open window: a commit on another connection is announced within about a second,
// the connection's own are not (its callers announce those), and a rolled-back write is never announced.
#include "tests/support/testengine.h"

#include "store/changefeed.h"
#include "store/database.h"
#include "store/records/partnerrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace cd;
using namespace cd::store;

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void othersCommitsAreAnnounced();
    void ownCommitsAndRollbacksAreNot();
};

void TestChangeFeed::othersCommitsAreAnnounced()
{
    const test::TestDatabase place;
    const std::unique_ptr<Database> window = place.open();
    const std::unique_ptr<Database> colleague = place.open();
    const std::unique_ptr<ChangeFeed> feed = ChangeFeed::watch(*window);
    QSignalSpy announced(feed.get(), &ChangeFeed::changedElsewhere);
    PartnerRepository(*colleague).insert(test::samplePartner(QStringLiteral("P1")));
    QTRY_VERIFY_WITH_TIMEOUT(announced.count() > 0, 2500);
    // PostgreSQL names the table; SQLite only knows that something changed.
    const QStringList tables = [&] {
        QStringList names;
        for (const QList<QVariant> &arguments : announced)
            names << arguments.first().toString();
        return names;
    }();
    if (test::onPostgreSQL())
        QVERIFY2(tables.contains(QLatin1String("partners")), qPrintable(tables.join(QLatin1Char(','))));
    else
        QCOMPARE(tables.first(), QString());
}

void TestChangeFeed::ownCommitsAndRollbacksAreNot()
{
    const test::TestDatabase place;
    const std::unique_ptr<Database> window = place.open();
    const std::unique_ptr<Database> colleague = place.open();
    const std::unique_ptr<ChangeFeed> feed = ChangeFeed::watch(*window);
    QSignalSpy announced(feed.get(), &ChangeFeed::changedElsewhere);
    PartnerRepository(*window).insert(test::samplePartner(QStringLiteral("P-own")));
    {
        Transaction abandoned(*colleague);
        PartnerRepository(*colleague).insert(test::samplePartner(QStringLiteral("P-never")));
    }
    QTest::qWait(1600); // past one SQLite look
    QCOMPARE(announced.count(), 0);
    QVERIFY(!PartnerRepository(*window).exists(QStringLiteral("P-never")));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
