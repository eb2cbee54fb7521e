#pragma once

#include "core/records/records.h"
#include "core/registrations/registration.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd::store {

class Database;

// The program's registration settings (schema 4's registration_settings table).
struct RegistrationSettings
{
    int protectionDays = DefaultProtectionDays;
    // How much longer one extension keeps a registration protected. Seed 003 names only the 30-day
    // protection period, not an extension, so the default is another 30 days.
    int extensionDays = 30;
    bool operator==(const RegistrationSettings &) const = default;
};

// What the workflow adds to a registration beyond registration.md's columns (which stay the CSV's).
struct RegistrationWorkflow
{
    QString regId;
    QString winner;          // the evaluation's winner for a conflict or duplicate, else empty
    QDateTime approvedAt;    // when a person confirmed the rules' approval, or invalid while to review
    QString approvedBy;
    QString rejectionReason; // non-empty exactly when rejected
    QDateTime rejectedAt;
    QDateTime extendedUntil; // the one extension's new window end, or invalid
    QDateTime extendedAt;
    QString dealId;          // the deal it was converted to, or empty
    QDateTime convertedAt;

    bool approved() const { return approvedAt.isValid(); }
    bool rejected() const { return rejectedAt.isValid(); }
    bool extended() const { return extendedUntil.isValid(); }
    bool converted() const { return !dealId.isEmpty(); }
    bool isEmpty() const { return winner.isEmpty() && !approved() && !rejected() && !extended() && !converted(); }
    bool operator==(const RegistrationWorkflow &) const = default;
};

// One registration whose stored status or winner an evaluation changes.
// A row of the registration queue: the registration, its workflow and its partner's name.
struct RegistrationQueueEntry
{
    Registration registration;
    RegistrationWorkflow workflow;
    QString partnerName;
};

struct RegistrationStatusChange
{
    QString regId;
    QString oldStatus; // codes of registration.md; empty when never evaluated
    QString newStatus;
    QString oldWinner;
    QString newWinner;
    bool operator==(const RegistrationStatusChange &) const = default;
};

// The status a person reads: `rejected` when rejected, else the evaluation's (approved, expired, conflict,
// duplicate), or `pending` before the first evaluation.
QString effectiveRegistrationStatus(const Registration &registration, const RegistrationWorkflow &workflow);

// The end of a registration's protection: its extension when it has one, else submitted_at + protection.
QDateTime protectionWindowEnd(const Registration &registration, const RegistrationWorkflow &workflow,
                              int protectionDays);

// Registration workflow in the database: settings, rejection, the one extension, conversion to a deal,
// and the evaluation of every stored registration. Every write runs in a transaction and adds an audit row
// (entity "registration" for a registration's workflow, "registration_settings" for the settings).
class RegistrationWorkflowStore
{
public:
    explicit RegistrationWorkflowStore(Database &database); // the database must outlive the store

    RegistrationSettings settings() const;
    void setSettings(const RegistrationSettings &settings); // throws StoreError for days out of range

    RegistrationWorkflow workflow(const QString &regId) const; // an empty one (with regId) when none stored
    QHash<QString, RegistrationWorkflow> allWorkflows() const;   // by reg_id, only registrations that have one
    QList<RegistrationQueueEntry> queue() const;                 // every registration, by reg_id
    QHash<QString, QString> partnerNames() const;                // partner_id -> name, every partner

    // A person confirms the rules' approval (the review queue): only for a registration the rules approved
    // (first for its customer, inside its window), not rejected, not confirmed yet. Records the database's actor.
    void approve(const QString &regId, const QDateTime &at);
    // Rejects with a reason (required). Refused for a registration already converted to a deal.
    void reject(const QString &regId, const QString &reason, const QDateTime &at);
    // Extends once by the program's extension days from the end of the current window; returns the new end.
    // Refused when already extended, rejected, or not the winner of its customer (a conflict or duplicate).
    QDateTime extend(const QString &regId, const QDateTime &at);
    // Turns an approved registration into an open deal that keeps its reg_id (deal id `dealId`), in one
    // transaction with the workflow row. Refused unless the registration is approved (not expired, not
    // rejected) and not converted yet, or when the deal id exists. Returns the deal written.
    Deal convertToDeal(const QString &regId, const QString &dealId, const QDateTime &at);
    // The deal convertToDeal() would write (for previews and dialogs), without writing it.
    Deal dealFor(const Registration &registration, const QString &dealId) const;
    // A deal id not used yet for converting `regId` ("D-" + reg_id, with a suffix when taken).
    QString suggestedDealId(const QString &regId) const;

    // Writes a workflow as it is (undo and redo restore a previous one through this); audited as an update.
    // Converting back removes nothing: undoing a conversion removes the deal separately.
    void setWorkflow(const RegistrationWorkflow &workflow);

    // Evaluates every registration in the database as of `asOf` with the core engine (registration.md),
    // leaving rejected registrations out and honouring extensions, and returns the registrations whose
    // status or winner differs from the stored one, in (submitted_at, reg_id) order. With `apply` the
    // changes are written: status, decided_at (the as-of time, or submitted_at when later), the winner,
    // one audit row each (action "evaluate"), and a conflict case opened for every new conflict (see
    // ConflictCaseStore::openForConflict), all in one transaction.
    QList<RegistrationStatusChange> evaluate(const QDateTime &asOf, bool apply);

    // Whether some registration has never been evaluated (no status), as after importing a partner portal's
    // file without the optional status column: those are evaluated at once after an import.
    bool hasUnevaluated() const;

private:
    Database &m_database;
};

} // namespace cd::store
