#include "ui/registrations/registrationcommands.h"

#include "ui/changenotifier.h"

#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/registrations/registrationrepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace cd::ui {

namespace {

struct RegistrationCommandText
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::RegistrationCommands)
};

QString &lastError()
{
    static QString error;
    return error;
}

void report(const RegistrationEditContext &context, const QString &title, const QString &message)
{
    lastError() = message;
    if (context.parent)
        QMessageBox::warning(context.parent, title, message);
}

// A command whose first redo() already happened when it is pushed (the write is tried before anything goes
// on the stack). Later redos and undos replay stored states; a store refusal then (someone else changed the
// database) makes the history obsolete past this point.
class RegistrationCommand : public QUndoCommand
{
public:
    RegistrationCommand(const RegistrationEditContext &context, const QString &text)
        : QUndoCommand(text), m_context(context)
    {
    }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        replay(true);
    }
    void undo() override { replay(false); }

protected:
    virtual void forward() = 0;
    virtual void backward() = 0;
    const RegistrationEditContext &context() const { return m_context; }

private:
    void replay(bool forwards)
    {
        try {
            store::Transaction transaction(m_context.database);
            forwards ? forward() : backward();
            transaction.commit();
        } catch (const store::StoreError &error) {
            setObsolete(true);
            lastError() = error.message();
            if (m_context.parent)
                QMessageBox::warning(QApplication::activeWindow(), RegistrationCommandText::tr("Cannot undo"),
                                     error.message());
        }
        if (m_context.changed)
            m_context.changed();
    }

    RegistrationEditContext m_context;
    bool m_firstRedo = true;
};

