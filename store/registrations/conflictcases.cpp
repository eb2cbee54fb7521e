#include "store/registrations/conflictcases.h"

#include "store/auditlog.h"
#include "store/database.h"

#include "core/records/records.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cd::store {

namespace {

struct ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::ConflictCaseStore)
};

const QString caseEntity = QStringLiteral("conflict_case");

const QStringList &stepCodes()
{
    static const QStringList codes{QStringLiteral("identify"), QStringLiteral("investigate"), QStringLiteral("mediate"),
                                   QStringLiteral("decide"),   QStringLiteral("communicate"), QStringLiteral("prevent")};
    return codes;
}

QList<ConflictStepRecord> emptySteps()
{
    QList<ConflictStepRecord> steps;
    for (const ConflictStep step : conflictSteps())
        steps << ConflictStepRecord{step, {}, {}, {}, {}};
    return steps;
}

// The case as the audit log compares it: one column per field and per step field.
QStringList auditColumns()
{
    QStringList columns{QStringLiteral("registrations"), QStringLiteral("winner"), QStringLiteral("status"),
                        QStringLiteral("opened_at")};
    for (const QString &code : stepCodes()) {
        for (const char *field : {"note", "decision", "date", "actor"})
            columns << code + QLatin1Char('.') + QLatin1String(field);
    }
    return columns;
}

QStringList auditTexts(const ConflictCase &c)
{
    QStringList texts{c.regIds.join(QLatin1Char(';')), c.winner, c.status, formatIsoDateTimeUtc(c.openedAt)};
    for (const ConflictStepRecord &s : c.steps)
        texts << s.note << s.decision << formatIsoDate(s.date) << s.actor;
    return texts;
}

void exec(Database &database, const QString &sql, const QVariantList &bindings, const QString &what)
{
    QSqlQuery query = database.prepare(sql, what);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    Database::exec(query, what);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(formatIsoDate(date)) : QVariant();
}

// Writes every row of the case (without transaction or audit: the callers hold both).
void writeCase(Database &database, const ConflictCase &c)
{
    const QString what = ConflictText::tr("saving conflict case %1").arg(c.caseId);
    exec(database,
         QStringLiteral("INSERT INTO conflict_cases (case_id, winner, status, opened_at) VALUES (?,?,?,?)"
                        " ON CONFLICT(case_id) DO UPDATE SET winner = excluded.winner, status = excluded.status,"
                        " opened_at = excluded.opened_at"),
         {c.caseId, text(c.winner), text(c.status), formatIsoDateTimeUtc(c.openedAt)}, what);
    exec(database, QStringLiteral("DELETE FROM conflict_case_registrations WHERE case_id = ?"), {c.caseId}, what);
    for (int i = 0; i < c.regIds.size(); ++i) {
        exec(database,
             QStringLiteral("INSERT INTO conflict_case_registrations (case_id, position, reg_id) VALUES (?,?,?)"),
             {c.caseId, i, c.regIds[i]}, what);
    }
    exec(database, QStringLiteral("DELETE FROM conflict_case_steps WHERE case_id = ?"), {c.caseId}, what);
    for (const ConflictStepRecord &s : c.steps) {
        if (!s.done() && s.note.isEmpty() && s.decision.isEmpty())
            continue;
        exec(database,
             QStringLiteral("INSERT INTO conflict_case_steps (case_id, step, note, decision, done_on, actor)"
                            " VALUES (?,?,?,?,?,?)"),
             {c.caseId, conflictStepCode(s.step), text(s.note), text(s.decision), dateValue(s.date), text(s.actor)}, what);
    }
}

void audit(Database &database, const QString &action, const QString &caseId, const std::optional<ConflictCase> &before,
           const std::optional<ConflictCase> &after)
{
    AuditLog(database).record(action, caseEntity, caseId,
                              AuditLog::diff(auditColumns(), before ? auditTexts(*before) : QStringList(),
                                             after ? auditTexts(*after) : QStringList()));
}

