#include "ui/programs/scorecardpage.h"

#include "ui/format.h"
#include "ui/programs/programtext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

namespace {

Decimal hundredths(const Rational &value)
{
    return roundRational(value, 2, RoundingMode::HalfEven);
}

qlonglong sortKey(const Decimal &value)
{
    return qlonglong(value.rounded(2, RoundingMode::HalfEven).units());
}

} // namespace

QColor ScorecardModel::kpiColor(int index)
{
    static const QList<QColor> colors{QColor(0x2e, 0x6f, 0xb7), QColor(0x3a, 0xa6, 0x6b), QColor(0xe3, 0x9b, 0x2d),
                                      QColor(0x9b, 0x59, 0xb6), QColor(0xd3, 0x54, 0x4b), QColor(0x45, 0xa5, 0xb0)};
    return colors[index % colors.size()];
}

void ScorecardModel::setRun(const store::TierRun &run, const QString &programId)
{
    beginResetModel();
    m_rows.clear();
    m_kpis.clear();
    m_maxScore = Decimal::fromInteger(100);
    for (auto it = run.programs.cbegin(); it != run.programs.cend(); ++it) {
        if (!programId.isEmpty() && it.key() != programId)
            continue;
        for (const ScorecardItem &item : it->scorecard) {
            const QString name = item.name.isEmpty() ? metricLabel(item.metric) : item.name;
            if (!m_kpis.contains(name))
                m_kpis << name;
        }
    }
    for (const store::TierProposal &p : run.proposals) {
        if ((!programId.isEmpty() && p.programId != programId) || !p.result.score)
            continue;
        const Program &program = run.programs[p.programId];
        Row row{p, program.name, tierLabel(program, p.proposedTier), hundredths(*p.result.score),
                QList<std::optional<Decimal>>(m_kpis.size())};
        for (const ScorecardItem &item : program.scorecard) {
            const std::optional<Rational> part = scorecardScore({item}, p.metrics.values);
            const qsizetype at = m_kpis.indexOf(item.name.isEmpty() ? metricLabel(item.metric) : item.name);
            if (part && at >= 0)
                row.contributions[at] = hundredths(*part);
        }
        m_maxScore = std::max(m_maxScore, row.score);
        m_rows << row;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.score != b.score ? a.score > b.score : a.proposal.partner.id < b.proposal.partner.id;
    });
    endResetModel();
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_kpis.size());
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    if (role == IdRole)
        return row.proposal.partner.id;
    if (role == ContributionsRole && column == BarColumn) {
        QVariantList parts;
        for (const std::optional<Decimal> &part : row.contributions)
            parts << (part ? sortKey(*part) : 0);
        return parts;
    }
    if (role == Qt::TextAlignmentRole && (column == RankColumn || column == ScoreColumn || column >= FixedColumns))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && column >= FixedColumns)
        return kpiColor(column - FixedColumns);
    if (role == Qt::ToolTipRole && column == BarColumn) {
        QStringList lines;
        for (int i = 0; i < m_kpis.size(); ++i)
            lines << m_kpis[i] + QStringLiteral(": ") + (row.contributions[i] ? formatDecimal(*row.contributions[i], 2) : QStringLiteral("—"));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case RankColumn:
        return index.row() + 1;
    case PartnerColumn:
        return row.proposal.partner.id;
    case NameColumn:
        return row.proposal.partner.name;
    case ProgramColumn:
        return row.programName;
    case TierColumn:
        return row.tierName;
    case ScoreColumn:
        return role == RawValueRole ? QVariant(sortKey(row.score)) : QVariant(formatDecimal(row.score, 2));
    case BarColumn:
        return role == RawValueRole ? QVariant(sortKey(row.score)) : QVariant();
    default: {
        const std::optional<Decimal> &part = row.contributions.value(column - FixedColumns);
        if (!part)
            return {};
        return role == RawValueRole ? QVariant(sortKey(*part)) : QVariant(formatDecimal(*part, 2));
    }
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= FixedColumns)
        return ScorecardPage::tr("%1: points contributed to the score").arg(m_kpis.value(section - FixedColumns));
    if (orientation == Qt::Horizontal && role == HeaderIsDataRole)
        return section >= FixedColumns; // the program's own KPI names
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return ScorecardPage::tr("Rank");
    case PartnerColumn:
        return ScorecardPage::tr("Partner");
    case NameColumn:
        return ScorecardPage::tr("Name");
    case ProgramColumn:
        return ScorecardPage::tr("Program");
    case TierColumn:
        return ScorecardPage::tr("Tier");
    case ScoreColumn:
        return ScorecardPage::tr("Score");
    case BarColumn:
        return ScorecardPage::tr("Contributions");
    default:
        // Narrow columns: the first word ("Revenue", "Customer" …); the tooltip has the whole name.
        return m_kpis.value(section - FixedColumns).section(QLatin1Char(' '), 0, 0);
    }
}

void ContributionBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariantList parts = index.data(ContributionsRole).toList();
    const auto *model = qobject_cast<const ScorecardModel *>(index.model());
    qlonglong scale = 15000; // hundredths: the widest bar is 150 points unless a score is higher
    if (model)
        scale = std::max<qlonglong>(scale, qlonglong(model->maxScore().rounded(2, RoundingMode::HalfEven).units()));
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    painter->save();
    int x = area.left();
    qlonglong sum = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const qlonglong value = parts[i].toLongLong();
        const int end = area.left() + int((sum + value) * area.width() / scale);
        painter->fillRect(QRect(x, area.top(), std::max(0, end - x), area.height()), ScorecardModel::kpiColor(i));
        sum += value;
        x = end;
    }
    // The 100-point mark: a full score without overachievement.
    const int mark = area.left() + int(10000LL * area.width() / scale);
    painter->setPen(QPen(option.palette.color(QPalette::Text), 1, Qt::DashLine));
    painter->drawLine(mark, option.rect.top() + 1, mark, option.rect.bottom() - 1);
    painter->restore();
}

ScorecardPage::ScorecardPage(store::Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_model(new ScorecardModel(this)), m_view(new QTableView(this)),
      m_program(new QComboBox(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RawValueRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScorecardModel::ScoreColumn, Qt::DescendingOrder);
    m_view->setItemDelegateForColumn(ScorecardModel::BarColumn, new ContributionBarDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setAlternatingRowColors(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Program"), this));
    bar->addWidget(m_program);
    bar->addWidget(refreshButton);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Score = Σ weight × min(actual ÷ target, cap); the dashed line is 100 points"), this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(refreshButton, &QPushButton::clicked, this, &ScorecardPage::refresh);
    connect(m_program, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRun(m_run, m_program->currentData().toString());
        layoutColumns();
    });
    connect(m_view, &QTableView::doubleClicked, this, [this, proxy](const QModelIndex &index) {
        emit partnerActivated(proxy->data(index, IdRole).toString());
    });
    refresh();
}

void ScorecardPage::refresh()
{
    m_run = store::runTiers(m_database, QDate::currentDate());
    const QString current = m_program->currentData().toString();
    const QSignalBlocker blocker(m_program);
    m_program->clear();
    m_program->addItem(tr("All programs"), QString());
    QStringList ids = m_run.programs.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        if (m_run.programs[id].hasScorecard())
            m_program->addItem(m_run.programs[id].name, id);
    }
    m_program->setCurrentIndex(std::max(0, m_program->findData(current)));
    m_model->setRun(m_run, m_program->currentData().toString());
    layoutColumns();
}

void ScorecardPage::layoutColumns()
{
    // Sized to fit 1400 pixels without scrolling: the bar and one narrow column per KPI.
    const QList<int> widths{45, 58, 165, 160, 135, 62, 210};
    for (int column = 0; column < widths.size(); ++column)
        m_view->setColumnWidth(column, widths[column]);
    for (int column = ScorecardModel::FixedColumns; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, 82);
}

} // namespace cd::ui
