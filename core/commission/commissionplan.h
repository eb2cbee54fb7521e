#pragma once

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/diagnostic.h"
#include "core/period.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

// How a plan turns a partner's cumulative credited revenue into commission (commission.md).
enum class CommissionMethod { Graduated, Retroactive };

std::optional<CommissionMethod> commissionMethodFromName(QStringView name);
QString commissionMethodName(CommissionMethod method);

// A band starts at `from` (plan currency, inclusive) and pays `rate`, a fraction: "15%" is 0.15 exactly.
struct CommissionBand
{
    Decimal from;
    Decimal rate;
    bool operator==(const CommissionBand &) const = default;
};

struct CommissionBonus
{
    Decimal threshold; // plan currency
    Decimal rate;      // a fraction, as for bands
    bool operator==(const CommissionBonus &) const = default;
};

// A commission or revenue-share plan as commission.md's JSON describes it.
struct CommissionPlan
{
    // Rates are percentages with up to 6 decimals, so as fractions they have at most this many.
    static constexpr int RateScale = 8;

    QString id;
    Currency currency;
    PeriodKind window = PeriodKind::Quarter;
    int fiscalYearStartMonth = 1;
    CommissionMethod method = CommissionMethod::Graduated;
    RoundingMode rounding = RoundingMode::HalfEven;
    QList<CommissionBand> bands; // ascending `from`, the first at 0
    std::optional<CommissionBonus> bonus;

    // The plan's tier function T(x), exact: the commission earned on a cumulative revenue x in one window.
    // Graduated pays each band's rate on the part of x inside the band; retroactive pays all of x at the
    // rate of the highest band whose `from` x has reached.
    Decimal tier(const Decimal &cumulative) const;

    // The plan's JSON as commission.md writes it (the spec's layout, LF line ends).
    QByteArray toJson() const;

    bool operator==(const CommissionPlan &) const = default;
};

// Reads a plan. Every problem found goes to `diagnostics` as FILE:LINE: FIELD: message (FIELD is a path
// such as bands[1].rate); the result is nullopt when there was any.
std::optional<CommissionPlan> parseCommissionPlan(QByteArrayView json, const QString &fileName,
                                                  Diagnostics &diagnostics);

} // namespace cd

Q_DECLARE_METATYPE(cd::CommissionPlan)
