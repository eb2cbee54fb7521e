#include "store/demo/demosteps.h"

#include "store/registrations/conflictcases.h"
#include "store/database.h"
#include "store/registrations/registrationrepository.h"
#include "store/registrations/registrationworkflow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd::store {

namespace {

struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::RegistrationWorkflowDemo)
};

} // namespace

namespace {

// One demo note per step, a few variants each, so that cases read like a channel team's real log.
QString demoNote(ConflictStep step, int variant, const QString &winnerPartner, const QString &otherPartner,
                 const QString &customer)
{
    switch (step) {
    case ConflictStep::Identify:
        return {};
    case ConflictStep::Investigate: {
        const QString notes[] = {
            DemoText::tr("Called both account executives. %1 logged a discovery workshop with %3 before %2 made "
                         "contact; %2 was brought in by the customer's procurement team."),
            DemoText::tr("Checked CRM activity: %1 has two meetings and a scoped proposal for %3; %2 has an "
                         "introductory email only."),
            DemoText::tr("%2 says %3 asked them for a quote directly. %1 shared the meeting notes that show the "
                         "opportunity started with them."),
        };
        return notes[variant % 3].arg(winnerPartner, otherPartner, customer);
    }
    case ConflictStep::Mediate: {
        const QString notes[] = {
            DemoText::tr("Joint call with both partners. %2 accepted that %1 registered first and asked to be "
                         "considered for the implementation services."),
            DemoText::tr("Mediation call; %2 proposed a split. %1 declined, pointing to the registration date."),
            DemoText::tr("%1 and %2 agreed to let the channel team decide on the registration record."),
        };
        return notes[variant % 3].arg(winnerPartner, otherPartner);
    }
    case ConflictStep::Decide:
        return DemoText::tr("Applied the program rule: first to register, inside the 30-day protection period.");
    case ConflictStep::Communicate:
        return DemoText::tr("Decision sent to both partners and the regional sales lead; %1 acknowledged.")
            .arg(otherPartner);
    case ConflictStep::Prevent: {
        const QString notes[] = {
            DemoText::tr("Added %1 to the named-account list; %2 and the other partners now see existing "
                         "registrations in the portal before outreach."),
            DemoText::tr("Reminded %2 of the registration rules in the monthly partner call; %1 stays with the "
                         "current owner, no rule change needed."),
        };
        return notes[variant % 2].arg(customer, otherPartner);
    }
    }
    return {};
}

QString demoDecision(ConflictStep step, int variant, const QString &winnerReg, const QString &winnerPartner)
{
    switch (step) {
    case ConflictStep::Decide:
        return variant % 4 == 3 ? DemoText::tr("Credit stays with %1 (%2); the other partner is offered the "
                                               "services work.")
                                      .arg(winnerReg, winnerPartner)
                                : DemoText::tr("Credit stays with %1 (%2).").arg(winnerReg, winnerPartner);
    case ConflictStep::Mediate:
        return variant % 3 == 2 ? DemoText::tr("Escalate to the channel director.") : QString();
    case ConflictStep::Prevent:
        return variant % 2 == 0 ? DemoText::tr("Named-account list updated.") : QString();
    default:
        return {};
    }
}

} // namespace

