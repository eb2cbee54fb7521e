#include "store/team/team.h"

#include "store/auditlog.h"
#include "store/database.h"

#include "core/records/records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace cd::store {

namespace {

struct TeamText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Team)
};

QString quotedName(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// Utility statements (CREATE ROLE, ALTER ROLE … PASSWORD) take no bound parameters.
QString quotedText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

constexpr TeamRole allRoles[] = {TeamRole::Admin, TeamRole::Manager, TeamRole::Regional, TeamRole::Executive};

// The tables a regional member sees only in part, each with the condition a row of its region meets. The
// conditions read other tables through their own policies, so "a deal whose partner I see" is all it takes.
struct RegionalTable
{
    const char *table;
    const char *condition;
};
constexpr RegionalTable regionalTables[] = {
    {"partners", "region = channeldesk_region()"},
    {"deal_partners", "EXISTS (SELECT 1 FROM partners p WHERE p.id = deal_partners.partner)"},
    // The primary partner too, so that a new deal passes before its shares are written.
    {"deals", "EXISTS (SELECT 1 FROM partners p WHERE p.id = deals.primary_partner)"
              " OR EXISTS (SELECT 1 FROM deal_partners s WHERE s.deal = deals.id)"},
    {"registrations", "EXISTS (SELECT 1 FROM partners p WHERE p.id = registrations.partner)"},
    {"registration_workflow", "EXISTS (SELECT 1 FROM registrations r WHERE r.reg_id = registration_workflow.reg_id)"},
    {"people", "EXISTS (SELECT 1 FROM partners p WHERE p.id = people.partner)"},
    {"certifications", "EXISTS (SELECT 1 FROM people pe WHERE pe.id = certifications.person)"},
    {"partner_stages", "EXISTS (SELECT 1 FROM partners p WHERE p.id = partner_stages.partner)"},
    {"partner_kpis", "EXISTS (SELECT 1 FROM partners p WHERE p.id = partner_kpis.partner)"},
};
// Program data a manager writes besides those; a regional member reads it.
constexpr const char *sharedRecordTables[] = {"fx_rates", "conflict_cases", "conflict_case_registrations",
                                              "conflict_case_steps"};
// Every other table (plans, programs, targets, settings, the team, the schema's mark) is configuration:
// admins write it, everyone reads it. A table a later version adds is configuration until it is listed.

// A regional member reads the audit rows of the records it sees, and its own.
constexpr const char *regionalAuditCondition =
    "actor = session_user"
    " OR (entity = 'partner' AND EXISTS (SELECT 1 FROM partners p WHERE p.partner_id = audit.entity_id))"
    " OR (entity = 'deal' AND EXISTS (SELECT 1 FROM deals d WHERE d.deal_id = audit.entity_id))"
    " OR (entity = 'registration' AND EXISTS (SELECT 1 FROM registrations r WHERE r.reg_id = audit.entity_id))";

} // namespace

QString teamRoleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Admin:
        return QStringLiteral("admin");
    case TeamRole::Manager:
        return QStringLiteral("manager");
    case TeamRole::Regional:
        return QStringLiteral("regional");
    case TeamRole::Executive:
        break;
    }
    return QStringLiteral("executive");
}

std::optional<TeamRole> teamRoleFromName(QStringView name)
{
    for (TeamRole role : allRoles) {
        if (name == teamRoleName(role))
            return role;
    }
    return std::nullopt;
}

QString teamRoleScope(TeamRole role, const QString &region)
{
    switch (role) {
    case TeamRole::Admin:
        return TeamText::tr("an admin may do everything");
    case TeamRole::Manager:
        return TeamText::tr("a manager edits all program data but not plans, programs, targets or the team");
    case TeamRole::Regional:
        return TeamText::tr("a regional member edits only the partners of %1 and their deals, registrations, "
                            "people and certifications")
            .arg(region);
    case TeamRole::Executive:
        break;
    }
    return TeamText::tr("an executive reads everything and changes nothing");
}

