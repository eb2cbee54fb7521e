#pragma once

#include "core/commission/commissionplan.h"
#include "core/diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd::store {

class Database;

// A commission plan as the database holds it: commission.md's JSON exactly as it was imported (so an
// export gives back the user's bytes), a display name, and the plan that JSON parses to.
struct StoredPlan
{
    QString planId;
    QString name;
    QByteArray json;
    QDateTime updatedAt; // UTC
    CommissionPlan plan;
};

// Which plan pays a partner. A key is either a program and one of its tiers, or a partner type (data.md's
// `type`). A partner whose program and tier have a plan is paid under it; otherwise its type decides;
// otherwise it has no plan. Each key names at most one plan.
struct PlanAssignment
{
    QString planId;
    QString program;
    QString tier;
    QString partnerType;

    bool byType() const { return !partnerType.isEmpty(); }
    bool operator==(const PlanAssignment &) const = default;
};

// Commission plans and their assignments (schema version 2). Every write runs in a transaction and adds
// an audit row (entities `commission_plan` and `plan_assignment`).
class PlanRepository
{
public:
    enum class SaveResult { Added, Updated, Unchanged };

    explicit PlanRepository(Database &database); // the database must outlive the repository

    QList<StoredPlan> plans() const; // by plan_id
    std::optional<StoredPlan> find(const QString &planId) const;
    qint64 count() const;

    // Validates `json` with parseCommissionPlan (problems named after `sourceName`; throws InputError) and
    // stores it under its `id`, replacing a plan of that id. An empty `name` keeps the stored name, or is
    // the id for a new plan.
    SaveResult save(const QByteArray &json, const QString &name = QString(),
                    const QString &sourceName = QStringLiteral("plan.json"));
    // Removes the plan and its assignments.
    void remove(const QString &planId);

    // Program and tier keys first (by program, tier), then type keys.
    QList<PlanAssignment> assignments() const;
    QList<PlanAssignment> assignmentsOf(const QString &planId) const;
    // Sets the plan of the assignment's key (replacing the plan the key had). Throws StoreError for an
    // unknown plan, or a key that is neither program + tier nor a type.
    void assign(const PlanAssignment &assignment);
    // Removes the key's assignment; returns false when it had none.
    bool unassign(const PlanAssignment &key);

    // The plan a partner with this program, tier and type is paid under (precedence above), or empty.
    static QString resolve(const QList<PlanAssignment> &assignments, const QString &program, const QString &tier,
                           const QString &partnerType);
    // Every partner's plan id by partner_id, one query; partners without a plan are left out.
    QHash<QString, QString> partnerPlans() const;

private:
    Database &m_database;
};

// The plan templates built from the seed documents (resources/plans/*.json), embedded in the program.
struct PlanTemplate
{
    QString resource; // ":/plans/…json"
    QString name;
};
QList<PlanTemplate> planTemplates();
QByteArray planTemplateJson(const PlanTemplate &planTemplate); // throws StoreError when missing

} // namespace cd::store
