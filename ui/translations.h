#pragma once

#include <QString>

class QApplication;

namespace cd::ui {

// Loads ChannelDesk's and Qt's own translations for `language` (a code like "de" or "zh_CN"), or for the
// system locale when it is empty, and makes that locale the default so that numbers, money and dates
// follow it. Returns the language in use ("en" when nothing was loaded).
QString installTranslations(QApplication &app, const QString &language);

} // namespace cd::ui
