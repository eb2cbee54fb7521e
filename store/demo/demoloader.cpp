#include "store/demo/demoloader.h"

#include "store/database.h"
#include "store/importexport/exporter.h"
#include "store/demo/demosteps.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd::store {

bool hasRecords(Database &database)
{
    return database
        .scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM partners) OR EXISTS (SELECT 1 FROM deals)"
                               " OR EXISTS (SELECT 1 FROM registrations) OR EXISTS (SELECT 1 FROM fx_rates)"),
                QCoreApplication::translate("cd::store::Database", "checking for records"))
        .toBool();
}

QList<ImportResult> loadDemoData(Database &database, const DemoData &data, const ImportOptions &options)
{
    QList<FxRate> rates;
    for (const DemoExchangeRate &rate : data.exchangeRates)
        rates << FxRate{rate.date, rate.currency, rate.rate};
    const QByteArray partners = toCsv(data.partners);
    const QByteArray fx = toCsv(rates);
    const QByteArray registrations = toCsv(data.registrations);
    const QByteArray deals = toCsv(data.deals);
    QList<ImportResult> results = importBuffers(database,
                         {ImportBuffer{RecordKind::Partners, partners, QStringLiteral("demo partners")},
                          ImportBuffer{RecordKind::FxRates, fx, QStringLiteral("demo fx")},
                          ImportBuffer{RecordKind::Registrations, registrations, QStringLiteral("demo registrations")},
                          ImportBuffer{RecordKind::Deals, deals, QStringLiteral("demo deals")}},
                         options);
    const bool allImported = std::all_of(results.cbegin(), results.cend(), [](const ImportResult &r) { return r.ok(); });
    if (!allImported || options.dryRun)
        return results;
    // The feature areas' demo records refer to the partners and deals just written.
    for (void (*addDemo)(Database &, const DemoData &) :
         {addDemoCommissionPlans, addDemoCertifications, addDemoRegistrationWorkflow, addDemoTargets}) {
        Transaction transaction(database);
        addDemo(database, data);
        transaction.commit();
    }
    return results;
}

} // namespace cd::store
