#include "store/programs/programstore.h"

#include "store/auditlog.h"
#include "store/database.h"

#include "core/records/records.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

// Resources of a static library are registered by hand before first use.
static void initProgramTemplates()
{
    Q_INIT_RESOURCE(program_templates);
}

namespace cd::store {

namespace {

struct ProgramStoreText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::ProgramStore)
};

QString partnerStage(Database &db, const QString &partnerId)
{
    const QString what = ProgramStoreText::tr("reading partner %1").arg(partnerId);
    QSqlQuery q = db.prepare(QStringLiteral("SELECT stage FROM partners WHERE partner_id = ?"), what);
    q.addBindValue(partnerId);
    Database::exec(q, what);
    if (!q.next())
        throw StoreError(ProgramStoreText::tr("no partner %1").arg(partnerId));
    return q.value(0).toString();
}

void setPartnerStage(Database &db, const QString &partnerId, const QString &oldStage, const QString &stage)
{
    if (!codes::partnerStages().contains(stage))
        throw StoreError(ProgramStoreText::tr("\"%1\" is not a development stage").arg(stage));
    const QString what = ProgramStoreText::tr("moving partner %1").arg(partnerId);
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE partners SET stage = ?, row_version = row_version + 1 WHERE partner_id = ?"), what);
    q.addBindValue(stage);
    q.addBindValue(partnerId);
    Database::exec(q, what);
    AuditLog(db).record(QStringLiteral("update"), QStringLiteral("partner"), partnerId,
                        QJsonObject{{QStringLiteral("stage"), QJsonArray{oldStage, stage}}});
}

} // namespace

QList<StoredProgram> programTemplates()
{
    initProgramTemplates();
    QList<StoredProgram> list;
    const QDir dir(QStringLiteral(":/programs"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        StoredProgram p;
        p.json = file.readAll();
        p.isTemplate = true;
        Diagnostics errors;
        const std::optional<Program> parsed = parseProgram(p.json, name, errors);
        if (!parsed)
            continue; // a test keeps the shipped templates valid
        p.id = parsed->id;
        p.name = parsed->name;
        list << p;
    }
    return list;
}

ProgramStore::ProgramStore(Database &database) : m_database(database) {}

QList<StoredProgram> ProgramStore::all() const
{
    const QString what = ProgramStoreText::tr("reading the programs");
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT program_id, name, based_on, is_template, json FROM programs"
                                                    " ORDER BY is_template DESC, program_id"),
                                     what);
    Database::exec(q, what);
    QList<StoredProgram> list;
    while (q.next())
        list << StoredProgram{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                              q.value(4).toString().toUtf8()};
    return list;
}

std::optional<StoredProgram> ProgramStore::find(const QString &programId) const
{
    const QString what = ProgramStoreText::tr("reading program %1").arg(programId);
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT program_id, name, based_on, is_template, json FROM programs WHERE program_id = ?"), what);
    q.addBindValue(programId);
    Database::exec(q, what);
    if (!q.next())
        return std::nullopt;
    return StoredProgram{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                         q.value(4).toString().toUtf8()};
}

std::optional<Program> ProgramStore::program(const QString &programId, Diagnostics *errors) const
{
    const std::optional<StoredProgram> stored = find(programId);
    if (!stored)
        return std::nullopt;
    Diagnostics problems;
    std::optional<Program> parsed = parseProgram(stored->json, programId, problems);
    if (errors)
        *errors << problems;
    return parsed;
}

void ProgramStore::save(const StoredProgram &program)
{
    Diagnostics errors;
    const std::optional<Program> parsed = parseProgram(program.json, program.id, errors);
    if (!parsed || !errors.isEmpty())
        throw InputError(errors);
    if (parsed->id != program.id) {
        throw InputError({Diagnostic{program.id, 0, QStringLiteral("id"),
                                     ProgramStoreText::tr("the JSON says \"%1\"; it must be the program's id").arg(parsed->id)}});
    }
    Transaction transaction(m_database);
    const std::optional<StoredProgram> before = find(program.id);
    const QString what = ProgramStoreText::tr("saving program %1").arg(program.id);
    QSqlQuery q = m_database.prepare(QStringLiteral("INSERT INTO programs (program_id, name, based_on, is_template, json, updated_at)"
                                                    " VALUES (?,?,?,?,?,?) ON CONFLICT(program_id) DO UPDATE SET"
                                                    " name = excluded.name, based_on = excluded.based_on,"
                                                    " is_template = excluded.is_template, json = excluded.json,"
                                                    " updated_at = excluded.updated_at"),
                                     what);
    // Qt binds a null QString as NULL; the columns are NOT NULL text.
    auto text = [](const QString &value) { return value.isNull() ? QString(QLatin1String("")) : value; };
    q.addBindValue(program.id);
    q.addBindValue(text(parsed->name));
    q.addBindValue(text(program.basedOn));
    q.addBindValue(program.isTemplate ? 1 : 0);
    q.addBindValue(QString::fromUtf8(program.json));
    q.addBindValue(formatIsoDateTimeUtc(QDateTime::currentDateTimeUtc()));
    Database::exec(q, what);
    QJsonObject changes{{QStringLiteral("name"), QJsonArray{before ? QJsonValue(before->name) : QJsonValue(), parsed->name}}};
    if (!before || before->json != program.json)
        changes.insert(QStringLiteral("json"), QJsonArray{before ? QJsonValue(QString::fromUtf8(before->json)) : QJsonValue(),
                                                          QString::fromUtf8(program.json)});
    AuditLog(m_database).record(before ? QStringLiteral("update") : QStringLiteral("insert"), QStringLiteral("program"),
                                program.id, changes);
    transaction.commit();
}