QList<ConflictCase> readCases(Database &database, const QString &where, const QVariantList &bindings)
{
    const QString what = ConflictText::tr("reading the conflict cases");
    QSqlQuery query = database.prepare(QStringLiteral("SELECT case_id, winner, status, opened_at FROM conflict_cases c")
                                           + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                                           + QStringLiteral(" ORDER BY opened_at DESC, case_id DESC"),
                                       what);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    Database::exec(query, what);
    QList<ConflictCase> cases;
    while (query.next()) {
        ConflictCase c;
        c.caseId = query.value(0).toString();
        c.winner = query.value(1).toString();
        c.status = query.value(2).toString();
        c.openedAt = parseIsoDateTimeUtc(query.value(3).toString()).value_or(QDateTime());
        c.steps = emptySteps();
        cases << c;
    }
    for (ConflictCase &c : cases) {
        QSqlQuery regs = database.prepare(
            QStringLiteral("SELECT reg_id FROM conflict_case_registrations WHERE case_id = ? ORDER BY position"), what);
        regs.addBindValue(c.caseId);
        Database::exec(regs, what);
        while (regs.next())
            c.regIds << regs.value(0).toString();
        QSqlQuery steps = database.prepare(
            QStringLiteral("SELECT step, note, decision, done_on, actor FROM conflict_case_steps WHERE case_id = ?"), what);
        steps.addBindValue(c.caseId);
        Database::exec(steps, what);
        while (steps.next()) {
            const std::optional<ConflictStep> step = conflictStepFromCode(steps.value(0).toString());
            if (!step)
                continue;
            ConflictStepRecord &s = c.steps[int(*step)];
            s.note = steps.value(1).toString();
            s.decision = steps.value(2).toString();
            s.date = parseIsoDate(steps.value(3).toString()).value_or(QDate());
            s.actor = steps.value(4).toString();
        }
    }
    return cases;
}

} // namespace

QString conflictStepCode(ConflictStep step)
{
    return stepCodes().value(int(step));
}

std::optional<ConflictStep> conflictStepFromCode(QStringView code)
{
    for (int i = 0; i < stepCodes().size(); ++i) {
        if (stepCodes()[i] == code)
            return ConflictStep(i);
    }
    return std::nullopt;
}

QList<ConflictStep> conflictSteps()
{
    return {ConflictStep::Identify, ConflictStep::Investigate, ConflictStep::Mediate,
            ConflictStep::Decide,   ConflictStep::Communicate, ConflictStep::Prevent};
}

std::optional<ConflictStep> ConflictCase::nextStep() const
{
    for (const ConflictStepRecord &s : steps) {
        if (!s.done())
            return s.step;
    }
    return std::nullopt;
}

QString conflictCaseStatus(const QList<ConflictStepRecord> &steps)
{
    bool all = true;
    for (const ConflictStepRecord &s : steps)
        all = all && s.done();
    if (all && steps.size() == ConflictStepCount)
        return QStringLiteral("closed");
    if (steps.size() == ConflictStepCount && steps[int(ConflictStep::Decide)].done()
        && steps[int(ConflictStep::Communicate)].done())
        return QStringLiteral("resolved");
    return QStringLiteral("open");
}

ConflictCaseStore::ConflictCaseStore(Database &database) : m_database(database)
{
}

QList<ConflictCase> ConflictCaseStore::all() const
{
    return readCases(m_database, {}, {});
}

std::optional<ConflictCase> ConflictCaseStore::find(const QString &caseId) const
{
    const QList<ConflictCase> cases = readCases(m_database, QStringLiteral("c.case_id = ?"), {caseId});
    if (cases.isEmpty())
        return std::nullopt;
    return cases.first();
}

std::optional<ConflictCase> ConflictCaseStore::caseOf(const QString &regId) const
{
    const QList<ConflictCase> cases = readCases(
        m_database, QStringLiteral("c.case_id IN (SELECT case_id FROM conflict_case_registrations WHERE reg_id = ?)"),
        {regId});
    if (cases.isEmpty())
        return std::nullopt;
    return cases.first();
}

ConflictCase ConflictCaseStore::open(const QStringList &regIds, const QString &winner, const QDateTime &at,
                                     const QString &note)
{
    if (regIds.size() < 2)
        throw StoreError(ConflictText::tr("a conflict case needs at least two registrations"));
    if (!winner.isEmpty() && !regIds.contains(winner))
        throw StoreError(ConflictText::tr("the winner %1 is not one of the case's registrations").arg(winner));
    Transaction transaction(m_database);
    const qint64 next = m_database.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM conflict_cases"),
                                          ConflictText::tr("numbering conflict cases"))
                            .toLongLong();
    ConflictCase c;
    c.caseId = QStringLiteral("C%1").arg(next, 4, 10, QLatin1Char('0'));
    while (find(c.caseId))
        c.caseId += QLatin1Char('a');
    c.regIds = regIds;
    c.winner = winner;
    c.openedAt = at.toUTC();
    c.steps = emptySteps();
    ConflictStepRecord &identify = c.steps[int(ConflictStep::Identify)];
    identify.note = note;
    identify.date = at.toUTC().date();
    identify.actor = m_database.actor();
    c.status = conflictCaseStatus(c.steps);
    writeCase(m_database, c);
    audit(m_database, QStringLiteral("insert"), c.caseId, std::nullopt, c);
    transaction.commit();
    return c;
}

