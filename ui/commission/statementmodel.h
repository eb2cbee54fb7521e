#pragma once

#include "ui/roles.h"

#include "core/commission/commission.h"
#include "store/commission/commissionrun.h"

#include <QAbstractTableModel>

namespace cd::ui {

// One row per partner of a commission run: the figures are the engine's exact Money values, formatted
// only for display; RawValueRole gives the minor units.
class StatementSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Partner, Name, Plan, Credited, Commission, Clawbacks, Bonus, Total, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(store::CommissionRun run);
    const store::CommissionRun &run() const { return m_run; }
    // The statement of the row, or nullptr.
    const Statement *statement(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    struct Figures
    {
        Money credited, commission, clawbacks, bonus, total;
    };
    static Figures figuresOf(const Statement &statement);

private:
    store::CommissionRun m_run;
    QList<int> m_order; // row → index in m_run.statements
};

// The lines of one partner's statement, with each deal's customer and close date beside it.
class StatementLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Deal, Customer, CloseDate, Credit, Amount, ColumnCount };
    struct DealInfo
    {
        QString customer;
        QString name;
        QDate closeDate;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setStatement(const Statement &statement, const QHash<QString, DealInfo> &deals);
    const Statement &statement() const { return m_statement; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(StatementLineKind kind);

private:
    Statement m_statement;
    QHash<QString, DealInfo> m_deals;
};

} // namespace cd::ui
