#pragma once

#include "store/database.h"
#include "store/records/recordformat.h"

#include "core/diagnostic.h"

namespace cd::store {

// A record the store will not keep, with one diagnostic per bad field (file empty, line 0, field = the
// CSV column name), so that a dialog can mark the fields and the importer can add FILE:LINE.
class InvalidRecord : public StoreError
{
public:
    explicit InvalidRecord(Diagnostics problems);
    const Diagnostics &problems() const { return m_problems; }

private:
    Diagnostics m_problems;
};

// The rules every stored record obeys, whoever writes it (importer, dialogs, demo data). They check the
// record alone; whether the partners a deal names exist is the store's business.
Diagnostics validatePartner(const Partner &partner);
Diagnostics validateDeal(const Deal &deal);
Diagnostics validateRegistration(const Registration &registration);
Diagnostics validateFxRate(const FxRate &rate);

// Why `id` cannot be a record id (empty, spaces, or the ';' and '=' that partner splits use), or empty.
QString recordIdProblem(QStringView id);

// Statuses the registration evaluation of registration.md assigns.
const QStringList &registrationStatuses();

} // namespace cd::store
