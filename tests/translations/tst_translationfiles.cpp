#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Each regional build's .ts file must be complete (every message translated, none unfinished) and current
// (lupdate over the sources adds no message the translators have not seen).
class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void currentWithTheSources_data();
    void currentWithTheSources();

private:
    QStringList m_sources;
};

namespace {

struct Counts
{
    int messages = 0;
    QStringList unfinished;
};

Counts countMessages(const QString &path)
{
    QFile file(path);
    Counts counts;
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            ++counts.messages;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                counts.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    return counts;
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = QStringLiteral(CHANNELDESK_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(CHANNELDESK_SOURCE_DIR "/translations/channeldesk_%1.ts").arg(language);
}

} // namespace

void TestTranslationFiles::initTestCase()
{
    for (const char *layer : {"core", "store", "ui", "app"}) {
        QDirIterator files(QStringLiteral(CHANNELDESK_SOURCE_DIR "/") + QLatin1String(layer),
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            m_sources << files.next();
    }
    m_sources.sort();
    QVERIFY(m_sources.size() > 50);
}

void TestTranslationFiles::complete_data()
{
    addLanguages();
}

void TestTranslationFiles::complete()
{
    QFETCH(QString, language);
    const Counts counts = countMessages(tsPath(language));
    QVERIFY2(counts.messages > 500, qPrintable(tsPath(language)));
    QVERIFY2(counts.unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, first: %2")
                                                         .arg(counts.unfinished.size())
                                                         .arg(counts.unfinished.value(0))));
}

void TestTranslationFiles::currentWithTheSources_data()
{
    addLanguages();
}

void TestTranslationFiles::currentWithTheSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CHANNELDESK_SOURCE_DIR));
    // The same options as the update_translations target.
    lupdate.start(QStringLiteral(CHANNELDESK_LUPDATE),
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-silent"), QStringLiteral("-I"), QStringLiteral(CHANNELDESK_SOURCE_DIR)}
                      + m_sources + QStringList{QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(300000));
    QCOMPARE(lupdate.exitCode(), 0);
    const Counts before = countMessages(tsPath(language));
    const Counts after = countMessages(copy);
    QVERIFY2(after.unfinished.isEmpty(), qPrintable(QStringLiteral("run update_translations: %1 new or changed, first: %2")
                                                        .arg(after.unfinished.size())
                                                        .arg(after.unfinished.value(0))));
    QCOMPARE(after.messages, before.messages); // nothing stale either
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