// The demo's registrations evaluated as of its "today", the conflicts found as cases at every stage of the
// resolution framework (older cases further along), a few rejections, one extension and conversions.
void addDemoRegistrationWorkflow(Database &database, const DemoData &data)
{
    if (data.registrations.isEmpty())
        return;
    QDateTime now;
    if (data.options.today.isValid()) {
        now = QDateTime(data.options.today, QTime(12, 0), Qt::UTC);
    } else {
        for (const Registration &r : data.registrations)
            now = std::max(now, r.submittedAt);
    }
    const QString actor = database.actor();
    RegistrationWorkflowStore workflow(database);
    QHash<QString, const Partner *> partners;
    for (const Partner &p : data.partners)
        partners.insert(p.id, &p);
    QHash<QString, const Registration *> registrations;
    for (const Registration &r : data.registrations)
        registrations.insert(r.id, &r);
    const auto partnerName = [&](const QString &regId) {
        const Registration *r = registrations.value(regId);
        const Partner *p = r ? partners.value(r->partnerId) : nullptr;
        return p ? p->name : QString();
    };

    workflow.evaluate(now, true);
    const QHash<QString, RegistrationWorkflow> evaluated = workflow.allWorkflows();
    const auto managerOf = [&](const Registration &r) {
        const Partner *p = partners.value(r.partnerId);
        return p && !p->manager.isEmpty() ? p->manager : actor;
    };

    // The demo's deals that name a registration are what those registrations were converted to.
    QHash<QString, const Deal *> dealOf;
    for (const Deal &d : data.deals) {
        if (!d.regId.isEmpty() && registrations.contains(d.regId) && !dealOf.contains(d.regId))
            dealOf.insert(d.regId, &d);
    }
    for (auto it = dealOf.cbegin(); it != dealOf.cend(); ++it) {
        const Registration &r = *registrations.value(it.key());
        RegistrationWorkflow w = evaluated.value(r.id);
        w.regId = r.id;
        w.dealId = it.value()->id;
        w.convertedAt = std::min(r.submittedAt.addDays(2 + r.submittedAt.time().minute() % 5), now);
        database.setActor(managerOf(r));
        workflow.setWorkflow(w);
    }

    // The latest duplicates rejected, pointing the partner to the registration it already has.
    QList<const Registration *> duplicates;
    QList<const Registration *> approved;
    for (const Registration &r : data.registrations) {
        const std::optional<Registration> stored = RegistrationRepository(database).find(r.id);
        if (stored && stored->status == QLatin1String("duplicate"))
            duplicates << &r;
        else if (stored && stored->status == QLatin1String("approved"))
            approved << &r;
    }
    std::sort(duplicates.begin(), duplicates.end(),
              [](const Registration *a, const Registration *b) { return a->submittedAt > b->submittedAt; });
    for (qsizetype i = 0; i < std::min<qsizetype>(2, duplicates.size()); ++i) {
        const Registration &r = *duplicates[i];
        database.setActor(managerOf(r));
        workflow.reject(r.id,
                        DemoText::tr("Duplicate of %1, which is still protected; please update that registration instead.")
                            .arg(evaluated.value(r.id).winner),
                        std::min(r.submittedAt.addDays(1), now));
    }
    // About half the rules' approvals confirmed by the partner's channel manager; the rest wait in the queue.
    for (qsizetype i = 0; i < approved.size(); ++i) {
        if (i % 2 == 0) {
            database.setActor(managerOf(*approved[i]));
            workflow.approve(approved[i]->id, std::min(approved[i]->submittedAt.addDays(1), now));
        }
    }
    // One extension: the approved registration whose window ends soonest.
    const int protection = workflow.settings().protectionDays;
    const Registration *soonest = nullptr;
    for (const Registration *r : std::as_const(approved)) {
        if (!soonest || protectionEnd(r->submittedAt, protection) < protectionEnd(soonest->submittedAt, protection))
            soonest = r;
    }
    if (soonest) {
        database.setActor(managerOf(*soonest));
        workflow.extend(soonest->id, now.addDays(-1));
    }
    database.setActor(actor);
    workflow.evaluate(now, true);

    // The cases the evaluation opened, oldest first, taken further through the six steps the older they are.
    ConflictCaseStore cases(database);
    QList<ConflictCase> all = cases.all();
    std::reverse(all.begin(), all.end());
    int variant = 0;
    for (ConflictCase c : all) {
        ++variant;
        if (c.regIds.size() < 2)
            continue;
        const Registration *winner = registrations.value(c.winner);
        const Partner *winnerPartner = winner ? partners.value(winner->partnerId) : nullptr;
        const QString winnerName = partnerName(c.winner);
        const QString otherName = partnerName(c.regIds.value(1));
        const QString customer = winner ? winner->customer : QString();
        // The demo's history is evaluated in one go as of its "today"; a channel team would have opened each case
        // when the conflicting registration came in.
        if (const Registration *loser = registrations.value(c.regIds.value(1))) {
            c.openedAt = std::min(loser->submittedAt, now);
            c.steps[int(ConflictStep::Identify)].date = c.openedAt.date();
            c.steps[int(ConflictStep::Identify)].actor = winnerPartner ? winnerPartner->manager : actor;
        }
        const qint64 age = c.openedAt.date().daysTo(now.date());
        // About a step a week; some cases stall in investigation or mediation, some are resolved without the
        // prevent step.
        int steps = std::clamp(int(1 + age / 7), 1, ConflictStepCount);
        if (variant % 5 == 0)
            steps = std::min(steps, 2 + variant % 2);
        else if (variant % 7 == 3)
            steps = std::min(steps, ConflictStepCount - 1);
        QDate date = c.openedAt.date();
        for (int s = 1; s < steps; ++s) {
            date = std::min(date.addDays(1 + (variant + s) % 4), now.date());
            ConflictStepRecord &record = c.steps[s];
            record.note = demoNote(ConflictStep(s), variant, winnerName, otherName, customer);
            record.decision = demoDecision(ConflictStep(s), variant, c.winner, winnerName);
            record.date = date;
            record.actor = winnerPartner ? winnerPartner->manager : actor;
        }
        // The next step started: a note without a date yet.
        if (steps < ConflictStepCount && variant % 2 == 0) {
            ConflictStepRecord &record = c.steps[steps];
            record.note = demoNote(ConflictStep(steps), variant, winnerName, otherName, customer);
        }
        c.status = conflictCaseStatus(c.steps);
        database.setActor(winnerPartner ? winnerPartner->manager : actor);
        cases.restore(c);
    }
    database.setActor(actor);
}

} // namespace cd::store
