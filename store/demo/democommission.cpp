#include "store/demo/demosteps.h"

#include "store/database.h"
#include "store/commission/planrepository.h"

#include <QCoreApplication>

namespace cd::store {

// The seed templates, assigned the way the demo's programs read: NEXT Portal's integrators and resellers
// by tier (seed 000's margins), the playbook's tiers to its graduated commission (seed 003), and seed
// 002's revenue shares by partner type, which is what the integrations program (no tier plan) falls to.
void addDemoCommissionPlans(Database &database, const DemoData &)
{
    PlanRepository plans(database);
    for (const PlanTemplate &planTemplate : planTemplates())
        plans.save(planTemplateJson(planTemplate), planTemplate.name, planTemplate.resource);
    const auto byTier = [&](const char *plan, const char *program, const char *tier) {
        plans.assign({QLatin1String(plan), QLatin1String(program), QLatin1String(tier), QString()});
    };
    const auto byType = [&](const char *plan, const char *type) {
        plans.assign({QLatin1String(plan), QString(), QString(), QLatin1String(type)});
    };
    byTier("next-portal-si-tier1", "next-portal-si", "tier1");
    byTier("next-portal-si-tier2", "next-portal-si", "tier2");
    byTier("next-portal-si-tier3", "next-portal-si", "tier3");
    byTier("next-portal-reseller-gold", "next-portal-resellers", "gold");
    byTier("next-portal-reseller-silver", "next-portal-resellers", "silver");
    byTier("next-portal-reseller-authorized", "next-portal-resellers", "authorized");
    for (const char *tier : {"platinum", "gold", "silver", "bronze"})
        byTier("playbook-graduated", "playbook", tier);
    byType("ai-marketing-technology", "technology");
    byType("ai-marketing-integration", "integration");
    byType("ai-marketing-consulting", "consulting");
    byType("ai-marketing-channel", "reseller");
    byType("ai-marketing-channel", "distributor");
    byType("ai-marketing-referral", "referral");
}

} // namespace cd::store
