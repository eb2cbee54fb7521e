#include "store/commission/planrepository.h"

#include "store/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>

namespace cd::store {

namespace {

struct PlanRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::PlanRepository)
};

const QString planEntity = QStringLiteral("commission_plan");
const QString assignmentEntity = QStringLiteral("plan_assignment");

QStringList planColumns()
{
    return {QStringLiteral("plan_id"), QStringLiteral("name"), QStringLiteral("json")};
}

QStringList assignmentColumns()
{
    return {QStringLiteral("plan_id"), QStringLiteral("program"), QStringLiteral("tier"), QStringLiteral("type")};
}

QStringList fieldsOf(const StoredPlan &plan)
{
    return {plan.planId, plan.name, QString::fromUtf8(plan.json)};
}

// The audit log's id of an assignment key: "program/tier" or "type:TYPE".
QString keyText(const PlanAssignment &a)
{
    if (a.byType())
        return QStringLiteral("type:") + a.partnerType;
    return a.program + QLatin1Char('/') + a.tier;
}

StoredPlan planFromRow(const QSqlQuery &query)
{
    StoredPlan stored;
    stored.planId = query.value(0).toString();
    stored.name = query.value(1).toString();
    stored.json = query.value(2).toString().toUtf8();
    stored.updatedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    Diagnostics problems;
    // The text was validated when it was written; a plan that no longer parses was edited behind our back.
    const std::optional<CommissionPlan> plan = parseCommissionPlan(stored.json, stored.planId, problems);
    if (!plan)
        throw InputError(problems);
    stored.plan = *plan;
    return stored;
}

// A null QString binds as NULL; the key columns hold '' for "not part of the key".
QString keyValue(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

void checkKey(const PlanAssignment &a)
{
    const bool byTier = !a.program.isEmpty() && !a.tier.isEmpty() && a.partnerType.isEmpty();
    const bool byType = a.program.isEmpty() && a.tier.isEmpty() && !a.partnerType.isEmpty();
    if (!byTier && !byType)
        throw StoreError(PlanRepositoryText::tr("a plan is assigned to a program and tier, or to a partner type"));
}

const QString selectPlans = QStringLiteral("SELECT plan_id, name, json, updated_at FROM commission_plans");
const QString selectAssignments = QStringLiteral(
    "SELECT p.plan_id, a.program, a.tier, a.partner_type FROM commission_plan_assignments a"
    " JOIN commission_plans p ON p.id = a.plan");

QList<PlanAssignment> readAssignments(Database &database, QSqlQuery &query)
{
    Database::exec(query, PlanRepositoryText::tr("reading plan assignments"));
    QList<PlanAssignment> result;
    while (query.next())
        result << PlanAssignment{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString()};
    Q_UNUSED(database)
    return result;
}

} // namespace

PlanRepository::PlanRepository(Database &database) : m_database(database) {}

QList<StoredPlan> PlanRepository::plans() const
{
    QSqlQuery query = m_database.prepare(selectPlans + QStringLiteral(" ORDER BY plan_id"),
                                         PlanRepositoryText::tr("reading commission plans"));
    Database::exec(query, PlanRepositoryText::tr("reading commission plans"));
    QList<StoredPlan> result;
    while (query.next())
        result << planFromRow(query);
    return result;
}

std::optional<StoredPlan> PlanRepository::find(const QString &planId) const
{
    QSqlQuery query = m_database.prepare(selectPlans + QStringLiteral(" WHERE plan_id = ?"),
                                         PlanRepositoryText::tr("reading commission plan %1").arg(planId));
    query.addBindValue(planId);
    Database::exec(query, PlanRepositoryText::tr("reading commission plan %1").arg(planId));
    if (!query.next())
        return std::nullopt;
    return planFromRow(query);
}

qint64 PlanRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM commission_plans"),
                             PlanRepositoryText::tr("counting commission plans"))
        .toLongLong();
}

PlanRepository::SaveResult PlanRepository::save(const QByteArray &json, const QString &name,
                                                 const QString &sourceName)
{
    Diagnostics problems;
    const std::optional<CommissionPlan> plan = parseCommissionPlan(json, sourceName, problems);
    if (!plan)
        throw InputError(problems);
    const std::optional<StoredPlan> before = find(plan->id);
    StoredPlan after;
    after.planId = plan->id;
    after.name = !name.isEmpty() ? name : before ? before->name : plan->id;
    after.json = json;
    if (before && before->name == after.name && before->json == after.json)
        return SaveResult::Unchanged;

    const QString what = PlanRepositoryText::tr("saving commission plan %1").arg(plan->id);
    Transaction transaction(m_database);
    QSqlQuery query = m_database.prepare(
        before ? QStringLiteral("UPDATE commission_plans SET name = ?, json = ?, updated_at = ? WHERE plan_id = ?")
               : QStringLiteral("INSERT INTO commission_plans (name, json, updated_at, plan_id) VALUES (?, ?, ?, ?)"),
        what);
    query.addBindValue(after.name);
    query.addBindValue(QString::fromUtf8(after.json));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(after.planId);
    Database::exec(query, what);
    AuditLog(m_database).record(before ? QStringLiteral("update") : QStringLiteral("insert"), planEntity, after.planId,
                                AuditLog::diff(planColumns(), before ? fieldsOf(*before) : QStringList(),
                                               fieldsOf(after)));
    transaction.commit();
    return before ? SaveResult::Updated : SaveResult::Added;
}

