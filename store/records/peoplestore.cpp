#include "store/records/peoplestore.h"

#include "store/auditlog.h"
#include "store/database.h"

#include "core/files/csv.h"
#include "core/records/records.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace cd::store {

namespace {

struct PeopleText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Enablement)
};

QStringList personTexts(const Person &p)
{
    return {p.id, p.partnerId, p.name, p.email, p.role};
}

QStringList certificationTexts(const Certification &c)
{
    return {c.id, c.personId, c.track, c.level, formatIsoDate(c.earnedOn), formatIsoDate(c.expiresOn)};
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(formatIsoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : parseIsoDate(value.toString()).value_or(QDate());
}

// Ids follow the rule of the other records: no spaces, ';' or '=' (they would not survive a split list).
QString idProblem(const QString &id)
{
    if (id.isEmpty())
        return PeopleText::tr("is required");
    for (QChar c : id) {
        if (c.isSpace() || c == QLatin1Char(';') || c == QLatin1Char('='))
            return PeopleText::tr("\"%1\" cannot be an id: no spaces, ';' or '='").arg(id);
    }
    return {};
}

QHash<QString, qint64> rowIds(Database &db, const QString &sql, const QString &what)
{
    QSqlQuery query = db.prepare(sql, what);
    Database::exec(query, what);
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

const QString peopleSelect = QStringLiteral(
    "SELECT pe.person_id, pa.partner_id, pe.name, pe.email, pe.role FROM people pe JOIN partners pa ON pa.id = pe.partner");
const QString certificationSelect = QStringLiteral(
    "SELECT c.certification_id, pe.person_id, c.track, c.level, c.earned_on, c.expires_on"
    " FROM certifications c JOIN people pe ON pe.id = c.person");

Person personFromRow(const QSqlQuery &q, int at = 0)
{
    return Person{q.value(at).toString(), q.value(at + 1).toString(), q.value(at + 2).toString(),
                  q.value(at + 3).toString(), q.value(at + 4).toString()};
}

Certification certificationFromRow(const QSqlQuery &q, int at = 0)
{
    return Certification{q.value(at).toString(),     q.value(at + 1).toString(), q.value(at + 2).toString(),
                         q.value(at + 3).toString(), dateOf(q.value(at + 4)),    dateOf(q.value(at + 5))};
}

// One import call: one transaction and what earlier files of the call wrote.
class EnablementImport
{
public:
    explicit EnablementImport(Database &db) : m_db(db)
    {
        const QString what = PeopleText::tr("reading people");
        m_partners = rowIds(db, QStringLiteral("SELECT partner_id, id FROM partners"), what);
        m_people = rowIds(db, QStringLiteral("SELECT person_id, id FROM people"), what);
    }

    void run(ImportResult &result, const EnablementSource &source);

private:
    void personRow(const CsvReader &reader, ImportResult &result, const QHash<QString, int> &col);
    void certificationRow(const CsvReader &reader, ImportResult &result, const QHash<QString, int> &col);
    void fail(ImportResult &result, const CsvReader &reader, const QString &field, const QString &message)
    {
        result.errors << reader.diagnostic(field, message);
    }
    std::optional<QDate> date(ImportResult &result, const CsvReader &reader, const QHash<QString, int> &col,
                              const QString &field, bool required)
    {
        const QString text = reader.text(col.value(field, -1)).trimmed();
        if (text.isEmpty()) {
            if (required)
                fail(result, reader, field, PeopleText::tr("is required"));
            return required ? std::nullopt : std::optional<QDate>(QDate());
        }
        const std::optional<QDate> d = parseIsoDate(text);
        if (!d)
            fail(result, reader, field, PeopleText::tr("\"%1\" is not an ISO date like 2026-03-31").arg(text));
        return d;
    }
    bool duplicate(ImportResult &result, const CsvReader &reader, const QString &id, const QString &field)
    {
        const auto seen = m_seen.constFind(id);
        if (seen != m_seen.cend()) {
            fail(result, reader, field, PeopleText::tr("%1 appears twice (first on line %2)").arg(id).arg(*seen));
            return true;
        }
        m_seen.insert(id, reader.line());
        return false;
    }

    // Prepared once per import: a demo of thousands of partners writes tens of thousands of rows.
    QSqlQuery &statement(const QString &sql)
    {
        auto found = m_statements.find(sql);
        if (found == m_statements.end())
            found = m_statements.insert(sql, m_db.prepare(sql, PeopleText::tr("importing people")));
        return *found;
    }

    Database &m_db;
    QHash<QString, QSqlQuery> m_statements;
    QHash<QString, qint64> m_partners;
    QHash<QString, qint64> m_people;
    QHash<QString, int> m_seen;
};

void EnablementImport::run(ImportResult &result, const EnablementSource &source)
{
    CsvReader reader(source.data, source.fileName);
    if (!reader.readHeader()) {
        result.errors << *reader.error();
        return;
    }
    const QStringList &columns = enablementColumns(source.kind);
    QStringList required = columns;
    required.removeAll(QStringLiteral("email"));
    required.removeAll(QStringLiteral("expires_on"));
    const Diagnostics missing = reader.missingColumns(required);
    if (!missing.isEmpty()) {
        result.errors << missing;
        return;
    }
    const QStringList unknown = reader.unknownColumns(columns);
    if (!unknown.isEmpty())
        result.warnings << PeopleText::tr("%1: unknown columns ignored: %2").arg(source.fileName, unknown.join(QStringLiteral(", ")));
    QHash<QString, int> col;
    for (const QString &column : columns)
        col.insert(column, reader.columnIndex(column));
    m_seen.clear();
    while (reader.readRecord()) {
        if (reader.error()) {
            result.errors << *reader.error();
            continue;
        }
        if (source.kind == EnablementKind::People)
            personRow(reader, result, col);
        else
            certificationRow(reader, result, col);
    }
    if (result.errors.isEmpty() && result.added + result.updated > 0) {
        AuditLog(m_db).record(QStringLiteral("import"),
                              source.kind == EnablementKind::People ? QStringLiteral("person") : QStringLiteral("certification"),
                              source.fileName,
                              QJsonObject{{QStringLiteral("file"), source.fileName},
                                          {QStringLiteral("added"), result.added},
                                          {QStringLiteral("updated"), result.updated},
                                          {QStringLiteral("unchanged"), result.unchanged}});
    }
}

void EnablementImport::personRow(const CsvReader &reader, ImportResult &result, const QHash<QString, int> &col)
{
    const qsizetype errorsBefore = result.errors.size();
    Person p;
    p.id = reader.text(col[QStringLiteral("person_id")]).trimmed();
    p.partnerId = reader.text(col[QStringLiteral("partner_id")]).trimmed();
    p.name = reader.text(col[QStringLiteral("name")]).trimmed();
    p.email = reader.text(col.value(QStringLiteral("email"), -1)).trimmed();
    p.role = reader.text(col[QStringLiteral("role")]).trimmed();
    if (const QString problem = idProblem(p.id); !problem.isEmpty())
        fail(result, reader, QStringLiteral("person_id"), problem);
    else
        duplicate(result, reader, p.id, QStringLiteral("person_id"));
    if (p.partnerId.isEmpty())
        fail(result, reader, QStringLiteral("partner_id"), PeopleText::tr("is required"));
    else if (!m_partners.contains(p.partnerId))
        fail(result, reader, QStringLiteral("partner_id"), PeopleText::tr("no partner %1").arg(p.partnerId));
    if (p.name.isEmpty())
        fail(result, reader, QStringLiteral("name"), PeopleText::tr("is required"));
    if (!p.email.isEmpty() && (!p.email.contains(QLatin1Char('@')) || p.email.contains(QLatin1Char(' '))))
        fail(result, reader, QStringLiteral("email"), PeopleText::tr("\"%1\" is not an e-mail address").arg(p.email));
    if (p.role.isEmpty())
        fail(result, reader, QStringLiteral("role"), PeopleText::tr("is required (one of %1)").arg(personRoles().join(QStringLiteral(", "))));
    else if (!personRoles().contains(p.role))
        fail(result, reader, QStringLiteral("role"),
             PeopleText::tr("\"%1\" is not one of %2").arg(p.role, personRoles().join(QStringLiteral(", "))));
    if (result.errors.size() != errorsBefore || !result.errors.isEmpty())
        return; // after the first error only checking goes on: the transaction is lost anyway
    const QString what = PeopleText::tr("importing person %1").arg(p.id);
    QSqlQuery &find = statement(peopleSelect + QStringLiteral(" WHERE pe.person_id = ?"));
    find.bindValue(0, p.id);
    Database::exec(find, what);
    const std::optional<Person> existing = find.next() ? std::optional<Person>(personFromRow(find)) : std::nullopt;
    find.finish();
    if (existing) {
        if (*existing == p) {
            ++result.unchanged;
            return;
        }
        QSqlQuery &update = statement(
            QStringLiteral("UPDATE people SET partner = ?, name = ?, email = ?, role = ? WHERE person_id = ?"));
        int at = 0;
        for (const QVariant &v : {QVariant(m_partners[p.partnerId]), QVariant(p.name), QVariant(p.email.isNull() ? QString(QLatin1String("")) : p.email), QVariant(p.role), QVariant(p.id)})
            update.bindValue(at++, v);
        Database::exec(update, what);
        ++result.updated;
        return;
    }
    QSqlQuery &insert = statement(
        QStringLiteral("INSERT INTO people (person_id, partner, name, email, role) VALUES (?,?,?,?,?)"));
    int at = 0;
    for (const QVariant &v : {QVariant(p.id), QVariant(m_partners[p.partnerId]), QVariant(p.name), QVariant(p.email.isNull() ? QString(QLatin1String("")) : p.email), QVariant(p.role)})
        insert.bindValue(at++, v);
    Database::exec(insert, what);
    m_people.insert(p.id, insert.lastInsertId().toLongLong());
    ++result.added;
}

void EnablementImport::certificationRow(const CsvReader &reader, ImportResult &result, const QHash<QString, int> &col)
{
    const qsizetype errorsBefore = result.errors.size();
    Certification c;
    c.id = reader.text(col[QStringLiteral("certification_id")]).trimmed();
    c.personId = reader.text(col[QStringLiteral("person_id")]).trimmed();
    c.track = reader.text(col[QStringLiteral("track")]).trimmed();
    c.level = reader.text(col[QStringLiteral("level")]).trimmed();
    if (const QString problem = idProblem(c.id); !problem.isEmpty())
        fail(result, reader, QStringLiteral("certification_id"), problem);
    else
        duplicate(result, reader, c.id, QStringLiteral("certification_id"));
    if (c.personId.isEmpty())
        fail(result, reader, QStringLiteral("person_id"), PeopleText::tr("is required"));
    else if (!m_people.contains(c.personId))
        fail(result, reader, QStringLiteral("person_id"), PeopleText::tr("no person %1").arg(c.personId));
    if (c.track.isEmpty())
        fail(result, reader, QStringLiteral("track"), PeopleText::tr("is required"));
    if (c.level.isEmpty())
        fail(result, reader, QStringLiteral("level"),
             PeopleText::tr("is required (one of %1)").arg(certificationLevels().join(QStringLiteral(", "))));
    else if (!certificationLevels().contains(c.level))
        fail(result, reader, QStringLiteral("level"),
             PeopleText::tr("\"%1\" is not one of %2").arg(c.level, certificationLevels().join(QStringLiteral(", "))));
    const std::optional<QDate> earned = date(result, reader, col, QStringLiteral("earned_on"), true);
    const std::optional<QDate> expires = date(result, reader, col, QStringLiteral("expires_on"), false);
    if (earned && expires && expires->isValid() && *expires < *earned)
        fail(result, reader, QStringLiteral("expires_on"),
             PeopleText::tr("%1 is before earned_on %2").arg(formatIsoDate(*expires), formatIsoDate(*earned)));
    if (result.errors.size() != errorsBefore || !result.errors.isEmpty())
        return;
    c.earnedOn = *earned;
    c.expiresOn = *expires;
    const QString what = PeopleText::tr("importing certification %1").arg(c.id);
    QSqlQuery &find = statement(certificationSelect + QStringLiteral(" WHERE c.certification_id = ?"));
    find.bindValue(0, c.id);
    Database::exec(find, what);
    const QVariantList values{QVariant(m_people[c.personId]), QVariant(c.track), QVariant(c.level),
                              dateValue(c.earnedOn), dateValue(c.expiresOn), QVariant(c.id)};
    const std::optional<Certification> existing =
        find.next() ? std::optional<Certification>(certificationFromRow(find)) : std::nullopt;
    find.finish();
    if (existing) {
        if (*existing == c) {
            ++result.unchanged;
            return;
        }
        QSqlQuery &update = statement(QStringLiteral("UPDATE certifications SET person = ?, track = ?, level = ?,"
                                                     " earned_on = ?, expires_on = ? WHERE certification_id = ?"));
        for (int at = 0; at < values.size(); ++at)
            update.bindValue(at, values[at]);
        Database::exec(update, what);
        ++result.updated;
        return;
    }
    QSqlQuery &insert = statement(QStringLiteral("INSERT INTO certifications (person, track, level, earned_on,"
                                                 " expires_on, certification_id) VALUES (?,?,?,?,?,?)"));
    for (int at = 0; at < values.size(); ++at)
        insert.bindValue(at, values[at]);
    Database::exec(insert, what);
    ++result.added;
}

void writeCsv(QIODevice *out, const QStringList &columns, const QList<QStringList> &rows, const QSet<int> &numeric)
{
    CsvWriter writer(out);
    writer.writeRow(columns);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (numeric.contains(i))
                writer.addValue(row[i]);
            else
                writer.addText(row[i]);
        }
        writer.endRow();
    }
    if (!writer.flush())
        throw StoreError(PeopleText::tr("cannot write the export: %1").arg(out->errorString()));
}

} // namespace

