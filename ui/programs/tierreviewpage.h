#pragma once

#include "ui/roles.h"

#include "store/programs/partnermetrics.h"

#include <QAbstractTableModel>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;
class QUndoStack;

namespace cd::store {
class Database;
}

namespace cd::ui {

class ChangeNotifier;

// The tier changes an evaluation proposes, with the reviewer's decision on each.
class TierReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PartnerColumn, NameColumn, ProgramColumn, CurrentColumn, ProposedColumn, ChangeColumn, ScoreColumn,
                  DecisionColumn, ExplanationColumn, ColumnCount };
    enum class Decision { Pending, Accepted, Rejected };

    using QAbstractTableModel::QAbstractTableModel;
    void setRun(const store::TierRun &run); // keeps the proposals that change a tier
    const store::TierRun &run() const { return m_run; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const store::TierProposal &proposal(int row) const { return m_rows[row]; }
    const Program &program(int row) const;
    Decision decision(int row) const { return m_decisions[row]; }
    int rowOf(const QString &partnerId) const;
    void setDecision(const QString &partnerId, Decision decision);
    QString explanation(int row) const; // explainReason + explainMissing, for people

private:
    store::TierRun m_run;
    QList<store::TierProposal> m_rows;
    QList<Decision> m_decisions;
};

// Evaluates as of a date, lists the proposed promotions and demotions with why, and lets a reviewer accept
// or reject them one by one or all at once; each decision is an undoable command and leaves an audit row.
class TierReviewPage : public QWidget
{
    Q_OBJECT

public:
    TierReviewPage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier, QWidget *parent = nullptr);
    TierReviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void evaluate(QDate asOf);
    // Decide the rows given (all pending rows when empty), as one undo step.
    void decide(const QList<int> &rows, bool accept);

signals:
    void partnerActivated(const QString &partnerId);

private:
    QList<int> selectedRows() const;
    void updateSummary();

    store::Database &m_database;
    QUndoStack *m_undoStack;
    ChangeNotifier *m_notifier;
    TierReviewModel *m_model;
    QTableView *m_view;
    QDateEdit *m_asOf;
    QLabel *m_summary;
    QLabel *m_detail; // the current row's whole explanation
};

} // namespace cd::ui