void PlanRepository::remove(const QString &planId)
{
    const std::optional<StoredPlan> before = find(planId);
    if (!before)
        throw StoreError(PlanRepositoryText::tr("there is no commission plan %1").arg(planId));
    const QString what = PlanRepositoryText::tr("removing commission plan %1").arg(planId);
    Transaction transaction(m_database);
    AuditLog log(m_database);
    for (const PlanAssignment &a : assignmentsOf(planId)) {
        log.record(QStringLiteral("delete"), assignmentEntity, keyText(a),
                   AuditLog::diff(assignmentColumns(), {a.planId, a.program, a.tier, a.partnerType}, {}));
    }
    // Assignments go with their plan (ON DELETE CASCADE).
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM commission_plans WHERE plan_id = ?"), what);
    query.addBindValue(planId);
    Database::exec(query, what);
    log.record(QStringLiteral("delete"), planEntity, planId, AuditLog::diff(planColumns(), fieldsOf(*before), {}));
    transaction.commit();
}

QList<PlanAssignment> PlanRepository::assignments() const
{
    QSqlQuery query = m_database.prepare(
        selectAssignments + QStringLiteral(" ORDER BY a.partner_type <> '', a.program, a.tier, a.partner_type"),
        PlanRepositoryText::tr("reading plan assignments"));
    return readAssignments(m_database, query);
}

QList<PlanAssignment> PlanRepository::assignmentsOf(const QString &planId) const
{
    QSqlQuery query = m_database.prepare(
        selectAssignments + QStringLiteral(" WHERE p.plan_id = ? ORDER BY a.partner_type <> '', a.program, a.tier, a.partner_type"),
        PlanRepositoryText::tr("reading plan assignments"));
    query.addBindValue(planId);
    return readAssignments(m_database, query);
}

void PlanRepository::assign(const PlanAssignment &assignment)
{
    checkKey(assignment);
    const QString what = PlanRepositoryText::tr("assigning commission plan %1").arg(assignment.planId);
    Transaction transaction(m_database);
    QSqlQuery planQuery = m_database.prepare(QStringLiteral("SELECT id FROM commission_plans WHERE plan_id = ?"), what);
    planQuery.addBindValue(assignment.planId);
    Database::exec(planQuery, what);
    if (!planQuery.next())
        throw StoreError(PlanRepositoryText::tr("there is no commission plan %1").arg(assignment.planId));
    const qint64 planRowId = planQuery.value(0).toLongLong();

    QSqlQuery current = m_database.prepare(
        selectAssignments + QStringLiteral(" WHERE a.program = ? AND a.tier = ? AND a.partner_type = ?"), what);
    current.addBindValue(keyValue(assignment.program));
    current.addBindValue(keyValue(assignment.tier));
    current.addBindValue(keyValue(assignment.partnerType));
    const QList<PlanAssignment> before = readAssignments(m_database, current);
    if (!before.isEmpty() && before.constFirst().planId == assignment.planId)
        return;

    QSqlQuery write = m_database.prepare(
        QStringLiteral("INSERT INTO commission_plan_assignments (plan, program, tier, partner_type) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (program, tier, partner_type) DO UPDATE SET plan = excluded.plan"),
        what);
    write.addBindValue(planRowId);
    write.addBindValue(keyValue(assignment.program));
    write.addBindValue(keyValue(assignment.tier));
    write.addBindValue(keyValue(assignment.partnerType));
    Database::exec(write, what);
    const auto fields = [](const PlanAssignment &a) { return QStringList{a.planId, a.program, a.tier, a.partnerType}; };
    AuditLog(m_database).record(before.isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"),
                                assignmentEntity, keyText(assignment),
                                AuditLog::diff(assignmentColumns(),
                                               before.isEmpty() ? QStringList() : fields(before.constFirst()),
                                               fields(assignment)));
    transaction.commit();
}

