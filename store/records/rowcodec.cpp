#include "store/records/rowcodec.h"

#include <QCoreApplication>

namespace cd::store::detail {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

Currency currencyFromSql(const QVariant &value, const QString &record)
{
    const std::optional<Currency> currency = Currency::fromCode(value.toString());
    if (!currency)
        throw StoreError(DatabaseText::tr("%1 has the unknown currency \"%2\" in the database").arg(record, value.toString()));
    return *currency;
}

QVariant nullableText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// '' rather than NULL for optional text (the schema's NOT NULL DEFAULT '').
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

const QString partnerColumnsSql = QStringLiteral(
    "partner_id, name, type, region, country, program, tier, stage, status, manager, joined_on,"
    " revenue_commitment_milli, currency, website, vertical");

void bindPartner(QSqlQuery &query, const Partner &p)
{
    query.addBindValue(p.id);
    query.addBindValue(text(p.name));
    query.addBindValue(text(p.type));
    query.addBindValue(text(p.region));
    query.addBindValue(text(p.country));
    query.addBindValue(text(p.program));
    query.addBindValue(text(p.tier));
    query.addBindValue(text(p.stage));
    query.addBindValue(text(p.status));
    query.addBindValue(text(p.manager));
    query.addBindValue(sqlDate(p.joinedOn));
    if (p.revenueCommitment) {
        query.addBindValue(toMilli(*p.revenueCommitment));
        query.addBindValue(p.revenueCommitment->currency().code());
    } else {
        query.addBindValue(QVariant(QMetaType::fromType<qlonglong>()));
        query.addBindValue(nullableText());
    }
    query.addBindValue(text(p.website));
    query.addBindValue(text(p.vertical));
}

Partner partnerFromRow(const QSqlQuery &query, int first)
{
    Partner p;
    p.id = query.value(first + 0).toString();
    p.name = query.value(first + 1).toString();
    p.type = query.value(first + 2).toString();
    p.region = query.value(first + 3).toString();
    p.country = query.value(first + 4).toString();
    p.program = query.value(first + 5).toString();
    p.tier = query.value(first + 6).toString();
    p.stage = query.value(first + 7).toString();
    p.status = query.value(first + 8).toString();
    p.manager = query.value(first + 9).toString();
    p.joinedOn = dateFromSql(query.value(first + 10));
    if (!query.value(first + 11).isNull()) {
        p.revenueCommitment = fromMilli(query.value(first + 11).toLongLong(),
                                        currencyFromSql(query.value(first + 12), p.id));
    }
    p.website = query.value(first + 13).toString();
    p.vertical = query.value(first + 14).toString();
    return p;
}

const QString dealColumnsSql = QStringLiteral(
    "deal_id, primary_partner, customer, customer_domain, name, product, status, stage, amount_milli, currency,"
    " probability, close_date, cancelled_on, source, reg_id");

void bindDeal(QSqlQuery &query, const Deal &d, qint64 primaryPartnerRowId)
{
    query.addBindValue(d.id);
    query.addBindValue(primaryPartnerRowId);
    query.addBindValue(text(d.customer));
    query.addBindValue(text(d.customerDomain));
    query.addBindValue(text(d.name));
    query.addBindValue(text(d.product));
    query.addBindValue(text(d.status));
    query.addBindValue(text(d.stage));
    query.addBindValue(toMilli(d.amount));
    query.addBindValue(d.amount.currency().code());
    query.addBindValue(d.probability ? QVariant(decimalText(*d.probability)) : nullableText());
    query.addBindValue(sqlDate(d.closeDate));
    query.addBindValue(sqlDate(d.cancelledOn));
    query.addBindValue(text(d.source));
    query.addBindValue(text(d.regId));
}

QString dealSelectSql(const QString &where)
{
    return QStringLiteral("SELECT d.id, d.deal_id, d.customer, d.customer_domain, d.name, d.product, d.status,"
                          " d.stage, d.amount_milli, d.currency, d.probability, d.close_date, d.cancelled_on,"
                          " d.source, d.reg_id, p.partner_id, s.percent"
                          " FROM deals d JOIN deal_partners s ON s.deal = d.id JOIN partners p ON p.id = s.partner")
           + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
           + QStringLiteral(" ORDER BY d.deal_id, s.position");
}

void readDeals(QSqlQuery &query, const std::function<void(qint64, Deal &&)> &sink)
{
    qint64 current = -1;
    Deal deal;
    while (query.next()) {
        const qint64 rowId = query.value(0).toLongLong();
        if (rowId != current) {
            if (current >= 0)
                sink(current, std::move(deal));
            current = rowId;
            deal = Deal();
            deal.id = query.value(1).toString();
            deal.customer = query.value(2).toString();
            deal.customerDomain = query.value(3).toString();
            deal.name = query.value(4).toString();
            deal.product = query.value(5).toString();
            deal.status = query.value(6).toString();
            deal.stage = query.value(7).toString();
            deal.amount = fromMilli(query.value(8).toLongLong(), currencyFromSql(query.value(9), deal.id));
            if (!query.value(10).isNull())
                deal.probability = decimalFromSql(query.value(10), QStringLiteral("probability"));
            deal.closeDate = dateFromSql(query.value(11));
            deal.cancelledOn = dateFromSql(query.value(12));
            deal.source = query.value(13).toString();
            deal.regId = query.value(14).toString();
        }
        deal.partners.append({query.value(15).toString(), decimalFromSql(query.value(16), QStringLiteral("percent"))});
    }
    if (current >= 0)
        sink(current, std::move(deal));
}

const QString registrationColumnsSql = QStringLiteral(
    "reg_id, partner, customer, customer_domain, product, amount_milli, currency, submitted_at, status, decided_at");

void bindRegistration(QSqlQuery &query, const Registration &r, qint64 partnerRowId)
{
    query.addBindValue(r.id);
    query.addBindValue(partnerRowId);
    query.addBindValue(text(r.customer));
    query.addBindValue(text(r.customerDomain));
    query.addBindValue(text(r.product));
    query.addBindValue(toMilli(r.amount));
    query.addBindValue(r.amount.currency().code());
    query.addBindValue(sqlDateTime(r.submittedAt));
    query.addBindValue(text(r.status));
    query.addBindValue(sqlDateTime(r.decidedAt));
}

QString registrationSelectSql(const QString &where)
{
    return QStringLiteral("SELECT r.reg_id, p.partner_id, r.customer, r.customer_domain, r.product, r.amount_milli,"
                          " r.currency, r.submitted_at, r.status, r.decided_at"
                          " FROM registrations r JOIN partners p ON p.id = r.partner")
           + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY r.reg_id");
}

Registration registrationFromRow(const QSqlQuery &query)
{
    Registration r;
    r.id = query.value(0).toString();
    r.partnerId = query.value(1).toString();
    r.customer = query.value(2).toString();
    r.customerDomain = query.value(3).toString();
    r.product = query.value(4).toString();
    r.amount = fromMilli(query.value(5).toLongLong(), currencyFromSql(query.value(6), r.id));
    r.submittedAt = dateTimeFromSql(query.value(7));
    r.status = query.value(8).toString();
    r.decidedAt = dateTimeFromSql(query.value(9));
    return r;
}

QHash<QString, qint64> partnerRowIds(const Database &database)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT partner_id, id FROM partners"), DatabaseText::tr("reading partners"));
    Database::exec(query, DatabaseText::tr("reading partners"));
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

std::optional<qint64> partnerRowId(const Database &database, const QString &partnerId)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT id FROM partners WHERE partner_id = ?"),
                                       DatabaseText::tr("looking up partner %1").arg(partnerId));
    query.addBindValue(partnerId);
    Database::exec(query, DatabaseText::tr("looking up partner %1").arg(partnerId));
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace cd::store::detail
