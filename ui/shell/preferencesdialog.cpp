#include "ui/shell/preferencesdialog.h"

#include "ui/shell/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cd::ui {

PreferencesDialog::PreferencesDialog(const QString &currentLanguage, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("As the system (%1)").arg(languageDisplayName(QLocale::system().name())), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageDisplayName(code), code);
    //: A testing language: every text accented and longer, to find untranslated or cut-off text.
    m_language->addItem(tr("Pseudo-localization (for testing)"), QStringLiteral("pseudo"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage)));

    auto *hint = new QLabel(tr("Numbers, amounts and dates follow the language's region. Files and the "
                               "database stay in the invariant format, so teams in other regions read them alike."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace cd::ui
