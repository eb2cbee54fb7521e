#include "core/registrations/similarity.h"

#include <QTest>

using namespace cd;

Q_DECLARE_METATYPE(cd::Registration)

class TestSimilarity : public QObject
{
    Q_OBJECT

private slots:
    void domainStem_data();
    void domainStem();
    void pair_data();
    void pair();
    void find();
    void filters_data();
    void filters();
};

static Registration reg(const QString &id, const QString &partner, const QString &customer, const QString &domain = {},
                        const QString &product = {}, const QString &at = "2026-01-01T00:00:00Z")
{
    Registration r;
    r.id = id;
    r.partnerId = partner;
    r.customer = customer;
    r.customerDomain = domain;
    r.product = product;
    r.submittedAt = *parseIsoDateTimeUtc(at);
    return r;
}

void TestSimilarity::domainStem_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("stem");
    QTest::newRow("plain") << "acme.com" << "acme";
    QTest::newRow("www and case") << "www.ACME.com" << "acme";
    QTest::newRow("subdomain") << "shop.acme.com" << "acme";
    QTest::newRow("second-level suffix") << "acme.co.uk" << "acme";
    QTest::newRow("subdomain and second-level suffix") << "eu.acme.co.uk" << "acme";
    QTest::newRow("single label") << "acme" << "acme";
    QTest::newRow("empty") << "" << "";
}

void TestSimilarity::domainStem()
{
    QFETCH(QString, domain);
    QFETCH(QString, stem);
    QCOMPARE(cd::domainStem(domain), stem);
}

void TestSimilarity::pair_data()
{
    QTest::addColumn<Registration>("a");
    QTest::addColumn<Registration>("b");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Acme Holdings beside ACME Corp")
        << reg("R1", "P1", "Acme Holdings") << reg("R2", "P2", "ACME Corp") << 100 << "names share 'acme'";
    QTest::newRow("one word of two shared")
        << reg("R1", "P1", "Acme Widgets") << reg("R2", "P2", "Acme Gadgets") << 33 << "names share 'acme'";
    QTest::newRow("a domain on one and not the other")
        << reg("R1", "P1", "Acme Holdings", "acme.example") << reg("R2", "P2", "ACME Corp") << 100
        << "names share 'acme'; R1's domain acme.example matches R2's name; R1 has a domain, R2 has none";
    QTest::newRow("domain against a name it does not spell")
        << reg("R1", "P1", "ACME", "") << reg("R2", "P2", "Road Runner Inc", "acme.co.uk") << 90
        << "R2's domain acme.co.uk matches R1's name; R1 has no domain, R2 has one";
    QTest::newRow("squeezed names")
        << reg("R1", "P1", "Micro Soft") << reg("R2", "P2", "Microsoft Corporation") << 100
        << "names are 100% alike letter by letter";
    QTest::newRow("a typo")
        << reg("R1", "P1", "Globex Industries") << reg("R2", "P2", "Globexx") << 80
        << "names are 80% alike letter by letter";
    QTest::newRow("same stem, different suffix")
        << reg("R1", "P1", "Initech", "initech.com") << reg("R2", "P2", "Initech Deutschland", "initech.de") << 90
        << "names share 'initech'; R1's domain initech.com matches R2's name; R2's domain initech.de matches R1's name; "
           "domains initech.com and initech.de share the stem 'initech'";
    QTest::newRow("unrelated names") << reg("R1", "P1", "Acme Corp") << reg("R2", "P2", "Globex GmbH") << 0 << "";
    QTest::newRow("only generic words shared")
        << reg("R1", "P1", "Acme Holdings Group") << reg("R2", "P2", "Initech Holdings Group") << 0 << "";
    QTest::newRow("unrelated domains")
        << reg("R1", "P1", "Acme", "acme.example") << reg("R2", "P2", "Globex", "globex.example") << 0 << "";
}

void TestSimilarity::pair()
{
    QFETCH(Registration, a);
    QFETCH(Registration, b);
    QFETCH(int, score);
    QFETCH(QString, reason);
    const SimilarPair found = compareRegistrations(a, b);
    QCOMPARE(found.score, score);
    QCOMPARE(found.reason, reason);
}

void TestSimilarity::find()
{
    const QList<Registration> registrations{
        reg("R1", "P1", "ACME Corp", {}, "Portal", "2026-01-02T09:00:00Z"),
        reg("R2", "P2", "Acme Holdings", {}, "Portal", "2026-01-03T09:00:00Z"),
        reg("R3", "P3", "Globex GmbH", "globex.example", "", "2026-01-04T09:00:00Z"),
        reg("R4", "P1", "Acme Corporation", {}, "Portal", "2026-01-05T09:00:00Z"), // same key as R1: not a miss
        reg("R5", "P4", "Globex", {}, "Portal", "2026-01-01T09:00:00Z"),
        reg("R6", "P5", "Umbrella", {}, "Portal", "2026-01-06T09:00:00Z"),
    };
    const QList<SimilarPair> pairs = findSimilarRegistrations(registrations);
    QStringList found;
    for (const SimilarPair &pair : pairs)
        found << QStringLiteral("%1-%2 %3: %4").arg(pair.firstId, pair.secondId).arg(pair.score).arg(pair.reason);
    QCOMPARE(found, (QStringList{"R1-R2 100: names share 'acme'", "R2-R4 100: names share 'acme'",
                                 "R5-R3 100: names share 'globex'; R3's domain globex.example matches R5's name; "
                                 "R5 has no domain, R3 has one"}));
    QCOMPARE(pairs.first().first, 0);
    QCOMPARE(pairs.first().second, 1);
}

void TestSimilarity::filters_data()
{
    QTest::addColumn<Registration>("a");
    QTest::addColumn<Registration>("b");
    QTest::addColumn<bool>("found");
    QTest::newRow("competing products") << reg("R1", "P1", "Acme Corp", {}, "Portal") << reg("R2", "P2", "Acme Holdings", {}, "portal") << true;
    QTest::newRow("empty product competes") << reg("R1", "P1", "Acme Corp", {}, "Portal") << reg("R2", "P2", "Acme Holdings") << true;
    QTest::newRow("other products do not") << reg("R1", "P1", "Acme Corp", {}, "Portal") << reg("R2", "P2", "Acme Holdings", {}, "Analytics") << false;
    QTest::newRow("same partner") << reg("R1", "P1", "Acme Corp") << reg("R2", "P1", "Acme Holdings") << false;
    QTest::newRow("windows do not overlap")
        << reg("R1", "P1", "Acme Corp", {}, {}, "2026-01-01T00:00:00Z") << reg("R2", "P2", "Acme Holdings", {}, {}, "2026-01-31T00:00:00Z") << false;
    QTest::newRow("last second of the window")
        << reg("R1", "P1", "Acme Corp", {}, {}, "2026-01-01T00:00:00Z") << reg("R2", "P2", "Acme Holdings", {}, {}, "2026-01-30T23:59:59Z") << true;
}

void TestSimilarity::filters()
{
    QFETCH(Registration, a);
    QFETCH(Registration, b);
    QFETCH(bool, found);
    QCOMPARE(findSimilarRegistrations({a, b}).size(), found ? 1 : 0);
    QCOMPARE(findSimilarRegistrations({b, a}).size(), found ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
