#include "ui/registrations/conflictmodels.h"

#include "ui/format.h"
#include "ui/registrations/registrationqueuemodel.h"

#include "core/registrations/customerkey.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace cd::ui {

namespace {

QString when(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return QLocale().toString(utc.date(), QLocale::ShortFormat) + QLatin1Char(' ') + utc.toString(QStringLiteral("HH:mm"));
}

QString partnerText(const store::RegistrationQueueEntry *e)
{
    if (!e)
        return {};
    return e->partnerName.isEmpty() ? e->registration.partnerId
                                    : QStringLiteral("%1 (%2)").arg(e->partnerName, e->registration.partnerId);
}

QString customerText(const store::RegistrationQueueEntry *e)
{
    if (!e)
        return {};
    return e->registration.customer.isEmpty() ? e->registration.customerDomain : e->registration.customer;
}

QVariant alignment(bool right)
{
    return int((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

} // namespace

RegistrationLookup RegistrationLookup::load(store::Database &database)
{
    RegistrationLookup lookup;
    store::RegistrationWorkflowStore store(database);
    lookup.protectionDays = store.settings().protectionDays;
    for (store::RegistrationQueueEntry &e : store.queue())
        lookup.entries.insert(e.registration.id, std::move(e));
    return lookup;
}

// ConflictCaseModel

ConflictCaseModel::ConflictCaseModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QString ConflictCaseModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

QString ConflictCaseModel::stepLabel(store::ConflictStep step)
{
    switch (step) {
    case store::ConflictStep::Identify:
        return tr("1 Identify");
    case store::ConflictStep::Investigate:
        return tr("2 Investigate");
    case store::ConflictStep::Mediate:
        return tr("3 Mediate");
    case store::ConflictStep::Decide:
        return tr("4 Decide");
    case store::ConflictStep::Communicate:
        return tr("5 Communicate");
    case store::ConflictStep::Prevent:
        return tr("6 Prevent");
    }
    return {};
}

void ConflictCaseModel::setCases(QList<store::ConflictCase> cases, const RegistrationLookup *lookup)
{
    beginResetModel();
    m_cases = std::move(cases);
    m_lookup = lookup;
    filter();
    endResetModel();
}

void ConflictCaseModel::setStatusFilter(const QString &status)
{
    beginResetModel();
    m_status = status;
    filter();
    endResetModel();
}

void ConflictCaseModel::filter()
{
    m_visible.clear();
    for (int i = 0; i < m_cases.size(); ++i) {
        if (m_status.isEmpty() || m_cases[i].status == m_status)
            m_visible << i;
    }
}

const store::ConflictCase *ConflictCaseModel::caseAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_cases[m_visible[row]] : nullptr;
}

int ConflictCaseModel::rowOf(const QString &caseId) const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_cases[m_visible[row]].caseId == caseId)
            return row;
    }
    return -1;
}

int ConflictCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ConflictCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictCaseModel::data(const QModelIndex &index, int role) const
{
    const store::ConflictCase *c = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!c || index.column() >= ColumnCount)
        return {};
    const store::RegistrationQueueEntry *winner = m_lookup ? m_lookup->find(c->winner) : nullptr;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case CaseColumn:
            return c->caseId;
        case CustomerColumn:
            return customerText(winner);
        case ProductColumn:
            return winner ? winner->registration.product : QString();
        case WinnerColumn:
            return role == RawValueRole || !winner
                       ? c->winner
                       : QStringLiteral("%1 · %2").arg(c->winner, winner->partnerName);
        case CompetingColumn:
            return role == RawValueRole ? QVariant(int(c->regIds.size()))
                                        : QVariant(QLocale().toString(int(c->regIds.size())));
        case StatusColumn:
            return role == RawValueRole ? c->status : statusLabel(c->status);
        case NextStepColumn: {
            const std::optional<store::ConflictStep> next = c->nextStep();
            if (role == RawValueRole)
                return next ? store::conflictStepCode(*next) : QString();
            return next ? stepLabel(*next) : tr("Done");
        }
        case OpenedColumn:
            return role == RawValueRole ? formatIsoDateTimeUtc(c->openedAt)
                                        : formatIsoDate(formatIsoDateTimeUtc(c->openedAt).left(10));
        }
    }
    if (role == IdRole)
        return c->caseId;
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() == CompetingColumn);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && c->status == QLatin1String("open"))
        return QBrush(QColor(176, 0, 32));
    return {};
}

