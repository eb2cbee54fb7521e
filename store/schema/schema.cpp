#include "store/schema/schema.h"

#include "store/schema/steps.h"

namespace cd::store {

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps{
        {1, createRecordTables},
        {2, createCommissionPlanTables},
        {3, createCertificationTables},
        {4, createRegistrationWorkflowTables},
        {5, createTargetTables},
        {6, indexSplitDeals},
        {7, addRowVersions},
    };
    return steps;
}

} // namespace cd::store
