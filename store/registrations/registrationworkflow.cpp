#include "store/registrations/registrationworkflow.h"

#include "store/auditlog.h"
#include "store/registrations/conflictcases.h"
#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/registrations/registrationrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace cd::store {

namespace {

struct WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::RegistrationWorkflowStore)
};

const QString registrationEntity = QStringLiteral("registration");

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant dateTimeValue(const QDateTime &value)
{
    return value.isValid() ? QVariant(formatIsoDateTimeUtc(value)) : QVariant();
}

QDateTime dateTimeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return parseIsoDateTimeUtc(value.toString()).value_or(QDateTime());
}

// The workflow columns as the audit log shows them.
const QStringList &workflowColumns()
{
    static const QStringList columns{QStringLiteral("winner"),         QStringLiteral("approved_at"),
                                     QStringLiteral("approved_by"),    QStringLiteral("rejection_reason"),
                                     QStringLiteral("rejected_at"),    QStringLiteral("extended_until"),
                                     QStringLiteral("extended_at"),    QStringLiteral("deal_id"),
                                     QStringLiteral("converted_at")};
    return columns;
}

QStringList workflowTexts(const RegistrationWorkflow &w)
{
    return {w.winner,
            formatIsoDateTimeUtc(w.approvedAt),
            w.approvedBy,
            w.rejectionReason,
            formatIsoDateTimeUtc(w.rejectedAt),
            formatIsoDateTimeUtc(w.extendedUntil),
            formatIsoDateTimeUtc(w.extendedAt),
            w.dealId,
            formatIsoDateTimeUtc(w.convertedAt)};
}

RegistrationWorkflow workflowFromRow(const QSqlQuery &query)
{
    RegistrationWorkflow w;
    w.regId = query.value(0).toString();
    w.winner = query.value(1).toString();
    w.rejectionReason = query.value(2).toString();
    w.rejectedAt = dateTimeOf(query.value(3));
    w.extendedUntil = dateTimeOf(query.value(4));
    w.extendedAt = dateTimeOf(query.value(5));
    w.dealId = query.value(6).toString();
    w.convertedAt = dateTimeOf(query.value(7));
    w.approvedAt = dateTimeOf(query.value(8));
    w.approvedBy = query.value(9).toString();
    return w;
}

const QString workflowSelect = QStringLiteral(
    "SELECT reg_id, winner, rejection_reason, rejected_at, extended_until, extended_at, deal_id, converted_at,"
    " approved_at, approved_by FROM registration_workflow");

Registration requireRegistration(Database &database, const QString &regId)
{
    const std::optional<Registration> registration = RegistrationRepository(database).find(regId);
    if (!registration)
        throw StoreError(WorkflowText::tr("there is no registration %1").arg(regId));
    return *registration;
}

// Writes the row without a transaction or audit of its own (the callers hold both).
void writeWorkflow(Database &database, const RegistrationWorkflow &w)
{
    const QString what = WorkflowText::tr("saving the workflow of registration %1").arg(w.regId);
    if (w.isEmpty()) {
        QSqlQuery query = database.prepare(QStringLiteral("DELETE FROM registration_workflow WHERE reg_id = ?"), what);
        query.addBindValue(w.regId);
        Database::exec(query, what);
        return;
    }
    QSqlQuery query = database.prepare(
        QStringLiteral("INSERT INTO registration_workflow (reg_id, winner, rejection_reason, rejected_at, extended_until,"
                       " extended_at, deal_id, converted_at, approved_at, approved_by) VALUES (?,?,?,?,?,?,?,?,?,?)"
                       " ON CONFLICT(reg_id) DO UPDATE SET winner = excluded.winner,"
                       " approved_at = excluded.approved_at, approved_by = excluded.approved_by,"
                       " rejection_reason = excluded.rejection_reason, rejected_at = excluded.rejected_at,"
                       " extended_until = excluded.extended_until, extended_at = excluded.extended_at,"
                       " deal_id = excluded.deal_id, converted_at = excluded.converted_at"),
        what);
    query.addBindValue(w.regId);
    query.addBindValue(text(w.winner));
    query.addBindValue(text(w.rejectionReason));
    query.addBindValue(dateTimeValue(w.rejectedAt));
    query.addBindValue(dateTimeValue(w.extendedUntil));
    query.addBindValue(dateTimeValue(w.extendedAt));
    query.addBindValue(text(w.dealId));
    query.addBindValue(dateTimeValue(w.convertedAt));
    query.addBindValue(dateTimeValue(w.approvedAt));
    query.addBindValue(text(w.approvedBy));
    Database::exec(query, what);
}

void auditWorkflow(Database &database, const QString &action, const RegistrationWorkflow &before,
                   const RegistrationWorkflow &after)
{
    AuditLog(database).record(action, registrationEntity, after.regId,
                              AuditLog::diff(workflowColumns(), workflowTexts(before), workflowTexts(after)));
}