const QStringList &personRoles()
{
    static const QStringList roles{QStringLiteral("consultant"), QStringLiteral("engineer"),  QStringLiteral("sales"),
                                   QStringLiteral("marketing"),  QStringLiteral("executive"), QStringLiteral("other")};
    return roles;
}

const QStringList &certificationLevels()
{
    static const QStringList levels{QStringLiteral("foundation"),   QStringLiteral("sales"),    QStringLiteral("technical"),
                                    QStringLiteral("professional"), QStringLiteral("advanced"), QStringLiteral("expert")};
    return levels;
}

std::optional<EnablementKind> enablementKindFromName(QStringView name)
{
    if (name == u"people")
        return EnablementKind::People;
    if (name == u"certifications")
        return EnablementKind::Certifications;
    return std::nullopt;
}

QString enablementKindName(EnablementKind kind)
{
    return kind == EnablementKind::People ? QStringLiteral("people") : QStringLiteral("certifications");
}

QStringList enablementKindNames()
{
    return {QStringLiteral("people"), QStringLiteral("certifications")};
}

const QStringList &enablementColumns(EnablementKind kind)
{
    static const QStringList people{QStringLiteral("person_id"), QStringLiteral("partner_id"), QStringLiteral("name"),
                                    QStringLiteral("email"), QStringLiteral("role")};
    static const QStringList certifications{QStringLiteral("certification_id"), QStringLiteral("person_id"),
                                            QStringLiteral("track"),            QStringLiteral("level"),
                                            QStringLiteral("earned_on"),        QStringLiteral("expires_on")};
    return kind == EnablementKind::People ? people : certifications;
}

