#pragma once

#include "ui/records/recorddialog.h"

#include "core/records/records.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cd::ui {

// Shows and edits one partner. For a new partner `idTaken` says whether an id is already in use.
class PartnerDialog : public RecordDialog
{
    Q_OBJECT

public:
    PartnerDialog(const Partner &partner, bool isNew, std::function<bool(const QString &)> idTaken,
                  QWidget *parent = nullptr);
    // The partner as edited; meaningful when isAcceptable().
    Partner partner() const;

protected:
    Diagnostics validate() const override;

private:
    std::optional<Money> commitment(QString *error) const;

    bool m_isNew;
    std::function<bool(const QString &)> m_idTaken;
    QLineEdit *m_id, *m_name, *m_country, *m_program, *m_tier, *m_manager, *m_commitment, *m_website, *m_vertical;
    QComboBox *m_type, *m_region, *m_stage, *m_status, *m_currency;
    QDateEdit *m_joined;
};

// Helpers the deal dialog shares.
QComboBox *makeCodeCombo(const QString &vocabulary, bool allowEmpty, QWidget *parent);
void selectCode(QComboBox *combo, const QString &code);
QComboBox *makeCurrencyCombo(bool allowEmpty, QWidget *parent);
QDateEdit *makeOptionalDateEdit(QWidget *parent);
QDate optionalDate(const QDateEdit *edit);
void setOptionalDate(QDateEdit *edit, QDate date);

} // namespace cd::ui
