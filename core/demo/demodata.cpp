#include "core/demo/demodata.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace cd {

namespace {

// splitmix64: tiny, fast and fully specified, so a seed gives the same numbers with every compiler and
// standard library (std::uniform_int_distribution does not promise that).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n), by Lemire's multiply-and-reject.
    int below(int n)
    {
        if (n <= 1)
            return 0;
        const quint64 range = quint64(n);
        const quint64 threshold = (0 - range) % range;
        while (true) {
            const unsigned __int128 product = static_cast<unsigned __int128>(next()) * range;
            if (quint64(product) >= threshold)
                return int(product >> 64);
        }
    }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    bool percent(int p) { return below(100) < p; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }
    // Index chosen with the given integer weights.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct CountryInfo
{
    const char *code;
    const char *currency;
    const char *legalForm; // appended to customer names
};

const QList<QList<CountryInfo>> &countriesByRegion()
{
    static const QList<QList<CountryInfo>> table{
        {{"US", "USD", "Inc."}, {"US", "USD", "Corp."}, {"US", "USD", "LLC"}, {"CA", "CAD", "Ltd."}},
        {{"GB", "GBP", "Ltd"}, {"GB", "GBP", "plc"}, {"DE", "EUR", "GmbH"}, {"DE", "EUR", "AG"}, {"FR", "EUR", "SAS"},
         {"NL", "EUR", "B.V."}, {"SE", "SEK", "AB"}, {"ES", "EUR", "S.A."}, {"IT", "EUR", "S.r.l."},
         {"CH", "CHF", "AG"}, {"AE", "USD", "LLC"}, {"ZA", "ZAR", "Pty Ltd"}},
        {{"JP", "JPY", "K.K."}, {"AU", "AUD", "Pty Ltd"}, {"SG", "SGD", "Pte Ltd"}, {"IN", "INR", "Pvt Ltd"},
         {"KR", "KRW", "Co."}, {"NZ", "NZD", "Ltd"}},
        {{"BR", "BRL", "Ltda."}, {"MX", "MXN", "S.A. de C.V."}, {"AR", "USD", "S.A."}, {"CL", "USD", "SpA"},
         {"CO", "USD", "S.A.S."}},
    };
    return table;
}

// Thousandths of a unit per US dollar, for turning a dollar-sized deal into its own currency.
qint64 perDollarMilli(const QString &currency)
{
    static const QHash<QString, qint64> table{
        {QStringLiteral("USD"), 1000},      {QStringLiteral("EUR"), 926},      {QStringLiteral("GBP"), 787},
        {QStringLiteral("JPY"), 149000},    {QStringLiteral("CAD"), 1350},     {QStringLiteral("AUD"), 1515},
        {QStringLiteral("CHF"), 893},       {QStringLiteral("SEK"), 10500},    {QStringLiteral("SGD"), 1350},
        {QStringLiteral("INR"), 83000},     {QStringLiteral("KRW"), 1330000},  {QStringLiteral("NZD"), 1640},
        {QStringLiteral("BRL"), 5000},      {QStringLiteral("MXN"), 17200},    {QStringLiteral("ZAR"), 18500},
    };
    return table.value(currency, 1000);
}

// US dollars per unit at the start of the demo, as exact decimal text.
QString dollarRate(const QString &currency)
{
    static const QHash<QString, QString> table{
        {QStringLiteral("EUR"), QStringLiteral("1.08")},    {QStringLiteral("GBP"), QStringLiteral("1.27")},
        {QStringLiteral("JPY"), QStringLiteral("0.0067")},  {QStringLiteral("CAD"), QStringLiteral("0.74")},
        {QStringLiteral("AUD"), QStringLiteral("0.66")},    {QStringLiteral("CHF"), QStringLiteral("1.12")},
        {QStringLiteral("SEK"), QStringLiteral("0.095")},   {QStringLiteral("SGD"), QStringLiteral("0.74")},
        {QStringLiteral("INR"), QStringLiteral("0.012")},   {QStringLiteral("KRW"), QStringLiteral("0.00075")},
        {QStringLiteral("NZD"), QStringLiteral("0.61")},    {QStringLiteral("BRL"), QStringLiteral("0.20")},
        {QStringLiteral("MXN"), QStringLiteral("0.058")},   {QStringLiteral("ZAR"), QStringLiteral("0.054")},
    };
    return table.value(currency, QStringLiteral("1"));
}

struct TypeProfile
{
    const char *type;
    int weight;           // share of partners
    qint64 dealSizeUsd;   // a typical deal
    int dealWeight;       // how busy a partner of this type is
    int influencedPercent;
};

const std::array<TypeProfile, 11> &typeProfiles()
{
    static const std::array<TypeProfile, 11> profiles{{
        {"system_integrator", 12, 250000, 6, 30},
        {"reseller", 20, 90000, 5, 25},
        {"distributor", 5, 120000, 5, 20},
        {"technology", 12, 60000, 3, 70},
        {"consulting", 12, 80000, 3, 40},
        {"agency", 6, 35000, 2, 45},
        {"referral", 12, 25000, 2, 15},
        {"integration", 8, 45000, 2, 75},
        {"msp", 6, 50000, 3, 35},
        {"oem", 3, 150000, 3, 30},
        {"cloud_marketplace", 4, 70000, 3, 60},
    }};
    return profiles;
}

struct TierChoice
{
    const char *program;
    QList<const char *> tiers;
    QList<int> weights;
    QList<qint64> commitmentsUsd; // per tier, 0 for none
    QList<int> activity;          // deal weight multiplier per tier
};

TierChoice tiersFor(const QString &type)
{
    if (type == QLatin1String("system_integrator"))
        return {"next-portal-si", {"tier1", "tier2", "tier3"}, {12, 30, 58}, {5000000, 2000000, 500000}, {8, 4, 2}};
    if (type == QLatin1String("reseller") || type == QLatin1String("distributor"))
        return {"next-portal-resellers", {"gold", "silver", "authorized"}, {15, 35, 50}, {5000000, 2000000, 500000}, {6, 3, 2}};
    if (type == QLatin1String("technology") || type == QLatin1String("integration"))
        return {"next-portal-integrations", {"strategic", "certified", "community"}, {12, 33, 55}, {0, 0, 0}, {5, 3, 1}};
    return {"playbook", {"platinum", "gold", "silver", "bronze"}, {5, 10, 15, 70}, {500000, 250000, 100000, 0}, {8, 5, 3, 1}};
}

const QStringList &companySyllables()
{
    static const QStringList list = words("Nor Vel Quan Stra Lum Cor Zen Ard Bri Cal Dar Ev Fal Gal Hal Ix Jor Kel Mar Nex "
                                          "Or Pel Ros Sol Tal Ul Var Wen Yor Zan Tre Vo Ka Lio Mer Sy");
    return list;
}
const QStringList &companyEndings()
{
    static const QStringList list = words("ora ex ion ant ivo ara etic ova ium aris en yx ano ique itas ado");
    return list;
}

QString partnerName(Random &random, const QString &type, QSet<QString> &used)
{
    static const QHash<QString, QStringList> suffixes{
        {QStringLiteral("system_integrator"), words("Consulting_Group Systems Digital_Partners Solutions Integration")},
        {QStringLiteral("reseller"), words("Technologies Software_Partners IT_Solutions Channel_Services")},
        {QStringLiteral("distributor"), words("Distribution Supply_Networks Trade_Group")},
        {QStringLiteral("technology"), words("Labs Software Cloud Data")},
        {QStringLiteral("consulting"), words("Advisory Consulting Strategy_Partners")},
        {QStringLiteral("agency"), words("Creative Media_Studio Marketing")},
        {QStringLiteral("referral"), words("Ventures Network Associates")},
        {QStringLiteral("integration"), words("Connect Integrations APIs")},
        {QStringLiteral("msp"), words("Managed_Services Operations Cloud_Services")},
        {QStringLiteral("oem"), words("Devices Embedded_Systems Platforms")},
        {QStringLiteral("cloud_marketplace"), words("Cloud_Exchange Marketplace Cloud_Hub")},
    };
    for (int attempt = 0;; ++attempt) {
        QString stem = random.pick(companySyllables()) + random.pick(companyEndings()).toLower();
        if (attempt > 20)
            stem += QString::number(attempt);
        QString suffix = random.pick(suffixes.value(type));
        suffix.replace(QLatin1Char('_'), QLatin1Char(' '));
        QString name = stem + QLatin1Char(' ') + suffix;
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
}

QString slug(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

struct Customer
{
    QString name;
    QString domain;
    int region;
    QString currency;
};

QList<Customer> makeCustomers(Random &random, int count)
{
    const QStringList first = words("North Blue Silver Iron Green Harbor Summit Cedar Granite Maple River Stone Bright "
                                    "Clear Oak Pine Lake Falcon Eagle Crescent Copper Willow Aspen Coral Amber");
    const QStringList second = words("field water ridge gate point brook crest vale wood haven line stone bay");
    const QStringList industry = words("Logistics Foods Health Bank Insurance Retail Energy Manufacturing Telecom "
                                       "Pharma Motors Media Airlines Analytics Utilities Hotels Chemicals");
    const QStringList descriptors = words("Group Holdings International Industries Global Partners Services Systems");
    QList<Customer> customers;
    QSet<QString> used;
    const QList<int> regionWeights{40, 35, 18, 7};
    while (customers.size() < count) {
        const int region = random.weighted(regionWeights);
        const CountryInfo &country = random.pick(countriesByRegion()[region]);
        QString stem = random.pick(first) + random.pick(second) + QLatin1Char(' ') + random.pick(industry);
        // A taken name gets a descriptor, and only when those run out a number.
        for (int attempt = 0; used.contains(stem); ++attempt) {
            if (attempt < 4)
                stem = stem.section(QLatin1Char(' '), 0, 1) + QLatin1Char(' ') + random.pick(descriptors);
            else
                stem = stem.section(QLatin1Char(' '), 0, 1) + QLatin1Char(' ') + QString::number(customers.size());
        }
        used.insert(stem);
        customers << Customer{stem + QLatin1Char(' ') + QLatin1String(country.legalForm),
                              slug(stem) + QStringLiteral(".example"), region, QString::fromLatin1(country.currency)};
    }
    return customers;
}

// A deal-sized amount of money: a typical size times a right-skewed factor, in a round number of units.
Money dealAmount(Random &random, qint64 typicalUsd, const QString &currencyCode)
{
    const Currency currency = *Currency::fromCode(QStringView(currencyCode));
    const qint64 factorPermille = 250 + qint64(random.below(1000)) * random.below(1000) * 3 / 1000;
    const qint64 usd = typicalUsd * factorPermille / 1000;
    qint64 units = usd * perDollarMilli(currencyCode) / 1000;
    const qint64 step = units > 1000000 ? 10000 : units > 100000 ? 500 : 50;
    units = std::max(step, (units + step / 2) / step * step);
    Int128 minor = Int128(units) * Decimal::pow10(currency.minorDigits());
    if (currency.minorDigits() > 0 && random.percent(8)) // now and then an amount with cents
        minor += random.below(100) * Int128(Decimal::pow10(currency.minorDigits() - 2));
    return Money::fromMinorUnits(minor, currency);
}

QDate addDaysCapped(QDate date, int days, QDate cap)
{
    const QDate result = date.addDays(days);
    return result > cap ? cap : result;
}

} // namespace

DemoData generateDemoData(const DemoOptions &options)
{
    Random random(options.seed);
    DemoData data;
    data.options = options;
    const QDate today = options.today.isValid() ? options.today : QDate(2026, 3, 31);
    data.options.today = today;
    const QDate firstDay = QDate(today.year(), today.month(), 1).addMonths(-24);
    const QStringList managers{
        QStringLiteral("Avery Lindqvist"), QStringLiteral("Jordan Okafor"),  QStringLiteral("Priya Raman"),
        QStringLiteral("Mateo Alvarez"),   QStringLiteral("Hannah Keller"),  QStringLiteral("Kenji Watanabe"),
        QStringLiteral("Sofia Marchetti"), QStringLiteral("Liam Okonkwo"),   QStringLiteral("Camila Duarte")};
    const QList<QList<int>> managersByRegion{{0, 1, 2}, {3, 4, 6}, {5, 7}, {8}};
    const QStringList verticals{QStringLiteral("Financial Services"), QStringLiteral("Healthcare"),
                                QStringLiteral("Manufacturing"),      QStringLiteral("Retail"),
                                QStringLiteral("Public Sector"),      QStringLiteral("Technology"),
                                QStringLiteral("Telecommunications"), QStringLiteral("Energy"),
                                QStringLiteral("Media")};
    const QStringList products{QStringLiteral("Developer Portal"), QStringLiteral("API Gateway"),
                               QStringLiteral("Analytics Suite"), QStringLiteral("Automation Platform"),
                               QStringLiteral("Service Catalog"), QStringLiteral("Security Add-on")};
    const QStringList motions{QStringLiteral("rollout"), QStringLiteral("expansion"), QStringLiteral("renewal"),
                              QStringLiteral("pilot"), QStringLiteral("migration"), QStringLiteral("upgrade")};

    // Partners.
    const int partnerCount = std::max(1, options.partners);
    const int idWidth = std::max(4, int(QString::number(partnerCount).size()));
    QList<int> typeWeights;
    for (const TypeProfile &profile : typeProfiles())
        typeWeights << profile.weight;
    QSet<QString> usedNames;
    QList<int> partnerType;      // index into typeProfiles()
    QList<int> partnerActivity;  // deal weight, 0 for partners who sell nothing yet
    QList<int> partnerRegion;
    for (int i = 0; i < partnerCount; ++i) {
        const int type = i < int(typeProfiles().size()) ? i : random.weighted(typeWeights);
        const TypeProfile &profile = typeProfiles()[size_t(type)];
        Partner p;
        p.id = QStringLiteral("P%1").arg(i + 1, idWidth, 10, QLatin1Char('0'));
        p.type = QString::fromLatin1(profile.type);
        p.name = partnerName(random, p.type, usedNames);
        const int region = i < 4 ? i : random.weighted({40, 35, 18, 7});
        const CountryInfo &country = random.pick(countriesByRegion()[region]);
        p.region = codes::regions()[region];
        p.country = QString::fromLatin1(country.code);
        const TierChoice tiers = tiersFor(p.type);
        const int tier = random.weighted(tiers.weights);
        p.program = QString::fromLatin1(tiers.program);
        p.tier = QString::fromLatin1(tiers.tiers[tier]);
        const int stage = random.weighted({4, 5, 5, 10, 76});
        p.stage = codes::partnerStages()[stage];
        const bool selling = stage >= 3;
        if (!selling)
            p.status = QStringLiteral("inactive");
        else if (stage == 4 && random.percent(6))
            p.status = random.percent(50) ? QStringLiteral("inactive") : QStringLiteral("terminated");
        else
            p.status = QStringLiteral("active");
        p.manager = managers[random.pick(managersByRegion[region])];
        if (stage == 4)
            p.joinedOn = today.addDays(-random.between(120, 1460));
        else if (stage == 3)
            p.joinedOn = today.addDays(-random.between(7, 84));
        if (tiers.commitmentsUsd[tier] > 0 && selling) {
            const Currency usd = *Currency::fromCode(QStringView(u"USD"));
            p.revenueCommitment = Money::fromMinorUnits(Int128(tiers.commitmentsUsd[tier]) * 100, usd);
        }
        p.website = QStringLiteral("https://www.") + slug(p.name) + QStringLiteral(".example");
        p.vertical = random.pick(verticals);
        data.partners << p;
        partnerType << type;
        partnerRegion << region;
        const int activity = p.status == QLatin1String("active") ? profile.dealWeight * tiers.activity[tier] : 0;
        partnerActivity << (stage == 3 ? std::max(1, activity / 3) : activity);
    }
    if (std::all_of(partnerActivity.begin(), partnerActivity.end(), [](int a) { return a == 0; }))
        partnerActivity[0] = 1;

    QHash<QString, int> partnerIndex;
    for (int i = 0; i < partnerCount; ++i)
        partnerIndex.insert(data.partners[i].id, i);

    const int dealCount = std::max(0, options.deals);
    QList<Customer> customers = makeCustomers(random, std::clamp(dealCount / 4, 20, 30000));
    QList<QList<int>> customersByRegion(4);
    for (int i = 0; i < customers.size(); ++i)
        customersByRegion[customers[i].region] << i;

    // Registrations: first registrations, then competing and repeated ones within the protection window.
    const int registrationCount = options.registrations >= 0 ? options.registrations : std::max(20, dealCount * 2 / 15);
    const int regWidth = std::max(5, int(QString::number(registrationCount).size()));
    const int spanDays = int(firstDay.daysTo(today));
    QList<int> winners; // registrations a deal may come from
    for (int i = 0; i < registrationCount; ++i) {
        Registration r;
        r.id = QStringLiteral("R%1").arg(i + 1, regWidth, 10, QLatin1Char('0'));
        const bool follows = i > 0 && random.percent(18);
        if (follows) {
            const Registration &earlier = data.registrations[random.below(int(data.registrations.size()))];
            const bool samePartner = random.percent(25);
            int partner = random.weighted(partnerActivity);
            if (!samePartner && data.partners[partner].id == earlier.partnerId)
                partner = (partner + 1) % partnerCount;
            r.partnerId = samePartner ? earlier.partnerId : data.partners[partner].id;
            // The same company, written another way now and then (the customer key has to see through it).
            r.customer = random.percent(30) ? earlier.customer.toUpper() : earlier.customer;
            r.customerDomain = random.percent(20) ? QString() : earlier.customerDomain;
            r.product = random.percent(85) ? earlier.product : random.pick(products);
            r.amount = earlier.amount;
            r.submittedAt = earlier.submittedAt.addSecs(qint64(random.between(3600, 29 * 86400)));
        } else {
            const int partner = random.weighted(partnerActivity);
            const Customer &customer = customers[random.pick(customersByRegion[partnerRegion[partner]].isEmpty()
                                                                 ? QList<int>{0}
                                                                 : customersByRegion[partnerRegion[partner]])];
            r.partnerId = data.partners[partner].id;
            r.customer = customer.name;
            r.customerDomain = random.percent(75) ? customer.domain : QString();
            r.product = random.pick(products);
            r.amount = dealAmount(random, typeProfiles()[size_t(partnerType[partner])].dealSizeUsd,
                                  random.percent(70) ? customer.currency : QStringLiteral("USD"));
            r.submittedAt = QDateTime(firstDay.addDays(random.below(std::max(1, spanDays))),
                                      QTime(random.between(7, 19), random.below(60), random.below(60)), Qt::UTC);
            winners << i;
        }
        if (r.submittedAt > QDateTime(today, QTime(0, 0), Qt::UTC))
            r.submittedAt = QDateTime(today.addDays(-1), QTime(9, 0), Qt::UTC);
        data.registrations << r;
    }

    // Deals: two years of closed business with a growing trend, and the open pipeline ahead.
    const int dealWidth = std::max(6, int(QString::number(dealCount).size()));
    QList<int> monthWeights;
    for (int m = 0; m < 24; ++m)
        monthWeights << 10 + m;
    int nextWinner = 0;
    for (int i = 0; i < dealCount; ++i) {
        Deal d;
        d.id = QStringLiteral("D%1").arg(i + 1, dealWidth, 10, QLatin1Char('0'));
        const bool open = random.percent(22);
        int partner = random.weighted(partnerActivity);
        const Registration *registration = nullptr;
        if (!winners.isEmpty() && random.percent(30) && nextWinner < winners.size())
            registration = &data.registrations[winners[nextWinner++]];
        if (registration)
            partner = partnerIndex.value(registration->partnerId, partner);
        const TypeProfile &profile = typeProfiles()[size_t(partnerType[partner])];
        d.partners = {DealShare{data.partners[partner].id, Decimal::fromInteger(100)}};
        if (random.percent(10) && partnerCount > 1) {
            int second = random.weighted(partnerActivity);
            if (second == partner)
                second = (partner + 1 + random.below(partnerCount - 1)) % partnerCount;
            static const QList<int> primaryShares{50, 60, 60, 70, 80};
            const int share = random.pick(primaryShares);
            d.partners = {DealShare{data.partners[partner].id, Decimal::fromInteger(share)},
                          DealShare{data.partners[second].id, Decimal::fromInteger(100 - share)}};
        }
        const QList<int> &local = customersByRegion[partnerRegion[partner]];
        const Customer &customer = customers[local.isEmpty() || random.percent(15) ? random.below(int(customers.size()))
                                                                                  : random.pick(local)];
        d.customer = registration ? registration->customer : customer.name;
        d.customerDomain = registration ? registration->customerDomain : customer.domain;
        d.product = registration && !registration->product.isEmpty() ? registration->product : random.pick(products);
        d.name = d.product + QLatin1Char(' ') + random.pick(motions);
        d.amount = registration ? registration->amount
                                : dealAmount(random, profile.dealSizeUsd,
                                             random.percent(70) ? customer.currency : QStringLiteral("USD"));
        if (registration) {
            d.regId = registration->id;
            d.closeDate = registration->submittedAt.date().addDays(random.between(30, 150));
        } else if (open) {
            d.closeDate = today.addDays(random.between(-20, 270));
        } else {
            const int month = random.weighted(monthWeights);
            const QDate start = firstDay.addMonths(month);
            d.closeDate = start.addDays(random.below(int(std::min<qint64>(start.daysInMonth(), start.daysTo(today) + 1))));
        }
        if (d.closeDate > today && !open && !registration)
            d.closeDate = today;
        if (open || d.closeDate > today) {
            d.status = QStringLiteral("open");
            const int stage = random.weighted({35, 28, 22, 15});
            d.stage = codes::dealStages()[stage];
            static const QList<int> probabilities{10, 25, 50, 75};
            d.probability = Decimal::fromInteger(probabilities[stage] + 5 * random.between(-1, 1));
        } else {
            const int outcome = random.weighted({58, 37, 5});
            d.status = codes::dealStatuses()[outcome + 1];
            if (outcome == 0)
                d.probability = Decimal::fromInteger(100);
            else if (outcome == 1)
                d.probability = Decimal::fromInteger(0);
            else
                d.cancelledOn = addDaysCapped(d.closeDate, random.between(5, 120), std::max(today, d.closeDate));
        }
        d.source = random.percent(profile.influencedPercent) ? QStringLiteral("influenced") : QStringLiteral("sourced");
        data.deals << d;
    }

    // Monthly rates for every currency the deals and registrations use, drifting a little each month.
    QSet<QString> currencies;
    for (const Deal &d : std::as_const(data.deals))
        currencies.insert(d.amount.currency().code());
    for (const Registration &r : std::as_const(data.registrations))
        currencies.insert(r.amount.currency().code());
    currencies.remove(QStringLiteral("USD"));
    QStringList sorted(currencies.begin(), currencies.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &code : std::as_const(sorted)) {
        const Decimal base = *Decimal::parse(dollarRate(code));
        int drift = 0; // basis points
        for (int m = 0; m <= 24; ++m) {
            drift = std::clamp(drift + random.between(-80, 80), -900, 900);
            const Decimal factor = Decimal::fromUnits(10000 + drift, 4);
            data.exchangeRates << DemoExchangeRate{firstDay.addMonths(m), code,
                                                   (base * factor).rounded(base.scale() + 3, RoundingMode::HalfEven)
                                                       .normalized()};
        }
    }
    std::sort(data.exchangeRates.begin(), data.exchangeRates.end(), [](const auto &a, const auto &b) {
        return a.date != b.date ? a.date < b.date : a.currency < b.currency;
    });
    return data;
}

} // namespace cd
