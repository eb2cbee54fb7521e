#include "store/importexport/importrows.h"

#include "store/records/recordrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace cd::store::detail {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Importer)
};

bool digitsAt(const char *p, std::initializer_list<int> positions)
{
    for (int i : positions) {
        if (p[i] < '0' || p[i] > '9')
            return false;
    }
    return true;
}

int number(const char *p, int length)
{
    int value = 0;
    for (int i = 0; i < length; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

QString shown(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

// "60" or "12.5" as decimalText() writes it: no sign, no leading zeros, no trailing zeros after the point.
bool isCanonicalDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text[0] < '0' || text[0] > '9')
        return false;
    const qsizetype point = text.indexOf('.');
    const qsizetype integerDigits = point < 0 ? text.size() : point;
    if (integerDigits > 1 && text[0] == '0')
        return false;
    return point < 0 || (point + 1 < text.size() && text.back() != '0');
}

void IdRegister::clear()
{
    m_ordered.clear();
    m_hash.clear();
    m_capacity = 0;
    m_hashed = false;
}

int IdRegister::seen(QByteArrayView key, int line)
{
    auto bytes = [](QByteArrayView view) { return std::string_view(view.data(), size_t(view.size())); };
    if (!m_hashed) {
        if (m_ordered.empty() || bytes(m_ordered.back().first) < bytes(key)) {
            m_ordered.emplace_back(key, line);
            return 0;
        }
        if (bytes(m_ordered.back().first) == bytes(key))
            return m_ordered.back().second;
        m_hash.reserve(std::max(m_capacity, qsizetype(m_ordered.size()) * 2));
        for (const auto &[earlier, earlierLine] : m_ordered)
            m_hash.insert(earlier, earlierLine);
        m_ordered = {};
        m_hashed = true;
    }
    const auto found = m_hash.constFind(key);
    if (found != m_hash.cend())
        return found.value();
    m_hash.insert(key, line);
    return 0;
}

qint64 countLines(QByteArrayView data)
{
    qint64 lines = 0;
    const char *p = data.data();
    const char *end = p + data.size();
    while (p < end) {
        const void *found = std::memchr(p, '\n', size_t(end - p));
        if (!found)
            return lines + 1;
        ++lines;
        p = static_cast<const char *>(found) + 1;
    }
    return lines;
}

std::optional<QDate> parseIsoDateBytes(QByteArrayView bytes)
{
    if (bytes.size() != 10)
        return std::nullopt;
    const char *p = bytes.data();
    if (p[4] != '-' || p[7] != '-' || !digitsAt(p, {0, 1, 2, 3, 5, 6, 8, 9}))
        return std::nullopt;
    const QDate date(number(p, 4), number(p + 5, 2), number(p + 8, 2));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseIsoDateTimeBytes(QByteArrayView bytes)
{
    if (bytes.size() != 20)
        return std::nullopt;
    const char *p = bytes.data();
    if (p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != 'Z' || !digitsAt(p, {11, 12, 14, 15, 17, 18}))
        return std::nullopt;
    const std::optional<QDate> date = parseIsoDateBytes(bytes.first(10));
    const QTime time(number(p + 11, 2), number(p + 14, 2), number(p + 17, 2));
    if (!date || !time.isValid())
        return std::nullopt;
    return QDateTime(*date, time, Qt::UTC);
}

ColumnMap mapColumns(const CsvReader &reader, RecordKind kind)
{
    ColumnMap map;
    map.fill(-1);
    const QStringList &names = columnsOf(kind);
    for (qsizetype i = 0; i < names.size(); ++i)
        map[size_t(i)] = reader.columnIndex(names[i]);
    return map;
}

const QStringList &requiredColumns(RecordKind kind)
{
    static const QStringList partners{QStringLiteral("partner_id"), QStringLiteral("name"), QStringLiteral("type")};
    static const QStringList deals{QStringLiteral("deal_id"), QStringLiteral("partners"), QStringLiteral("status"),
                                   QStringLiteral("amount"), QStringLiteral("currency")};
    static const QStringList registrations{QStringLiteral("reg_id"), QStringLiteral("partner_id"),
                                           QStringLiteral("customer"), QStringLiteral("amount"),
                                           QStringLiteral("currency"), QStringLiteral("submitted_at")};
    static const QStringList fx{QStringLiteral("date"), QStringLiteral("currency"), QStringLiteral("rate")};
    switch (kind) {
    case RecordKind::Partners:
        return partners;
    case RecordKind::Deals:
        return deals;
    case RecordKind::Registrations:
        return registrations;
    case RecordKind::FxRates:
        break;
    }
    return fx;
}

RowParser::RowParser(const CsvReader &reader, const ColumnMap &columns, RecordKind kind, bool checkUtf8,
                     Diagnostics &errors)
    : m_reader(reader), m_columns(columns), m_names(columnsOf(kind)), m_checkUtf8(checkUtf8), m_errors(errors)
{
}

void RowParser::fail(int column, const QString &message)
{
    m_errors << m_reader.diagnostic(m_names[column], message);
    m_failedFields << m_names[column];
    ++m_failures;
}

void RowParser::checkRules(const Diagnostics &problems)
{
    for (const Diagnostic &problem : problems) {
        if (m_failedFields.contains(problem.field))
            continue;
        m_errors << m_reader.diagnostic(problem.field, problem.message);
        m_failedFields << problem.field;
        ++m_failures;
    }
}

QString RowParser::text(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return QString();
    if (m_checkUtf8 && !bytes.isValidUtf8()) {
        fail(column, ImporterText::tr("is not valid UTF-8 text"));
        return QString();
    }
    return QString::fromUtf8(bytes);
}

QString RowParser::freeText(int column)
{
    if (!m_lean)
        return text(column);
    if (m_checkUtf8 && !raw(column).isValidUtf8())
        fail(column, ImporterText::tr("is not valid UTF-8 text"));
    return QString();
}

QString RowParser::required(int column)
{
    const QString value = text(column);
    if (value.isEmpty() && !m_failedFields.contains(m_names[column]))
        fail(column, ImporterText::tr("is required"));
    return value;
}

QDate RowParser::date(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return QDate();
    const std::optional<QDate> value = parseIsoDateBytes(bytes);
    if (!value) {
        fail(column, ImporterText::tr("\"%1\" is not an ISO date like 2026-03-31").arg(shown(bytes)));
        return QDate();
    }
    return *value;
}

QDateTime RowParser::dateTime(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return QDateTime();
    const std::optional<QDateTime> value = parseIsoDateTimeBytes(bytes);
    if (!value) {
        fail(column, ImporterText::tr("\"%1\" is not an ISO date-time in UTC like 2026-03-31T14:05:00Z").arg(shown(bytes)));
        return QDateTime();
    }
    return *value;
}

std::optional<Currency> RowParser::currency(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return std::nullopt;
    std::optional<Currency> value = Currency::fromCode(bytes);
    if (!value)
        fail(column, ImporterText::tr("\"%1\" is not a currency this program knows").arg(shown(bytes)));
    return value;
}

Money RowParser::money(int amountColumn, const std::optional<Currency> &currency, bool required)
{
    const QByteArrayView bytes = raw(amountColumn);
    if (bytes.isEmpty()) {
        if (required)
            fail(amountColumn, ImporterText::tr("is required"));
        return currency ? Money::fromMinorUnits(0, *currency) : Money();
    }
    if (!currency)
        return Money(); // the currency's own failure says why
    QString error;
    const std::optional<Money> value = Money::parse(bytes, *currency, &error);
    if (!value) {
        fail(amountColumn, invalidDecimalMessage(shown(bytes), error));
        return Money::fromMinorUnits(0, *currency);
    }
    return *value;
}

Partner RowParser::partner()
{
    Partner p;
    p.id = required(PId);
    p.name = required(PName);
    p.type = text(PType);
    p.region = text(PRegion);
    p.country = text(PCountry);
    p.program = text(PProgram);
    p.tier = text(PTier);
    p.stage = text(PStage);
    p.status = text(PStatus);
    p.manager = text(PManager);
    p.joinedOn = date(PJoinedOn);
    const std::optional<Currency> money = currency(PCurrency);
    if (!raw(PCommitment).isEmpty()) {
        if (!money && raw(PCurrency).isEmpty())
            fail(PCurrency, ImporterText::tr("is required with a revenue commitment"));
        else
            p.revenueCommitment = this->money(PCommitment, money, false);
    } else if (money) {
        fail(PCurrency, ImporterText::tr("is only used with a revenue commitment; leave it empty or give the commitment"));
    }
    p.website = text(PWebsite);
    p.vertical = text(PVertical);
    return p;
}

Deal RowParser::deal()
{
    Deal d;
    d.id = required(DId);
    const QString split = required(DPartners);
    if (!split.isEmpty()) {
        if (split.contains(QLatin1Char('=')) || split.contains(QLatin1Char(';'))) {
            QString error;
            std::optional<QList<DealShare>> shares = parsePartnerSplit(split, &error);
            if (shares)
                d.partners = std::move(*shares);
            else
                fail(DPartners, error);
        } else {
            d.partners = {DealShare{split, Decimal::fromInteger(100)}};
        }
    }
    d.customer = freeText(DCustomer);
    d.customerDomain = freeText(DDomain);
    d.name = freeText(DName);
    d.product = freeText(DProduct);
    d.status = text(DStatus);
    d.stage = text(DStage);
    const std::optional<Currency> dealCurrency = currency(DCurrency);
    if (!dealCurrency && raw(DCurrency).isEmpty())
        fail(DCurrency, ImporterText::tr("is required"));
    d.amount = money(DAmount, dealCurrency, true);
    const QByteArrayView probability = raw(DProbability);
    if (!probability.isEmpty()) {
        QString error;
        d.probability = parsePercent(QString::fromUtf8(probability), &error);
        if (!d.probability)
            fail(DProbability, error);
    }
    d.closeDate = date(DCloseDate);
    d.cancelledOn = date(DCancelledOn);
    d.source = text(DSource);
    d.regId = freeText(DRegId);
    return d;
}

Registration RowParser::registration()
{
    Registration r;
    r.id = required(RId);
    r.partnerId = required(RPartner);
    r.customer = text(RCustomer);
    r.customerDomain = text(RDomain);
    r.product = text(RProduct);
    const std::optional<Currency> money = currency(RCurrency);
    if (!money && raw(RCurrency).isEmpty())
        fail(RCurrency, ImporterText::tr("is required"));
    r.amount = this->money(RAmount, money, true);
    r.submittedAt = dateTime(RSubmittedAt);
    if (!r.submittedAt.isValid() && raw(RSubmittedAt).isEmpty())
        fail(RSubmittedAt, ImporterText::tr("is required"));
    r.status = text(RStatus);
    r.decidedAt = dateTime(RDecidedAt);
    return r;
}

FxRate RowParser::fxRate()
{
    FxRate rate;
    rate.date = date(FDate);
    if (!rate.date.isValid() && raw(FDate).isEmpty())
        fail(FDate, ImporterText::tr("is required"));
    const std::optional<Currency> code = currency(FCurrency);
    if (code)
        rate.currency = code->code();
    else if (raw(FCurrency).isEmpty())
        fail(FCurrency, ImporterText::tr("is required"));
    const QByteArrayView bytes = raw(FRate);
    if (bytes.isEmpty()) {
        fail(FRate, ImporterText::tr("is required"));
    } else {
        QString error;
        const std::optional<Decimal> value = Decimal::parse(bytes, &error);
        if (value)
            rate.rate = *value;
        else
            fail(FRate, invalidDecimalMessage(shown(bytes), error));
    }
    checkRules(validateFxRate(rate));
    return rate;
}

void mergeAbsentColumns(Partner &p, const Partner &old, const ColumnMap &c)
{
    auto absent = [&](int column) { return c[size_t(column)] < 0; };
    if (absent(PRegion))
        p.region = old.region;
    if (absent(PCountry))
        p.country = old.country;
    if (absent(PProgram))
        p.program = old.program;
    if (absent(PTier))
        p.tier = old.tier;
    if (absent(PStage))
        p.stage = old.stage;
    if (absent(PStatus))
        p.status = old.status;
    if (absent(PManager))
        p.manager = old.manager;
    if (absent(PJoinedOn))
        p.joinedOn = old.joinedOn;
    if (absent(PCommitment) && absent(PCurrency))
        p.revenueCommitment = old.revenueCommitment;
    if (absent(PWebsite))
        p.website = old.website;
    if (absent(PVertical))
        p.vertical = old.vertical;
}

void mergeAbsentColumns(Deal &d, const Deal &old, const ColumnMap &c)
{
    auto absent = [&](int column) { return c[size_t(column)] < 0; };
    if (absent(DCustomer))
        d.customer = old.customer;
    if (absent(DDomain))
        d.customerDomain = old.customerDomain;
    if (absent(DName))
        d.name = old.name;
    if (absent(DProduct))
        d.product = old.product;
    if (absent(DStage))
        d.stage = old.stage;
    if (absent(DProbability))
        d.probability = old.probability;
    if (absent(DCloseDate))
        d.closeDate = old.closeDate;
    if (absent(DCancelledOn))
        d.cancelledOn = old.cancelledOn;
    if (absent(DSource))
        d.source = old.source;
    if (absent(DRegId))
        d.regId = old.regId;
}

void mergeAbsentColumns(Registration &r, const Registration &old, const ColumnMap &c)
{
    auto absent = [&](int column) { return c[size_t(column)] < 0; };
    if (absent(RDomain))
        r.customerDomain = old.customerDomain;
    if (absent(RProduct))
        r.product = old.product;
    if (absent(RStatus))
        r.status = old.status;
    if (absent(RDecidedAt))
        r.decidedAt = old.decidedAt;
}

} // namespace cd::store::detail
