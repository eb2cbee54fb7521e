#pragma once

#include "ui/changenotifier.h"

#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <functional>
#include <memory>

class QUndoStack;

namespace cd::store {
class Database;
}

namespace cd::ui {

// Where a store command writes, whom it tells and where it shows a failed replay.
struct StoreCommandContext
{
    store::Database &database;
    ChangeNotifier *notifier = nullptr; // not owned; null for a page on its own (tests)
    QWidget *window = nullptr;          // not owned; parent of the failure message; null: none is shown
};

// The one undo protocol of the window: every undoable edit is a StoreCommand.
// - push() applies the change first and puts the command on the stack only when the store accepted it, so a
//   refused write never leaves a command behind; the refusal reaches the caller as StoreError, to word it.
// - Later redo() and undo() replay the change inside one store::Transaction. When the store refuses then
//   (someone else changed the database meanwhile) the transaction leaves the database as it was, the
//   command marks itself obsolete (the stack drops it: the history cannot be replayed past this point) and
//   the store's message goes to the user.
// - After the first application and after every replay the store accepted, notify() tells the window's
//   views through the one ChangeNotifier, then refresh() updates the page that made the command.
class StoreCommand : public QUndoCommand
{
public:
    enum class Direction { Forward, Backward };

    // Applies `command` and pushes it onto `stack`; without a stack the change is made and not kept.
    // Throws StoreError when the store refuses; then nothing is pushed and the database is unchanged.
    static void push(QUndoStack *stack, std::unique_ptr<StoreCommand> command);

    void redo() final;
    void undo() final;

    // Shows a store's message: in a message box on `window` (none without one), or, while a ReportHook
    // lives, to the hook instead. Failed replays report here; callers may report refusals here too.
    static void report(QWidget *window, const QString &title, const QString &message);

    using Reporter = std::function<void(const QString &title, const QString &message)>;
    // Takes the messages while it lives (tests, and callers that show them their own way); hooks nest.
    class ReportHook
    {
    public:
        explicit ReportHook(Reporter reporter);
        ~ReportHook();
        ReportHook(const ReportHook &) = delete;
        ReportHook &operator=(const ReportHook &) = delete;

    private:
        friend class StoreCommand;
        Reporter m_reporter;
        ReportHook *m_previous;
    };

protected:
    StoreCommand(const StoreCommandContext &context, const QString &text);

    store::Database &database() const { return m_database; }

    // The first application; by default the same as a forward replay. A command whose first time runs the
    // store's own rules (an approval checks it is the first) overrides it and records the states to replay.
    virtual void apply() { forward(); }
    virtual void forward() = 0;
    virtual void backward() = 0;
    virtual void notify(ChangeNotifier &notifier, Direction direction);
    virtual void refresh(Direction direction);
    // The failure message's title; the registration commands keep their own translation context for it.
    virtual QString failureTitle() const;

private:
    void replay(Direction direction);
    void changed(Direction direction);

    store::Database &m_database;
    QPointer<ChangeNotifier> m_notifier;
    QPointer<QWidget> m_window;
    bool m_pushing = false; // the stack's redo() on push is the application push() just made
};

} // namespace cd::ui