Team::Team(Database &database) : m_database(database)
{
}

void Team::requireTeamDatabase() const
{
    if (m_database.engine() != EngineKind::PostgreSQL)
        throw StoreError(TeamText::tr("%1 is a desktop file: a team needs a PostgreSQL database "
                                      "(docs/team.md)")
                             .arg(m_database.path()));
}

QString Team::groupRole(TeamRole role) const
{
    // Role names are the whole cluster's, so each database's groups carry its name (63 bytes at most).
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_]"));
    QString database = m_database.location().databaseName.toLower();
    database.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("cd_%1_%2").arg(database.left(40), teamRoleName(role));
}

void Team::installSecurity()
{
    requireTeamDatabase();
    const QString what = TeamText::tr("setting up the team's roles");
    Transaction transaction(m_database);
    const auto run = [&](const QString &statement) { m_database.execute(statement, what); };
    const QString admin = quotedName(groupRole(TeamRole::Admin));
    const QString manager = quotedName(groupRole(TeamRole::Manager));
    const QString regional = quotedName(groupRole(TeamRole::Regional));
    const QString executive = quotedName(groupRole(TeamRole::Executive));
    const QString everyone = QStringList{admin, manager, regional, executive}.join(QStringLiteral(", "));
    const QString schema = quotedName(m_database.scalar(QStringLiteral("SELECT current_schema()"), what).toString());

    for (TeamRole role : allRoles) {
        if (!roleExists(groupRole(role)))
            run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedName(groupRole(role))));
    }
    // Whoever sets the team up becomes an admin of it, so that the admins' group can own the schema.
    run(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(admin));
    const QString database = quotedName(m_database.scalar(QStringLiteral("SELECT current_database()"), what).toString());
    run(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(database));
    run(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, everyone));
    run(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, everyone));

    run(QStringLiteral("CREATE TABLE IF NOT EXISTS team_members ("
                       " login TEXT COLLATE \"C\" PRIMARY KEY,"
                       " role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'regional', 'executive')),"
                       " region TEXT COLLATE \"C\" NOT NULL DEFAULT '')"));
    // A definer's function, so that a policy can ask for the member's region in one place.
    run(QStringLiteral("CREATE OR REPLACE FUNCTION channeldesk_region() RETURNS text LANGUAGE sql STABLE"
                       " SECURITY DEFINER SET search_path FROM CURRENT AS"
                       " $$ SELECT coalesce((SELECT region FROM team_members WHERE login = session_user), '') $$"));
    // The audit trail names who the server let in, whatever the client claims.
    run(QStringLiteral("CREATE OR REPLACE FUNCTION channeldesk_audit_actor() RETURNS trigger LANGUAGE plpgsql AS"
                       " $$ BEGIN NEW.actor := session_user; RETURN NEW; END $$"));
    run(QStringLiteral("DROP TRIGGER IF EXISTS channeldesk_audit_actor ON audit"));
    run(QStringLiteral("CREATE TRIGGER channeldesk_audit_actor BEFORE INSERT ON audit"
                       " FOR EACH ROW EXECUTE FUNCTION channeldesk_audit_actor()"));
    for (const char *function : {"channeldesk_region()", "channeldesk_audit_actor()"})
        run(QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(QLatin1String(function), admin));

    QStringList tables;
    {
        QSqlQuery query = m_database.prepare(
            QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"), what);
        Database::exec(query, what);
        while (query.next())
            tables << query.value(0).toString();
    }
    QStringList regionalNames;
    for (const RegionalTable &table : regionalTables)
        regionalNames << QLatin1String(table.table);
    QStringList recordNames = regionalNames;
    for (const char *table : sharedRecordTables)
        recordNames << QLatin1String(table);
    for (const QString &table : tables) {
        const QString name = quotedName(table);
        run(QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(name, admin));
        // Not from the admins' group: it owns the table, and an owner's privileges can be revoked too.
        run(QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2, %3, %4").arg(name, manager, regional, executive));
        run(QStringLiteral("GRANT ALL ON %1 TO %2").arg(name, admin));
        run(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(name, everyone));
        if (recordNames.contains(table))
            run(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(name, manager));
        if (regionalNames.contains(table))
            run(QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(name, regional));
    }
    run(QStringLiteral("GRANT INSERT ON audit TO %1, %2").arg(manager, regional));
    run(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3")
            .arg(schema, manager, regional));
    // The importer hands out the ids of the deals it loads in bulk and moves the sequence past them.
    run(QStringLiteral("GRANT UPDATE ON SEQUENCE %1 TO %2, %3")
            .arg(m_database.scalar(QStringLiteral("SELECT pg_get_serial_sequence('deals', 'id')"), what).toString(),
                 manager, regional));

    const auto policies = [&](const QString &table, const QString &regionalCondition, const QString &regionalCheck) {
        const QString name = quotedName(table);
        run(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name));
        run(QStringLiteral("DROP POLICY IF EXISTS channeldesk_all ON %1").arg(name));
        run(QStringLiteral("CREATE POLICY channeldesk_all ON %1 FOR ALL TO %2, %3, %4 USING (true) WITH CHECK (true)")
                .arg(name, admin, manager, executive));
        run(QStringLiteral("DROP POLICY IF EXISTS channeldesk_region ON %1").arg(name));
        run(QStringLiteral("CREATE POLICY channeldesk_region ON %1 FOR ALL TO %2 USING (%3) WITH CHECK (%4)")
                .arg(name, regional, regionalCondition, regionalCheck));
    };
    for (const RegionalTable &table : regionalTables)
        policies(QLatin1String(table.table), QLatin1String(table.condition), QLatin1String(table.condition));
    policies(QStringLiteral("audit"), QLatin1String(regionalAuditCondition), QStringLiteral("true"));
    transaction.commit();
}

