#pragma once

#include "core/diagnostic.h"
#include "core/records/records.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

// registration.md: who gets credit for a customer when several partners register it.
enum class RegistrationStatus { Approved, Expired, Conflict, Duplicate };

// The codes files use: approved, expired, conflict, duplicate.
QString registrationStatusCode(RegistrationStatus status);
std::optional<RegistrationStatus> registrationStatusFromCode(QStringView code);

struct RegistrationDecision
{
    QString regId;
    RegistrationStatus status = RegistrationStatus::Approved;
    QString winner; // the winning reg_id for Conflict and Duplicate, else empty
    bool operator==(const RegistrationDecision &) const = default;
};

constexpr int DefaultProtectionDays = 30;
constexpr int MaxProtectionDays = 36500;

// The end of a registration's protection window [submitted_at, submitted_at + days).
QDateTime protectionEnd(const QDateTime &submittedAt, int protectionDays);

// Whether two products compete: equal ignoring case (full case folding, surrounding spaces ignored), or
// either of them empty.
bool productsCompete(QStringView a, QStringView b);

// Whether two registrations compete: the same customer key, and the same product ignoring case or an
// empty product on either side.
bool registrationsCompete(const Registration &a, const Registration &b);

// Evaluates every registration as of `asOf` (registration.md) and returns one decision per registration in
// the input order. Registrations are taken in (submitted_at, reg_id) order, reg_ids compared by their UTF-8
// bytes; registrations submitted after `asOf` are evaluated like the others (the rules only look back).
// Runs in O(n log n + n × w), w being the number of still-protecting winners of one customer.
QList<RegistrationDecision> evaluateRegistrations(const QList<Registration> &registrations, const QDateTime &asOf,
                                                  int protectionDays = DefaultProtectionDays);

// The same evaluation where a registration's window may end somewhere else than protectionDays after it
// was submitted (an extension the program granted): `windowEnds[i]`, when valid, is registration i's window
// end. An empty list, or invalid entries, mean the default window.
QList<RegistrationDecision> evaluateRegistrations(const QList<Registration> &registrations, const QDateTime &asOf,
                                                  int protectionDays, const QList<QDateTime> &windowEnds);

// A registrations file read for evaluation: the records, the line each came from, and warnings (unknown
// columns) that do not stop the evaluation.
struct RegistrationsFile
{
    QList<Registration> registrations;
    QList<int> lines;
    Diagnostics warnings;
};

// Reads registration.md's CSV (data.md conventions). Required columns: reg_id, partner_id, customer,
// customer_domain, product, submitted_at; optional: amount and currency (they do not change the
// evaluation, so a file without them is fine, but values that are present are validated), status and
// decided_at (export columns, ignored). Every problem is appended to `errors` as FILE:LINE: FIELD: …;
// the result is only meaningful when no error was added. A registration without an amount has a
// default-constructed Money (its currency is not valid).
RegistrationsFile readRegistrationsCsv(QByteArrayView data, const QString &fileName, Diagnostics &errors);

// The evaluation as registration.md's CSV: header `reg_id,status,winner`, LF line ends.
QByteArray registrationDecisionsCsv(const QList<RegistrationDecision> &decisions);

} // namespace cd
