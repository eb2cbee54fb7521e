#include "ui/registrations/conflictspage.h"

#include "ui/changenotifier.h"
#include "ui/format.h"

#include "core/registrations/customerkey.h"
#include "store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QTableView *makeView(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString when(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return QLocale().toString(utc.date(), QLocale::ShortFormat) + QLatin1Char(' ') + utc.toString(QStringLiteral("HH:mm"))
           + QStringLiteral(" UTC");
}

} // namespace

ConflictsPage::ConflictsPage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack), m_notifier(notifier)
{
    m_cases = new ConflictCaseModel(this);
    m_competitors = new CompetitorsModel(this);
    m_steps = new ConflictStepsModel(this);
    m_similar = new SimilarPairsModel(this);

    // Cases tab: the list on the left, the selected case on the right.
    auto *casesTab = new QWidget(this);
    m_statusFilter = new QComboBox(casesTab);
    m_statusFilter->setObjectName(QStringLiteral("caseStatus"));
    m_statusFilter->addItem(tr("All cases"), QString());
    for (const char *status : {"open", "resolved", "closed"})
        m_statusFilter->addItem(ConflictCaseModel::statusLabel(QString::fromLatin1(status)), QString::fromLatin1(status));
    m_summary = new QLabel(casesTab);
    m_casesView = makeView(casesTab, QStringLiteral("casesView"), m_cases);
    auto *left = new QWidget(casesTab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_summary, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_casesView);

    auto *right = new QWidget(casesTab);
    m_title = new QLabel(right);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_why = new QLabel(right);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_competitorsView = makeView(right, QStringLiteral("competitorsView"), m_competitors);
    m_competitorsView->setMaximumHeight(m_competitorsView->verticalHeader()->defaultSectionSize() * 5 + 8);
    m_stepsView = makeView(right, QStringLiteral("stepsView"), m_steps);
    m_stepsView->setFixedHeight(m_stepsView->verticalHeader()->defaultSectionSize() * 7 + 8);
    m_competitorsView->setMinimumHeight(m_competitorsView->verticalHeader()->defaultSectionSize() * 3 + 8);

    auto *editor = new QGroupBox(tr("Record a step"), right);
    m_stepBox = new QComboBox(editor);
    for (const store::ConflictStep step : store::conflictSteps())
        m_stepBox->addItem(ConflictCaseModel::stepLabel(step), int(step));
    m_done = new QCheckBox(tr("Done on"), editor);
    m_date = new QDateEdit(QDate::currentDate(), editor);
    m_date->setCalendarPopup(true);
    m_decision = new QLineEdit(editor);
    m_decision->setPlaceholderText(tr("What was decided or agreed"));
    m_winnerBox = new QComboBox(editor);
    m_winnerBox->setToolTip(tr("The decide step may award the credit to another registration of the case."));
    m_note = new QPlainTextEdit(editor);
    m_note->setPlaceholderText(tr("Facts, who was contacted, what they said"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4 + 12);
    m_save = new QPushButton(tr("&Save step"), editor);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_stepBox);
    dateRow->addWidget(m_done);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    dateRow->addWidget(new QLabel(tr("Credit to"), editor));
    dateRow->addWidget(m_winnerBox);
    auto *form = new QFormLayout(editor);
    form->addRow(dateRow);
    form->addRow(tr("Decision"), m_decision);
    form->addRow(tr("Note"), m_note);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_why);
    rightLayout->addWidget(m_competitorsView);
    rightLayout->addWidget(m_stepsView);
    rightLayout->addWidget(editor);
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, casesTab);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({640, 740});
    auto *casesLayout = new QVBoxLayout(casesTab);
    casesLayout->addWidget(splitter);

    // Possible conflicts tab: review only.
    auto *similarTab = new QWidget(this);
    m_similarSummary = new QLabel(similarTab);
    m_similarSummary->setWordWrap(true);
    m_similarView = makeView(similarTab, QStringLiteral("similarView"), m_similar);
    auto *similarLayout = new QVBoxLayout(similarTab);
    similarLayout->addWidget(m_similarSummary);
    similarLayout->addWidget(m_similarView);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(casesTab, tr("Conflict cases"));
    m_tabs->addTab(similarTab, tr("Possible conflicts (review)"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString current = currentCaseId();
        m_cases->setStatusFilter(m_statusFilter->currentData().toString());
        selectCase(current);
        updateSummary();
    });
    connect(m_casesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsPage::showCase);
    connect(m_stepBox, &QComboBox::currentIndexChanged, this, &ConflictsPage::loadStepEditor);
    connect(m_done, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &ConflictsPage::saveStep);
    connect(m_stepsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    m_stepBox->setCurrentIndex(index.row());
            });
    if (m_notifier)
        connect(m_notifier, &ChangeNotifier::tableReplaced, this, &ConflictsPage::reload);
    reload();
}