QVariant ConflictCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString titles[] = {tr("Case"), tr("Customer"), tr("Product"), tr("Winner"), tr("Competing"), tr("Status"),
                              tr("Next step"), tr("Opened")};
    return section >= 0 && section < ColumnCount ? QVariant(titles[section]) : QVariant();
}

// CompetitorsModel

CompetitorsModel::CompetitorsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CompetitorsModel::setCase(const store::ConflictCase *conflictCase, const RegistrationLookup *lookup)
{
    beginResetModel();
    m_lookup = lookup;
    m_regIds.clear();
    m_winner.clear();
    if (conflictCase) {
        m_winner = conflictCase->winner;
        m_regIds = conflictCase->regIds;
        // The winner first, then the others in the order they registered.
        m_regIds.removeAll(m_winner);
        m_regIds.prepend(m_winner);
    }
    endResetModel();
}

int CompetitorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_regIds.size());
}

int CompetitorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompetitorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_regIds.size() || index.column() >= ColumnCount)
        return {};
    const QString &id = m_regIds[index.row()];
    const store::RegistrationQueueEntry *e = m_lookup ? m_lookup->find(id) : nullptr;
    const bool winner = id == m_winner;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case RoleColumn:
            return winner ? tr("Winner") : tr("Competing");
        case RegIdColumn:
            return id;
        case PartnerColumn:
            return partnerText(e);
        case SubmittedColumn:
            return e ? (role == RawValueRole ? formatIsoDateTimeUtc(e->registration.submittedAt)
                                             : when(e->registration.submittedAt))
                     : QString();
        case ProductColumn:
            return e ? (e->registration.product.isEmpty() ? tr("any product") : e->registration.product) : QString();
        case AmountColumn:
            if (!e || !e->registration.amount.currency().isValid())
                return QString();
            return role == RawValueRole ? e->registration.amount.toString()
                                        : formatMoneyWithCode(e->registration.amount);
        case WindowEndColumn: {
            const QDateTime end = e ? store::protectionWindowEnd(e->registration, e->workflow, m_lookup->protectionDays)
                                    : QDateTime();
            return role == RawValueRole ? formatIsoDateTimeUtc(end) : when(end);
        }
        case StatusColumn:
            return e ? (role == RawValueRole
                            ? store::effectiveRegistrationStatus(e->registration, e->workflow)
                            : RegistrationQueueModel::statusLabel(
                                  store::effectiveRegistrationStatus(e->registration, e->workflow)))
                     : tr("deleted");
        }
    }
    if (role == IdRole)
        return id;
    if (role == Qt::FontRole && winner) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::BackgroundRole && winner)
        return QBrush(QColor(230, 244, 234));
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() == AmountColumn);
    return {};
}

QVariant CompetitorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString titles[] = {tr("Credit"), tr("Registration"), tr("Partner"), tr("Submitted (UTC)"), tr("Product"),
                              tr("Amount"), tr("Protected until (UTC)"), tr("Status")};
    return section >= 0 && section < ColumnCount ? QVariant(titles[section]) : QVariant();
}

// ConflictStepsModel

