#pragma once

#include <QString>
#include <QStringList>

namespace cd::ui {

// What people read for the codes files and the database hold (data.md's vocabularies), translated.
// An unknown code is shown as it is.
QString codeLabel(const QString &vocabulary, const QString &code);
// The codes of a vocabulary, for filter and editor lists: "type", "region", "stage", "status",
// "deal_status", "deal_stage", "source".
QStringList vocabularyCodes(const QString &vocabulary);

} // namespace cd::ui