QString ConflictsPage::currentCaseId() const
{
    const store::ConflictCase *c = m_cases->caseAt(m_casesView->currentIndex().row());
    return c ? c->caseId : QString();
}

void ConflictsPage::selectCase(const QString &caseId)
{
    int row = m_cases->rowOf(caseId);
    if (row < 0 && m_cases->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_casesView->setCurrentIndex(m_cases->index(row, 0));
    showCase();
}

void ConflictsPage::reload()
{
    const QString current = currentCaseId();
    try {
        m_lookup = RegistrationLookup::load(m_database);
        m_cases->setCases(store::ConflictCaseStore(m_database).all(), &m_lookup);
    } catch (const store::StoreError &error) {
        m_lookup = {};
        m_cases->setCases({}, &m_lookup);
        m_summary->setText(error.message());
    }
    m_similar->compute(&m_lookup);
    m_similarSummary->setText(
        tr("%n pair(s) of registrations may name the same customer under different keys (similar names, a domain on "
           "one and not the other). They are shown for review and never change a status; a real conflict is "
           "fixed by correcting the customer or domain of one registration.",
           nullptr, m_similar->rowCount()));
    m_casesView->resizeColumnsToContents();
    m_casesView->setColumnWidth(ConflictCaseModel::CustomerColumn, 145);
    m_casesView->setColumnWidth(ConflictCaseModel::ProductColumn, 95);
    m_casesView->setColumnWidth(ConflictCaseModel::WinnerColumn, 110);
    m_similarView->resizeColumnsToContents();
    m_similarView->setColumnWidth(SimilarPairsModel::FirstColumn, 260);
    m_similarView->setColumnWidth(SimilarPairsModel::SecondColumn, 260);
    selectCase(current);
    updateSummary();
}

void ConflictsPage::updateSummary()
{
    int open = 0;
    for (int row = 0; row < m_cases->rowCount(); ++row)
        open += m_cases->caseAt(row)->status == QLatin1String("open");
    m_summary->setText(tr("%1 cases shown, %2 open").arg(formatCount(m_cases->rowCount()), formatCount(open)));
}

QString ConflictsPage::whyText() const
{
    return m_why->text();
}

void ConflictsPage::showCase()
{
    const store::ConflictCase *c = m_cases->caseAt(m_casesView->currentIndex().row());
    m_competitors->setCase(c, &m_lookup);
    m_steps->setSteps(c ? c->steps : QList<store::ConflictStepRecord>());
    m_competitorsView->resizeColumnsToContents();
    m_stepsView->resizeColumnToContents(ConflictStepsModel::StepColumn);
    m_stepsView->resizeColumnToContents(ConflictStepsModel::DateColumn);
    m_stepsView->resizeColumnToContents(ConflictStepsModel::ActorColumn);
    m_stepsView->setColumnWidth(ConflictStepsModel::DecisionColumn, 240);
    m_save->setEnabled(c != nullptr);
    m_winnerBox->clear();
    if (!c) {
        m_title->setText(tr("No conflict case selected"));
        m_why->clear();
        return;
    }
    const store::RegistrationQueueEntry *winner = m_lookup.find(c->winner);
    m_title->setText(tr("%1 · %2 · %3").arg(c->caseId, ConflictCaseModel::statusLabel(c->status),
                                            winner ? (winner->registration.customer.isEmpty()
                                                          ? winner->registration.customerDomain
                                                          : winner->registration.customer)
                                                   : QString()));
    for (const QString &id : c->regIds)
        m_winnerBox->addItem(id, id);
    m_winnerBox->setCurrentIndex(m_winnerBox->findData(c->winner));

    // Why: the rule (first to register, inside the window) in the case's own dates.
    QStringList why;
    const store::RegistrationQueueEntry *first = nullptr;
    for (const QString &id : c->regIds) {
        const store::RegistrationQueueEntry *e = m_lookup.find(id);
        if (e && (!first || e->registration.submittedAt < first->registration.submittedAt))
            first = e;
    }
    if (first) {
        const QDateTime end = store::protectionWindowEnd(first->registration, first->workflow, m_lookup.protectionDays);
        why << tr("%1 (%2) registered customer \"%3\" first, on %4; its protection runs to %5.")
                   .arg(first->registration.id, first->partnerName,
                        customerKey(first->registration.customer, first->registration.customerDomain),
                        when(first->registration.submittedAt), when(end));
        QStringList later;
        for (const QString &id : c->regIds) {
            const store::RegistrationQueueEntry *e = m_lookup.find(id);
            if (e && e != first)
                later << tr("%1 (%2) on %3").arg(id, e->partnerName, when(e->registration.submittedAt));
        }
        if (!later.isEmpty())
            why << tr("Inside that window came %1, so the rule gives the credit to %2 (first to register).")
                       .arg(later.join(QStringLiteral("; ")), first->registration.id);
        if (c->winner != first->registration.id)
            why << tr("The decide step awarded the credit to %1 instead.").arg(c->winner);
    }
    m_why->setText(why.join(QLatin1Char(' ')));
    if (const std::optional<store::ConflictStep> next = c->nextStep())
        m_stepBox->setCurrentIndex(int(*next));
    loadStepEditor();
}

void ConflictsPage::loadStepEditor()
{
    const store::ConflictCase *c = m_cases->caseAt(m_casesView->currentIndex().row());
    const int step = m_stepBox->currentIndex();
    const store::ConflictStepRecord record = c && step >= 0 ? c->steps.value(step) : store::ConflictStepRecord{};
    m_done->setChecked(record.done() || !c);
    m_date->setEnabled(m_done->isChecked());
    m_date->setDate(record.done() ? record.date : QDate::currentDate());
    m_decision->setText(record.decision);
    m_note->setPlainText(record.note);
    m_winnerBox->setEnabled(step == int(store::ConflictStep::Decide));
}

void ConflictsPage::saveStep()
{
    recordStep(store::ConflictStep(m_stepBox->currentIndex()), m_note->toPlainText().trimmed(), m_decision->text().trimmed(),
               m_done->isChecked() ? m_date->date() : QDate(), m_winnerBox->currentData().toString());
}

bool ConflictsPage::recordStep(store::ConflictStep step, const QString &note, const QString &decision,
                               const QDate &date, const QString &winner)
{
    const store::ConflictCase *c = m_cases->caseAt(m_casesView->currentIndex().row());
    if (!c)
        return false;
    store::ConflictCase after = *c;
    store::ConflictStepRecord &record = after.steps[int(step)];
    record.note = note;
    record.decision = decision;
    record.date = date;
    record.actor = m_database.actor();
    if (step == store::ConflictStep::Decide && !winner.isEmpty())
        after.winner = winner;
    const QString caseId = c->caseId;
    RegistrationEditContext context{m_database, m_undoStack, m_notifier, isVisible() ? this : nullptr,
                                    [this] { reload(); }};
    const bool saved = saveConflictCase(context, after,
                                        tr("%1: %2").arg(caseId, ConflictCaseModel::stepLabel(step)));
    selectCase(caseId);
    return saved;
}

} // namespace cd::ui
