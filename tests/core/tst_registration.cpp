#include "core/registrations/registration.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace cd;

class TestRegistration : public QObject
{
    Q_OBJECT

private slots:
    void specExampleIsVerbatim();
    void specExample_data();
    void specExample();
    void evaluate_data();
    void evaluate();
    void inputOrderDoesNotMatter();
    void errors_data();
    void errors();
    void warnings();
    void amounts();
    void statusCodes();
};

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

static QByteArray evaluateCsv(const QByteArray &csv, const QString &asOf, int days = 30)
{
    Diagnostics errors;
    const RegistrationsFile file = readRegistrationsCsv(csv, QStringLiteral("regs.csv"), errors);
    if (!errors.isEmpty())
        return "ERROR " + errors.first().toString().toUtf8();
    return registrationDecisionsCsv(evaluateRegistrations(file.registrations, *parseIsoDateTimeUtc(asOf), days));
}

// The two code blocks of registration.md's worked example, taken from the spec itself.
static QPair<QByteArray, QByteArray> specBlocks()
{
    const QString spec = QString::fromUtf8(readFile(QStringLiteral(CHANNELDESK_SPEC_DIR "/registration.md")));
    const qsizetype example = spec.indexOf(QStringLiteral("Worked example"));
    static const QRegularExpression block(QStringLiteral("```\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    auto it = block.globalMatch(spec, example);
    const QString input = it.next().captured(1);
    const QString result = it.next().captured(1);
    return {input.toUtf8(), result.toUtf8()};
}

void TestRegistration::specExampleIsVerbatim()
{
    const auto [input, result] = specBlocks();
    QCOMPARE(readFile(QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/registration/example.csv")), input);
    QCOMPARE(readFile(QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/registration/example-result.csv")), result);
}

void TestRegistration::specExample_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("result");
    const auto [input, result] = specBlocks();
    QTest::newRow("registration.md") << input << result;
}

void TestRegistration::specExample()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, result);
    QCOMPARE(evaluateCsv(input, "2026-02-20T00:00:00Z", 30), result);
}

static const QByteArray header = "reg_id,partner_id,customer,customer_domain,product,amount,currency,submitted_at\n";

void TestRegistration::evaluate_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("days");
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("same instant: reg_id decides")
        << QByteArray("B,P2,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "A,P1,Acme,,X,,,2026-01-01T00:00:00Z\n")
        << "2026-01-02T00:00:00Z" << 30 << QByteArray("B,conflict,A\nA,approved,\n");
    QTest::newRow("reg_ids compare by bytes, not numerically")
        << QByteArray("R10,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "R9,P2,Acme,,X,,,2026-01-01T00:00:00Z\n")
        << "2026-01-02T00:00:00Z" << 30 << QByteArray("R10,approved,\nR9,conflict,R10\n");
    QTest::newRow("earliest of several protecting winners")
        << QByteArray("R1,P1,Acme,,Portal,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,,Analytics,,,2026-01-02T00:00:00Z\n"
                      "R3,P3,Acme,,,,,2026-01-03T00:00:00Z\n")
        << "2026-01-10T00:00:00Z" << 30 << QByteArray("R1,approved,\nR2,approved,\nR3,conflict,R1\n");
    QTest::newRow("only a winner protects, not a conflict")
        << QByteArray("R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,,X,,,2026-01-25T00:00:00Z\n"
                      "R3,P3,Acme,,X,,,2026-02-05T00:00:00Z\n")
        << "2026-02-06T00:00:00Z" << 30 << QByteArray("R1,expired,\nR2,conflict,R1\nR3,approved,\n");
    QTest::newRow("re-registering extends nothing")
        << QByteArray("R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "R2,P1,Acme,,X,,,2026-01-30T00:00:00Z\n"
                      "R3,P2,Acme,,X,,,2026-01-31T00:00:00Z\n")
        << "2026-02-01T00:00:00Z" << 30 << QByteArray("R1,expired,\nR2,duplicate,R1\nR3,approved,\n");
    QTest::newRow("window end is exclusive")
        << QByteArray("R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,,X,,,2026-01-30T23:59:59Z\n"
                      "R3,P3,Acme,,X,,,2026-01-31T00:00:00Z\n")
        << "2026-01-30T23:59:59Z" << 30 << QByteArray("R1,approved,\nR2,conflict,R1\nR3,approved,\n");
    QTest::newRow("expired at the very end of the window")
        << QByteArray("R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\n") << "2026-01-31T00:00:00Z" << 30
        << QByteArray("R1,expired,\n");
    QTest::newRow("products compare ignoring case")
        << QByteArray("R1,P1,Acme,,PORTAL,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,,portal,,,2026-01-02T00:00:00Z\n")
        << "2026-01-03T00:00:00Z" << 30 << QByteArray("R1,approved,\nR2,conflict,R1\n");
    QTest::newRow("empty product on the later one competes")
        << QByteArray("R1,P1,Acme,,Portal,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,,,,,2026-01-02T00:00:00Z\n")
        << "2026-01-03T00:00:00Z" << 30 << QByteArray("R1,approved,\nR2,conflict,R1\n");
    QTest::newRow("a name and a domain are different keys")
        << QByteArray("R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,acme.example,X,,,2026-01-02T00:00:00Z\n")
        << "2026-01-03T00:00:00Z" << 30 << QByteArray("R1,approved,\nR2,approved,\n");
    QTest::newRow("full case folding in the key")
        << QByteArray("R1,P1,Straße Bau GmbH,,X,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,STRASSE BAU,,X,,,2026-01-02T00:00:00Z\n")
        << "2026-01-03T00:00:00Z" << 30 << QByteArray("R1,approved,\nR2,conflict,R1\n");
    QTest::newRow("protection 0 days protects nothing")
        << QByteArray("R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,,X,,,2026-01-01T00:00:00Z\n")
        << "2026-01-01T00:00:00Z" << 0 << QByteArray("R1,expired,\nR2,expired,\n");
    QTest::newRow("protection 90 days")
        << QByteArray("R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"
                      "R2,P2,Acme,,X,,,2026-03-31T23:59:59Z\n")
        << "2026-03-01T00:00:00Z" << 90 << QByteArray("R1,approved,\nR2,conflict,R1\n");
    QTest::newRow("registrations after the as-of time follow the same rules")
        << QByteArray("R1,P1,Acme,,X,,,2026-05-01T00:00:00Z\n"
                      "R2,P2,Acme,,X,,,2026-05-02T00:00:00Z\n")
        << "2026-01-01T00:00:00Z" << 30 << QByteArray("R1,approved,\nR2,conflict,R1\n");
}

void TestRegistration::evaluate()
{
    QFETCH(QByteArray, rows);
    QFETCH(QString, asOf);
    QFETCH(int, days);
    QFETCH(QByteArray, result);
    QCOMPARE(evaluateCsv(header + rows, asOf, days), "reg_id,status,winner\n" + result);
}

void TestRegistration::inputOrderDoesNotMatter()
{
    Diagnostics errors;
    RegistrationsFile file = readRegistrationsCsv(
        readFile(QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/registration/example.csv")), "example.csv", errors);
    QCOMPARE(errors, Diagnostics());
    const QDateTime asOf = *parseIsoDateTimeUtc(u"2026-02-20T00:00:00Z");
    const QList<RegistrationDecision> forward = evaluateRegistrations(file.registrations, asOf);
    std::reverse(file.registrations.begin(), file.registrations.end());
    QList<RegistrationDecision> backward = evaluateRegistrations(file.registrations, asOf);
    std::reverse(backward.begin(), backward.end());
    QCOMPARE(backward, forward);
}

void TestRegistration::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty file") << QByteArray() << QStringList{"regs.csv:1: the file is empty; a header row is required"};
    QTest::newRow("missing columns")
        << QByteArray("reg_id,partner_id,customer,amount\nR1,P1,Acme,5\n")
        << QStringList{"regs.csv:1: customer_domain: required column is missing from the header",
                       "regs.csv:1: product: required column is missing from the header",
                       "regs.csv:1: submitted_at: required column is missing from the header"};
    QTest::newRow("bad date-times, every row reported")
        << header + "R1,P1,Acme,,X,,,2026-03-31 14:05:00\n"
                    "R2,P1,Acme,,X,,,2026-03-31\n"
                    "R3,P1,Acme,,X,,,2026-02-30T10:00:00Z\n"
                    "R4,P1,Acme,,X,,,2026-03-31T14:05:00+02:00\n"
                    "R5,P1,Acme,,X,,,\n"
        << QStringList{"regs.csv:2: submitted_at: \"2026-03-31 14:05:00\" is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z",
                       "regs.csv:3: submitted_at: \"2026-03-31\" is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z",
                       "regs.csv:4: submitted_at: \"2026-02-30T10:00:00Z\" is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z",
                       "regs.csv:5: submitted_at: \"2026-03-31T14:05:00+02:00\" is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z",
                       "regs.csv:6: submitted_at: is empty; a date-time like 2026-03-31T14:05:00Z is required"};
    QTest::newRow("duplicate reg_id")
        << header + "R1,P1,Acme,,X,,,2026-01-01T00:00:00Z\nR2,P1,Acme,,X,,,2026-01-01T00:00:00Z\nR1,P2,Acme,,X,,,2026-01-01T00:00:00Z\n"
        << QStringList{"regs.csv:4: reg_id: R1 appears twice (first on line 2)"};
    QTest::newRow("empty ids")
        << header + ",P1,Acme,,X,,,2026-01-01T00:00:00Z\nR2,,Acme,,X,,,2026-01-01T00:00:00Z\n"
        << QStringList{"regs.csv:2: reg_id: is empty; every registration needs an id",
                       "regs.csv:3: partner_id: is empty; every registration needs a partner"};
    QTest::newRow("no customer at all")
        << header + "R1,P1,,,X,,,2026-01-01T00:00:00Z\nR2,P1,  ,,X,,,2026-01-01T00:00:00Z\nR3,P1,,acme.example,X,,,2026-01-01T00:00:00Z\n"
        << QStringList{"regs.csv:2: customer: is empty and there is no customer_domain; one of them is needed",
                       "regs.csv:3: customer: is empty and there is no customer_domain; one of them is needed"};
    QTest::newRow("customer without letters or digits")
        << header + "R1,P1,***,,X,,,2026-01-01T00:00:00Z\n"
        << QStringList{"regs.csv:2: customer: \"***\" has no letters or digits to identify the customer by"};
    QTest::newRow("not a domain")
        << header + "R1,P1,Acme,https://acme.example/,X,,,2026-01-01T00:00:00Z\nR2,P1,Acme,sales@acme.example,X,,,2026-01-01T00:00:00Z\nR3,P1,Acme,www.,X,,,2026-01-01T00:00:00Z\n"
        << QStringList{"regs.csv:2: customer_domain: \"https://acme.example/\" is not a domain name like acme.example",
                       "regs.csv:3: customer_domain: \"sales@acme.example\" is not a domain name like acme.example",
                       "regs.csv:4: customer_domain: \"www.\" is not a domain name like acme.example"};
    QTest::newRow("amounts")
        << header + "R1,P1,Acme,,X,10.005,USD,2026-01-01T00:00:00Z\n"
                    "R2,P1,Acme,,X,100.5,JPY,2026-01-01T00:00:00Z\n"
                    "R3,P1,Acme,,X,0,USD,2026-01-01T00:00:00Z\n"
                    "R4,P1,Acme,,X,-5,USD,2026-01-01T00:00:00Z\n"
                    "R5,P1,Acme,,X,5,XYZ,2026-01-01T00:00:00Z\n"
                    "R6,P1,Acme,,X,5,,2026-01-01T00:00:00Z\n"
                    "R7,P1,Acme,,X,\"1,000\",USD,2026-01-01T00:00:00Z\n"
        << QStringList{"regs.csv:2: amount: 10.005 has more decimals than USD allows (2)",
                       "regs.csv:3: amount: 100.5 has more decimals than JPY allows (0)",
                       "regs.csv:4: amount: 0 must be positive",
                       "regs.csv:5: amount: -5 must be positive",
                       "regs.csv:6: currency: XYZ is not a known ISO 4217 currency",
                       "regs.csv:7: amount: 5 has no currency; fill in the currency column",
                       "regs.csv:8: amount: 1,000 is not a decimal number"};
    QTest::newRow("malformed CSV")
        << header + "R1,P1,Acme,,X,,,2026-01-01T00:00:00Z,extra\nR2,P1,\"Acme,,X,,,2026-01-01T00:00:00Z\n"
        << QStringList{"regs.csv:2: expected 8 fields as in the header, found 9",
                       "regs.csv:3: a quoted field is not closed before the end of the file"};
}

void TestRegistration::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    Diagnostics errors;
    readRegistrationsCsv(csv, QStringLiteral("regs.csv"), errors);
    QStringList actual;
    for (const Diagnostic &error : errors)
        actual << error.toString();
    QCOMPARE(actual, expected);
}

void TestRegistration::warnings()
{
    Diagnostics errors;
    const RegistrationsFile file = readRegistrationsCsv(
        "reg_id,partner_id,customer,customer_domain,product,submitted_at,status,decided_at,note\n"
        "R1,P1,Acme,,X,2026-01-01T00:00:00Z,approved,2026-01-02T00:00:00Z,hello\n",
        QStringLiteral("regs.csv"), errors);
    QCOMPARE(errors, Diagnostics());
    QCOMPARE(file.registrations.size(), 1);
    QCOMPARE(file.lines, QList<int>{2});
    QCOMPARE(file.warnings.size(), 1);
    QCOMPARE(file.warnings.first().toString(), "regs.csv:1: note: unknown column, ignored");
}

void TestRegistration::amounts()
{
    Diagnostics errors;
    const RegistrationsFile file = readRegistrationsCsv(QByteArray(header + "R1,P1,Acme,,X,1234.50,EUR,2026-01-01T00:00:00Z\n"
                                                                            "R2,P1,Acme,,X,,,2026-01-01T00:00:00Z\n"),
                                                        QStringLiteral("regs.csv"), errors);
    QCOMPARE(errors, Diagnostics());
    QCOMPARE(file.registrations.at(0).amount.toString(), "1234.50");
    QCOMPARE(file.registrations.at(0).amount.currency().code(), "EUR");
    QVERIFY(!file.registrations.at(1).amount.currency().isValid());
}

void TestRegistration::statusCodes()
{
    for (RegistrationStatus status : {RegistrationStatus::Approved, RegistrationStatus::Expired,
                                      RegistrationStatus::Conflict, RegistrationStatus::Duplicate})
        QCOMPARE(registrationStatusFromCode(registrationStatusCode(status)), status);
    QCOMPARE(registrationStatusFromCode(u"pending"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
