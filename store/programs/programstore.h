#pragma once

#include "core/money/decimal.h"
#include "core/programs/program.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd::store {

class Database;

// A program as the database keeps it: programs.md's JSON text, verbatim, so that what a user saved is what
// they get back; `basedOn` names the template it was copied from.
struct StoredProgram
{
    QString id;
    QString name;
    QString basedOn;
    bool isTemplate = false;
    QByteArray json;
    bool operator==(const StoredProgram &) const = default;
};

// The four seed programs (resources/programs/*.json, compiled in), in file order.
QList<StoredProgram> programTemplates();

class ProgramStore
{
public:
    explicit ProgramStore(Database &database); // the database must outlive the store

    QList<StoredProgram> all() const; // templates first, then by id
    std::optional<StoredProgram> find(const QString &programId) const;
    // Parses the stored JSON; nullopt with `errors` when it no longer parses.
    std::optional<Program> program(const QString &programId, Diagnostics *errors = nullptr) const;
    // Validates with parseProgram (throws InputError with every problem) and inserts or replaces; audited.
    void save(const StoredProgram &program);
    void remove(const QString &programId); // audited; the partners keep naming it

private:
    Database &m_database;
};

// Where a partner is in seed 003's development process: one row per stage entered, with its date.
struct StageEntry
{
    qint64 rowId = 0;
    QString partnerId;
    QString stage;
    QDate since;
};

class LifecycleStore
{
public:
    explicit LifecycleStore(Database &database);

    // Each partner's current stage (partners.stage) and since when: the latest history row for that stage,
    // or the partner's joined_on, or nothing.
    QList<StageEntry> currentStages() const;
    QList<StageEntry> history(const QString &partnerId) const; // oldest first
    // Moves the partner to `stage` from `since` on: updates partners.stage and adds a history row, one
    // transaction, audited. Returns the history row added, for undo.
    qint64 moveStage(const QString &partnerId, const QString &stage, QDate since);
    // Undoes moveStage: the stage back to `previousStage`, the history row gone.
    void revertStage(const QString &partnerId, const QString &previousStage, qint64 historyRowId);
    // The new history row's id; partners.stage is not changed.
    qint64 addHistory(const QString &partnerId, const QString &stage, QDate since);

private:
    Database &m_database;
};

// Measured KPIs the deals cannot give (customer satisfaction surveys, marketing collaboration scores):
// the latest value on or before a date counts.
class KpiStore
{
public:
    explicit KpiStore(Database &database);
    void set(const QString &partnerId, const QString &metric, QDate asOf, const Decimal &value);
    // partner_id -> metric -> value, the latest on or before `asOf`.
    QHash<QString, QHash<QString, Decimal>> valuesOn(QDate asOf) const;

private:
    Database &m_database;
};

} // namespace cd::store
