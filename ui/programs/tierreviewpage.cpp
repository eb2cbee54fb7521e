#include "ui/programs/tierreviewpage.h"

#include "ui/format.h"
#include "ui/programs/programtext.h"
#include "ui/storecommand.h"

#include "store/auditlog.h"
#include "store/database.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// Accepting writes the tier (audited by the store); rejecting records the decision in the audit log.
// Undo reverses the write, or reopens the rejected proposal.
class DecideTierCommand : public StoreCommand
{
public:
    DecideTierCommand(store::Database &database, TierReviewPage *page, ChangeNotifier *notifier,
                      const store::TierProposal &proposal, const QString &explanation, bool accept)
        : StoreCommand({database, notifier, page},
                       accept ? TierReviewPage::tr("Accept tier %1 for %2")
                                    .arg(proposal.proposedTier, proposal.partner.id)
                              : TierReviewPage::tr("Reject tier %1 for %2")
                                    .arg(proposal.proposedTier, proposal.partner.id)),
          m_model(page->model()), m_proposal(proposal), m_explanation(explanation), m_accept(accept)
    {
    }

protected:
    void forward() override
    {
        const QString id = m_proposal.partner.id;
        if (m_accept) {
            store::applyTier(database(), id, m_proposal.currentTier, m_proposal.proposedTier, m_explanation,
                             asOf());
        } else {
            store::AuditLog(database())
                .record(QStringLiteral("reject"), QStringLiteral("partner"), id,
                        QJsonObject{{QStringLiteral("tier_proposal"),
                                     QJsonObject{{QStringLiteral("from"), m_proposal.currentTier},
                                                 {QStringLiteral("to"), m_proposal.proposedTier},
                                                 {QStringLiteral("explanation"), m_explanation}}}});
        }
    }
    void backward() override
    {
        if (m_accept)
            store::applyTier(database(), m_proposal.partner.id, m_proposal.proposedTier,
                             m_proposal.currentTier, TierReviewPage::tr("undo of the accepted proposal"),
                             asOf());
    }
    void notify(ChangeNotifier &notifier, Direction) override
    {
        if (m_accept)
            emit notifier.recordChanged(store::TableKind::Partners, m_proposal.partner.id);
    }
    void refresh(Direction direction) override
    {
        if (!m_model)
            return;
        const auto decided =
            m_accept ? TierReviewModel::Decision::Accepted : TierReviewModel::Decision::Rejected;
        m_model->setDecision(m_proposal.partner.id,
                             direction == Direction::Forward ? decided : TierReviewModel::Decision::Pending);
    }

private:
    QDate asOf() const { return m_model ? m_model->run().asOf : QDate(); }

    QPointer<TierReviewModel> m_model;
    store::TierProposal m_proposal;
    QString m_explanation;
    bool m_accept;
};

QString changeText(store::TierProposal::Change change)
{
    switch (change) {
    case store::TierProposal::Change::Promotion:
        return TierReviewPage::tr("promotion");
    case store::TierProposal::Change::Demotion:
        return TierReviewPage::tr("demotion");
    case store::TierProposal::Change::Other:
        return TierReviewPage::tr("change");
    case store::TierProposal::Change::None:
        break;
    }
    return {};
}

} // namespace

void TierReviewModel::setRun(const store::TierRun &run)
{
    beginResetModel();
    m_run = run;
    m_rows = run.changes();
    m_decisions = QList<Decision>(m_rows.size(), Decision::Pending);
    endResetModel();
}

int TierReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Program &TierReviewModel::program(int row) const
{
    static const Program none;
    const auto found = m_run.programs.constFind(m_rows[row].programId);
    return found != m_run.programs.cend() ? *found : none;
}

QString TierReviewModel::explanation(int row) const
{
    const Program &p = program(row);
    const QString missing = explainMissing(p, m_rows[row].result);
    const QString reason = explainReason(p, m_rows[row].result);
    return missing.isEmpty() ? reason : reason + QStringLiteral(" — ") + missing;
}

QVariant TierReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::TierProposal &p = m_rows[index.row()];
    if (role == IdRole)
        return p.partner.id;
    if (role == Qt::TextAlignmentRole && index.column() == ScoreColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn)
        return p.change == store::TierProposal::Change::Promotion ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xb0, 0x30, 0x20);
    if (role == Qt::ToolTipRole && index.column() == ExplanationColumn)
        return explanation(index.row());
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case PartnerColumn:
        return p.partner.id;
    case NameColumn:
        return p.partner.name;
    case ProgramColumn:
        return program(index.row()).name.isEmpty() ? p.programId : program(index.row()).name;
    case CurrentColumn:
        return tierLabel(program(index.row()), p.currentTier);
    case ProposedColumn:
        return tierLabel(program(index.row()), p.proposedTier);
    case ChangeColumn:
        return changeText(p.change);
    case ScoreColumn:
        if (!p.result.score)
            return {};
        if (role == RawValueRole) // hundredths of a point: exact and orderable
            return qlonglong(roundRational(*p.result.score, 2, RoundingMode::HalfEven).rounded(2, RoundingMode::HalfEven).units());
        return formatDecimal(roundRational(*p.result.score, 2, RoundingMode::HalfEven), 2);
    case ExplanationColumn:
        return explanation(index.row());
    case DecisionColumn:
        switch (m_decisions[index.row()]) {
        case Decision::Pending:
            return TierReviewPage::tr("pending");
        case Decision::Accepted:
            return TierReviewPage::tr("accepted");
        case Decision::Rejected:
            return TierReviewPage::tr("rejected");
        }
    }
    return {};
}

