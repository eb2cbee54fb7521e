#include "ui/vocabulary.h"

#include "core/records/records.h"

#include <QCoreApplication>
#include <QHash>

namespace cd::ui {

namespace {

struct Label
{
    const char *vocabulary;
    const char *code;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps lupdate aware of the labels; they are translated when shown.
constexpr Label labels[] = {
    {"type", "system_integrator", QT_TRANSLATE_NOOP("cd::Vocabulary", "System integrator")},
    {"type", "reseller", QT_TRANSLATE_NOOP("cd::Vocabulary", "Reseller")},
    {"type", "distributor", QT_TRANSLATE_NOOP("cd::Vocabulary", "Distributor")},
    {"type", "technology", QT_TRANSLATE_NOOP("cd::Vocabulary", "Technology")},
    {"type", "consulting", QT_TRANSLATE_NOOP("cd::Vocabulary", "Consulting")},
    {"type", "agency", QT_TRANSLATE_NOOP("cd::Vocabulary", "Agency")},
    {"type", "referral", QT_TRANSLATE_NOOP("cd::Vocabulary", "Referral")},
    {"type", "integration", QT_TRANSLATE_NOOP("cd::Vocabulary", "Integration")},
    {"type", "msp", QT_TRANSLATE_NOOP("cd::Vocabulary", "Managed service provider")},
    {"type", "oem", QT_TRANSLATE_NOOP("cd::Vocabulary", "OEM")},
    {"type", "cloud_marketplace", QT_TRANSLATE_NOOP("cd::Vocabulary", "Cloud marketplace")},
    {"region", "NA", QT_TRANSLATE_NOOP("cd::Vocabulary", "North America")},
    {"region", "EMEA", QT_TRANSLATE_NOOP("cd::Vocabulary", "EMEA")},
    {"region", "APAC", QT_TRANSLATE_NOOP("cd::Vocabulary", "APAC")},
    {"region", "LATAM", QT_TRANSLATE_NOOP("cd::Vocabulary", "Latin America")},
    {"stage", "identification", QT_TRANSLATE_NOOP("cd::Vocabulary", "Identification")},
    {"stage", "qualification", QT_TRANSLATE_NOOP("cd::Vocabulary", "Qualification")},
    {"stage", "negotiation", QT_TRANSLATE_NOOP("cd::Vocabulary", "Negotiation")},
    {"stage", "onboarding", QT_TRANSLATE_NOOP("cd::Vocabulary", "Onboarding")},
    {"stage", "management", QT_TRANSLATE_NOOP("cd::Vocabulary", "Management")},
    {"status", "active", QT_TRANSLATE_NOOP("cd::Vocabulary", "Active")},
    {"status", "inactive", QT_TRANSLATE_NOOP("cd::Vocabulary", "Inactive")},
    {"status", "terminated", QT_TRANSLATE_NOOP("cd::Vocabulary", "Terminated")},
    {"deal_status", "open", QT_TRANSLATE_NOOP("cd::Vocabulary", "Open")},
    {"deal_status", "won", QT_TRANSLATE_NOOP("cd::Vocabulary", "Won")},
    {"deal_status", "lost", QT_TRANSLATE_NOOP("cd::Vocabulary", "Lost")},
    {"deal_status", "cancelled", QT_TRANSLATE_NOOP("cd::Vocabulary", "Cancelled")},
    {"deal_stage", "prospecting", QT_TRANSLATE_NOOP("cd::Vocabulary", "Prospecting")},
    {"deal_stage", "qualification", QT_TRANSLATE_NOOP("cd::Vocabulary", "Qualification")},
    {"deal_stage", "proposal", QT_TRANSLATE_NOOP("cd::Vocabulary", "Proposal")},
    {"deal_stage", "negotiation", QT_TRANSLATE_NOOP("cd::Vocabulary", "Negotiation")},
    {"source", "sourced", QT_TRANSLATE_NOOP("cd::Vocabulary", "Partner-sourced")},
    {"source", "influenced", QT_TRANSLATE_NOOP("cd::Vocabulary", "Partner-influenced")},
};

} // namespace

QString codeLabel(const QString &vocabulary, const QString &code)
{
    for (const Label &label : labels) {
        if (vocabulary == QLatin1String(label.vocabulary) && code == QLatin1String(label.code))
            return QCoreApplication::translate("cd::Vocabulary", label.text);
    }
    return code;
}

QStringList vocabularyCodes(const QString &vocabulary)
{
    if (vocabulary == QLatin1String("type"))
        return codes::partnerTypes();
    if (vocabulary == QLatin1String("region"))
        return codes::regions();
    if (vocabulary == QLatin1String("stage"))
        return codes::partnerStages();
    if (vocabulary == QLatin1String("status"))
        return codes::partnerStatuses();
    if (vocabulary == QLatin1String("deal_status"))
        return codes::dealStatuses();
    if (vocabulary == QLatin1String("deal_stage"))
        return codes::dealStages();
    if (vocabulary == QLatin1String("source"))
        return codes::dealSources();
    return {};
}

} // namespace cd::ui