QList<TeamMember> Team::members() const
{
    requireTeamDatabase();
    const QString what = TeamText::tr("reading the team");
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT login, role, region FROM team_members ORDER BY login"), what);
    Database::exec(query, what);
    QList<TeamMember> members;
    while (query.next())
        members.append({query.value(0).toString(), teamRoleFromName(query.value(1).toString()).value_or(TeamRole::Executive),
                        query.value(2).toString()});
    return members;
}

TeamMember Team::me() const
{
    requireTeamDatabase();
    const QString what = TeamText::tr("reading the team");
    TeamMember member;
    member.login = m_database.scalar(QStringLiteral("SELECT session_user"), what).toString();
    member.role = TeamRole::Admin;
    if (!hasTeamTable())
        return member;
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT role, region FROM team_members WHERE login = session_user"), what);
    Database::exec(query, what);
    if (query.next()) {
        member.role = teamRoleFromName(query.value(0).toString()).value_or(TeamRole::Executive);
        member.region = query.value(1).toString();
    }
    return member;
}

QString Team::memberProblem(const TeamMember &member)
{
    if (member.login.isEmpty())
        return TeamText::tr("a team member needs a login");
    if (member.role == TeamRole::Regional && !codes::regions().contains(member.region))
        return TeamText::tr("a regional member needs a region, one of %1").arg(codes::regions().join(QStringLiteral(", ")));
    if (member.role != TeamRole::Regional && !member.region.isEmpty())
        return TeamText::tr("only a regional member has a region");
    return QString();
}