void ProgramStore::remove(const QString &programId)
{
    Transaction transaction(m_database);
    const QString what = ProgramStoreText::tr("removing program %1").arg(programId);
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM programs WHERE program_id = ?"), what);
    q.addBindValue(programId);
    Database::exec(q, what);
    AuditLog(m_database).record(QStringLiteral("delete"), QStringLiteral("program"), programId, {});
    transaction.commit();
}

LifecycleStore::LifecycleStore(Database &database) : m_database(database) {}

QList<StageEntry> LifecycleStore::currentStages() const
{
    const QString what = ProgramStoreText::tr("reading the partners' stages");
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT p.partner_id, p.stage,"
                       " COALESCE((SELECT max(s.since) FROM partner_stages s WHERE s.partner = p.id AND s.stage = p.stage),"
                       " p.joined_on) FROM partners p ORDER BY p.partner_id"),
        what);
    Database::exec(q, what);
    QList<StageEntry> list;
    while (q.next())
        list << StageEntry{0, q.value(0).toString(), q.value(1).toString(),
                           q.value(2).isNull() ? QDate() : parseIsoDate(q.value(2).toString()).value_or(QDate())};
    return list;
}

QList<StageEntry> LifecycleStore::history(const QString &partnerId) const
{
    const QString what = ProgramStoreText::tr("reading the stages of %1").arg(partnerId);
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT s.id, s.stage, s.since FROM partner_stages s JOIN partners p"
                                                    " ON p.id = s.partner WHERE p.partner_id = ? ORDER BY s.since, s.id"),
                                     what);
    q.addBindValue(partnerId);
    Database::exec(q, what);
    QList<StageEntry> list;
    while (q.next())
        list << StageEntry{q.value(0).toLongLong(), partnerId, q.value(1).toString(),
                           parseIsoDate(q.value(2).toString()).value_or(QDate())};
    return list;
}

qint64 LifecycleStore::addHistory(const QString &partnerId, const QString &stage, QDate since)
{
    const QString what = ProgramStoreText::tr("recording the stage of %1").arg(partnerId);
    QSqlQuery q = m_database.prepare(QStringLiteral("INSERT INTO partner_stages (partner, stage, since)"
                                                    " SELECT id, ?, ? FROM partners WHERE partner_id = ? RETURNING id"),
                                     what);
    q.addBindValue(stage);
    q.addBindValue(formatIsoDate(since));
    q.addBindValue(partnerId);
    return Database::execReturningId(q, what);
}

qint64 LifecycleStore::moveStage(const QString &partnerId, const QString &stage, QDate since)
{
    Transaction transaction(m_database);
    const QString old = partnerStage(m_database, partnerId);
    setPartnerStage(m_database, partnerId, old, stage);
    const qint64 row = addHistory(partnerId, stage, since);
    transaction.commit();
    return row;
}

void LifecycleStore::revertStage(const QString &partnerId, const QString &previousStage, qint64 historyRowId)
{
    Transaction transaction(m_database);
    const QString current = partnerStage(m_database, partnerId);
    setPartnerStage(m_database, partnerId, current, previousStage);
    const QString what = ProgramStoreText::tr("recording the stage of %1").arg(partnerId);
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM partner_stages WHERE id = ?"), what);
    q.addBindValue(historyRowId);
    Database::exec(q, what);
    transaction.commit();
}

KpiStore::KpiStore(Database &database) : m_database(database) {}

void KpiStore::set(const QString &partnerId, const QString &metric, QDate asOf, const Decimal &value)
{
    const QString what = ProgramStoreText::tr("recording %1 of %2").arg(metric, partnerId);
    QSqlQuery q = m_database.prepare(QStringLiteral("INSERT INTO partner_kpis (partner, metric, as_of, value)"
                                                    " SELECT id, ?, ?, ? FROM partners WHERE partner_id = ?"
                                                    " ON CONFLICT (partner, metric, as_of) DO UPDATE SET value = excluded.value"),
                                     what);
    q.addBindValue(metric);
    q.addBindValue(formatIsoDate(asOf));
    q.addBindValue(value.normalized().toString());
    q.addBindValue(partnerId);
    Database::exec(q, what);
}

QHash<QString, QHash<QString, Decimal>> KpiStore::valuesOn(QDate asOf) const
{
    const QString what = ProgramStoreText::tr("reading the partners' KPIs");
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT p.partner_id, k.metric, k.value FROM partner_kpis k"
                                                    " JOIN partners p ON p.id = k.partner WHERE k.as_of <= ?"
                                                    " ORDER BY k.as_of"),
                                     what);
    q.addBindValue(formatIsoDate(asOf));
    Database::exec(q, what);
    QHash<QString, QHash<QString, Decimal>> values;
    while (q.next()) {
        if (const std::optional<Decimal> value = Decimal::parse(q.value(2).toString()))
            values[q.value(0).toString()].insert(q.value(1).toString(), *value);
    }
    return values;
}

} // namespace cd::store
