#pragma once

#include "store/records/tablequery.h"

class QUndoStack;
class QWidget;

namespace cd::store {
class Database;
}

namespace cd::ui {

class ChangeNotifier;

// What an edit needs: where to write, where to push the undo command, whom to tell.
struct EditContext
{
    store::Database &database;
    QUndoStack *undoStack;    // not owned
    ChangeNotifier *notifier; // not owned
};

// Each opens the record's dialog (validated as the user types) and, on OK, pushes an undoable command.
// They return the id of the record written, or an empty string when the user cancelled.
QString addRecord(QWidget *parent, store::TableKind kind, const EditContext &context);
QString editRecord(QWidget *parent, store::TableKind kind, const QString &recordId, const EditContext &context);
// Asks for confirmation, then deletes through an undoable command. False when cancelled or refused.
bool deleteRecord(QWidget *parent, store::TableKind kind, const QString &recordId, const EditContext &context);

} // namespace cd::ui
