#include "ui/registrations/registrationspage.h"

#include "ui/changenotifier.h"
#include "ui/format.h"
#include "ui/registrations/registrationdialog.h"
#include "ui/registrations/registrationqueuemodel.h"

#include "store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

RegistrationsPage::RegistrationsPage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier,
                                     QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack), m_notifier(notifier)
{
    m_model = new RegistrationQueueModel(database, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registrationSearch"));
    m_search->setPlaceholderText(tr("Search registration, partner or customer"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("registrationStatus"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &code : RegistrationQueueModel::statusCodes())
        m_status->addItem(RegistrationQueueModel::statusLabel(code), code);
    m_expiring = new QCheckBox(tr("Expiring within %n day(s)", nullptr, RegistrationQueueModel::ExpiringSoonDays), this);
    m_expiring->setObjectName(QStringLiteral("expiringOnly"));

    m_new = new QPushButton(tr("&New registration…"), this);
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setToolTip(tr("Confirm the rules' approval: the first registration of this customer, inside its window."));
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_extend = new QPushButton(tr("E&xtend"), this);
    m_extend->setToolTip(tr("Extend the protection once by the program's extension days."));
    m_convert = new QPushButton(tr("&Convert to deal…"), this);
    m_run = new QPushButton(tr("Re-e&valuate"), this);
    m_run->setToolTip(tr("Evaluate every registration as of now and store the statuses (audited)."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_expiring);
    filters->addStretch(1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_approve, m_reject, m_extend, m_convert})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_run);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registrationsView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    // The queue's default: the windows closing soonest first.
    m_view->sortByColumn(RegistrationQueueModel::DaysLeftColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    // Names can be long; the window and the days left must stay in sight at 1400 pixels.
    m_view->setColumnWidth(RegistrationQueueModel::CustomerColumn, 175);
    m_view->setColumnWidth(RegistrationQueueModel::PartnerColumn, 175);
    m_view->setColumnWidth(RegistrationQueueModel::StatusColumn, 90);
    m_view->setColumnWidth(RegistrationQueueModel::ProductColumn, 130);
    m_view->setColumnWidth(RegistrationQueueModel::ReviewColumn, 140);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("registrationSummary"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("registrationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 2 + 8);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &RegistrationsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RegistrationsPage::applyFilter);
    connect(m_expiring, &QCheckBox::toggled, this, &RegistrationsPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistrationsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistrationsPage::updateActions);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &RegistrationsPage::updateActions);
    connect(m_new, &QPushButton::clicked, this, &RegistrationsPage::askNew);
    connect(m_approve, &QPushButton::clicked, this, &RegistrationsPage::approveCurrent);
    connect(m_reject, &QPushButton::clicked, this, &RegistrationsPage::askReject);
    connect(m_extend, &QPushButton::clicked, this, &RegistrationsPage::extendCurrent);
    connect(m_convert, &QPushButton::clicked, this, &RegistrationsPage::askConvert);
    connect(m_run, &QPushButton::clicked, this, &RegistrationsPage::runEvaluation);
    connect(m_view, &QTableView::activated, this, &RegistrationsPage::updateActions);
    if (m_notifier) {
        // An import replaces many rows at once; whatever the kind, the queue's partners or registrations may differ.
        connect(m_notifier, &ChangeNotifier::tableReplaced, this, &RegistrationsPage::reload);
    }
    selectRegistration(m_model->data(m_model->index(0, 0), IdRole).toString());
}

QDateTime RegistrationsPage::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void RegistrationsPage::setNow(const QDateTime &now)
{
    m_fixedNow = now.toUTC();
    m_model->setNow(m_fixedNow);
}

RegistrationEditContext RegistrationsPage::editContext()
{
    return {m_database, m_undoStack, m_notifier, isVisible() ? this : nullptr, [this] { reload(); }};
}

QString RegistrationsPage::currentRegId() const
{
    return m_model->data(m_model->index(m_view->currentIndex().row(), 0), IdRole).toString();
}

void RegistrationsPage::selectRegistration(const QString &regId)
{
    const int row = m_model->rowOf(regId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    updateActions();
}

void RegistrationsPage::reload()
{
    const QString current = currentRegId();
    if (!m_fixedNow.isValid())
        m_model->setNow(QDateTime::currentDateTimeUtc());
    m_model->reload();
    selectRegistration(current.isEmpty() ? m_model->data(m_model->index(0, 0), IdRole).toString() : current);
    emit registrationsChanged();
}

void RegistrationsPage::applyFilter()
{
    const QString current = currentRegId();
    m_model->setFilter(m_search->text(), m_status->currentData().toString(), m_expiring->isChecked());
    selectRegistration(current);
}

void RegistrationsPage::updateActions()
{
    const store::RegistrationQueueEntry *e = m_model->entry(currentRegId());
    const QString status = e ? m_model->effectiveStatus(*e) : QString();
    const bool winner = status == QLatin1String("approved") || status == QLatin1String("expired");
    m_approve->setEnabled(e && status == QLatin1String("approved") && !e->workflow.approved());
    m_reject->setEnabled(e && !e->workflow.rejected() && !e->workflow.converted());
    m_extend->setEnabled(e && winner && !e->workflow.extended());
    m_convert->setEnabled(e && status == QLatin1String("approved") && !e->workflow.converted());

    m_summary->setText(tr("%1 of %2 registrations shown · %3 expiring within %4 days · protection %5 days, "
                          "one extension of %6 days")
                           .arg(formatCount(m_model->rowCount()), formatCount(m_model->totalCount()),
                                formatCount(m_model->expiringSoonCount()))
                           .arg(RegistrationQueueModel::ExpiringSoonDays)
                           .arg(m_model->settings().protectionDays)
                           .arg(m_model->settings().extensionDays));
    if (!e) {
        m_details->setText(tr("Select a registration to see its protection window and decisions."));
        return;
    }
    const Registration &r = e->registration;
    QStringList parts;
    parts << tr("%1 · %2 (%3) · %4 · %5").arg(r.id, e->partnerName, r.partnerId,
                                              r.customer.isEmpty() ? r.customerDomain : r.customer,
                                              r.product.isEmpty() ? tr("any product") : r.product);
    const auto shortTime = [](const QDateTime &t) -> QString {
        return QLocale().toString(t.toUTC().date(), QLocale::ShortFormat) + QLatin1Char(' ')
               + t.toUTC().toString(QStringLiteral("HH:mm"));
    };
    parts << (e->workflow.extended() ? tr("protected %1 – %2 UTC (extended)") : tr("protected %1 – %2 UTC"))
                 .arg(shortTime(r.submittedAt), shortTime(m_model->windowEnd(*e)));
    if (!e->workflow.winner.isEmpty())
        parts << tr("credit with %1").arg(e->workflow.winner);
    if (e->workflow.rejected())
        parts << tr("rejected: %1").arg(e->workflow.rejectionReason);
    if (e->workflow.approved())
        parts << tr("approved by %1").arg(e->workflow.approvedBy);
    if (e->workflow.converted())
        parts << tr("became deal %1").arg(e->workflow.dealId);
    m_details->setText(parts.join(QStringLiteral(" · ")));
}

bool RegistrationsPage::approveCurrent()
{
    const QString id = currentRegId();
    return !id.isEmpty() && approveRegistration(editContext(), id, now());
}

bool RegistrationsPage::rejectCurrent(const QString &reason)
{
    const QString id = currentRegId();
    return !id.isEmpty() && rejectRegistration(editContext(), id, reason, now());
}

bool RegistrationsPage::extendCurrent()
{
    const QString id = currentRegId();
    return !id.isEmpty() && extendRegistration(editContext(), id, now());
}

bool RegistrationsPage::convertCurrent(const QString &dealId)
{
    const QString id = currentRegId();
    return !id.isEmpty() && convertRegistration(editContext(), id, dealId, now());
}

void RegistrationsPage::askReject()
{
    const QString id = currentRegId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Reject %1").arg(id),
                                                          tr("Why is this registration rejected? The partner sees this reason."),
                                                          QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Not rejected"), tr("A rejection needs a reason."));
        return;
    }
    rejectCurrent(reason);
}

void RegistrationsPage::askConvert()
{
    const QString id = currentRegId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString dealId = QInputDialog::getText(this, tr("Convert %1 to a deal").arg(id),
                                                 tr("The new open deal keeps the registration's id (%1). Deal id:").arg(id),
                                                 QLineEdit::Normal,
                                                 store::RegistrationWorkflowStore(m_database).suggestedDealId(id), &ok)
                                 .trimmed();
    if (ok && !dealId.isEmpty())
        convertCurrent(dealId);
}

std::unique_ptr<RegistrationDialog> RegistrationsPage::newRegistrationDialog()
{
    RegistrationDialogContext context;
    context.protectionDays = m_model->protectionDays();
    context.now = now();
    int next = 0;
    store::RegistrationWorkflowStore store(m_database);
    context.partnerNames = store.partnerNames();
    for (const store::RegistrationQueueEntry &e : store.queue()) {
        context.takenIds.insert(e.registration.id);
        bool numeric = false;
        const int n = e.registration.id.mid(1).toInt(&numeric);
        if (numeric && e.registration.id.startsWith(QLatin1Char('R')))
            next = std::max(next, n);
        if (e.workflow.rejected())
            continue;
        context.registrations << e.registration;
        context.windowEnds << e.workflow.extendedUntil;
    }
    QString suggested = QStringLiteral("R%1").arg(next + 1, 5, 10, QLatin1Char('0'));
    return std::make_unique<RegistrationDialog>(std::move(context), suggested, this);
}

bool RegistrationsPage::addFromDialog(const RegistrationDialog &dialog)
{
    if (!dialog.problems().isEmpty())
        return false;
    const Registration registration = dialog.registration();
    if (!addRegistration(editContext(), registration, now()))
        return false;
    selectRegistration(registration.id);
    return true;
}

void RegistrationsPage::askNew()
{
    std::unique_ptr<RegistrationDialog> dialog = newRegistrationDialog();
    while (dialog->exec() == QDialog::Accepted) {
        if (addFromDialog(*dialog))
            return;
    }
}

void RegistrationsPage::runEvaluation()
{
    try {
        const QList<store::RegistrationStatusChange> changes =
            store::RegistrationWorkflowStore(m_database).evaluate(now(), true);
        reload();
        QMessageBox::information(this, tr("Registrations evaluated"),
                                 tr("%n registration(s) changed status.", nullptr, int(changes.size())));
    } catch (const store::StoreError &error) {
        QMessageBox::warning(this, tr("Not evaluated"), error.message());
    }
}

} // namespace cd::ui
