#pragma once

#include "store/importexport/importer.h"

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::store {

class Database;

// A person at a partner (issue #4's enablement): who holds the certifications that requirements such as
// "10+ certified consultants" (seed 000) count.
struct Person
{
    QString id;        // person_id
    QString partnerId; // partner_id
    QString name;
    QString email;
    QString role;      // one of personRoles()
    bool operator==(const Person &) const = default;
};

struct Certification
{
    QString id;       // certification_id
    QString personId;
    QString track;    // what it certifies ("platform", "sales-playbook"); free text, required
    QString level;    // one of certificationLevels()
    QDate earnedOn;
    QDate expiresOn;  // invalid: does not expire
    bool operator==(const Certification &) const = default;

    // Valid on `date`: earned on or before it and not yet expired (the expiry day itself still counts).
    bool validOn(QDate date) const { return earnedOn.isValid() && earnedOn <= date && (!expiresOn.isValid() || date <= expiresOn); }
};

// consultant, engineer, sales, marketing, executive, other.
const QStringList &personRoles();
// Seed 001's Foundation/Professional/Expert and seed 003's Foundation/Sales/Technical/Advanced, lower case:
// foundation, sales, technical, professional, advanced, expert.
const QStringList &certificationLevels();

// The two record kinds this store adds to `import`/`export` (cli.md): "people" and "certifications".
enum class EnablementKind { People, Certifications };
std::optional<EnablementKind> enablementKindFromName(QStringView name);
QString enablementKindName(EnablementKind kind);
QStringList enablementKindNames();
const QStringList &enablementColumns(EnablementKind kind);

struct EnablementSource
{
    EnablementKind kind;
    QString fileName; // as diagnostics name it
    QByteArray data;
};

// Imports people and certifications files as data.md says: columns by name, every bad row reported as
// FILE:LINE: FIELD: …, upsert by id with added/updated/unchanged counts, all or nothing in one transaction
// (people first, so certifications may name people the same call adds). A dry run changes nothing. Each
// file that changed something leaves one audit row.
QList<ImportResult> importEnablement(Database &database, const QList<EnablementSource> &sources, bool dryRun);
// Writes every record of the kind, sorted by id; the output imports back unchanged. Returns the rows written.
qint64 exportEnablement(Database &database, EnablementKind kind, QIODevice *out);
QByteArray toCsv(const QList<Person> &people);
QByteArray toCsv(const QList<Certification> &certifications);

// Reading and interactive writes, each audited.
class EnablementRepository
{
public:
    explicit EnablementRepository(Database &database); // the database must outlive the repository

    QList<Person> people(const QString &partnerId = QString()) const; // all, or one partner's; by person_id
    QList<Certification> certifications(const QString &partnerId = QString()) const; // by certification_id
    // Certifications whose expiry falls in [from, to], soonest first, with their person's partner.
    struct Expiring
    {
        Certification certification;
        Person person;
    };
    QList<Expiring> expiringBetween(QDate from, QDate to) const;

    void upsertPerson(const Person &person);
    void upsertCertification(const Certification &certification);

private:
    Database &m_database;
};

} // namespace cd::store
