// The demo program's people, certifications, stored programs, stage history and measured KPIs.
#include "store/demo/demosteps.h"

#include "store/database.h"
#include "store/records/peoplestore.h"
#include "store/programs/programstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::store {

namespace {

// The demo's own random numbers (splitmix64): the same seed gives the same people on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed ^ 0x9e3779b97f4a7c15ULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    bool percent(int p) { return between(1, 100) <= p; }
    template<typename T> const T &pick(const QList<T> &list) { return list[between(0, int(list.size()) - 1)]; }

private:
    quint64 m_state;
};

QJsonObject scorecardItem(const QString &metric, const QString &name, const QString &weight, const QString &target,
                          const QString &cap)
{
    return QJsonObject{{QStringLiteral("metric"), metric}, {QStringLiteral("name"), name},
                       {QStringLiteral("weight"), weight}, {QStringLiteral("target"), target},
                       {QStringLiteral("cap"), cap}};
}

// Seed 001's weighted scorecard (40/25/20/15) on what the database measures: revenue performance as
// `revenueMetric`, customer satisfaction and marketing collaboration from the KPI table, technical
// competency as the share of certified people.
QJsonArray demoScorecard(const QString &revenueMetric, const QString &revenueTarget)
{
    return QJsonArray{
        scorecardItem(revenueMetric, QStringLiteral("Revenue performance"), QStringLiteral("40%"), revenueTarget, QStringLiteral("1.5")),
        scorecardItem(QStringLiteral("csat"), QStringLiteral("Customer satisfaction"), QStringLiteral("25%"), QStringLiteral("5"), QStringLiteral("1")),
        scorecardItem(QStringLiteral("certification_rate"), QStringLiteral("Technical competency"), QStringLiteral("20%"),
                      QStringLiteral("100"), QStringLiteral("1")),
        scorecardItem(QStringLiteral("marketing_collaboration"), QStringLiteral("Marketing collaboration"), QStringLiteral("15%"),
                      QStringLiteral("100"), QStringLiteral("1")),
    };
}

QJsonObject requirement(const QString &metric, const QString &value)
{
    return QJsonObject{{QStringLiteral("metric"), metric}, {QStringLiteral("op"), QStringLiteral(">=")},
                       {QStringLiteral("value"), value}};
}

