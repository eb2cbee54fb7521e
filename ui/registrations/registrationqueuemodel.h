#pragma once

#include "ui/roles.h"

#include "store/registrations/registrationworkflow.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace cd::store {
class Database;
}

namespace cd::ui {

// The deal registration queue: every registration with its status, partner, customer, product, amount,
// protection window and the days left in it. Registrations number in the thousands, not millions (one for
// every seven or eight deals), so the model holds them all and filters and sorts in memory.
class RegistrationQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RegIdColumn,
        StatusColumn,
        PartnerColumn,
        CustomerColumn,
        ProductColumn,
        AmountColumn,
        SubmittedColumn,
        ProtectedUntilColumn,
        DaysLeftColumn,
        ReviewColumn,
        WinnerColumn,
        DealColumn,
        ColumnCount
    };
    // Roles (ui/roles.h): IdRole is the reg_id; RawValueRole the sortable value (status code, thousandths,
    // ISO date-time, days); StatusRole the effective status; ExpiringSoonRole within ExpiringSoonDays.
    static constexpr int ExpiringSoonDays = 7;

    explicit RegistrationQueueModel(store::Database &database, QObject *parent = nullptr); // database outlives

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // "Now" for the days left and the highlight (the clock by default; tests fix it).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    // Filters: a substring of reg_id, partner or customer; an effective status code (empty: all); only
    // registrations expiring within ExpiringSoonDays.
    void setFilter(const QString &text, const QString &status, bool expiringOnly);

    void reload(); // re-reads the store keeping sort and filter
    int protectionDays() const { return m_settings.protectionDays; }
    const store::RegistrationSettings &settings() const { return m_settings; }

    const store::RegistrationQueueEntry *entry(int row) const; // nullptr when out of range
    const store::RegistrationQueueEntry *entry(const QString &regId) const;
    int rowOf(const QString &regId) const; // -1 when filtered out or unknown
    qint64 totalCount() const { return m_entries.size(); }
    int expiringSoonCount() const;

    QString effectiveStatus(const store::RegistrationQueueEntry &entry) const;
    QDateTime windowEnd(const store::RegistrationQueueEntry &entry) const;
    // Whole days until the window ends, rounded up; 0 once it has ended.
    int daysLeft(const store::RegistrationQueueEntry &entry) const;
    bool expiringSoon(const store::RegistrationQueueEntry &entry) const;

    static QString statusLabel(const QString &code);
    static QStringList statusCodes(); // pending, approved, expired, conflict, duplicate, rejected

signals:
    void loadFailed(const QString &message);

private:
    QVariant rawValue(const store::RegistrationQueueEntry &entry, int column) const;
    int queueDays(const store::RegistrationQueueEntry &entry) const;
    void applyFilter();

    store::Database &m_database;
    store::RegistrationSettings m_settings;
    QList<store::RegistrationQueueEntry> m_entries;
    QList<int> m_visible; // indexes into m_entries, in display order
    QHash<QString, int> m_indexOf;
    QDateTime m_now;
    QString m_text;
    QString m_status;
    bool m_expiringOnly = false;
    int m_sortColumn = DaysLeftColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd::ui
