#pragma once

#include "ui/registrations/conflictmodels.h"
#include "ui/registrations/registrationcommands.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cd::ui {

// Channel conflicts: the cases (competing registrations side by side, the winner and why, seed 003's six
// steps with a note, a decision and a date each) and the possible conflicts the key misses, for review.
class ConflictsPage : public QWidget
{
    Q_OBJECT

public:
    // The database outlives the page; undoStack and notifier belong to the window.
    ConflictsPage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier, QWidget *parent = nullptr);

    ConflictCaseModel *caseModel() const { return m_cases; }
    CompetitorsModel *competitorsModel() const { return m_competitors; }
    ConflictStepsModel *stepsModel() const { return m_steps; }
    SimilarPairsModel *similarModel() const { return m_similar; }
    QTableView *casesView() const { return m_casesView; }
    QTabWidget *tabs() const { return m_tabs; }
    QString currentCaseId() const;
    void selectCase(const QString &caseId);
    QString whyText() const;
    void reload();

    // Records one step of the current case (through the undo stack). An invalid date leaves it to do.
    bool recordStep(store::ConflictStep step, const QString &note, const QString &decision, const QDate &date,
                    const QString &winner = {});

private:
    void showCase();
    void loadStepEditor();
    void saveStep();
    void updateSummary();

    store::Database &m_database;
    QUndoStack *m_undoStack;
    ChangeNotifier *m_notifier;
    RegistrationLookup m_lookup;
    ConflictCaseModel *m_cases;
    CompetitorsModel *m_competitors;
    ConflictStepsModel *m_steps;
    SimilarPairsModel *m_similar;
    QTabWidget *m_tabs;
    QTableView *m_casesView, *m_competitorsView, *m_stepsView, *m_similarView;
    QComboBox *m_statusFilter, *m_stepBox, *m_winnerBox;
    QCheckBox *m_done;
    QDateEdit *m_date;
    QLineEdit *m_decision;
    QPlainTextEdit *m_note;
    QPushButton *m_save;
    QLabel *m_summary, *m_why, *m_title, *m_similarSummary;
};

} // namespace cd::ui
