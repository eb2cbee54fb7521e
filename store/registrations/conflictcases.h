#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::store {

class Database;

// Seed 003's channel conflict resolution framework, one step after the other.
enum class ConflictStep { Identify, Investigate, Mediate, Decide, Communicate, Prevent };
constexpr int ConflictStepCount = 6;
QString conflictStepCode(ConflictStep step); // identify, investigate, mediate, decide, communicate, prevent
std::optional<ConflictStep> conflictStepFromCode(QStringView code);
QList<ConflictStep> conflictSteps();

struct ConflictStepRecord
{
    ConflictStep step = ConflictStep::Identify;
    QString note;
    QString decision; // what was decided or agreed in this step
    QDate date;       // when the step was done; invalid while it is still to do
    QString actor;    // who recorded it
    bool done() const { return date.isValid(); }
    bool operator==(const ConflictStepRecord &) const = default;
};

// Registrations competing for one customer: the winner by the rules, the others, and where the case stands.
struct ConflictCase
{
    QString caseId;
    QStringList regIds; // the competing registrations, the rule's winner first
    QString winner;     // the reg_id that keeps the credit (the rule's, or the one the decide step chose)
    QString status;     // open (steps to do), resolved (decided and communicated), closed (all six done)
    QDateTime openedAt;
    QList<ConflictStepRecord> steps; // always six, in framework order

    const ConflictStepRecord &step(ConflictStep s) const { return steps[int(s)]; }
    // The first step not done, or nullopt when all are.
    std::optional<ConflictStep> nextStep() const;
    bool operator==(const ConflictCase &) const = default;
};

// The case status the steps imply: closed when all six are done, resolved when decide and communicate are,
// else open.
QString conflictCaseStatus(const QList<ConflictStepRecord> &steps);

// Conflict cases in the database (schema 4). Every write runs in a transaction and adds an audit row with
// entity "conflict_case".
class ConflictCaseStore
{
public:
    explicit ConflictCaseStore(Database &database); // the database must outlive the store

    QList<ConflictCase> all() const; // newest first
    std::optional<ConflictCase> find(const QString &caseId) const;
    // The case a registration takes part in, if any.
    std::optional<ConflictCase> caseOf(const QString &regId) const;

    // Opens a case (id C0001, C0002 …) with the identify step done: `note` on `at`'s date.
    ConflictCase open(const QStringList &regIds, const QString &winner, const QDateTime &at, const QString &note);
    // For the evaluation: `loser` conflicts with `winner`; joins the open case `winner` is in, else opens one.
    // Returns the case id.
    QString openForConflict(const QString &winner, const QString &loser, const QDateTime &at, const QString &note);
    // Records (or, with an invalid date and empty texts, clears) one step; the case status follows.
    // The actor is the record's, or the database's actor when empty.
    void recordStep(const QString &caseId, const ConflictStepRecord &record);
    // The decide step may award the credit to another registration of the case.
    void setWinner(const QString &caseId, const QString &regId);
    // Writes a whole case as it is (undo restores an earlier state through this).
    void restore(const ConflictCase &conflictCase);
    void remove(const QString &caseId);

private:
    Database &m_database;
};

} // namespace cd::store
