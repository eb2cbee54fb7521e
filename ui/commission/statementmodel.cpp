#include "ui/commission/statementmodel.h"

#include "ui/format.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace cd::ui {

StatementSummaryModel::Figures StatementSummaryModel::figuresOf(const Statement &statement)
{
    const Currency currency = statement.lines.isEmpty() ? Currency() : statement.lines.constLast().amount.currency();
    const Money zero = Money::fromMinorUnits(0, currency);
    Figures f{zero, zero, zero, zero, zero};
    for (const StatementLine &line : statement.lines) {
        switch (line.kind) {
        case StatementLineKind::Commission: f.commission += line.amount; break;
        case StatementLineKind::Clawback: f.clawbacks += line.amount; break;
        case StatementLineKind::Bonus: f.bonus += line.amount; break;
        case StatementLineKind::Total:
            f.total = line.amount;
            f.credited = line.credit.value_or(zero);
            break;
        }
    }
    return f;
}

void StatementSummaryModel::setRun(store::CommissionRun run)
{
    beginResetModel();
    m_run = std::move(run);
    m_order.resize(m_run.statements.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    endResetModel();
}

const Statement *StatementSummaryModel::statement(int row) const
{
    return row >= 0 && row < m_order.size() ? &m_run.statements[m_order[row]] : nullptr;
}

int StatementSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int StatementSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementSummaryModel::data(const QModelIndex &index, int role) const
{
    const Statement *s = statement(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return s->partnerId;
    const bool isMoney = index.column() >= Credited;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isMoney ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case Partner: return s->partnerId;
    case Name: return m_run.partnerNames.value(s->partnerId);
    case Plan: return m_run.planOfPartner.value(s->partnerId);
    default: break;
    }
    const Figures f = figuresOf(*s);
    const Money &value = index.column() == Credited     ? f.credited
                         : index.column() == Commission ? f.commission
                         : index.column() == Clawbacks  ? f.clawbacks
                         : index.column() == Bonus      ? f.bonus
                                                        : f.total;
    if (role == RawValueRole)
        return QVariant::fromValue(value.minorUnits64());
    return formatMoneyWithCode(value);
}

QVariant StatementSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Partner: return tr("Partner");
    case Name: return tr("Name");
    case Plan: return tr("Plan");
    case Credited: return tr("Credited revenue");
    case Commission: return tr("Commission");
    case Clawbacks: return tr("Clawbacks");
    case Bonus: return tr("Bonus");
    case Total: return tr("Total");
    default: return {};
    }
}

void StatementSummaryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> oldOrder = m_order;
    const auto key = [&](int i) {
        const Statement &s = m_run.statements[i];
        const Figures f = figuresOf(s);
        switch (column) {
        case Name: return QVariant(m_run.partnerNames.value(s.partnerId));
        case Plan: return QVariant(m_run.planOfPartner.value(s.partnerId));
        case Credited: return QVariant::fromValue(f.credited.minorUnits64());
        case Commission: return QVariant::fromValue(f.commission.minorUnits64());
        case Clawbacks: return QVariant::fromValue(f.clawbacks.minorUnits64());
        case Bonus: return QVariant::fromValue(f.bonus.minorUnits64());
        case Total: return QVariant::fromValue(f.total.minorUnits64());
        default: return QVariant(s.partnerId);
        }
    };
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QPartialOrdering c = QVariant::compare(key(a), key(b));
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const int row = int(m_order.indexOf(oldOrder.value(index.row())));
        after << this->index(row, index.column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void StatementLinesModel::setStatement(const Statement &statement, const QHash<QString, DealInfo> &deals)
{
    beginResetModel();
    m_statement = statement;
    m_deals = deals;
    endResetModel();
}

int StatementLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statement.lines.size());
}

int StatementLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatementLinesModel::kindText(StatementLineKind kind)
{
    switch (kind) {
    case StatementLineKind::Commission: return tr("Commission");
    case StatementLineKind::Clawback: return tr("Clawback");
    case StatementLineKind::Bonus: return tr("Bonus");
    case StatementLineKind::Total: return tr("Total");
    }
    return {};
}

QVariant StatementLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_statement.lines.size() || index.column() >= ColumnCount)
        return {};
    const StatementLine &line = m_statement.lines[index.row()];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() >= Credit ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole && line.kind == StatementLineKind::Total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    const DealInfo info = m_deals.value(line.dealId);
    switch (index.column()) {
    case Kind: return kindText(line.kind);
    case Deal: return line.dealId;
    case Customer: return line.dealId.isEmpty() ? QString() : info.customer;
    case CloseDate: return info.closeDate.isValid() ? QLocale().toString(info.closeDate, QLocale::ShortFormat) : QString();
    case Credit: return line.credit ? formatMoney(*line.credit) : QString();
    case Amount: return formatMoney(line.amount);
    default: return {};
    }
}

QVariant StatementLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Line");
    case Deal: return tr("Deal");
    case Customer: return tr("Customer");
    case CloseDate: return tr("Closed");
    case Credit: return tr("Credit");
    case Amount: return tr("Amount");
    default: return {};
    }
}

} // namespace cd::ui
