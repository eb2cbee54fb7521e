#pragma once

#include "ui/records/recorddialog.h"

#include "core/records/records.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cd::ui {

// Shows and edits one deal. `partnerName` returns the name of a partner id, or an empty string when no
// such partner exists; `idTaken` says whether a new deal's id is in use.
class DealDialog : public RecordDialog
{
    Q_OBJECT

public:
    DealDialog(const Deal &deal, bool isNew, std::function<bool(const QString &)> idTaken,
               std::function<QString(const QString &)> partnerName, QWidget *parent = nullptr);
    Deal deal() const;

protected:
    Diagnostics validate() const override;

private:
    std::optional<Money> amount(QString *error) const;
    std::optional<Decimal> probability(QString *error) const;
    void updateDependentFields();

    bool m_isNew;
    std::function<bool(const QString &)> m_idTaken;
    std::function<QString(const QString &)> m_partnerName;
    QLineEdit *m_id, *m_partners, *m_customer, *m_domain, *m_name, *m_product, *m_amount, *m_probability, *m_regId;
    QComboBox *m_status, *m_stage, *m_currency, *m_source;
    QDateEdit *m_closeDate, *m_cancelledOn;
};

} // namespace cd::ui
