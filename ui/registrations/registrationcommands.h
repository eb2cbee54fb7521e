#pragma once

#include "core/records/records.h"
#include "store/registrations/conflictcases.h"
#include "store/registrations/registrationworkflow.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QUndoStack;
class QWidget;

namespace cd::store {
class Database;
}

namespace cd::ui {

class ChangeNotifier;

// What the registration and conflict pages' edits need. Each function performs the write through the store
// (audited there) and, when the store accepts it, pushes an undo command (ui/storecommand.h); on refusal it
// reports the store's message (StoreCommand::report) and returns false, leaving the stack as it was.
struct RegistrationEditContext
{
    store::Database &database;
    QUndoStack *undoStack;    // not owned
    ChangeNotifier *notifier; // not owned; may be null
    QWidget *parent;          // for messages; may be null (then none is shown)
    std::function<void()> changed; // called after every do, undo and redo (the pages reload); may be empty
};

bool approveRegistration(const RegistrationEditContext &context, const QString &regId, const QDateTime &at);
bool rejectRegistration(const RegistrationEditContext &context, const QString &regId, const QString &reason,
                        const QDateTime &at);
bool extendRegistration(const RegistrationEditContext &context, const QString &regId, const QDateTime &at);
// Converts an approved registration into an open deal that keeps its reg_id; the deal is written in the same
// transaction as the workflow row, and undo removes it again.
bool convertRegistration(const RegistrationEditContext &context, const QString &regId, const QString &dealId,
                         const QDateTime &at);
// Adds a registration and evaluates the database as of `evaluateAt` (its status, a conflict case when it
// conflicts). Undo removes the registration; statuses the evaluation gave stay until the next run.
bool addRegistration(const RegistrationEditContext &context, const Registration &registration,
                     const QDateTime &evaluateAt);
// Writes a case as given (a step's note, decision and date; a new winner); undo restores the earlier state.
bool saveConflictCase(const RegistrationEditContext &context, const store::ConflictCase &after, const QString &text);

} // namespace cd::ui
