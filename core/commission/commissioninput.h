#pragma once

#include "core/files/bytefields.h"
#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/diagnostic.h"
#include "core/money/fxtable.h"
#include "core/money/money.h"
#include "core/records/records.h"
#include "core/files/stringtable.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cd {

// One deal as the engine takes it from the store or from a caller.
struct CommissionDeal
{
    enum class Status { Won, Cancelled };

    QString id;
    QList<DealShare> shares; // percentages summing to exactly 100
    QDate closeDate;
    Money amount; // in the deal's currency, positive
    Status status = Status::Won;
    QDate cancelledOn; // cancelled deals only
    int line = 0;      // where it came from, for diagnostics

    bool operator==(const CommissionDeal &) const = default;
};

// The engine's input in compact form: plain structs over two string tables, so that a million deals
// fit in a few arrays. readCommissionDeals() fills it straight from CSV bytes; add() from values.
struct CommissionBatch
{
    // Splits are percentages with up to this many decimals.
    static constexpr int MaxPercentDecimals = 9;

    struct Deal
    {
        qint64 amount; // minor units of `currency`, > 0
        Currency currency;
        qint32 closeDay;    // Julian day
        qint32 closeMonth;  // year × 12 + month − 1
        qint32 cancelDay;   // cancelled deals only
        qint32 cancelMonth; // cancelled deals only
        quint32 id;         // index in dealIds
        quint32 firstShare; // index in shares
        quint32 shareCount;
        qint32 line;
        qint32 percentScale; // the shares' percentUnits are percent × 10^percentScale
        CommissionDeal::Status status;
    };
    struct Share
    {
        quint32 partner; // index in partners
        qint64 percentUnits;
    };

    QString sourceName; // the deals file as the user named it, for diagnostics
    StringTable dealIds;
    StringTable partners;
    std::vector<Deal> deals;
    std::vector<Share> shares;

    // Adds a deal given as a value. Problems (an id seen before, shares not adding up to 100, a
    // non-positive amount, a cancellation without or before the close date…) go to `diagnostics` and the
    // deal is not added.
    bool add(const CommissionDeal &deal, Diagnostics &diagnostics);
};

// What reading deals.csv needs to know beyond the file: with the plan's currency (when the plan could be
// read) every deal in another currency is checked for a rate in `fx`.
struct CommissionDealsContext
{
    std::optional<Currency> planCurrency;
    const FxTable *fx = nullptr;
};

// Reads commission.md's fx.csv (`date,currency,rate`) into `fx`. Every problem goes to `diagnostics` as
// FILE:LINE: FIELD: message, other columns to `warnings` once; returns false when there was any problem.
bool readCommissionFx(QByteArrayView csv, const QString &fileName, FxTable &fx, Diagnostics &diagnostics,
                      Diagnostics *warnings = nullptr);

// Reads deals.csv (commission.md; data.md's deal export feeds in unchanged) into `batch`, straight from the
// bytes. Rows with status open or lost earn nothing: only their deal_id (present, unique) and status are
// checked. Every problem goes to `diagnostics`; columns data.md does not know go to `warnings` once.
// Returns false when there was any problem; the batch then holds only part of the file and is not for
// computing.
bool readCommissionDeals(QByteArrayView csv, const QString &fileName, const CommissionDealsContext &context,
                         CommissionBatch &batch, Diagnostics &diagnostics, Diagnostics *warnings = nullptr);

} // namespace cd
