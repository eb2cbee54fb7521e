#include "core/registrations/casefolding.h"
#include "core/registrations/customerkey.h"

#include <QTest>

using namespace cd;

class TestCustomerKey : public QObject
{
    Q_OBJECT

private slots:
    void caseFold_data();
    void caseFold();
    void nameKey_data();
    void nameKey();
    void domainKey_data();
    void domainKey();
    void sameCustomer_data();
    void sameCustomer();
};

void TestCustomerKey::caseFold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << "AbC xYz 09" << "abc xyz 09";
    QTest::newRow("sharp s (F)") << u"Straße"_qs << "strasse";
    QTest::newRow("capital sharp s (F)") << u"\u1E9E"_qs << "ss";
    QTest::newRow("ligature fi (F)") << u"\uFB01"_qs << "fi";
    QTest::newRow("ligature ffi (F)") << u"O\uFB03ce"_qs << "office";
    QTest::newRow("final sigma (C)") << u"\u03C2\u03A3\u03C3"_qs << u"\u03C3\u03C3\u03C3"_qs;
    QTest::newRow("dotted capital I (F, not Turkic T)") << u"\u0130"_qs << u"i\u0307"_qs;
    QTest::newRow("dotless i has no folding") << u"\u0131"_qs << u"\u0131"_qs;
    QTest::newRow("n preceded by apostrophe (F)") << u"\u0149"_qs << u"\u02BCn"_qs;
    QTest::newRow("Cyrillic") << u"МОСКВА"_qs << u"москва"_qs;
    QTest::newRow("Deseret, outside the BMP") << u"\U00010400"_qs << u"\U00010428"_qs;
    QTest::newRow("Cherokee small folds to capital (C)") << u"\uAB70"_qs << u"\u13A0"_qs;
    QTest::newRow("CJK has no case") << u"東京"_qs << u"東京"_qs;
    QTest::newRow("unpaired surrogate kept") << QString(QChar(0xD800)) + "A" << QString(QChar(0xD800)) + "a";
}

void TestCustomerKey::caseFold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(fullCaseFold(text), folded);
}

void TestCustomerKey::nameKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    // registration.md's own examples
    QTest::newRow("ACME Corp.") << "ACME Corp." << "acme";
    QTest::newRow("Acme Corporation") << "Acme Corporation" << "acme";
    QTest::newRow("B.V. alone stays") << "B.V." << "bv";
    QTest::newRow("O'Reilly") << "O'Reilly" << "oreilly";
    QTest::newRow("Straße") << u"Straße"_qs << "strasse";
    QTest::newRow("STRASSE") << "STRASSE" << "strasse";
    // legal forms: one, trailing, not the only word
    QTest::newRow("Acme, Inc.") << "Acme, Inc." << "acme";
    QTest::newRow("only one form dropped") << "Acme Inc Ltd" << "acme inc";
    QTest::newRow("form alone is kept") << "Limited" << "limited";
    QTest::newRow("form not at the end is kept") << "Corp Solutions" << "corp solutions";
    QTest::newRow("GmbH") << u"Müller GmbH"_qs << u"müller"_qs;
    QTest::newRow("S.A.") << "Globex S.A." << "globex";
    QTest::newRow("spaced S. A. is two words") << "Globex S. A." << "globex s a";
    QTest::newRow("Pty Ltd keeps Pty") << "Initech Pty Ltd" << "initech pty";
    QTest::newRow("K.K.") << "Soylent K.K." << "soylent";
    QTest::newRow("AS") << "Norsk Data AS" << "norsk data";
    QTest::newRow("3M Company") << "3M Company" << "3m";
    // & and deletion
    QTest::newRow("ampersand") << "Johnson & Johnson" << "johnson and johnson";
    QTest::newRow("ampersand inside a word") << "AT&T" << "at and t";
    QTest::newRow("ampersand before a form") << "Smith & Co" << "smith and";
    QTest::newRow("hyphen deleted, not a space") << "Acme-Widgets" << "acmewidgets";
    QTest::newRow("symbols deleted") << u"Acme™ (Europe) — 🚀"_qs << "acme europe";
    QTest::newRow("whitespace collapsed") << "  Acme \t\n Widgets  " << "acme widgets";
    QTest::newRow("no-break space is white space") << u"Acme\u00A0Widgets"_qs << "acme widgets";
    QTest::newRow("nothing left") << "--- !!! ---" << "";
    // other scripts
    QTest::newRow("Latin diacritics") << u"Société Générale"_qs << u"société générale"_qs;
    QTest::newRow("decomposed = precomposed") << u"Socie\u0301te\u0301 Ge\u0301ne\u0301rale"_qs << u"société générale"_qs;
    QTest::newRow("Greek final sigma") << u"ΟΔΟΣ Οδος"_qs << u"οδοσ οδοσ"_qs;
    QTest::newRow("Greek with tonos") << u"ΆΛΦΑ"_qs << u"άλφα"_qs;
    QTest::newRow("Cyrillic") << u"ООО «Ромашка»"_qs << u"ооо ромашка"_qs;
    QTest::newRow("CJK") << u"株式会社 東京電機"_qs << u"株式会社 東京電機"_qs;
    QTest::newRow("Katakana middle dot deleted") << u"トヨタ・モビリティ"_qs << u"トヨタモビリティ"_qs;
    QTest::newRow("Katakana voicing composed") << u"\u30AB\u3099\u30B9"_qs << u"\u30AC\u30B9"_qs;
    QTest::newRow("Turkish dotted I keeps its dot") << u"İSTANBUL"_qs << u"i\u0307stanbul"_qs;
    QTest::newRow("Turkish plain I") << "ISTANBUL" << "istanbul";
    QTest::newRow("German sharp s capital") << u"GROẞHANDEL"_qs << "grosshandel";
    QTest::newRow("ligature") << u"ﬁnance Oﬃce"_qs << "finance office";
    QTest::newRow("Devanagari keeps its vowel signs") << u"महिंद्रा"_qs << u"महिंद्रा"_qs;
    QTest::newRow("Arabic") << u"شركة الأمل"_qs << u"شركة الأمل"_qs;
    QTest::newRow("mark whose base was deleted") << u"'\u0301Acme"_qs << "acme";
    QTest::newRow("Roman numeral is a number") << u"Ⅻ Studios"_qs << u"ⅻ studios"_qs;
    QTest::newRow("superscript digit is a number") << u"Acme²"_qs << u"acme²"_qs;
    QTest::newRow("full-width letters fold but stay full-width") << u"ＡＣＭＥ"_qs << u"ａｃｍｅ"_qs;
    QTest::newRow("astral letters") << u"\U00010400\U00010401 Inc"_qs << u"\U00010428\U00010429"_qs;
}

