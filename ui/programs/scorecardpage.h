#pragma once

#include "ui/roles.h"

#include "store/programs/partnermetrics.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <QWidget>

class QComboBox;
class QTableView;

namespace cd::store {
class Database;
}

namespace cd::ui {

// Partners ranked by their program's weighted score, one column per KPI with its contribution in points
// (weight × min(actual / target, cap)), and a bar that stacks them.
class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, PartnerColumn, NameColumn, ProgramColumn, TierColumn, ScoreColumn, BarColumn, FixedColumns };

    using QAbstractTableModel::QAbstractTableModel;
    // The run's partners with a score, of `programId` only when given, best first.
    void setRun(const store::TierRun &run, const QString &programId = QString());
    QStringList kpiNames() const { return m_kpis; } // the KPI columns, by scorecard item name

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Decimal maxScore() const { return m_maxScore; }
    static QColor kpiColor(int index);

private:
    struct Row
    {
        store::TierProposal proposal;
        QString programName;
        QString tierName;
        Decimal score;                    // rounded half-even to 2 places, as shown
        QList<std::optional<Decimal>> contributions; // per m_kpis entry, 2 places
    };
    QList<Row> m_rows;
    QStringList m_kpis;
    Decimal m_maxScore;
};

// Paints ContributionsRole (a list of hundredths per KPI) as a stacked bar scaled to the model's best score.
class ContributionBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class ScorecardPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPage(store::Database &database, QWidget *parent = nullptr);
    ScorecardModel *model() const { return m_model; }
    void refresh();

signals:
    void partnerActivated(const QString &partnerId);

private:
    void layoutColumns();

    store::Database &m_database;
    ScorecardModel *m_model;
    QTableView *m_view;
    QComboBox *m_program;
    store::TierRun m_run;
};

} // namespace cd::ui