void Team::addMember(const TeamMember &member, const QString &password)
{
    requireTeamDatabase();
    if (const QString problem = memberProblem(member); !problem.isEmpty())
        throw StoreError(problem);
    // A database made before team mode, or by someone else: the roles come first.
    if (!hasTeamTable())
        installSecurity();
    const QString what = TeamText::tr("adding %1 to the team").arg(member.login);
    Transaction transaction(m_database);
    const std::optional<TeamMember> before = find(member.login);
    const QString login = quotedName(member.login);
    if (!roleExists(member.login))
        m_database.execute(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login), what);
    if (!password.isEmpty())
        m_database.execute(QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(login, quotedText(password)), what);
    // Admins add members: a server role with CREATEROLE may create logins and grant the team's groups.
    m_database.execute(QStringLiteral("ALTER ROLE %1 %2").arg(login, member.role == TeamRole::Admin ? QStringLiteral("CREATEROLE")
                                                                                                     : QStringLiteral("NOCREATEROLE")),
                       what);
    revokeGroups(member.login, member.role);
    m_database.execute(QStringLiteral("GRANT %1 TO %2").arg(quotedName(groupRole(member.role)), login), what);
    QSqlQuery upsert = m_database.prepare(QStringLiteral("INSERT INTO team_members (login, role, region) VALUES (?, ?, ?)"
                                                         " ON CONFLICT (login) DO UPDATE SET role = excluded.role,"
                                                         " region = excluded.region"),
                                          what);
    upsert.addBindValue(member.login);
    upsert.addBindValue(teamRoleName(member.role));
    upsert.addBindValue(member.region.isNull() ? QStringLiteral("") : member.region); // NULL otherwise
    Database::exec(upsert, what);
    const QStringList columns{QStringLiteral("role"), QStringLiteral("region")};
    const QStringList after{teamRoleName(member.role), member.region};
    AuditLog(m_database).record(before ? QStringLiteral("update") : QStringLiteral("insert"), QStringLiteral("team_member"),
                                member.login,
                                AuditLog::diff(columns, before ? QStringList{teamRoleName(before->role), before->region} : QStringList(),
                                               after));
    transaction.commit();
}

std::optional<TeamMember> Team::find(const QString &login) const
{
    for (const TeamMember &member : members()) {
        if (member.login == login)
            return member;
    }
    return std::nullopt;
}

bool Team::roleExists(const QString &name) const
{
    const QString what = TeamText::tr("reading the team");
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), what);
    query.addBindValue(name);
    Database::exec(query, what);
    return query.next();
}

// A database set up before team mode, or by someone else, has no team table yet.
bool Team::hasTeamTable() const
{
    return !m_database.scalar(QStringLiteral("SELECT to_regclass('team_members')::text"), TeamText::tr("reading the team"))
                .isNull();
}

void Team::revokeGroups(const QString &login, std::optional<TeamRole> keep)
{
    const QString what = TeamText::tr("changing the roles of %1").arg(login);
    for (TeamRole role : allRoles) {
        if (role == keep)
            continue;
        // Revoking a membership the login does not have makes the server warn on the user's terminal.
        QSqlQuery member = m_database.prepare(QStringLiteral("SELECT 1 FROM pg_auth_members m"
                                                             " JOIN pg_roles g ON g.oid = m.roleid"
                                                             " JOIN pg_roles u ON u.oid = m.member"
                                                             " WHERE g.rolname = ? AND u.rolname = ?"),
                                              what);
        member.addBindValue(groupRole(role));
        member.addBindValue(login);
        Database::exec(member, what);
        if (member.next())
            m_database.execute(QStringLiteral("REVOKE %1 FROM %2").arg(quotedName(groupRole(role)), quotedName(login)), what);
    }
}

void Team::removeMember(const QString &login)
{
    requireTeamDatabase();
    const QString what = TeamText::tr("removing %1 from the team").arg(login);
    Transaction transaction(m_database);
    const std::optional<TeamMember> before = find(login);
    if (!before)
        throw StoreError(TeamText::tr("%1 is not a member of the team").arg(login));
    revokeGroups(login, std::nullopt);
    QSqlQuery remove = m_database.prepare(QStringLiteral("DELETE FROM team_members WHERE login = ?"), what);
    remove.addBindValue(login);
    Database::exec(remove, what);
    AuditLog(m_database).record(QStringLiteral("delete"), QStringLiteral("team_member"), login,
                                AuditLog::diff({QStringLiteral("role"), QStringLiteral("region")},
                                               {teamRoleName(before->role), before->region}, QStringList()));
    transaction.commit();
}

} // namespace cd::store
