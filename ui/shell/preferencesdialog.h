#pragma once

#include <QDialog>

class QComboBox;

namespace cd::ui {

// The settings that belong to the person rather than to the database: for now the language of the
// window and reports (the system's, or one the build carries).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const QString &currentLanguage, QWidget *parent = nullptr);

    // "" means "as the system".
    QString language() const;

private:
    QComboBox *m_language = nullptr;
};

} // namespace cd::ui
