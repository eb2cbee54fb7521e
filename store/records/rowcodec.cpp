#include "store/records/rowcodec.h"

#include "store/records/rowversion.h"

#include <QCoreApplication>

namespace cd::store::detail {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

// The currency in `value`; an error names the record by its id, in column `idColumn`.
Currency currencyFromSql(const QVariant &value, const QSqlQuery &query, int idColumn)
{
    const std::optional<Currency> currency = Currency::fromCode(value.toString());
    if (!currency)
        throw StoreError(DatabaseText::tr("%1 has the unknown currency \"%2\" in the database")
                             .arg(query.value(idColumn).toString(), value.toString()));
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

QString placeholders(int count)
{
    QString list = QStringLiteral("(");
    for (int i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return list + QLatin1Char(')');
}

template<typename Record>
void bindField(QSqlQuery &query, const Field<Record> &field, const Record &record, qint64 referenceRowId)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Code:
    case FieldType::CurrencyCode:
        query.addBindValue(text(field.template of<QString>(record)));
        break;
    case FieldType::Reference:
    case FieldType::PartnerSplit:
        query.addBindValue(referenceRowId);
        break;
    case FieldType::Date:
        query.addBindValue(sqlDate(field.template of<QDate>(record)));
        break;
    case FieldType::DateTime:
        query.addBindValue(sqlDateTime(field.template of<QDateTime>(record)));
        break;
    case FieldType::Amount: {
        const Money *money = field.moneyIn(record);
        query.addBindValue(money ? QVariant(toMilli(*money)) : QVariant(QMetaType::fromType<qlonglong>()));
        break;
    }
    case FieldType::AmountCurrency: {
        const Money *money = field.moneyIn(record);
        query.addBindValue(money ? QVariant(money->currency().code()) : nullableText());
        break;
    }
    case FieldType::Percent: {
        const std::optional<Decimal> &percent = field.template of<std::optional<Decimal>>(record);
        query.addBindValue(percent ? QVariant(decimalText(*percent)) : nullableText());
        break;
    }
    case FieldType::Number:
        query.addBindValue(decimalText(field.template of<Decimal>(record)));
        break;
    }
}

// The field at `Index`, in column `first + Index` of the row, its type known at compile time (an export reads
// a million rows).
template<typename Record, int Index>
void readField(const QSqlQuery &query, int first, Record &record)
{
    constexpr const Field<Record> &field = descriptionOf<Record>().fields[Index];
    constexpr FieldType type = field.type;
    const int column = first + Index;
    if constexpr (type == FieldType::PartnerSplit || type == FieldType::AmountCurrency) {
        // A deal's partners take one row a share (readDeals()), a currency is read with its amount.
    } else if constexpr (type == FieldType::Date) {
        record.*field.template memberAs<QDate>() = dateFromSql(query.value(column));
    } else if constexpr (type == FieldType::DateTime) {
        record.*field.template memberAs<QDateTime>() = dateTimeFromSql(query.value(column));
    } else if constexpr (type == FieldType::Amount) {
        const QVariant milli = query.value(column);
        if (field.isOptionalMoney() && milli.isNull())
            return;
        const Currency currency = currencyFromSql(query.value(column + 1), query, first); // the id is the first field
        const Money money = fromMilli(milli.toLongLong(), currency);
        if constexpr (field.isOptionalMoney())
            record.*field.template memberAs<std::optional<Money>>() = money;
        else
            record.*field.template memberAs<Money>() = money;
    } else if constexpr (type == FieldType::Percent) {
        const QVariant percent = query.value(column);
        if (!percent.isNull())
            record.*field.template memberAs<std::optional<Decimal>>() =
                decimalFromSql(percent, QString::fromLatin1(field.sqlColumn()));
    } else if constexpr (type == FieldType::Number) {
        record.*field.template memberAs<Decimal>() =
            decimalFromSql(query.value(column), QString::fromLatin1(field.sqlColumn()));
    } else { // text, codes, references and currency codes
        record.*field.template memberAs<QString>() = query.value(column).toString();
    }
}

} // namespace

template<typename Record>
const QString &columnListSql()
{
    static const QString list = [] {
        QStringList columns;
        for (const Field<Record> &field : descriptionOf<Record>().fields)
            columns << QString::fromLatin1(field.sqlColumn());
        return columns.join(QStringLiteral(", "));
    }();
    return list;
}

