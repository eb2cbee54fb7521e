#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace cd::ui {

// The languages this build carries (CHANNELDESK_LANGUAGES), as codes like "de" or "zh_CN", English first.
QStringList availableLanguages();

// What people pick in Preferences: the language's own name ("Deutsch", "日本語").
QString languageDisplayName(const QString &code);

// The language to start in: the --lang option, else the Preferences setting, else the system locale ("").
QString preferredLanguage(const QString &commandLineLanguage);
void setPreferredLanguage(const QString &code); // "" follows the system
QString savedLanguage();

// Loads ChannelDesk's and Qt's own translations for `language` (a code like "de" or "zh_CN"; "pseudo" for
// pseudo-localization; empty for the system locale), replacing those loaded before, and makes that locale
// the default so that numbers, money and dates follow it. Returns the language in use ("en" when nothing
// was loaded).
QString installTranslations(QApplication &app, const QString &language);

} // namespace cd::ui