// The demo partners name programs by their own ids (next-portal-si, playbook, …): each is a copy of a seed
// template cut down to the tiers the demo uses, with the tier ids the demo gives its partners.
QList<StoredProgram> demoPrograms(const QList<StoredProgram> &templates)
{
    QHash<QString, QJsonObject> byId;
    for (const StoredProgram &t : templates)
        byId.insert(t.id, QJsonDocument::fromJson(t.json).object());
    const QJsonObject next = byId.value(QStringLiteral("next-portal"));
    const QJsonObject playbook = byId.value(QStringLiteral("partnership-playbook"));
    const QJsonArray lifecycle = playbook.value(QStringLiteral("lifecycle")).toArray();

    auto tiersOf = [&next](const QStringList &templateIds, const QStringList &ids) {
        QJsonArray tiers;
        for (const QJsonValue &value : next.value(QStringLiteral("tiers")).toArray()) {
            QJsonObject tier = value.toObject();
            const qsizetype at = templateIds.indexOf(tier.value(QStringLiteral("id")).toString());
            if (at < 0)
                continue;
            tier.insert(QStringLiteral("id"), ids[at]);
            tier.remove(QStringLiteral("partner_type")); // the demo program is one partner type already
            tiers << tier;
        }
        return tiers;
    };
    auto make = [&lifecycle](const QString &id, const QString &name, const QString &description, const QJsonArray &tiers,
                             const QJsonArray &scorecard) {
        const QJsonObject json{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("description"), description},
                               {QStringLiteral("currency"), QStringLiteral("USD")},
                               {QStringLiteral("tiers"), tiers},
                               {QStringLiteral("scorecard"), scorecard},
                               {QStringLiteral("lifecycle"), lifecycle}};
        return QJsonDocument(json).toJson(QJsonDocument::Indented);
    };

    QList<StoredProgram> list;
    list << StoredProgram{QStringLiteral("next-portal-si"), QString(), QStringLiteral("next-portal"), false,
                          make(QStringLiteral("next-portal-si"), QStringLiteral("NEXT Portal system integrators"),
                               QStringLiteral("Seed 000's SI tiers 1/2/3 with seed 001's scorecard."),
                               tiersOf({QStringLiteral("si-tier1"), QStringLiteral("si-tier2"), QStringLiteral("si-tier3")},
                                       {QStringLiteral("tier1"), QStringLiteral("tier2"), QStringLiteral("tier3")}),
                               demoScorecard(QStringLiteral("revenue_attainment"), QStringLiteral("1")))};
    list << StoredProgram{QStringLiteral("next-portal-resellers"), QString(), QStringLiteral("next-portal"), false,
                          make(QStringLiteral("next-portal-resellers"), QStringLiteral("NEXT Portal resellers"),
                               QStringLiteral("Seed 000's reseller tiers Gold/Silver/Authorized with seed 001's scorecard."),
                               tiersOf({QStringLiteral("reseller-gold"), QStringLiteral("reseller-silver"),
                                        QStringLiteral("reseller-authorized")},
                                       {QStringLiteral("gold"), QStringLiteral("silver"), QStringLiteral("authorized")}),
                               demoScorecard(QStringLiteral("revenue_attainment"), QStringLiteral("1")))};
    // Seed 000's integration tiers name no thresholds; the demo asks for certified people and won deals.
    const QJsonArray integrationTiers{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("strategic")}, {QStringLiteral("name"), QStringLiteral("Strategic integration")},
                    {QStringLiteral("requires"), QJsonArray{requirement(QStringLiteral("certified_engineers"), QStringLiteral("3")),
                                                            requirement(QStringLiteral("deals_won"), QStringLiteral("12"))}},
                    {QStringLiteral("benefits"), QJsonObject{{QStringLiteral("support"), QStringLiteral("joint engineering team")},
                                                             {QStringLiteral("marketing"), QStringLiteral("co-marketing and joint solutions")}}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("certified")}, {QStringLiteral("name"), QStringLiteral("Certified integration")},
                    {QStringLiteral("requires"), QJsonArray{requirement(QStringLiteral("certified_engineers"), QStringLiteral("1"))}},
                    {QStringLiteral("benefits"), QJsonObject{{QStringLiteral("support"), QStringLiteral("technical support collaboration")},
                                                             {QStringLiteral("marketing"), QStringLiteral("marketing listing and co-promotion")}}}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("community")}, {QStringLiteral("name"), QStringLiteral("Community integration")},
                    {QStringLiteral("benefits"), QJsonObject{{QStringLiteral("support"), QStringLiteral("community")}}}}};
    list << StoredProgram{QStringLiteral("next-portal-integrations"), QString(), QStringLiteral("next-portal"), false,
                          make(QStringLiteral("next-portal-integrations"), QStringLiteral("NEXT Portal integrations"),
                               QStringLiteral("Seed 000's integration tiers Strategic/Certified/Community."), integrationTiers,
                               demoScorecard(QStringLiteral("revenue"), QStringLiteral("400000")))};
    list << StoredProgram{QStringLiteral("playbook"), QString(), QStringLiteral("partnership-playbook"), false,
                          make(QStringLiteral("playbook"), QStringLiteral("Partnership playbook tiers"),
                               QStringLiteral("Seed 003's Platinum/Gold/Silver/Bronze by won revenue percentile."),
                               playbook.value(QStringLiteral("tiers")).toArray(),
                               demoScorecard(QStringLiteral("revenue"), QStringLiteral("600000")))};
    return list;
}

QString emailDomain(const Partner &partner)
{
    QString domain = partner.website;
    domain.remove(QStringLiteral("https://"));
    domain.remove(QStringLiteral("www."));
    return domain.isEmpty() ? QStringLiteral("partner.example") : domain;
}

} // namespace

