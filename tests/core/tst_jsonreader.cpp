#include "core/files/jsonreader.h"

#include <QTest>

using namespace cd;

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void errors_data();
    void errors();
    void linesOfMembers();
};

void TestJsonReader::values_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QByteArray(R"({"a":"15%"})") << "a" << "string" << "15%";
    QTest::newRow("number keeps its literal") << QByteArray(R"({"a": 0.1})") << "a" << "number" << "0.1";
    QTest::newRow("escapes") << QByteArray(R"({"a":"x\"y\\z\u00e9\ud83d\ude00"})") << "a" << "string"
                             << QString::fromUtf8("x\"y\\z\u00e9\U0001F600");
    QTest::newRow("bool") << QByteArray(R"({"a":true})") << "a" << "boolean" << "";
    QTest::newRow("null") << QByteArray(R"({"a":null})") << "a" << "null" << "";
    QTest::newRow("array") << QByteArray(R"({"a":[1,2]})") << "a" << "array" << "";
}

void TestJsonReader::values()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QFETCH(QString, type);
    QFETCH(QString, text);
    Diagnostic error;
    const std::optional<JsonNode> root = parseJson(json, QStringLiteral("p.json"), &error);
    QVERIFY2(root.has_value(), qPrintable(error.toString()));
    const JsonNode *node = root->member(key);
    QVERIFY(node);
    QCOMPARE(JsonNode::typeName(node->type()), type);
    QCOMPARE(node->text(), text);
}

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed object") << QByteArray("{\n\"a\": \"b\"\n") << "p.json:3: expected ',' or '}' in an object";
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << "p.json:1: expected a quoted member name";
    QTest::newRow("duplicate key") << QByteArray("{\"a\": 1,\n\"a\": 2}") << "p.json:2: the member \"a\" appears twice";
    QTest::newRow("garbage after") << QByteArray("{} x") << "p.json:1: unexpected text after the JSON value";
    QTest::newRow("bare word") << QByteArray("{\"a\": yes}") << "p.json:1: unexpected character in JSON";
    QTest::newRow("empty") << QByteArray("") << "p.json:1: unexpected end of the JSON text";
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Diagnostic error;
    QVERIFY(!parseJson(json, QStringLiteral("p.json"), &error).has_value());
    QCOMPARE(error.toString(), message);
}

void TestJsonReader::linesOfMembers()
{
    const QByteArray json("{\n  \"id\": \"x\",\n  \"bands\": [\n    {\"from\": \"0\"},\n    {\"from\": 5}\n  ]\n}\n");
    const std::optional<JsonNode> root = parseJson(json, QStringLiteral("p.json"), nullptr);
    QVERIFY(root.has_value());
    QCOMPARE(root->member(u"id")->line(), 2);
    const JsonNode *bands = root->member(u"bands");
    QCOMPARE(bands->items().size(), 2);
    QCOMPARE(bands->items()[1].line(), 5);
    QCOMPARE(bands->items()[1].member(u"from")->line(), 5);
    QVERIFY(bands->items()[1].member(u"from")->isNumber());
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
