#include "ui/registrations/registrationcommands.h"

#include "ui/storecommand.h"

#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/registrations/registrationrepository.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

struct RegistrationCommandText
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::RegistrationCommands)
};

// The registration commands' part of the protocol: the page reloads after every change, and the failure
// title keeps its own translation context.
class RegistrationCommand : public StoreCommand
{
public:
    RegistrationCommand(const RegistrationEditContext &context, const QString &text)
        : StoreCommand({context.database, context.notifier, context.parent}, text), m_changed(context.changed)
    {
    }

protected:
    void refresh(Direction) override
    {
        if (m_changed)
            m_changed();
    }
    QString failureTitle() const override { return RegistrationCommandText::tr("Cannot undo"); }

private:
    std::function<void()> m_changed;
};

// Runs the store's own operation (with its rules) the first time, and records the registration's workflow
// row before and after it; replays move the row between those two states.
class WorkflowCommand : public RegistrationCommand
{
public:
    using Operation = std::function<void(store::RegistrationWorkflowStore &)>;

    WorkflowCommand(const RegistrationEditContext &context, const QString &text, const QString &regId,
                    Operation operation)
        : RegistrationCommand(context, text), m_regId(regId), m_operation(std::move(operation))
    {
    }

protected:
    void apply() override
    {
        store::RegistrationWorkflowStore store(database());
        m_before = store.workflow(m_regId);
        m_operation(store);
        m_after = store.workflow(m_regId);
    }
    void forward() override { store::RegistrationWorkflowStore(database()).setWorkflow(m_after); }
    void backward() override { store::RegistrationWorkflowStore(database()).setWorkflow(m_before); }

private:
    QString m_regId;
    Operation m_operation;
    store::RegistrationWorkflow m_before;
    store::RegistrationWorkflow m_after;
};

// Converting writes the deal in the same transaction as the workflow row; undo removes it again.
class ConvertCommand : public WorkflowCommand
{
public:
    ConvertCommand(const RegistrationEditContext &context, const QString &regId, const QString &dealId,
                   const QDateTime &at)
        : WorkflowCommand(context, RegistrationCommandText::tr("Convert %1 to deal %2").arg(regId, dealId),
                          regId, [this, regId, dealId, at](store::RegistrationWorkflowStore &store) {
                              m_deal = store.convertToDeal(regId, dealId, at);
                          })
    {
    }

protected:
    void forward() override
    {
        store::DealRepository(database()).insert(m_deal);
        WorkflowCommand::forward();
    }
    void backward() override
    {
        WorkflowCommand::backward();
        store::DealRepository(database()).remove(m_deal.id);
    }
    void notify(ChangeNotifier &notifier, Direction direction) override
    {
        if (direction == Direction::Forward)
            emit notifier.recordChanged(store::TableKind::Deals, m_deal.id);
        else
            emit notifier.recordRemoved(store::TableKind::Deals, m_deal.id);
    }

private:
    Deal m_deal;
};