QVariant TierReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartnerColumn:
        return TierReviewPage::tr("Partner");
    case NameColumn:
        return TierReviewPage::tr("Name");
    case ProgramColumn:
        return TierReviewPage::tr("Program");
    case CurrentColumn:
        return TierReviewPage::tr("Current tier");
    case ProposedColumn:
        return TierReviewPage::tr("Proposed tier");
    case ChangeColumn:
        return TierReviewPage::tr("Change");
    case ScoreColumn:
        return TierReviewPage::tr("Score");
    case ExplanationColumn:
        return TierReviewPage::tr("Why");
    case DecisionColumn:
        return TierReviewPage::tr("Decision");
    }
    return {};
}

int TierReviewModel::rowOf(const QString &partnerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].partner.id == partnerId)
            return i;
    }
    return -1;
}

void TierReviewModel::setDecision(const QString &partnerId, Decision decision)
{
    const int row = rowOf(partnerId);
    if (row < 0)
        return;
    m_decisions[row] = decision;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

TierReviewPage::TierReviewPage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack), m_notifier(notifier),
      m_model(new TierReviewModel(this)), m_view(new QTableView(this)), m_asOf(new QDateEdit(QDate::currentDate(), this)),
      m_summary(new QLabel(this)), m_detail(new QLabel(this))
{
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(40);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RawValueRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TierReviewModel::PartnerColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TierReviewModel::ExplanationColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *evaluateButton = new QPushButton(tr("Evaluate"), this);
    auto *accept = new QPushButton(tr("Accept"), this);
    auto *reject = new QPushButton(tr("Reject"), this);
    auto *acceptAll = new QPushButton(tr("Accept all"), this);
    auto *rejectAll = new QPushButton(tr("Reject all"), this);
    auto *details = new QPushButton(tr("Partner details…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(evaluateButton);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    bar->addWidget(accept);
    bar->addWidget(reject);
    bar->addWidget(acceptAll);
    bar->addWidget(rejectAll);
    bar->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, proxy](const QModelIndex &index) {
        const int row = proxy->mapToSource(index).row();
        m_detail->setText(row >= 0 ? m_model->proposal(row).partner.name + QStringLiteral(": ") + m_model->explanation(row) : QString());
    });

    connect(evaluateButton, &QPushButton::clicked, this, [this] { evaluate(m_asOf->date()); });
    connect(accept, &QPushButton::clicked, this, [this] { decide(selectedRows(), true); });
    connect(reject, &QPushButton::clicked, this, [this] { decide(selectedRows(), false); });
    connect(acceptAll, &QPushButton::clicked, this, [this] { decide({}, true); });
    connect(rejectAll, &QPushButton::clicked, this, [this] { decide({}, false); });
    auto open = [this, proxy](const QModelIndex &index) {
        if (index.isValid())
            emit partnerActivated(proxy->data(index, IdRole).toString());
    };
    connect(details, &QPushButton::clicked, this, [this, open] { open(m_view->currentIndex()); });
    connect(m_view, &QTableView::doubleClicked, this, open);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TierReviewPage::updateSummary);
    evaluate(m_asOf->date());
}

void TierReviewPage::evaluate(QDate asOf)
{
    m_asOf->setDate(asOf);
    m_model->setRun(store::runTiers(m_database, asOf));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(TierReviewModel::ExplanationColumn, 400);
    m_view->setColumnWidth(TierReviewModel::ProgramColumn, 160);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->horizontalHeader()->setSectionResizeMode(TierReviewModel::ExplanationColumn, QHeaderView::Stretch);
    updateSummary();
}

QList<int> TierReviewPage::selectedRows() const
{
    QList<int> rows;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_view->model());
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << proxy->mapToSource(index).row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << proxy->mapToSource(m_view->currentIndex()).row();
    return rows;
}

void TierReviewPage::decide(const QList<int> &rows, bool accept)
{
    QList<int> chosen = rows;
    if (chosen.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            chosen << row;
    }
    QList<int> pending;
    for (int row : std::as_const(chosen)) {
        if (row >= 0 && row < m_model->rowCount() && m_model->decision(row) == TierReviewModel::Decision::Pending)
            pending << row;
    }
    if (pending.isEmpty())
        return;
    try {
        if (pending.size() > 1)
            m_undoStack->beginMacro(accept ? tr("Accept %n tier changes", nullptr, int(pending.size()))
                                           : tr("Reject %n tier changes", nullptr, int(pending.size())));
        for (int row : std::as_const(pending))
            StoreCommand::push(m_undoStack, std::make_unique<DecideTierCommand>(
                                                m_database, this, m_notifier, m_model->proposal(row),
                                                m_model->explanation(row), accept));
        if (pending.size() > 1)
            m_undoStack->endMacro();
    } catch (const store::StoreError &error) {
        if (pending.size() > 1)
            m_undoStack->endMacro();
        QMessageBox::warning(this, tr("Tier review"), error.message());
    }
}

void TierReviewPage::updateSummary()
{
    int promotions = 0;
    int pending = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        promotions += m_model->proposal(row).change == store::TierProposal::Change::Promotion ? 1 : 0;
        pending += m_model->decision(row) == TierReviewModel::Decision::Pending ? 1 : 0;
    }
    m_summary->setText(tr("%1 partners evaluated: %2 promotions, %3 demotions; %4 to decide")
                           .arg(m_model->run().proposals.size())
                           .arg(promotions)
                           .arg(m_model->rowCount() - promotions)
                           .arg(pending));
}

} // namespace cd::ui
