#include "ui/storecommand.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>

namespace cd::ui {

namespace {

// The innermost live hook; commands run on the GUI thread only.
StoreCommand::ReportHook *currentHook = nullptr;

} // namespace

StoreCommand::ReportHook::ReportHook(Reporter reporter)
    : m_reporter(std::move(reporter)), m_previous(currentHook)
{
    currentHook = this;
}

StoreCommand::ReportHook::~ReportHook()
{
    currentHook = m_previous;
}

StoreCommand::StoreCommand(const StoreCommandContext &context, const QString &text)
    : QUndoCommand(text), m_database(context.database), m_notifier(context.notifier), m_window(context.window)
{
}

void StoreCommand::push(QUndoStack *stack, std::unique_ptr<StoreCommand> command)
{
    {
        store::Transaction transaction(command->m_database);
        command->apply();
        transaction.commit();
    }
    StoreCommand *applied = command.get(); // owned by the stack after the push, else by `command`
    if (stack) {
        applied->m_pushing = true;
        stack->push(command.release());
    }
    applied->changed(Direction::Forward);
}

void StoreCommand::redo()
{
    if (m_pushing) {
        m_pushing = false;
        return;
    }
    replay(Direction::Forward);
}

void StoreCommand::undo()
{
    replay(Direction::Backward);
}

void StoreCommand::report(QWidget *window, const QString &title, const QString &message)
{
    if (currentHook)
        currentHook->m_reporter(title, message);
    else if (window)
        QMessageBox::warning(window, title, message);
}

void StoreCommand::notify(ChangeNotifier &, Direction) {}

void StoreCommand::refresh(Direction) {}

QString StoreCommand::failureTitle() const
{
    // The record editor's words, which every command shares.
    return QCoreApplication::translate("cd::RecordEditor", "Cannot undo");
}

void StoreCommand::replay(Direction direction)
{
    // A macro replays all its children, also those after one that failed.
    if (isObsolete())
        return;
    try {
        store::Transaction transaction(m_database);
        direction == Direction::Forward ? forward() : backward();
        transaction.commit();
    } catch (const store::StoreError &error) {
        setObsolete(true);
        report(m_window, failureTitle(), error.message());
        return;
    }
    changed(direction);
}

void StoreCommand::changed(Direction direction)
{
    if (m_notifier)
        notify(*m_notifier, direction);
    refresh(direction);
}

} // namespace cd::ui