ConflictStepsModel::ConflictStepsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ConflictStepsModel::setSteps(const QList<store::ConflictStepRecord> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int ConflictStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ConflictStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size() || index.column() >= ColumnCount)
        return {};
    const store::ConflictStepRecord &s = m_steps[index.row()];
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case StepColumn:
            return role == RawValueRole ? store::conflictStepCode(s.step)
                                        : ConflictCaseModel::stepLabel(s.step);
        case DateColumn:
            if (role == RawValueRole)
                return cd::formatIsoDate(s.date);
            return s.done() ? ui::formatIsoDate(cd::formatIsoDate(s.date)) : (s.note.isEmpty() ? tr("to do") : tr("in progress"));
        case ActorColumn:
            return s.actor;
        case DecisionColumn:
            return s.decision;
        case NoteColumn:
            return role == Qt::DisplayRole ? QString(s.note).replace(QLatin1Char('\n'), QLatin1Char(' ')) : s.note;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return s.note;
    if (role == IdRole)
        return store::conflictStepCode(s.step);
    if (role == Qt::ForegroundRole && !s.done())
        return QBrush(QColor(110, 110, 110));
    return {};
}

QVariant ConflictStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString titles[] = {tr("Step"), tr("Done on"), tr("By"), tr("Decision"), tr("Note")};
    return section >= 0 && section < ColumnCount ? QVariant(titles[section]) : QVariant();
}

// SimilarPairsModel

SimilarPairsModel::SimilarPairsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void SimilarPairsModel::compute(const RegistrationLookup *lookup, int threshold)
{
    beginResetModel();
    m_lookup = lookup;
    m_pairs.clear();
    if (lookup) {
        QList<Registration> registrations;
        for (const store::RegistrationQueueEntry &e : lookup->entries) {
            if (!e.workflow.rejected())
                registrations << e.registration;
        }
        // The hash has no order of its own: sort so the same data always gives the same list.
        std::sort(registrations.begin(), registrations.end(),
                  [](const Registration &a, const Registration &b) { return a.id < b.id; });
        SimilarityOptions options;
        options.threshold = threshold;
        options.protectionDays = lookup->protectionDays;
        m_pairs = findSimilarRegistrations(registrations, options);
    }
    endResetModel();
}

const SimilarPair *SimilarPairsModel::pairAt(int row) const
{
    return row >= 0 && row < m_pairs.size() ? &m_pairs[row] : nullptr;
}

int SimilarPairsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int SimilarPairsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimilarPairsModel::data(const QModelIndex &index, int role) const
{
    const SimilarPair *p = index.isValid() ? pairAt(index.row()) : nullptr;
    if (!p || index.column() >= ColumnCount)
        return {};
    const store::RegistrationQueueEntry *first = m_lookup ? m_lookup->find(p->firstId) : nullptr;
    const store::RegistrationQueueEntry *second = m_lookup ? m_lookup->find(p->secondId) : nullptr;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case ScoreColumn:
            return role == RawValueRole ? QVariant(p->score) : QVariant(tr("%1%").arg(p->score));
        case FirstColumn:
            return QStringLiteral("%1 · %2").arg(p->firstId, customerText(first));
        case FirstPartnerColumn:
            return partnerText(first);
        case SecondColumn:
            return QStringLiteral("%1 · %2").arg(p->secondId, customerText(second));
        case SecondPartnerColumn:
            return partnerText(second);
        case ProductColumn:
            return first && second && !first->registration.product.isEmpty() ? first->registration.product
                   : second                                                 ? second->registration.product
                                                                            : QString();
        case ReasonColumn:
            return p->reason;
        }
    }
    if (role == IdRole)
        return QStringList{p->firstId, p->secondId};
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() == ScoreColumn);
    if (role == Qt::ToolTipRole)
        return p->reason;
    return {};
}

QVariant SimilarPairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString titles[] = {tr("Score"), tr("Earlier registration"), tr("Partner"), tr("Later registration"),
                              tr("Partner"), tr("Product"), tr("Why they may be the same customer")};
    return section >= 0 && section < ColumnCount ? QVariant(titles[section]) : QVariant();
}

} // namespace cd::ui
