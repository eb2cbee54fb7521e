#include "ui/registrations/registrationqueuemodel.h"

#include "ui/format.h"

#include "store/database.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <compare>
#include <limits>

namespace cd::ui {

namespace {

using store::RegistrationQueueEntry;

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return QLocale().toString(utc.date(), QLocale::ShortFormat) + QLatin1Char(' ') + utc.toString(QStringLiteral("HH:mm"))
           + QStringLiteral(" UTC");
}

} // namespace

RegistrationQueueModel::RegistrationQueueModel(store::Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database), m_now(QDateTime::currentDateTimeUtc())
{
    reload();
}

QStringList RegistrationQueueModel::statusCodes()
{
    return {QStringLiteral("pending"),  QStringLiteral("approved"),  QStringLiteral("expired"),
            QStringLiteral("conflict"), QStringLiteral("duplicate"), QStringLiteral("rejected")};
}

QString RegistrationQueueModel::statusLabel(const QString &code)
{
    if (code == QLatin1String("pending"))
        return tr("Pending");
    if (code == QLatin1String("approved"))
        return tr("Approved");
    if (code == QLatin1String("expired"))
        return tr("Expired");
    if (code == QLatin1String("conflict"))
        return tr("Conflict");
    if (code == QLatin1String("duplicate"))
        return tr("Duplicate");
    if (code == QLatin1String("rejected"))
        return tr("Rejected");
    return code;
}

void RegistrationQueueModel::reload()
{
    beginResetModel();
    try {
        store::RegistrationWorkflowStore store(m_database);
        m_settings = store.settings();
        m_entries = store.queue();
    } catch (const store::StoreError &error) {
        m_entries.clear();
        emit loadFailed(error.message());
    }
    m_indexOf.clear();
    for (int i = 0; i < m_entries.size(); ++i)
        m_indexOf.insert(m_entries[i].registration.id, i);
    applyFilter();
    endResetModel();
}

void RegistrationQueueModel::setNow(const QDateTime &now)
{
    beginResetModel();
    m_now = now.toUTC();
    applyFilter();
    endResetModel();
}

void RegistrationQueueModel::setFilter(const QString &text, const QString &status, bool expiringOnly)
{
    beginResetModel();
    m_text = text.trimmed();
    m_status = status;
    m_expiringOnly = expiringOnly;
    applyFilter();
    endResetModel();
}

// Sorting by days left puts what needs acting on first: running windows by the days they have left, then
// everything without a running window (conflicts, duplicates, expired, rejected).
int RegistrationQueueModel::queueDays(const RegistrationQueueEntry &entry) const
{
    const QString status = effectiveStatus(entry);
    if (status != QLatin1String("approved") && status != QLatin1String("pending"))
        return std::numeric_limits<int>::max();
    return daysLeft(entry);
}

void RegistrationQueueModel::applyFilter()
{
    m_visible.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const RegistrationQueueEntry &e = m_entries[i];
        if (!m_status.isEmpty() && effectiveStatus(e) != m_status)
            continue;
        if (m_expiringOnly && !expiringSoon(e))
            continue;
        if (!m_text.isEmpty() && !e.registration.id.contains(m_text, Qt::CaseInsensitive)
            && !e.registration.customer.contains(m_text, Qt::CaseInsensitive)
            && !e.registration.customerDomain.contains(m_text, Qt::CaseInsensitive)
            && !e.partnerName.contains(m_text, Qt::CaseInsensitive)
            && !e.registration.partnerId.contains(m_text, Qt::CaseInsensitive))
            continue;
        m_visible << i;
    }
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
        const RegistrationQueueEntry &x = m_entries[a];
        const RegistrationQueueEntry &y = m_entries[b];
        std::partial_ordering order = std::partial_ordering::equivalent;
        if (column == AmountColumn)
            order = x.registration.amount.toDecimal() <=> y.registration.amount.toDecimal();
        else if (column == DaysLeftColumn)
            order = queueDays(x) <=> queueDays(y);
        else
            order = QString::compare(rawValue(x, column).toString(), rawValue(y, column).toString(), Qt::CaseInsensitive)
                    <=> 0;
        if (order == 0)
            order = QString::compare(x.registration.id, y.registration.id) <=> 0;
        return ascending ? order < 0 : order > 0;
    });
}

void RegistrationQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &index : before)
        ids << (index.row() < m_visible.size() ? m_entries[m_visible[index.row()]].registration.id : QString());
    m_sortColumn = column;
    m_sortOrder = order;
    applyFilter();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int RegistrationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RegistrationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RegistrationQueueEntry *RegistrationQueueModel::entry(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_entries[m_visible[row]] : nullptr;
}

const RegistrationQueueEntry *RegistrationQueueModel::entry(const QString &regId) const
{
    const auto it = m_indexOf.constFind(regId);
    return it == m_indexOf.cend() ? nullptr : &m_entries[*it];
}

int RegistrationQueueModel::rowOf(const QString &regId) const
{
    const auto it = m_indexOf.constFind(regId);
    return it == m_indexOf.cend() ? -1 : int(m_visible.indexOf(*it));
}

int RegistrationQueueModel::expiringSoonCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [this](const RegistrationQueueEntry &e) { return expiringSoon(e); }));
}