void addDemoCertifications(Database &database, const DemoData &data)
{
    const QDate today = data.options.today.isValid() ? data.options.today : QDate(2026, 3, 31);
    DemoRandom random(data.options.seed * 7919 + 4);

    // The four templates and the demo's own programs built from them.
    ProgramStore programs(database);
    const QList<StoredProgram> templates = programTemplates();
    for (const StoredProgram &t : templates)
        programs.save(t);
    for (StoredProgram p : demoPrograms(templates)) {
        Diagnostics errors;
        const std::optional<Program> parsed = parseProgram(p.json, p.id, errors);
        p.name = parsed ? parsed->name : p.id;
        programs.save(p);
    }

    static const QList<QString> firstNames{
        QStringLiteral("Ada"),   QStringLiteral("Bruno"), QStringLiteral("Chen"),  QStringLiteral("Dana"),  QStringLiteral("Emil"),
        QStringLiteral("Farah"), QStringLiteral("Goran"), QStringLiteral("Hana"),  QStringLiteral("Ivan"),  QStringLiteral("Jia"),
        QStringLiteral("Kofi"),  QStringLiteral("Lena"),  QStringLiteral("Malik"), QStringLiteral("Nora"),  QStringLiteral("Omar"),
        QStringLiteral("Pia"),   QStringLiteral("Rafael"), QStringLiteral("Sana"), QStringLiteral("Tomas"), QStringLiteral("Uma"),
        QStringLiteral("Viktor"), QStringLiteral("Wen"),  QStringLiteral("Yara"),  QStringLiteral("Zoltan")};
    static const QList<QString> lastNames{
        QStringLiteral("Abara"),  QStringLiteral("Berg"),    QStringLiteral("Castell"), QStringLiteral("Dorin"),
        QStringLiteral("Esper"),  QStringLiteral("Falk"),    QStringLiteral("Grau"),    QStringLiteral("Holm"),
        QStringLiteral("Ishida"), QStringLiteral("Jovanic"), QStringLiteral("Kaur"),    QStringLiteral("Lund"),
        QStringLiteral("Moreau"), QStringLiteral("Nakamura"), QStringLiteral("Osei"),   QStringLiteral("Petrov"),
        QStringLiteral("Quist"),  QStringLiteral("Rinaldi"), QStringLiteral("Sato"),    QStringLiteral("Tan"),
        QStringLiteral("Varga"),  QStringLiteral("Weiss")};
    // Seed 001's levels on its platform track, seed 003's on the playbook's sales track.
    static const QList<QStringList> tracks{
        {QStringLiteral("platform"), QStringLiteral("foundation"), QStringLiteral("professional"), QStringLiteral("expert")},
        {QStringLiteral("partner-playbook"), QStringLiteral("foundation"), QStringLiteral("sales"), QStringLiteral("technical"),
         QStringLiteral("advanced")}};

    QList<Person> people;
    QList<Certification> certifications;
    int certificationNumber = 0;
    for (const Partner &partner : data.partners) {
        // Headcount and role mix by program: system integrators staff consultants, integrators engineers.
        int headcount = random.between(2, 6);
        QList<QString> roles{QStringLiteral("sales"), QStringLiteral("engineer"), QStringLiteral("consultant"),
                             QStringLiteral("marketing")};
        int certifyPercent = 70;
        if (partner.program == QLatin1String("next-portal-si")) {
            roles = {QStringLiteral("consultant"), QStringLiteral("consultant"), QStringLiteral("consultant"),
                     QStringLiteral("engineer"), QStringLiteral("sales")};
            headcount = partner.tier == QLatin1String("tier1") ? random.between(14, 20) : random.between(4, 12);
            certifyPercent = partner.tier == QLatin1String("tier1") ? 88 : 70;
        } else if (partner.program == QLatin1String("next-portal-integrations")) {
            roles = {QStringLiteral("engineer"), QStringLiteral("engineer"), QStringLiteral("sales"), QStringLiteral("other")};
            headcount = random.between(2, 7);
        }
        if (partner.stage == QLatin1String("identification") || partner.stage == QLatin1String("qualification"))
            headcount = random.between(0, 1);
        const QString domain = emailDomain(partner);
        for (int i = 0; i < headcount; ++i) {
            Person person;
            person.id = partner.id + QStringLiteral("-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            person.partnerId = partner.id;
            const QString first = random.pick(firstNames);
            const QString last = random.pick(lastNames);
            person.name = first + QLatin1Char(' ') + last;
            person.email = first.toLower() + QLatin1Char('.') + last.toLower() + QString::number(i + 1) + QLatin1Char('@') + domain;
            person.role = i == 0 ? QStringLiteral("executive") : random.pick(roles);
            people << person;
            if (!random.percent(certifyPercent))
                continue;
            // Earned up to three years back, valid two years: about a third have lapsed, a few expire soon.
            const QStringList &track = tracks[random.between(0, 1)];
            const int levels = random.between(1, int(track.size()) - 1);
            QDate earned = today.addDays(-random.between(20, 1000));
            for (int level = 1; level <= levels; ++level) {
                Certification c;
                c.id = QStringLiteral("C%1").arg(++certificationNumber, 6, 10, QLatin1Char('0'));
                c.personId = person.id;
                c.track = track.first();
                c.level = track[level];
                c.earnedOn = earned;
                c.expiresOn = earned.addYears(2);
                certifications << c;
                earned = earned.addDays(random.between(30, 200));
                if (earned > today)
                    break;
            }
        }
    }
    // A handful certain to fall in the 60-day window, so the expiry list is never empty.
    for (int i = 0; i < certifications.size() && i < 40; i += 7)
        certifications[i].expiresOn = today.addDays(5 + i);
    const QList<ImportResult> results =
        importEnablement(database,
                         {EnablementSource{EnablementKind::People, QStringLiteral("demo people"), toCsv(people)},
                          EnablementSource{EnablementKind::Certifications, QStringLiteral("demo certifications"),
                                           toCsv(certifications)}},
                         false);
    for (const ImportResult &result : results) {
        if (!result.errors.isEmpty())
            throw StoreError(result.errors.first().toString());
    }

    // Stage history along seed 003's weeks; partners still early in the process entered their stage up to
    // six weeks ago, so some are overdue.
    LifecycleStore lifecycle(database);
    KpiStore kpis(database);
    DemoRandom surveys(data.options.seed * 7919 + 5);
    const QStringList &stages = codes::partnerStages();
    for (const Partner &partner : data.partners) {
        const int current = int(stages.indexOf(partner.stage));
        if (current < 0)
            continue;
        static const int startWeek[] = {0, 2, 4, 8, 12};
        QDate currentSince;
        if (current == 4 && partner.joinedOn.isValid())
            currentSince = partner.joinedOn.addDays(28);
        else if (current == 3 && partner.joinedOn.isValid())
            currentSince = partner.joinedOn;
        else
            currentSince = today.addDays(-random.between(1, current == 2 ? 63 : 24));
        const QDate start = currentSince.addDays(-7 * startWeek[current]);
        for (int s = 0; s < current; ++s)
            lifecycle.addHistory(partner.id, stages[s], start.addDays(7 * startWeek[s] + random.between(0, 3)));
        lifecycle.addHistory(partner.id, stages[current], currentSince);
        if (partner.status != QLatin1String("active"))
            continue;
        const QDate measured = today.addDays(-random.between(5, 40));
        kpis.set(partner.id, QStringLiteral("csat"), measured, Decimal::fromUnits(random.between(32, 50), 1));
        kpis.set(partner.id, QStringLiteral("marketing_collaboration"), measured, Decimal::fromInteger(random.between(35, 100)));
        // The quarterly surveys before it, so that a scorecard as of an earlier quarter's end (a QBR's) has
        // them too. A generator of their own leaves the rest of the demo as it was.
        QDate quarterEnd = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1).addDays(-1);
        for (int quarter = 0; quarter < 8 && quarterEnd >= partner.joinedOn; ++quarter, quarterEnd = quarterEnd.addDays(1).addMonths(-3).addDays(-1)) {
            kpis.set(partner.id, QStringLiteral("csat"), quarterEnd, Decimal::fromUnits(surveys.between(32, 50), 1));
            kpis.set(partner.id, QStringLiteral("marketing_collaboration"), quarterEnd,
                     Decimal::fromInteger(surveys.between(35, 100)));
        }
    }
}

} // namespace cd::store
