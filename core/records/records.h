#pragma once

#include "core/money/decimal.h"
#include "core/money/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// The closed vocabularies of data.md. Codes are what files and the database hold; people see the
// translated labels from vocabulary.h.
namespace codes {
const QStringList &partnerTypes();    // system_integrator, reseller, …
const QStringList &regions();         // NA, EMEA, APAC, LATAM
const QStringList &partnerStages();   // identification … management (seed 003's development process)
const QStringList &partnerStatuses(); // active, inactive, terminated
const QStringList &dealStatuses();    // open, won, lost, cancelled
const QStringList &dealStages();      // prospecting, qualification, proposal, negotiation
const QStringList &dealSources();     // sourced, influenced
} // namespace codes

struct Partner
{
    QString id;
    QString name;
    QString type;
    QString region;
    QString country; // ISO 3166-1 alpha-2
    QString program;
    QString tier;
    QString stage;
    QString status;
    QString manager;
    QDate joinedOn;
    std::optional<Money> revenueCommitment; // its currency is the partner's `currency` column
    QString website;
    QString vertical;

    bool operator==(const Partner &) const = default;
};

// One partner's share of a deal, in percent.
struct DealShare
{
    QString partnerId;
    Decimal percent;
    bool operator==(const DealShare &) const = default;
};

struct Deal
{
    QString id;
    QList<DealShare> partners;
    QString customer;
    QString customerDomain;
    QString name;
    QString product;
    QString status;
    QString stage;
    Money amount;
    std::optional<Decimal> probability; // percent, 0–100
    QDate closeDate;
    QDate cancelledOn;
    QString source;
    QString regId;

    bool operator==(const Deal &) const = default;
};

struct Registration
{
    QString id;
    QString partnerId;
    QString customer;
    QString customerDomain;
    QString product;
    Money amount;
    QDateTime submittedAt; // UTC
    QString status;        // empty until evaluated
    QDateTime decidedAt;

    bool operator==(const Registration &) const = default;
};

// Reads commission.md's `partners` field: "P1" (the whole deal) or "P2=60;P1=40" (percentages that sum to
// exactly 100, no partner twice). On failure returns nullopt and sets *error to the reason.
std::optional<QList<DealShare>> parsePartnerSplit(QStringView text, QString *error);
QString formatPartnerSplit(const QList<DealShare> &shares);

// Reads "15%" or "15.5%" into 15 / 15.5; nullopt (with *error) for anything else.
std::optional<Decimal> parsePercent(QStringView text, QString *error);
QString formatPercent(const Decimal &percent);

// ISO 8601 dates and UTC date-times exactly as data.md writes them.
std::optional<QDate> parseIsoDate(QStringView text);
std::optional<QDateTime> parseIsoDateTimeUtc(QStringView text);
QString formatIsoDate(QDate date);
QString formatIsoDateTimeUtc(const QDateTime &dateTime);

} // namespace cd