QString RegistrationQueueModel::effectiveStatus(const RegistrationQueueEntry &entry) const
{
    return store::effectiveRegistrationStatus(entry.registration, entry.workflow);
}

QDateTime RegistrationQueueModel::windowEnd(const RegistrationQueueEntry &entry) const
{
    return store::protectionWindowEnd(entry.registration, entry.workflow, m_settings.protectionDays);
}

int RegistrationQueueModel::daysLeft(const RegistrationQueueEntry &entry) const
{
    const qint64 seconds = m_now.secsTo(windowEnd(entry));
    return seconds <= 0 ? 0 : int((seconds + 86399) / 86400);
}

bool RegistrationQueueModel::expiringSoon(const RegistrationQueueEntry &entry) const
{
    const qint64 seconds = m_now.secsTo(windowEnd(entry));
    return effectiveStatus(entry) == QLatin1String("approved") && seconds > 0
           && seconds <= qint64(ExpiringSoonDays) * 86400;
}

QVariant RegistrationQueueModel::rawValue(const RegistrationQueueEntry &e, int column) const
{
    const Registration &r = e.registration;
    switch (column) {
    case RegIdColumn:
        return r.id;
    case StatusColumn:
        return effectiveStatus(e);
    case PartnerColumn:
        return e.partnerName.isEmpty() ? r.partnerId : e.partnerName;
    case CustomerColumn:
        return r.customer.isEmpty() ? r.customerDomain : r.customer;
    case ProductColumn:
        return r.product;
    case AmountColumn:
        return r.amount.currency().isValid() ? r.amount.toString() : QString();
    case SubmittedColumn:
        return formatIsoDateTimeUtc(r.submittedAt);
    case ProtectedUntilColumn:
        return formatIsoDateTimeUtc(windowEnd(e));
    case DaysLeftColumn:
        return daysLeft(e);
    case ReviewColumn:
        return e.workflow.rejected() ? e.workflow.rejectionReason : e.workflow.approvedBy;
    case WinnerColumn:
        return e.workflow.winner;
    case DealColumn:
        return e.workflow.dealId;
    }
    return {};
}

QVariant RegistrationQueueModel::data(const QModelIndex &index, int role) const
{
    const RegistrationQueueEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn: {
            QString label = statusLabel(effectiveStatus(*e));
            if (e->workflow.extended())
                label += tr(" (extended)");
            return label;
        }
        case PartnerColumn:
            return e->partnerName.isEmpty() ? e->registration.partnerId
                                            : QStringLiteral("%1 (%2)").arg(e->partnerName, e->registration.partnerId);
        case AmountColumn:
            return e->registration.amount.currency().isValid() ? formatMoneyWithCode(e->registration.amount) : QString();
        case SubmittedColumn:
            return formatDateTime(e->registration.submittedAt);
        case ProtectedUntilColumn:
            return formatDateTime(windowEnd(*e));
        case DaysLeftColumn: {
            const QString status = effectiveStatus(*e);
            if (status != QLatin1String("approved") && status != QLatin1String("pending"))
                return QString();
            return QLocale().toString(daysLeft(*e));
        }
        case ReviewColumn:
            if (e->workflow.rejected())
                return tr("Rejected: %1").arg(e->workflow.rejectionReason);
            if (e->workflow.approved())
                return tr("Approved by %1").arg(e->workflow.approvedBy);
            return effectiveStatus(*e) == QLatin1String("approved") ? tr("To review") : QString();
        default:
            return rawValue(*e, column);
        }
    case Qt::ToolTipRole:
        if (column == ReviewColumn && e->workflow.rejected())
            return e->workflow.rejectionReason;
        if (column == DaysLeftColumn && expiringSoon(*e))
            return tr("The protection ends within %n day(s)", nullptr, ExpiringSoonDays);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == DaysLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (expiringSoon(*e))
            return QBrush(QColor(255, 236, 179)); // amber: act before the window closes
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            const QString status = effectiveStatus(*e);
            if (status == QLatin1String("conflict") || status == QLatin1String("rejected"))
                return QBrush(QColor(176, 0, 32));
            if (status == QLatin1String("approved"))
                return QBrush(QColor(0, 110, 50));
        }
        return {};
    case Qt::FontRole:
        if (column == DaysLeftColumn && expiringSoon(*e)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return e->registration.id;
    case RawValueRole:
        return rawValue(*e, column);
    case StatusRole:
        return effectiveStatus(*e);
    case ExpiringSoonRole:
        return expiringSoon(*e);
    }
    return {};
}

QVariant RegistrationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegIdColumn:
        return tr("Registration");
    case StatusColumn:
        return tr("Status");
    case PartnerColumn:
        return tr("Partner");
    case CustomerColumn:
        return tr("Customer");
    case ProductColumn:
        return tr("Product");
    case AmountColumn:
        return tr("Amount");
    case SubmittedColumn:
        return tr("Submitted");
    case ProtectedUntilColumn:
        return tr("Protected until");
    case DaysLeftColumn:
        return tr("Days left");
    case ReviewColumn:
        return tr("Review");
    case WinnerColumn:
        return tr("Winner");
    case DealColumn:
        return tr("Deal");
    }
    return {};
}

} // namespace cd::ui