bool PlanRepository::unassign(const PlanAssignment &key)
{
    checkKey(key);
    const QString what = PlanRepositoryText::tr("removing a plan assignment");
    Transaction transaction(m_database);
    QSqlQuery current = m_database.prepare(
        selectAssignments + QStringLiteral(" WHERE a.program = ? AND a.tier = ? AND a.partner_type = ?"), what);
    current.addBindValue(keyValue(key.program));
    current.addBindValue(keyValue(key.tier));
    current.addBindValue(keyValue(key.partnerType));
    const QList<PlanAssignment> before = readAssignments(m_database, current);
    if (before.isEmpty())
        return false;
    QSqlQuery remove = m_database.prepare(
        QStringLiteral("DELETE FROM commission_plan_assignments WHERE program = ? AND tier = ? AND partner_type = ?"),
        what);
    remove.addBindValue(keyValue(key.program));
    remove.addBindValue(keyValue(key.tier));
    remove.addBindValue(keyValue(key.partnerType));
    Database::exec(remove, what);
    const PlanAssignment &a = before.constFirst();
    AuditLog(m_database).record(QStringLiteral("delete"), assignmentEntity, keyText(a),
                                AuditLog::diff(assignmentColumns(), {a.planId, a.program, a.tier, a.partnerType}, {}));
    transaction.commit();
    return true;
}

QString PlanRepository::resolve(const QList<PlanAssignment> &assignments, const QString &program, const QString &tier,
                                const QString &partnerType)
{
    QString byType;
    for (const PlanAssignment &a : assignments) {
        if (!a.byType() && a.program == program && a.tier == tier)
            return a.planId;
        if (a.byType() && a.partnerType == partnerType)
            byType = a.planId;
    }
    return partnerType.isEmpty() ? QString() : byType;
}

QHash<QString, QString> PlanRepository::partnerPlans() const
{
    // Program + tier first, the partner's type second: the precedence of PlanAssignment, in SQL.
    const QString what = PlanRepositoryText::tr("reading the partners' commission plans");
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT pa.partner_id, COALESCE("
                       " (SELECT p.plan_id FROM commission_plan_assignments a JOIN commission_plans p ON p.id = a.plan"
                       "  WHERE a.program = pa.program AND a.tier = pa.tier AND a.program <> '' AND a.tier <> ''),"
                       " (SELECT p.plan_id FROM commission_plan_assignments a JOIN commission_plans p ON p.id = a.plan"
                       "  WHERE a.partner_type = pa.type AND a.partner_type <> ''))"
                       " FROM partners pa"),
        what);
    query.setForwardOnly(true);
    Database::exec(query, what);
    QHash<QString, QString> result;
    while (query.next()) {
        if (!query.value(1).isNull())
            result.insert(query.value(0).toString(), query.value(1).toString());
    }
    return result;
}

QList<PlanTemplate> planTemplates()
{
    // Seed 000's margins, seed 002's revenue shares with their performance bonus at the minimum
    // commitment, seed 003's graduated commission.
    const auto t = [](const char *file, const char *name) {
        return PlanTemplate{QStringLiteral(":/plans/") + QLatin1String(file),
                            QCoreApplication::translate("cd::store::PlanRepository", name)};
    };
    return {
        t("000-si-tier1-margin.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "NEXT Portal SI Tier 1 margin (65%)")),
        t("000-si-tier2-margin.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "NEXT Portal SI Tier 2 margin (50%)")),
        t("000-si-tier3-margin.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "NEXT Portal SI Tier 3 margin (35%)")),
        t("000-reseller-gold-margin.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "NEXT Portal Gold reseller margin (45%)")),
        t("000-reseller-silver-margin.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "NEXT Portal Silver reseller margin (40%)")),
        t("000-reseller-authorized-margin.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "NEXT Portal Authorized reseller margin (35%)")),
        t("002-technology-share.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "Technology partners revenue share (20%, 5% bonus)")),
        t("002-consulting-share.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "Consulting partners revenue share (30%, 10% bonus)")),
        t("002-channel-share.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "Channel partners revenue share (25%, 7% bonus)")),
        t("002-integration-share.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "Integration partners revenue share (15%, 3% bonus)")),
        t("002-referral-share.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "Referral partners revenue share (10%, 2% bonus)")),
        t("003-playbook-graduated.json", QT_TRANSLATE_NOOP("cd::store::PlanRepository", "Playbook graduated commission (15/20/25%)")),
    };
}

QByteArray planTemplateJson(const PlanTemplate &planTemplate)
{
    QFile file(planTemplate.resource);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(PlanRepositoryText::tr("the plan template %1 is missing from the program").arg(planTemplate.resource));
    return file.readAll();
}

} // namespace cd::store