// Moves a registration's workflow row between two states.
class WorkflowCommand : public RegistrationCommand
{
public:
    WorkflowCommand(const RegistrationEditContext &context, const QString &text, store::RegistrationWorkflow before,
                    store::RegistrationWorkflow after)
        : RegistrationCommand(context, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    void forward() override { store::RegistrationWorkflowStore(context().database).setWorkflow(m_after); }
    void backward() override { store::RegistrationWorkflowStore(context().database).setWorkflow(m_before); }

    store::RegistrationWorkflow m_before;
    store::RegistrationWorkflow m_after;
};

class ConvertCommand : public WorkflowCommand
{
public:
    ConvertCommand(const RegistrationEditContext &context, const QString &text, store::RegistrationWorkflow before,
                   store::RegistrationWorkflow after, Deal deal)
        : WorkflowCommand(context, text, std::move(before), std::move(after)), m_deal(std::move(deal))
    {
    }

protected:
    void forward() override
    {
        store::DealRepository(context().database).insert(m_deal);
        WorkflowCommand::forward();
        if (context().notifier)
            emit context().notifier->recordChanged(store::TableKind::Deals, m_deal.id);
    }
    void backward() override
    {
        WorkflowCommand::backward();
        store::DealRepository(context().database).remove(m_deal.id);
        if (context().notifier)
            emit context().notifier->recordRemoved(store::TableKind::Deals, m_deal.id);
    }

private:
    Deal m_deal;
};

// Adding a registration also evaluates it, and a conflict opens or joins a case: undo takes all of that back.
class AddRegistrationCommand : public RegistrationCommand
{
public:
    AddRegistrationCommand(const RegistrationEditContext &context, const QString &text, Registration registration,
                           store::RegistrationWorkflow workflow, std::optional<store::ConflictCase> caseBefore,
                           std::optional<store::ConflictCase> caseAfter)
        : RegistrationCommand(context, text),
          m_registration(std::move(registration)),
          m_workflow(std::move(workflow)),
          m_caseBefore(std::move(caseBefore)),
          m_caseAfter(std::move(caseAfter))
    {
    }

protected:
    void forward() override
    {
        store::RegistrationRepository(context().database).insert(m_registration);
        store::RegistrationWorkflowStore(context().database).setWorkflow(m_workflow);
        if (m_caseAfter)
            store::ConflictCaseStore(context().database).restore(*m_caseAfter);
    }
    void backward() override
    {
        if (m_caseBefore)
            store::ConflictCaseStore(context().database).restore(*m_caseBefore);
        else if (m_caseAfter)
            store::ConflictCaseStore(context().database).remove(m_caseAfter->caseId);
        store::RegistrationRepository(context().database).remove(m_registration.id);
    }

private:
    Registration m_registration;
    store::RegistrationWorkflow m_workflow;
    std::optional<store::ConflictCase> m_caseBefore;
    std::optional<store::ConflictCase> m_caseAfter;
};

class CaseCommand : public RegistrationCommand
{
public:
    CaseCommand(const RegistrationEditContext &context, const QString &text, store::ConflictCase before,
                store::ConflictCase after)
        : RegistrationCommand(context, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    void forward() override { store::ConflictCaseStore(context().database).restore(m_after); }
    void backward() override { store::ConflictCaseStore(context().database).restore(m_before); }

private:
    store::ConflictCase m_before;
    store::ConflictCase m_after;
};

// Every edit has one shape: make the change through the store (its rules may refuse it) and push the
// command that replays it; a refusal is reported and nothing goes on the stack.
template<typename Edit>
bool edit(const RegistrationEditContext &context, const QString &refusalTitle, Edit makeAndPush)
{
    try {
        makeAndPush();
    } catch (const store::StoreError &error) {
        report(context, refusalTitle, error.message());
        return false;
    }
    if (context.changed)
        context.changed();
    return true;
}

// Runs the store's own operation (with its rules) once, then records the states before and after it.
template<typename Operation>
bool workflowEdit(const RegistrationEditContext &context, const QString &regId, const QString &text,
                  Operation operation)
{
    return edit(context, RegistrationCommandText::tr("Not saved"), [&] {
        store::RegistrationWorkflowStore store(context.database);
        const store::RegistrationWorkflow before = store.workflow(regId);
        operation(store);
        const store::RegistrationWorkflow after = store.workflow(regId);
        context.undoStack->push(new WorkflowCommand(context, text, before, after));
    });
}

} // namespace

QString lastRegistrationEditError()
{
    return lastError();
}

bool approveRegistration(const RegistrationEditContext &context, const QString &regId, const QDateTime &at)
{
    return workflowEdit(context, regId, RegistrationCommandText::tr("Approve %1").arg(regId),
                        [&](store::RegistrationWorkflowStore &store) { store.approve(regId, at); });
}

bool rejectRegistration(const RegistrationEditContext &context, const QString &regId, const QString &reason,
                        const QDateTime &at)
{
    return workflowEdit(context, regId, RegistrationCommandText::tr("Reject %1").arg(regId),
                        [&](store::RegistrationWorkflowStore &store) { store.reject(regId, reason, at); });
}

bool extendRegistration(const RegistrationEditContext &context, const QString &regId, const QDateTime &at)
{
    return workflowEdit(context, regId, RegistrationCommandText::tr("Extend %1").arg(regId),
                        [&](store::RegistrationWorkflowStore &store) { store.extend(regId, at); });
}

bool convertRegistration(const RegistrationEditContext &context, const QString &regId, const QString &dealId,
                         const QDateTime &at)
{
    return edit(context, RegistrationCommandText::tr("Not converted"), [&] {
        store::RegistrationWorkflowStore store(context.database);
        const store::RegistrationWorkflow before = store.workflow(regId);
        const Deal deal = store.convertToDeal(regId, dealId, at);
        const store::RegistrationWorkflow after = store.workflow(regId);
        context.undoStack->push(new ConvertCommand(
            context, RegistrationCommandText::tr("Convert %1 to deal %2").arg(regId, dealId), before, after, deal));
        if (context.notifier)
            emit context.notifier->recordChanged(store::TableKind::Deals, deal.id);
    });
}

bool addRegistration(const RegistrationEditContext &context, const Registration &registration,
                     const QDateTime &evaluateAt)
{
    return edit(context, RegistrationCommandText::tr("Not saved"), [&] {
        store::Transaction transaction(context.database);
        store::ConflictCaseStore cases(context.database);
        QHash<QString, store::ConflictCase> casesBefore;
        for (store::ConflictCase &c : cases.all())
            casesBefore.insert(c.caseId, std::move(c));
        store::RegistrationRepository(context.database).insert(registration);
        store::RegistrationWorkflowStore workflows(context.database);
        workflows.evaluate(evaluateAt, true);
        const std::optional<Registration> evaluated = store::RegistrationRepository(context.database).find(registration.id);
        const std::optional<store::ConflictCase> caseAfter = cases.caseOf(registration.id);
        std::optional<store::ConflictCase> caseBefore;
        if (caseAfter && casesBefore.contains(caseAfter->caseId))
            caseBefore = casesBefore.value(caseAfter->caseId);
        const store::RegistrationWorkflow workflow = workflows.workflow(registration.id);
        transaction.commit();
        context.undoStack->push(new AddRegistrationCommand(
            context, RegistrationCommandText::tr("Add registration %1").arg(registration.id),
            evaluated.value_or(registration), workflow, caseBefore, caseAfter));
    });
}

bool saveConflictCase(const RegistrationEditContext &context, const store::ConflictCase &after, const QString &text)
{
    return edit(context, RegistrationCommandText::tr("Not saved"), [&] {
        store::ConflictCaseStore cases(context.database);
        const std::optional<store::ConflictCase> before = cases.find(after.caseId);
        if (!before)
            throw store::StoreError(RegistrationCommandText::tr("there is no conflict case %1").arg(after.caseId));
        if (*before == after)
            return;
        store::ConflictCase written = after;
        written.status = store::conflictCaseStatus(written.steps);
        cases.restore(written);
        context.undoStack->push(new CaseCommand(context, text, *before, *cases.find(after.caseId)));
    });
}

} // namespace cd::ui
