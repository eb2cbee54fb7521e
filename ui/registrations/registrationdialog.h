#pragma once

#include "core/records/records.h"
#include "core/registrations/registration.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QSet>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cd::ui {

// What the dialog checks a new registration against: the registrations that take part in the evaluation
// (rejected ones left out), their window ends (extensions), the partners' names and the protection days.
struct RegistrationDialogContext
{
    QList<Registration> registrations;
    QList<QDateTime> windowEnds; // one per registration; invalid: the default window
    QHash<QString, QString> partnerNames; // partner_id -> name; the partners a registration may name
    QSet<QString> takenIds;               // every stored reg_id, rejected ones too
    int protectionDays = DefaultProtectionDays;
    QDateTime now;                  // the evaluation's as-of time
};

// A new deal registration. As the user types it evaluates the registration against the stored ones
// (registration.md) and shows, before anything is saved, whether it wins, conflicts or duplicates (with the
// winner) and which stored registrations may name the same customer under another spelling.
class RegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationDialog(RegistrationDialogContext context, const QString &suggestedId, QWidget *parent = nullptr);

    // The registration as entered; only meaningful when problems() is empty.
    Registration registration() const;
    QStringList problems() const;
    // The evaluation of the entered registration (status, winner), or nullopt while it is incomplete.
    std::optional<RegistrationDecision> decision() const { return m_decision; }
    QString verdictText() const;
    QString similarText() const;

    QLineEdit *idEdit() const { return m_id; }
    QComboBox *partnerBox() const { return m_partner; }
    QLineEdit *customerEdit() const { return m_customer; }
    QLineEdit *domainEdit() const { return m_domain; }
    QLineEdit *productEdit() const { return m_product; }
    QLineEdit *amountEdit() const { return m_amount; }
    QDateTimeEdit *submittedEdit() const { return m_submitted; }

private:
    void evaluate();
    std::optional<Money> amount(QString *error) const;

    RegistrationDialogContext m_context;
    QHash<QString, int> m_indexOf;
    std::optional<RegistrationDecision> m_decision;
    QLineEdit *m_id, *m_customer, *m_domain, *m_product, *m_amount;
    QComboBox *m_partner, *m_currency;
    QDateTimeEdit *m_submitted;
    QLabel *m_verdict, *m_similar, *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace cd::ui
