#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cd::store {

class Database;

// What a team member may do, enforced by PostgreSQL itself (grants and row-level security), so that a member
// with psql has no more rights than in the window.
enum class TeamRole {
    Admin,     // everything, including the team's members and the schema
    Manager,   // all program data; reads plans, programs, targets and the team
    Regional,  // sees and edits only its region's partners and their deals, registrations, people, certifications
    Executive, // reads everything, writes nothing
};
QString teamRoleName(TeamRole role); // admin, manager, regional, executive
std::optional<TeamRole> teamRoleFromName(QStringView name);
// One sentence for messages: what the role may do.
QString teamRoleScope(TeamRole role, const QString &region);

struct TeamMember
{
    QString login; // the PostgreSQL role that logs in
    TeamRole role = TeamRole::Executive;
    QString region; // for Regional: NA, EMEA, APAC or LATAM
    bool operator==(const TeamMember &) const = default;
};

// The team of a PostgreSQL database: its members and the server's rules for them. On SQLite there is no team
// (one person owns the file) and every call throws StoreError.
class Team
{
public:
    explicit Team(Database &database); // the database must outlive the team

    // Creates or refreshes the group roles of this database, their grants and row-level security policies.
    // Safe to re-run; init runs it after every migration. Needs the database's owner or an admin.
    void installSecurity();

    QList<TeamMember> members() const; // by login
    // The connected user's membership; an owner or superuser who is not a member counts as admin.
    TeamMember me() const;
    // Adds the member (creating the login role if the server has none by that name) or changes its role
    // and region; with a password, sets it. Audited.
    void addMember(const TeamMember &member, const QString &password = QString());
    // Takes the member's rights in this database away; the login role stays (it may work elsewhere). Audited.
    void removeMember(const QString &login);

    // Why the server would not take `member` (no login, a regional member without a known region …), or empty.
    static QString memberProblem(const TeamMember &member);

    // The group role a member of `role` is given in this database: cd_<database>_<role>.
    QString groupRole(TeamRole role) const;

private:
    void requireTeamDatabase() const;
    std::optional<TeamMember> find(const QString &login) const;
    bool roleExists(const QString &name) const;
    bool hasTeamTable() const;
    void revokeGroups(const QString &login, std::optional<TeamRole> keep);
    Database &m_database;
};

} // namespace cd::store