// Adding a registration also evaluates the database, and a conflict opens or joins a case: undo takes the
// registration and the case's change back (statuses the evaluation gave stay until the next run).
class AddRegistrationCommand : public RegistrationCommand
{
public:
    AddRegistrationCommand(const RegistrationEditContext &context, const Registration &registration,
                           const QDateTime &evaluateAt)
        : RegistrationCommand(context,
                              RegistrationCommandText::tr("Add registration %1").arg(registration.id)),
          m_registration(registration), m_evaluateAt(evaluateAt)
    {
    }

protected:
    void apply() override
    {
        store::ConflictCaseStore cases(database());
        QHash<QString, store::ConflictCase> casesBefore;
        for (store::ConflictCase &c : cases.all())
            casesBefore.insert(c.caseId, std::move(c));
        store::RegistrationRepository(database()).insert(m_registration);
        store::RegistrationWorkflowStore workflows(database());
        workflows.evaluate(m_evaluateAt, true);
        if (const std::optional<Registration> evaluated =
                store::RegistrationRepository(database()).find(m_registration.id))
            m_registration = *evaluated;
        m_caseAfter = cases.caseOf(m_registration.id);
        if (m_caseAfter && casesBefore.contains(m_caseAfter->caseId))
            m_caseBefore = casesBefore.value(m_caseAfter->caseId);
        m_workflow = workflows.workflow(m_registration.id);
    }
    void forward() override
    {
        store::RegistrationRepository(database()).insert(m_registration);
        store::RegistrationWorkflowStore(database()).setWorkflow(m_workflow);
        if (m_caseAfter)
            store::ConflictCaseStore(database()).restore(*m_caseAfter);
    }
    void backward() override
    {
        if (m_caseBefore)
            store::ConflictCaseStore(database()).restore(*m_caseBefore);
        else if (m_caseAfter)
            store::ConflictCaseStore(database()).remove(m_caseAfter->caseId);
        store::RegistrationRepository(database()).remove(m_registration.id);
    }

private:
    Registration m_registration;
    QDateTime m_evaluateAt;
    store::RegistrationWorkflow m_workflow;
    std::optional<store::ConflictCase> m_caseBefore;
    std::optional<store::ConflictCase> m_caseAfter;
};

// Writes a case as given, with the status its steps give it; undo restores the earlier state.
class CaseCommand : public RegistrationCommand
{
public:
    CaseCommand(const RegistrationEditContext &context, const QString &text, store::ConflictCase before,
                store::ConflictCase after)
        : RegistrationCommand(context, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    void apply() override
    {
        store::ConflictCaseStore cases(database());
        m_after.status = store::conflictCaseStatus(m_after.steps);
        cases.restore(m_after);
        m_after = *cases.find(m_after.caseId);
    }
    void forward() override { store::ConflictCaseStore(database()).restore(m_after); }
    void backward() override { store::ConflictCaseStore(database()).restore(m_before); }

private:
    store::ConflictCase m_before;
    store::ConflictCase m_after;
};

// Every edit has one shape: push the command (its first application may be refused by the store's rules);
// a refusal is reported and nothing goes on the stack.
bool edit(const RegistrationEditContext &context, const QString &refusalTitle,
          std::unique_ptr<StoreCommand> command)
{
    try {
        StoreCommand::push(context.undoStack, std::move(command));
    } catch (const store::StoreError &error) {
        StoreCommand::report(context.parent, refusalTitle, error.message());
        return false;
    }
    return true;
}

bool workflowEdit(const RegistrationEditContext &context, const QString &regId, const QString &text,
                  WorkflowCommand::Operation operation)
{
    return edit(context, RegistrationCommandText::tr("Not saved"),
                std::make_unique<WorkflowCommand>(context, text, regId, std::move(operation)));
}

} // namespace

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
    return edit(context, RegistrationCommandText::tr("Not converted"),
                std::make_unique<ConvertCommand>(context, regId, dealId, at));
}

bool addRegistration(const RegistrationEditContext &context, const Registration &registration,
                     const QDateTime &evaluateAt)
{
    return edit(context, RegistrationCommandText::tr("Not saved"),
                std::make_unique<AddRegistrationCommand>(context, registration, evaluateAt));
}

bool saveConflictCase(const RegistrationEditContext &context, const store::ConflictCase &after, const QString &text)
{
    const QString refusalTitle = RegistrationCommandText::tr("Not saved");
    std::optional<store::ConflictCase> before;
    try {
        before = store::ConflictCaseStore(context.database).find(after.caseId);
    } catch (const store::StoreError &error) {
        StoreCommand::report(context.parent, refusalTitle, error.message());
        return false;
    }
    if (!before) {
        StoreCommand::report(context.parent, refusalTitle,
                             RegistrationCommandText::tr("there is no conflict case %1").arg(after.caseId));
        return false;
    }
    if (*before == after) {
        if (context.changed)
            context.changed();
        return true;
    }
    return edit(context, refusalTitle, std::make_unique<CaseCommand>(context, text, *before, after));
}

} // namespace cd::ui
