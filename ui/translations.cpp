#include "translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd::ui {

QString installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    const bool loaded = own->load(locale, QStringLiteral("channeldesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation for the locale the sources' English shows, with its plural forms from the
    // English file ("1 deal", not "1 deal(s)").
    if (loaded || own->load(QStringLiteral("channeldesk_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    return loaded ? locale.name() : QStringLiteral("en");
}

} // namespace cd::ui