QString settingValue(Database &database, const QString &key)
{
    const QString what = WorkflowText::tr("reading the registration settings");
    QSqlQuery query = database.prepare(QStringLiteral("SELECT value FROM registration_settings WHERE key = ?"), what);
    query.addBindValue(key);
    Database::exec(query, what);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

QString effectiveRegistrationStatus(const Registration &registration, const RegistrationWorkflow &workflow)
{
    if (workflow.rejected())
        return QStringLiteral("rejected");
    if (registration.status.isEmpty())
        return QStringLiteral("pending");
    return registration.status;
}

QDateTime protectionWindowEnd(const Registration &registration, const RegistrationWorkflow &workflow,
                              int protectionDays)
{
    if (workflow.extended())
        return workflow.extendedUntil;
    return protectionEnd(registration.submittedAt, protectionDays);
}

RegistrationWorkflowStore::RegistrationWorkflowStore(Database &database) : m_database(database)
{
}

RegistrationSettings RegistrationWorkflowStore::settings() const
{
    RegistrationSettings settings;
    bool ok = false;
    const int protection = settingValue(m_database, QStringLiteral("protection_days")).toInt(&ok);
    if (ok)
        settings.protectionDays = protection;
    const int extension = settingValue(m_database, QStringLiteral("extension_days")).toInt(&ok);
    if (ok)
        settings.extensionDays = extension;
    return settings;
}

void RegistrationWorkflowStore::setSettings(const RegistrationSettings &settings)
{
    if (settings.protectionDays < 0 || settings.protectionDays > MaxProtectionDays || settings.extensionDays < 1
        || settings.extensionDays > MaxProtectionDays)
        throw StoreError(WorkflowText::tr("protection days must be 0 to %1 and extension days 1 to %1")
                             .arg(MaxProtectionDays));
    Transaction transaction(m_database);
    const RegistrationSettings before = this->settings();
    if (before == settings)
        return;
    const QString what = WorkflowText::tr("saving the registration settings");
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO registration_settings (key, value) VALUES (?, ?), (?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"), what);
    query.addBindValue(QStringLiteral("protection_days"));
    query.addBindValue(QString::number(settings.protectionDays));
    query.addBindValue(QStringLiteral("extension_days"));
    query.addBindValue(QString::number(settings.extensionDays));
    Database::exec(query, what);
    const QStringList columns{QStringLiteral("protection_days"), QStringLiteral("extension_days")};
    AuditLog(m_database).record(
        QStringLiteral("update"), QStringLiteral("registration_settings"), QStringLiteral("program"),
        AuditLog::diff(columns, {QString::number(before.protectionDays), QString::number(before.extensionDays)},
                       {QString::number(settings.protectionDays), QString::number(settings.extensionDays)}));
    transaction.commit();
}

RegistrationWorkflow RegistrationWorkflowStore::workflow(const QString &regId) const
{
    const QString what = WorkflowText::tr("reading the workflow of registration %1").arg(regId);
    QSqlQuery query = m_database.prepare(workflowSelect + QStringLiteral(" WHERE reg_id = ?"), what);
    query.addBindValue(regId);
    Database::exec(query, what);
    if (query.next())
        return workflowFromRow(query);
    RegistrationWorkflow empty;
    empty.regId = regId;
    return empty;
}

QHash<QString, RegistrationWorkflow> RegistrationWorkflowStore::allWorkflows() const
{
    const QString what = WorkflowText::tr("reading the registration workflow");
    QSqlQuery query = m_database.prepare(workflowSelect, what);
    query.setForwardOnly(true);
    Database::exec(query, what);
    QHash<QString, RegistrationWorkflow> all;
    while (query.next()) {
        RegistrationWorkflow w = workflowFromRow(query);
        all.insert(w.regId, w);
    }
    return all;
}

void RegistrationWorkflowStore::setWorkflow(const RegistrationWorkflow &workflow)
{
    Transaction transaction(m_database);
    requireRegistration(m_database, workflow.regId);
    const RegistrationWorkflow before = this->workflow(workflow.regId);
    if (before == workflow)
        return;
    writeWorkflow(m_database, workflow);
    auditWorkflow(m_database, QStringLiteral("update"), before, workflow);
    transaction.commit();
}

QHash<QString, QString> RegistrationWorkflowStore::partnerNames() const
{
    const QString what = WorkflowText::tr("reading the partners' names");
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT partner_id, name FROM partners"), what);
    query.setForwardOnly(true);
    Database::exec(query, what);
    QHash<QString, QString> names;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

QList<RegistrationQueueEntry> RegistrationWorkflowStore::queue() const
{
    const QHash<QString, QString> names = partnerNames();
    const QHash<QString, RegistrationWorkflow> workflows = allWorkflows();
    QList<RegistrationQueueEntry> entries;
    for (const Registration &registration : RegistrationRepository(m_database).all()) {
        RegistrationWorkflow w = workflows.value(registration.id);
        w.regId = registration.id;
        entries.append({registration, w, names.value(registration.partnerId)});
    }
    return entries;
}

void RegistrationWorkflowStore::approve(const QString &regId, const QDateTime &at)
{
    Transaction transaction(m_database);
    const Registration registration = requireRegistration(m_database, regId);
    const RegistrationWorkflow before = workflow(regId);
    if (before.rejected() || registration.status != QLatin1String("approved"))
        throw StoreError(WorkflowText::tr("only a registration the rules approved can be confirmed; %1 is %2")
                             .arg(regId, effectiveRegistrationStatus(registration, before)));
    if (before.approved())
        throw StoreError(WorkflowText::tr("registration %1 was approved already").arg(regId));
    RegistrationWorkflow after = before;
    after.approvedAt = at.toUTC();
    after.approvedBy = m_database.actor();
    writeWorkflow(m_database, after);
    auditWorkflow(m_database, QStringLiteral("approve"), before, after);
    transaction.commit();
}

void RegistrationWorkflowStore::reject(const QString &regId, const QString &reason, const QDateTime &at)
{
    if (reason.trimmed().isEmpty())
        throw StoreError(WorkflowText::tr("a rejection needs a reason"));
    Transaction transaction(m_database);
    requireRegistration(m_database, regId);
    const RegistrationWorkflow before = workflow(regId);
    if (before.converted())
        throw StoreError(WorkflowText::tr("registration %1 became deal %2 and can no longer be rejected")
                             .arg(regId, before.dealId));
    if (before.rejected())
        throw StoreError(WorkflowText::tr("registration %1 is already rejected").arg(regId));
    RegistrationWorkflow after = before;
    after.rejectionReason = reason.trimmed();
    after.rejectedAt = at.toUTC();
    writeWorkflow(m_database, after);
    auditWorkflow(m_database, QStringLiteral("reject"), before, after);
    transaction.commit();
}

QDateTime RegistrationWorkflowStore::extend(const QString &regId, const QDateTime &at)
{
    Transaction transaction(m_database);
    const Registration registration = requireRegistration(m_database, regId);
    const RegistrationWorkflow before = workflow(regId);
    if (before.extended())
        throw StoreError(WorkflowText::tr("registration %1 was extended already; a registration is extended once")
                             .arg(regId));
    if (before.rejected())
        throw StoreError(WorkflowText::tr("registration %1 is rejected").arg(regId));
    if (registration.status != QLatin1String("approved") && registration.status != QLatin1String("expired"))
        throw StoreError(WorkflowText::tr("only a registration that won its customer can be extended; %1 is %2")
                             .arg(regId, registration.status.isEmpty() ? QStringLiteral("pending") : registration.status));
    const RegistrationSettings settings = this->settings();
    RegistrationWorkflow after = before;
    after.extendedUntil = protectionEnd(registration.submittedAt, settings.protectionDays)
                              .addSecs(qint64(settings.extensionDays) * 86400);
    after.extendedAt = at.toUTC();
    writeWorkflow(m_database, after);
    auditWorkflow(m_database, QStringLiteral("extend"), before, after);
    transaction.commit();
    return after.extendedUntil;
}

Deal RegistrationWorkflowStore::dealFor(const Registration &registration, const QString &dealId) const
{
    Deal deal;
    deal.id = dealId;
    deal.partners = {DealShare{registration.partnerId, Decimal::fromInteger(100)}};
    deal.customer = registration.customer;
    deal.customerDomain = registration.customerDomain;
    deal.product = registration.product;
    deal.name = registration.product.isEmpty() ? registration.customer
                                               : registration.product + QStringLiteral(" – ") + registration.customer;
    deal.status = QStringLiteral("open");
    deal.stage = QStringLiteral("qualification");
    deal.amount = registration.amount;
    // The partner registered the opportunity, so it brought the deal (data.md's "sourced").
    deal.source = QStringLiteral("sourced");
    deal.regId = registration.id;
    return deal;
}

QString RegistrationWorkflowStore::suggestedDealId(const QString &regId) const
{
    DealRepository deals(m_database);
    const QString base = QStringLiteral("D-") + regId;
    QString id = base;
    for (int n = 2; deals.exists(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

Deal RegistrationWorkflowStore::convertToDeal(const QString &regId, const QString &dealId, const QDateTime &at)
{
    Transaction transaction(m_database);
    const Registration registration = requireRegistration(m_database, regId);
    const RegistrationWorkflow before = workflow(regId);
    if (before.converted())
        throw StoreError(WorkflowText::tr("registration %1 was converted to deal %2 already").arg(regId, before.dealId));
    if (before.rejected() || registration.status != QLatin1String("approved"))
        throw StoreError(WorkflowText::tr("only an approved registration becomes a deal; %1 is %2")
                             .arg(regId, effectiveRegistrationStatus(registration, before)));
    if (DealRepository(m_database).exists(dealId))
        throw StoreError(WorkflowText::tr("a deal with the id %1 already exists").arg(dealId));
    const Deal deal = dealFor(registration, dealId);
    DealRepository(m_database).insert(deal);
    RegistrationWorkflow after = before;
    after.dealId = dealId;
    after.convertedAt = at.toUTC();
    writeWorkflow(m_database, after);
    auditWorkflow(m_database, QStringLiteral("convert"), before, after);
    transaction.commit();
    return deal;
}

bool RegistrationWorkflowStore::hasUnevaluated() const
{
    return m_database
        .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM registrations WHERE status = '')"),
                WorkflowText::tr("looking for registrations without a status"))
        .toBool();
}

QList<RegistrationStatusChange> RegistrationWorkflowStore::evaluate(const QDateTime &asOf, bool apply)
{
    Transaction transaction(m_database);
    const RegistrationSettings settings = this->settings();
    const QList<Registration> all = RegistrationRepository(m_database).all();
    QHash<QString, RegistrationWorkflow> workflows = allWorkflows();
    QList<Registration> input;
    QList<QDateTime> ends;
    input.reserve(all.size());
    ends.reserve(all.size());
    for (const Registration &registration : all) {
        const RegistrationWorkflow w = workflows.value(registration.id);
        if (w.rejected())
            continue;
        input << registration;
        ends << w.extendedUntil;
    }
    const QList<RegistrationDecision> decisions = evaluateRegistrations(input, asOf, settings.protectionDays, ends);

    QList<qsizetype> changed;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QString status = registrationStatusCode(decisions[i].status);
        if (status != input[i].status || decisions[i].winner != workflows.value(input[i].id).winner)
            changed << i;
    }
    std::sort(changed.begin(), changed.end(), [&](qsizetype a, qsizetype b) {
        if (input[a].submittedAt != input[b].submittedAt)
            return input[a].submittedAt < input[b].submittedAt;
        return input[a].id.toUtf8() < input[b].id.toUtf8();
    });

    QList<RegistrationStatusChange> changes;
    changes.reserve(changed.size());
    QHash<QString, const Registration *> byId;
    for (const Registration &registration : input)
        byId.insert(registration.id, &registration);
    const QString what = WorkflowText::tr("storing the evaluated registrations");
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE registrations SET status = ?, decided_at = ?, row_version = row_version + 1 WHERE reg_id = ?"), what);
    ConflictCaseStore cases(m_database);
    AuditLog audit(m_database);
    const QStringList auditColumns{QStringLiteral("status"), QStringLiteral("decided_at"), QStringLiteral("winner")};
    for (const qsizetype i : std::as_const(changed)) {
        const Registration &registration = input[i];
        const RegistrationDecision &decision = decisions[i];
        RegistrationWorkflow w = workflows.value(registration.id);
        w.regId = registration.id;
        RegistrationStatusChange change{registration.id, registration.status, registrationStatusCode(decision.status),
                                        w.winner, decision.winner};
        changes << change;
        if (!apply)
            continue;
        const QDateTime decidedAt = std::max(asOf.toUTC(), registration.submittedAt);
        update.addBindValue(change.newStatus);
        update.addBindValue(formatIsoDateTimeUtc(decidedAt));
        update.addBindValue(registration.id);
        Database::exec(update, what);
        w.winner = decision.winner;
        writeWorkflow(m_database, w);
        audit.record(QStringLiteral("evaluate"), registrationEntity, registration.id,
                     AuditLog::diff(auditColumns,
                                    {change.oldStatus, formatIsoDateTimeUtc(registration.decidedAt), change.oldWinner},
                                    {change.newStatus, formatIsoDateTimeUtc(decidedAt), change.newWinner}));
        if (decision.status == RegistrationStatus::Conflict) {
            const Registration *winner = byId.value(decision.winner);
            const QString note =
                winner ? WorkflowText::tr("%1 (partner %2, submitted %3) registered %4 / %5 inside the protection "
                                          "window of %6 (partner %7, submitted %8).")
                             .arg(registration.id, registration.partnerId, formatIsoDateTimeUtc(registration.submittedAt),
                                  registration.customer,
                                  registration.product.isEmpty() ? WorkflowText::tr("any product") : registration.product,
                                  winner->id, winner->partnerId, formatIsoDateTimeUtc(winner->submittedAt))
                       : QString();
            cases.openForConflict(decision.winner, registration.id, decidedAt, note);
        }
    }
    if (apply)
        transaction.commit();
    return changes;
}

} // namespace cd::store
