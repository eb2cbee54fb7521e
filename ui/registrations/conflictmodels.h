#pragma once

#include "ui/roles.h"

#include "core/registrations/similarity.h"
#include "store/registrations/conflictcases.h"
#include "store/registrations/registrationworkflow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cd::store {
class Database;
}

namespace cd::ui {

// What the conflict models look registrations up in: the registration queue by reg_id and the settings.
struct RegistrationLookup
{
    QHash<QString, store::RegistrationQueueEntry> entries;
    int protectionDays = 30;
    const store::RegistrationQueueEntry *find(const QString &regId) const
    {
        const auto it = entries.constFind(regId);
        return it == entries.cend() ? nullptr : &*it;
    }
    static RegistrationLookup load(store::Database &database); // throws StoreError
};

// Conflict cases: customer, product, winner, how many compete, status and the next step of seed 003's
// framework. Filterable by case status.
class ConflictCaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CaseColumn, CustomerColumn, ProductColumn, WinnerColumn, CompetingColumn, StatusColumn,
                  NextStepColumn, OpenedColumn, ColumnCount };
    explicit ConflictCaseModel(QObject *parent = nullptr);

    void setCases(QList<store::ConflictCase> cases, const RegistrationLookup *lookup); // lookup outlives the model
    void setStatusFilter(const QString &status); // empty: all
    const store::ConflictCase *caseAt(int row) const;
    int rowOf(const QString &caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString &status);
    static QString stepLabel(store::ConflictStep step);

private:
    void filter();
    QList<store::ConflictCase> m_cases;
    QList<int> m_visible;
    QString m_status;
    const RegistrationLookup *m_lookup = nullptr;
};

// One case's registrations side by side (one row each, the winner first and marked).
class CompetitorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RoleColumn, RegIdColumn, PartnerColumn, SubmittedColumn, ProductColumn, AmountColumn,
                  WindowEndColumn, StatusColumn, ColumnCount };
    explicit CompetitorsModel(QObject *parent = nullptr);
    void setCase(const store::ConflictCase *conflictCase, const RegistrationLookup *lookup);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_regIds;
    QString m_winner;
    const RegistrationLookup *m_lookup = nullptr;
};

// The six steps of one case: done on, by whom, the decision and the note.
class ConflictStepsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, DateColumn, ActorColumn, DecisionColumn, NoteColumn, ColumnCount };
    explicit ConflictStepsModel(QObject *parent = nullptr);
    void setSteps(const QList<store::ConflictStepRecord> &steps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::ConflictStepRecord> m_steps;
};

// Possible conflicts the customer key misses (registration.md): pairs with their similarity score and why.
// For review only: nothing here changes a status.
class SimilarPairsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ScoreColumn, FirstColumn, FirstPartnerColumn, SecondColumn, SecondPartnerColumn, ProductColumn,
                  ReasonColumn, ColumnCount };
    explicit SimilarPairsModel(QObject *parent = nullptr);
    // Finds the pairs among the lookup's registrations that are not rejected.
    void compute(const RegistrationLookup *lookup, int threshold = 50);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const SimilarPair *pairAt(int row) const;

private:
    QList<SimilarPair> m_pairs;
    const RegistrationLookup *m_lookup = nullptr;
};

} // namespace cd::ui
