#include "store/records/peoplestore.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/importexport/importrows.h"
#include "store/records/recordcsv.h"
#include "store/records/rowcodec.h"

#include "core/files/csv.h"
#include "core/records/records.h"

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

// The row's text fields, trimmed; the dates are left to the caller, whose checks name them.
template<typename Record>
Record textsOfRow(const CsvReader &reader, const detail::ColumnMap &columns)
{
    const Description<Record> &description = descriptionOf<Record>();
    Record record;
    for (int i = 0; i < description.size(); ++i) {
        const Field<Record> &field = description.fields[size_t(i)];
        if (std::holds_alternative<QString Record::*>(field.member))
            field.template of<QString>(record) = reader.text(columns[size_t(i)]).trimmed();
    }
    return record;
}

constexpr int kEarnedOn = fieldIndex(certificationDescription, "earned_on");
constexpr int kExpiresOn = fieldIndex(certificationDescription, "expires_on");

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
    template<typename Record>
    void readRows(CsvReader &reader, ImportResult &result);
    void row(const CsvReader &reader, ImportResult &result, const detail::ColumnMap &columns, const Person &);
    void row(const CsvReader &reader, ImportResult &result, const detail::ColumnMap &columns, const Certification &);
    // Adds or changes the record with its id; `reference` is the rowid of the record it names. Returns the
    // rowid of an added record, else -1.
    template<typename Record>
    qint64 write(ImportResult &result, const Record &record, qint64 reference, const QString &what);
    void fail(ImportResult &result, const CsvReader &reader, const QString &field, const QString &message)
    {
        result.errors << reader.diagnostic(field, message);
    }
    // The certification's date in column `index`; nullopt when it is required and missing, or malformed.
    std::optional<QDate> date(ImportResult &result, const CsvReader &reader, const detail::ColumnMap &columns,
                              int index)
    {
        const Field<Certification> &field = certificationDescription.fields[size_t(index)];
        const QString name = QString::fromLatin1(field.header);
        const bool required = field.requirement == Requirement::Filled;
        const QString text = reader.text(columns[size_t(index)]).trimmed();
        if (text.isEmpty()) {
            if (required)
                fail(result, reader, name, PeopleText::tr("is required"));
            return required ? std::nullopt : std::optional<QDate>(QDate());
        }
        const std::optional<QDate> d = parseIsoDate(text);
        if (!d)
            fail(result, reader, name, PeopleText::tr("\"%1\" is not an ISO date like 2026-03-31").arg(text));
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
    const bool people = source.kind == EnablementKind::People;
    const Diagnostics missing =
        reader.missingColumns(people ? detail::requiredColumns<Person>() : detail::requiredColumns<Certification>());
    if (!missing.isEmpty()) {
        result.errors << missing;
        return;
    }
    const QStringList unknown = reader.unknownColumns(enablementColumns(source.kind));
    if (!unknown.isEmpty())
        result.warnings << PeopleText::tr("%1: unknown columns ignored: %2")
                               .arg(source.fileName, unknown.join(QStringLiteral(", ")));
    m_seen.clear();
    if (people)
        readRows<Person>(reader, result);
    else
        readRows<Certification>(reader, result);
    if (result.errors.isEmpty() && result.added + result.updated > 0) {
        AuditLog(m_db).record(QStringLiteral("import"),
                              people ? QStringLiteral("person") : QStringLiteral("certification"), source.fileName,
                              QJsonObject{{QStringLiteral("file"), source.fileName},
                                          {QStringLiteral("added"), result.added},
                                          {QStringLiteral("updated"), result.updated},
                                          {QStringLiteral("unchanged"), result.unchanged}});
    }
}

template<typename Record>
void EnablementImport::readRows(CsvReader &reader, ImportResult &result)
{
    const detail::ColumnMap columns = detail::mapColumns<Record>(reader);
    while (reader.readRecord()) {
        if (reader.error())
            result.errors << *reader.error();
        else
            row(reader, result, columns, textsOfRow<Record>(reader, columns));
    }
}

template<typename Record>
qint64 EnablementImport::write(ImportResult &result, const Record &record, qint64 reference, const QString &what)
{
    const Description<Record> &description = descriptionOf<Record>();
    const QString idColumn = QString::fromLatin1(description.fields[0].sqlColumn());
    QSqlQuery &find = statement(detail::selectSql<Record>(QLatin1String(description.alias) + QLatin1Char('.') + idColumn
                                                          + QStringLiteral(" = ?")));
    find.bindValue(0, record.id);
    Database::exec(find, what);
    const std::optional<Record> existing =
        find.next() ? std::optional<Record>(detail::recordFromRow<Record>(find)) : std::nullopt;
    find.finish();
    if (existing && *existing == record) {
        ++result.unchanged;
        return -1;
    }
    QSqlQuery &query = statement(existing ? detail::updateSql<Record>(idColumn + QStringLiteral(" = ?"))
                                          : detail::insertSql<Record>() + QStringLiteral(" RETURNING id"));
    detail::bindRecord(query, record, reference);
    if (existing)
        query.addBindValue(record.id);
    ++(existing ? result.updated : result.added);
    if (existing) {
        Database::exec(query, what);
        return -1;
    }
    return Database::execReturningId(query, what);
}