template<typename Record>
QString insertSql(const char *verb)
{
    const Description<Record> &description = descriptionOf<Record>();
    return QStringLiteral("%1 INTO %2 (%3) VALUES %4")
        .arg(QLatin1String(verb), QLatin1String(description.table), columnListSql<Record>(),
             placeholders(description.size()));
}

template<typename Record>
QString updateSql(const QString &where)
{
    const Description<Record> &description = descriptionOf<Record>();
    return QStringLiteral("UPDATE %1 SET (%2) = %3%4 WHERE %5")
        .arg(QLatin1String(description.table), columnListSql<Record>(), placeholders(description.size()),
             QLatin1String(kRaiseRowVersion), where);
}

template<typename Record>
QString selectListSql()
{
    const Description<Record> &description = descriptionOf<Record>();
    QStringList expressions;
    for (const Field<Record> &field : description.fields) {
        expressions << (field.joined
                            ? QString::fromLatin1(field.joined)
                            : QLatin1String(description.alias) + QLatin1Char('.') + QLatin1String(field.sqlColumn()));
    }
    return expressions.join(QStringLiteral(", "));
}

template<typename Record>
QString selectSql(const QString &where, const QString &orderBy)
{
    return QStringLiteral("SELECT ") + selectListSql<Record>() + QStringLiteral(" FROM ")
           + QLatin1String(descriptionOf<Record>().from)
           + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
           + (orderBy.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + orderBy);
}

template<typename Record>
void bindRecord(QSqlQuery &query, const Record &record, qint64 referenceRowId)
{
    for (const Field<Record> &field : descriptionOf<Record>().fields)
        bindField(query, field, record, referenceRowId);
}

template<typename Record>
Record recordFromRow(const QSqlQuery &query, int first)
{
    Record record;
    forEachField<Record>([&](auto index) { readField<Record, index>(query, first, record); });
    return record;
}

#define CD_ROWCODEC_FOR(Record)                                                                                        \
    template const QString &columnListSql<Record>();                                                                   \
    template QString insertSql<Record>(const char *);                                                                  \
    template QString updateSql<Record>(const QString &);                                                               \
    template QString selectListSql<Record>();                                                                          \
    template QString selectSql<Record>(const QString &, const QString &);                                              \
    template void bindRecord<Record>(QSqlQuery &, const Record &, qint64);                                             \
    template Record recordFromRow<Record>(const QSqlQuery &, int);
CD_ROWCODEC_FOR(Partner)
CD_ROWCODEC_FOR(Deal)
CD_ROWCODEC_FOR(Registration)
CD_ROWCODEC_FOR(FxRate)
CD_ROWCODEC_FOR(Person)
CD_ROWCODEC_FOR(Certification)
#undef CD_ROWCODEC_FOR

// d.id, then the deal's fields (its partners as the share's partner_id), then the share's percent.
QString dealSelectSql(const QString &where)
{
    return QStringLiteral("SELECT d.id, ") + selectListSql<Deal>() + QStringLiteral(", s.percent FROM ")
           + QLatin1String(dealDescription.from) + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
           + QStringLiteral(" ORDER BY d.deal_id, s.position");
}

void readDeals(QSqlQuery &query, const std::function<void(qint64, Deal &&)> &sink)
{
    constexpr int kFirstField = 1;
    constexpr int kSharePartner = kFirstField + fieldIndex(dealDescription, "partners");
    constexpr int kSharePercent = kFirstField + dealDescription.size();
    qint64 current = -1;
    Deal deal;
    while (query.next()) {
        const qint64 rowId = query.value(0).toLongLong();
        if (rowId != current) {
            if (current >= 0)
                sink(current, std::move(deal));
            current = rowId;
            deal = recordFromRow<Deal>(query, kFirstField);
        }
        deal.partners.append({query.value(kSharePartner).toString(),
                              decimalFromSql(query.value(kSharePercent), QStringLiteral("percent"))});
    }
    if (current >= 0)
        sink(current, std::move(deal));
}

const QString registrationColumnsSql = columnListSql<Registration>();

void bindRegistration(QSqlQuery &query, const Registration &registration, qint64 partnerRowId)
{
    bindRecord(query, registration, partnerRowId);
}

QString registrationSelectSql(const QString &where)
{
    return selectSql<Registration>(where, QStringLiteral("r.reg_id"));
}

Registration registrationFromRow(const QSqlQuery &query)
{
    return recordFromRow<Registration>(query, 0);
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