QList<ImportResult> importEnablement(Database &database, const QList<EnablementSource> &sources, bool dryRun)
{
    QList<int> order;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < sources.size(); ++i) {
            if ((sources[i].kind == EnablementKind::People) == (pass == 0))
                order << i;
        }
    }
    QList<ImportResult> results(sources.size());
    Transaction transaction(database);
    EnablementImport session(database);
    bool failed = false;
    for (int i : std::as_const(order)) {
        results[i].fileName = sources[i].fileName;
        session.run(results[i], sources[i]);
        failed = failed || !results[i].errors.isEmpty();
    }
    if (!failed && !dryRun)
        transaction.commit();
    return results;
}

qint64 exportEnablement(Database &database, EnablementKind kind, QIODevice *out)
{
    EnablementRepository repository(database);
    QList<QStringList> rows;
    if (kind == EnablementKind::People) {
        for (const Person &p : repository.people())
            rows << personTexts(p);
    } else {
        for (const Certification &c : repository.certifications())
            rows << certificationTexts(c);
    }
    writeCsv(out, enablementColumns(kind), rows, kind == EnablementKind::People ? QSet<int>() : QSet<int>{4, 5});
    return rows.size();
}

QByteArray toCsv(const QList<Person> &people)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QList<QStringList> rows;
    for (const Person &p : people)
        rows << personTexts(p);
    writeCsv(&buffer, enablementColumns(EnablementKind::People), rows, {});
    return bytes;
}