QString ConflictCaseStore::openForConflict(const QString &winner, const QString &loser, const QDateTime &at,
                                           const QString &note)
{
    Transaction transaction(m_database);
    for (const ConflictCase &c : readCases(
             m_database,
             QStringLiteral("c.status = 'open' AND c.case_id IN (SELECT case_id FROM conflict_case_registrations"
                            " WHERE reg_id = ?)"),
             {winner})) {
        if (c.regIds.contains(loser)) {
            transaction.commit();
            return c.caseId;
        }
        ConflictCase after = c;
        after.regIds << loser;
        if (!note.isEmpty()) {
            QString &identify = after.steps[int(ConflictStep::Identify)].note;
            identify += (identify.isEmpty() ? QString() : QStringLiteral("\n")) + note;
        }
        writeCase(m_database, after);
        audit(m_database, QStringLiteral("update"), c.caseId, c, after);
        transaction.commit();
        return c.caseId;
    }
    const QString id = open({winner, loser}, winner, at, note).caseId;
    transaction.commit();
    return id;
}

void ConflictCaseStore::recordStep(const QString &caseId, const ConflictStepRecord &record)
{
    Transaction transaction(m_database);
    const std::optional<ConflictCase> before = find(caseId);
    if (!before)
        throw StoreError(ConflictText::tr("there is no conflict case %1").arg(caseId));
    ConflictCase after = *before;
    ConflictStepRecord step = record;
    if (step.actor.isEmpty() && (step.done() || !step.note.isEmpty() || !step.decision.isEmpty()))
        step.actor = m_database.actor();
    after.steps[int(record.step)] = step;
    after.status = conflictCaseStatus(after.steps);
    if (after == *before)
        return;
    writeCase(m_database, after);
    audit(m_database, QStringLiteral("step"), caseId, before, after);
    transaction.commit();
}

void ConflictCaseStore::setWinner(const QString &caseId, const QString &regId)
{
    Transaction transaction(m_database);
    const std::optional<ConflictCase> before = find(caseId);
    if (!before)
        throw StoreError(ConflictText::tr("there is no conflict case %1").arg(caseId));
    if (!before->regIds.contains(regId))
        throw StoreError(ConflictText::tr("%1 is not one of the registrations of case %2").arg(regId, caseId));
    if (before->winner == regId)
        return;
    ConflictCase after = *before;
    after.winner = regId;
    writeCase(m_database, after);
    audit(m_database, QStringLiteral("update"), caseId, before, after);
    transaction.commit();
}

void ConflictCaseStore::restore(const ConflictCase &conflictCase)
{
    if (conflictCase.steps.size() != ConflictStepCount)
        throw StoreError(ConflictText::tr("conflict case %1 must have six steps").arg(conflictCase.caseId));
    Transaction transaction(m_database);
    const std::optional<ConflictCase> before = find(conflictCase.caseId);
    if (before && *before == conflictCase)
        return;
    writeCase(m_database, conflictCase);
    audit(m_database, before ? QStringLiteral("update") : QStringLiteral("insert"), conflictCase.caseId, before,
          conflictCase);
    transaction.commit();
}

void ConflictCaseStore::remove(const QString &caseId)
{
    Transaction transaction(m_database);
    const std::optional<ConflictCase> before = find(caseId);
    if (!before)
        throw StoreError(ConflictText::tr("there is no conflict case %1").arg(caseId));
    exec(m_database, QStringLiteral("DELETE FROM conflict_cases WHERE case_id = ?"), {caseId},
         ConflictText::tr("deleting conflict case %1").arg(caseId));
    audit(m_database, QStringLiteral("delete"), caseId, before, std::nullopt);
    transaction.commit();
}

} // namespace cd::store
