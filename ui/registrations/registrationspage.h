#pragma once

#include "ui/registrations/registrationcommands.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cd::ui {

class RegistrationDialog;
class RegistrationQueueModel;

// The deal registration queue: filters, the table (expiring windows highlighted) and the actions approve,
// reject with a reason, extend once, convert to a deal, add a registration, run the evaluation.
class RegistrationsPage : public QWidget
{
    Q_OBJECT

public:
    // The database outlives the page; undoStack and notifier belong to the window.
    RegistrationsPage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier,
                      QWidget *parent = nullptr);

    RegistrationQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString currentRegId() const;
    void selectRegistration(const QString &regId);
    void reload();

    // The actions, callable without their dialogs (tests, scripts); they go through the undo stack.
    bool approveCurrent();
    bool rejectCurrent(const QString &reason);
    bool extendCurrent();
    bool convertCurrent(const QString &dealId);
    // "Now" for the actions and the highlight (the clock by default).
    void setNow(const QDateTime &now);
    // Builds the new-registration dialog over the stored registrations (the caller runs it).
    std::unique_ptr<RegistrationDialog> newRegistrationDialog();
    bool addFromDialog(const RegistrationDialog &dialog);

signals:
    void registrationsChanged();

private:
    void askReject();
    void askConvert();
    void askNew();
    void runEvaluation();
    void applyFilter();
    void updateActions();
    QDateTime now() const;
    RegistrationEditContext editContext();

    store::Database &m_database;
    QUndoStack *m_undoStack;
    ChangeNotifier *m_notifier;
    QDateTime m_fixedNow;
    RegistrationQueueModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_expiring;
    QLabel *m_summary, *m_details;
    QPushButton *m_new, *m_approve, *m_reject, *m_extend, *m_convert, *m_run;
};

} // namespace cd::ui