QByteArray toCsv(const QList<Certification> &certifications)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QList<QStringList> rows;
    for (const Certification &c : certifications)
        rows << certificationTexts(c);
    writeCsv(&buffer, enablementColumns(EnablementKind::Certifications), rows, {4, 5});
    return bytes;
}

EnablementRepository::EnablementRepository(Database &database) : m_database(database) {}

QList<Person> EnablementRepository::people(const QString &partnerId) const
{
    const QString what = PeopleText::tr("reading people");
    QSqlQuery q = m_database.prepare(peopleSelect + (partnerId.isEmpty() ? QString() : QStringLiteral(" WHERE pa.partner_id = ?"))
                                         + QStringLiteral(" ORDER BY CAST(pe.person_id AS BLOB)"),
                                     what);
    if (!partnerId.isEmpty())
        q.addBindValue(partnerId);
    Database::exec(q, what);
    QList<Person> list;
    while (q.next())
        list << personFromRow(q);
    return list;
}

QList<Certification> EnablementRepository::certifications(const QString &partnerId) const
{
    const QString what = PeopleText::tr("reading certifications");
    QSqlQuery q = m_database.prepare(
        certificationSelect
            + (partnerId.isEmpty() ? QString()
                                   : QStringLiteral(" WHERE pe.partner = (SELECT id FROM partners WHERE partner_id = ?)"))
            + QStringLiteral(" ORDER BY CAST(c.certification_id AS BLOB)"),
        what);
    if (!partnerId.isEmpty())
        q.addBindValue(partnerId);
    Database::exec(q, what);
    QList<Certification> list;
    while (q.next())
        list << certificationFromRow(q);
    return list;
}