void EnablementImport::row(const CsvReader &reader, ImportResult &result, const detail::ColumnMap &, const Person &p)
{
    const qsizetype errorsBefore = result.errors.size();
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
    const qint64 added = write(result, p, m_partners[p.partnerId], PeopleText::tr("importing person %1").arg(p.id));
    if (added >= 0)
        m_people.insert(p.id, added);
}

void EnablementImport::row(const CsvReader &reader, ImportResult &result, const detail::ColumnMap &columns,
                           const Certification &texts)
{
    const qsizetype errorsBefore = result.errors.size();
    Certification c = texts;
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
    const std::optional<QDate> earned = date(result, reader, columns, kEarnedOn);
    const std::optional<QDate> expires = date(result, reader, columns, kExpiresOn);
    if (earned && expires && expires->isValid() && *expires < *earned)
        fail(result, reader, QStringLiteral("expires_on"),
             PeopleText::tr("%1 is before earned_on %2").arg(formatIsoDate(*expires), formatIsoDate(*earned)));
    if (result.errors.size() != errorsBefore || !result.errors.isEmpty())
        return;
    c.earnedOn = *earned;
    c.expiresOn = *expires;
    write(result, c, m_people[c.personId], PeopleText::tr("importing certification %1").arg(c.id));
}

template<typename Record>
void writeCsv(QIODevice *out, const QList<Record> &records)
{
    detail::RecordCsvWriter<Record> writer(out);
    for (const Record &record : records)
        writer.write(record);
    if (!writer.finish())
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
    return kind == EnablementKind::People ? headersOf<Person>() : headersOf<Certification>();
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
    if (kind == EnablementKind::People) {
        const QList<Person> people = repository.people();
        writeCsv(out, people);
        return people.size();
    }
    const QList<Certification> certifications = repository.certifications();
    writeCsv(out, certifications);
    return certifications.size();
}

QByteArray toCsv(const QList<Person> &people)
{
    return detail::recordsCsv(people);
}

QByteArray toCsv(const QList<Certification> &certifications)
{
    return detail::recordsCsv(certifications);
}

EnablementRepository::EnablementRepository(Database &database) : m_database(database) {}

QList<Person> EnablementRepository::people(const QString &partnerId) const
{
    const QString what = PeopleText::tr("reading people");
    QSqlQuery q = m_database.prepare(
        detail::selectSql<Person>(partnerId.isEmpty() ? QString() : QStringLiteral("pa.partner_id = ?"),
                                  QStringLiteral("pe.person_id")),
        what);
    if (!partnerId.isEmpty())
        q.addBindValue(partnerId);
    Database::exec(q, what);
    QList<Person> list;
    while (q.next())
        list << detail::recordFromRow<Person>(q);
    return list;
}

QList<Certification> EnablementRepository::certifications(const QString &partnerId) const
{
    const QString what = PeopleText::tr("reading certifications");
    QSqlQuery q = m_database.prepare(
        detail::selectSql<Certification>(
            partnerId.isEmpty() ? QString()
                                : QStringLiteral("pe.partner = (SELECT id FROM partners WHERE partner_id = ?)"),
            QStringLiteral("c.certification_id")),
        what);
    if (!partnerId.isEmpty())
        q.addBindValue(partnerId);
    Database::exec(q, what);
    QList<Certification> list;
    while (q.next())
        list << detail::recordFromRow<Certification>(q);
    return list;
}

QList<EnablementRepository::Expiring> EnablementRepository::expiringBetween(QDate from, QDate to) const
{
    const QString what = PeopleText::tr("reading certifications");
    // The certification's fields, then its person's, through both kinds' joins.
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT ") + detail::selectListSql<Certification>()
                                         + QStringLiteral(", ") + detail::selectListSql<Person>()
                                         + QStringLiteral(" FROM ") + QLatin1String(certificationDescription.from)
                                         + QStringLiteral(" JOIN partners pa ON pa.id = pe.partner"
                                                          " WHERE c.expires_on >= ? AND c.expires_on <= ?"
                                                          " ORDER BY c.expires_on, c.certification_id"),
                                     what);
    q.addBindValue(formatIsoDate(from));
    q.addBindValue(formatIsoDate(to));
    Database::exec(q, what);
    QList<Expiring> list;
    while (q.next())
        list << Expiring{detail::recordFromRow<Certification>(q),
                         detail::recordFromRow<Person>(q, certificationDescription.size())};
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