void TestCustomerKey::nameKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(normalizedCustomerName(name), key);
    QCOMPARE(customerKey(name, QString()), key);
    // A key is a fixed point of the normalization (except that a legal form may surface again).
    QCOMPARE(foldedCustomerName(key), key);
}

void TestCustomerKey::domainKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("key");
    QTest::newRow("lower case, www. removed") << "Globex" << "www.Globex.example" << "globex.example";
    QTest::newRow("domain wins over the name") << "Acme Corp" << "acme.example" << "acme.example";
    QTest::newRow("surrounding spaces") << "" << "  ACME.example " << "acme.example";
    QTest::newRow("only a leading www.") << "" << "shop.www.acme.example" << "shop.www.acme.example";
    QTest::newRow("one www. only") << "" << "www.www.acme.example" << "www.acme.example";
    QTest::newRow("www without dot stays") << "" << "wwwacme.example" << "wwwacme.example";
    QTest::newRow("blank domain falls back to the name") << "ACME Corp." << "   " << "acme";
}

void TestCustomerKey::domainKey()
{
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(QString, key);
    QCOMPARE(customerKey(name, domain), key);
}

void TestCustomerKey::sameCustomer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("registration.md") << "ACME Corp." << "Acme Corporation" << true;
    QTest::newRow("Straße") << u"Straße Bau GmbH"_qs << "STRASSE BAU" << true;
    QTest::newRow("Greek sigma") << u"ΣΟΦΟΣ"_qs << u"σοφος"_qs << true;
    QTest::newRow("Cyrillic case") << u"ЯНДЕКС"_qs << u"Яндекс"_qs << true;
    QTest::newRow("ligature") << u"Oﬃce Depot"_qs << "OFFICE DEPOT" << true;
    QTest::newRow("Turkish dotted I is not plain I (no Turkic tailoring)") << u"İZMİR"_qs << "IZMIR" << false;
    QTest::newRow("accents matter") << u"Café"_qs << "Cafe" << false;
    QTest::newRow("different names") << "Acme" << "Acme Holdings" << false;
}

void TestCustomerKey::sameCustomer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(normalizedCustomerName(a) == normalizedCustomerName(b), same);
}

QTEST_GUILESS_MAIN(TestCustomerKey)
#include "tst_customerkey.moc"
