#include "ui/shell/translations.h"

#include "ui/shell/pseudotranslator.h"

#include <QApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace cd::ui {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString pseudoLanguage = QStringLiteral("pseudo");

// The translators of the language in use, so that a change of language replaces them instead of piling up.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(QTranslator *translator)
{
    QApplication::installTranslator(translator);
    installedTranslators() << translator;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    QDirIterator files(QStringLiteral(":/i18n"), {QStringLiteral("channeldesk_*.qm")});
    QStringList found;
    while (files.hasNext()) {
        const QString name = QFileInfo(files.next()).completeBaseName().mid(int(sizeof("channeldesk_") - 1));
        if (name != QLatin1String("en"))
            found << name;
    }
    found.sort();
    return languages + found;
}

QString languageDisplayName(const QString &code)
{
    if (code == pseudoLanguage)
        return QStringLiteral("Pseudo (⟦Ŵîţĥ åççéñţš~~~⟧)");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_')) && locale.script() == QLocale::SimplifiedHanScript)
        name = QStringLiteral("简体中文");
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString savedLanguage()
{
    return QSettings().value(languageKey).toString();
}

void setPreferredLanguage(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

QString preferredLanguage(const QString &commandLineLanguage)
{
    return commandLineLanguage.isEmpty() ? savedLanguage() : commandLineLanguage;
}

QString installTranslations(QApplication &app, const QString &language)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installedTranslators().clear();

    if (language == pseudoLanguage) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        install(new PseudoTranslator(&app));
        return pseudoLanguage;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    const bool loaded = own->load(locale, QStringLiteral("channeldesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation for the locale the sources' English shows, with its plural forms from the
    // English file ("1 deal", not "1 deal(s)").
    if (loaded || own->load(QStringLiteral("channeldesk_en"), QStringLiteral(":/i18n")))
        install(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    return loaded ? locale.name() : QStringLiteral("en");
}

} // namespace cd::ui