QList<EnablementRepository::Expiring> EnablementRepository::expiringBetween(QDate from, QDate to) const
{
    const QString what = PeopleText::tr("reading certifications");
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT c.certification_id, pe.person_id, c.track, c.level, c.earned_on,"
                                                    " c.expires_on, pe.person_id, pa.partner_id, pe.name, pe.email, pe.role"
                                                    " FROM certifications c JOIN people pe ON pe.id = c.person"
                                                    " JOIN partners pa ON pa.id = pe.partner"
                                                    " WHERE c.expires_on >= ? AND c.expires_on <= ?"
                                                    " ORDER BY c.expires_on, c.certification_id"),
                                     what);
    q.addBindValue(formatIsoDate(from));
    q.addBindValue(formatIsoDate(to));
    Database::exec(q, what);
    QList<Expiring> list;
    while (q.next())
        list << Expiring{certificationFromRow(q, 0), personFromRow(q, 6)};
    return list;
}

void EnablementRepository::upsertPerson(const Person &person)
{
    const QList<ImportResult> results =
        importEnablement(m_database, {EnablementSource{EnablementKind::People, person.id, toCsv(QList<Person>{person})}}, false);
    if (!results.first().errors.isEmpty())
        throw StoreError(results.first().errors.first().toString());
}

void EnablementRepository::upsertCertification(const Certification &certification)
{
    const QList<ImportResult> results = importEnablement(
        m_database,
        {EnablementSource{EnablementKind::Certifications, certification.id, toCsv(QList<Certification>{certification})}},
        false);
    if (!results.first().errors.isEmpty())
        throw StoreError(results.first().errors.first().toString());
}

} // namespace cd::store
