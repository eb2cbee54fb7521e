#pragma once

// One description per record kind: for each field its member of the record, its SQL column, its CSV header,
// whether a file must give it, what it holds and the title a table shows. Everything that goes field by
// field is derived from these tables: the column lists and statements, the binders and row readers
// (rowcodec.h), the CSV headers and texts (recordformat.h), the importer's parsing and its merge of absent
// columns (importrows.h), the bulk deal insert (bulkdealloader.h) and the table views' columns
// (tablequery.h). Adding a field to a record is one line here plus a migration step in store/schema/.
//
// The tables are constexpr: hot paths take a field's position at compile time (fieldIndex) instead of
// looking names up per row, and walk the fields in code unrolled at compile time (forEachField).

#include "store/records/peoplestore.h"
#include "store/records/recordformat.h"

#include "core/records/records.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace cd::store {

// What a field holds, which says how it is parsed, written to CSV, bound and read back.
enum class FieldType {
    Text,           // free text (QString)
    Code,           // a code from a vocabulary, which the record's rules check (QString)
    Reference,      // another record's id in files, its rowid in the row, read back through a join (QString)
    PartnerSplit,   // "P1" or "P2=60;P1=40" in files; the row holds the first partner's rowid, deal_partners
                    // all of them (QList<DealShare>)
    Date,           // ISO date, NULL when missing (QDate)
    DateTime,       // ISO date-time in UTC, NULL when missing (QDateTime)
    Amount,         // a Money's amount, in thousandths in the row (toMilli); the next field is its currency
                    // (Money, or std::optional<Money> when the amount may be left out)
    AmountCurrency, // the currency of the Amount just before it (the same member)
    CurrencyCode,   // a currency code of its own (QString)
    Percent,        // "15%" in files, exact decimal text in the row, NULL when missing (std::optional<Decimal>)
    Number,         // an exact decimal, as decimalText() writes it (Decimal)
};

enum class Requirement {
    Optional, // a file may leave the column out and a row the field empty
    InHeader, // a file must have the column; the record's rules judge the value
    Filled,   // a file must have the column and every row must fill it in
};

template<typename Record>
using MemberOf = std::variant<QString Record::*, QDate Record::*, QDateTime Record::*, Money Record::*,
                              std::optional<Money> Record::*, Decimal Record::*, std::optional<Decimal> Record::*,
                              QList<DealShare> Record::*>;

template<typename Record>
struct Field
{
    const char *header; // the CSV column; diagnostics, the rules and the audit log name the field so
    FieldType type;
    Requirement requirement;
    MemberOf<Record> member;
    const char *title = nullptr;  // a table's header (QT_TRANSLATE_NOOP in cd::StoreTableModel), if one shows it
    const char *column = nullptr; // the SQL column, when it is not named as the header
    const char *joined = nullptr; // for references: the referenced id as the kind's select reads it

    constexpr const char *sqlColumn() const { return column ? column : header; }
    constexpr bool isNullable() const // NULL in the row when missing, '' never
    {
        return type == FieldType::Date || type == FieldType::DateTime || type == FieldType::Percent;
    }
    constexpr bool isNumeric() const // written to CSV without the spreadsheet formula guard
    {
        return type == FieldType::Amount || type == FieldType::Percent || type == FieldType::Number;
    }
    // The member, as a pointer of the type the field's type says it has (isWellFormed checks), and the
    // value it points to in a record.
    template<typename T>
    constexpr T Record::*memberAs() const
    {
        return std::get<T Record::*>(member);
    }
    template<typename T>
    T &of(Record &record) const
    {
        return record.*memberAs<T>();
    }
    template<typename T>
    const T &of(const Record &record) const
    {
        return record.*memberAs<T>();
    }
    // For Amount and AmountCurrency: whether the amount may be left out, and the record's Money if it has one.
    constexpr bool isOptionalMoney() const { return std::holds_alternative<std::optional<Money> Record::*>(member); }
    const Money *moneyIn(const Record &record) const
    {
        if (const auto *money = std::get_if<Money Record::*>(&member))
            return &(record.**money);
        const std::optional<Money> &optional = of<std::optional<Money>>(record);
        return optional ? &*optional : nullptr;
    }
};

template<typename Record>
struct Description
{
    const char *table;
    const char *from;  // the kind's select: the table with the joins through which its references are read
    const char *alias; // of the table in `from`
    std::span<const Field<Record>> fields;

    constexpr int size() const { return int(fields.size()); }
};

// The position of the field with CSV header `header`, at compile time (a typo does not compile).
template<typename Record>
consteval int fieldIndex(const Description<Record> &description, std::string_view header)
{
    for (int i = 0; i < description.size(); ++i) {
        if (header == description.fields[size_t(i)].header)
            return i;
    }
    throw "no field with this header";
}

// The positions of several fields, at compile time.
template<typename Record, size_t N>
consteval std::array<int, N> fieldIndexes(const Description<Record> &description, const char *const (&headers)[N])
{
    std::array<int, N> indexes{};
    for (size_t i = 0; i < N; ++i)
        indexes[i] = fieldIndex(description, headers[i]);
    return indexes;
}

// The same at run time, for names that come from outside; -1 when there is none.
template<typename Record>
int fieldIndexOf(const Description<Record> &description, QStringView header)
{
    for (int i = 0; i < description.size(); ++i) {
        if (header == QLatin1String(description.fields[size_t(i)].header))
            return i;
    }
    return -1;
}

// Whether each field's type fits its member, and each Amount is followed by its currency.
template<typename Record>
consteval bool isWellFormed(const Description<Record> &description)
{
    for (size_t i = 0; i < description.fields.size(); ++i) {
        const Field<Record> &field = description.fields[i];
        const auto holds = [&]<typename T>(std::type_identity<T>) {
            return std::holds_alternative<T Record::*>(field.member);
        };
        bool fits = false;
        switch (field.type) {
        case FieldType::Text:
        case FieldType::Code:
        case FieldType::Reference:
        case FieldType::CurrencyCode:
            fits = holds(std::type_identity<QString>());
            break;
        case FieldType::PartnerSplit:
            fits = holds(std::type_identity<QList<DealShare>>());
            break;
        case FieldType::Date:
            fits = holds(std::type_identity<QDate>());
            break;
        case FieldType::DateTime:
            fits = holds(std::type_identity<QDateTime>());
            break;
        case FieldType::Amount:
            fits = (holds(std::type_identity<Money>()) || holds(std::type_identity<std::optional<Money>>()))
                   && i + 1 < description.fields.size() && description.fields[i + 1].type == FieldType::AmountCurrency
                   && description.fields[i + 1].member == field.member;
            break;
        case FieldType::AmountCurrency:
            fits = i > 0 && description.fields[i - 1].type == FieldType::Amount;
            break;
        case FieldType::Percent:
            fits = holds(std::type_identity<std::optional<Decimal>>());
            break;
        case FieldType::Number:
            fits = holds(std::type_identity<Decimal>());
            break;
        }
        if (!fits
            || (field.type == FieldType::Reference || field.type == FieldType::PartnerSplit) != bool(field.joined))
            return false;
    }
    return true;
}

namespace descriptions {

// One line a field, in data.md's column order: CSV header, type, requirement, member, then if needed the
// title of a table's column, the SQL column when it is not named as the header, and for references the
// referenced id as the kind's select reads it.
// clang-format off
constexpr auto partnerFields()
{
    using enum FieldType;
    using enum Requirement;
    using P = Partner;
    return std::to_array<Field<P>>({
        {"partner_id", Text, Filled, &P::id, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Partner ID")},
        {"name", Text, Filled, &P::name, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Name")},
        {"type", Code, InHeader, &P::type, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Type")},
        {"region", Code, Optional, &P::region, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Region")},
        {"country", Text, Optional, &P::country, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Country")},
        {"program", Text, Optional, &P::program, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Program")},
        {"tier", Text, Optional, &P::tier, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Tier")},
        {"stage", Code, Optional, &P::stage, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Stage")},
        {"status", Code, Optional, &P::status, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Status")},
        {"manager", Text, Optional, &P::manager, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Manager")},
        {"joined_on", Date, Optional, &P::joinedOn, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Joined")},
        {"revenue_commitment", Amount, Optional, &P::revenueCommitment,
         QT_TRANSLATE_NOOP("cd::StoreTableModel", "Revenue commitment"), "revenue_commitment_milli"},
        {"currency", AmountCurrency, Optional, &P::revenueCommitment,
         QT_TRANSLATE_NOOP("cd::StoreTableModel", "Currency")},
        {"website", Text, Optional, &P::website},
        {"vertical", Text, Optional, &P::vertical},
    });
}

constexpr auto dealFields()
{
    using enum FieldType;
    using enum Requirement;
    using D = Deal;
    return std::to_array<Field<D>>({
        {"deal_id", Text, Filled, &D::id, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Deal ID")},
        {"partners", PartnerSplit, Filled, &D::partners, nullptr, "primary_partner", "p.partner_id"},
        {"customer", Text, Optional, &D::customer, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Customer")},
        {"customer_domain", Text, Optional, &D::customerDomain},
        {"name", Text, Optional, &D::name},
        {"product", Text, Optional, &D::product, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Product")},
        {"status", Code, InHeader, &D::status, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Status")},
        {"stage", Code, Optional, &D::stage, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Stage")},
        {"amount", Amount, Filled, &D::amount, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Amount"), "amount_milli"},
        {"currency", AmountCurrency, Filled, &D::amount, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Currency")},
        {"probability", Percent, Optional, &D::probability, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Probability")},
        {"close_date", Date, Optional, &D::closeDate, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Close date")},
        {"cancelled_on", Date, Optional, &D::cancelledOn},
        {"source", Code, Optional, &D::source, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Source")},
        {"reg_id", Text, Optional, &D::regId, QT_TRANSLATE_NOOP("cd::StoreTableModel", "Registration")},
    });
}

constexpr auto registrationFields()
{
    using enum FieldType;
    using enum Requirement;
    using R = Registration;
    return std::to_array<Field<R>>({
        {"reg_id", Text, Filled, &R::id},
        {"partner_id", Reference, Filled, &R::partnerId, nullptr, "partner", "p.partner_id"},
        {"customer", Text, InHeader, &R::customer},
        {"customer_domain", Text, Optional, &R::customerDomain},
        {"product", Text, Optional, &R::product},
        {"amount", Amount, Filled, &R::amount, nullptr, "amount_milli"},
        {"currency", AmountCurrency, Filled, &R::amount},
        {"submitted_at", DateTime, Filled, &R::submittedAt},
        {"status", Code, Optional, &R::status},
        {"decided_at", DateTime, Optional, &R::decidedAt},
    });
}

constexpr auto fxRateFields()
{
    using enum FieldType;
    using enum Requirement;
    return std::to_array<Field<FxRate>>({
        {"date", Date, Filled, &FxRate::date},
        {"currency", CurrencyCode, Filled, &FxRate::currency},
        {"rate", Number, Filled, &FxRate::rate},
    });
}

constexpr auto personFields()
{
    using enum FieldType;
    using enum Requirement;
    return std::to_array<Field<Person>>({
        {"person_id", Text, Filled, &Person::id},
        {"partner_id", Reference, Filled, &Person::partnerId, nullptr, "partner", "pa.partner_id"},
        {"name", Text, Filled, &Person::name},
        {"email", Text, Optional, &Person::email},
        {"role", Code, Filled, &Person::role},
    });
}

constexpr auto certificationFields()
{
    using enum FieldType;
    using enum Requirement;
    using C = Certification;
    return std::to_array<Field<C>>({
        {"certification_id", Text, Filled, &C::id},
        {"person_id", Reference, Filled, &C::personId, nullptr, "person", "pe.person_id"},
        {"track", Text, Filled, &C::track},
        {"level", Code, Filled, &C::level},
        {"earned_on", Date, Filled, &C::earnedOn},
        {"expires_on", Date, Optional, &C::expiresOn},
    });
}
// clang-format on

inline constexpr auto partners = partnerFields();
inline constexpr auto deals = dealFields();
inline constexpr auto registrations = registrationFields();
inline constexpr auto fxRates = fxRateFields();
inline constexpr auto people = personFields();
inline constexpr auto certifications = certificationFields();

} // namespace descriptions

inline constexpr Description<Partner> partnerDescription{"partners", "partners p", "p", descriptions::partners};
inline constexpr Description<Deal> dealDescription{
    "deals", "deals d JOIN deal_partners s ON s.deal = d.id JOIN partners p ON p.id = s.partner", "d",
    descriptions::deals};
inline constexpr Description<Registration> registrationDescription{
    "registrations", "registrations r JOIN partners p ON p.id = r.partner", "r", descriptions::registrations};
inline constexpr Description<FxRate> fxRateDescription{"fx_rates", "fx_rates f", "f", descriptions::fxRates};
inline constexpr Description<Person> personDescription{"people", "people pe JOIN partners pa ON pa.id = pe.partner",
                                                       "pe", descriptions::people};
inline constexpr Description<Certification> certificationDescription{
    "certifications", "certifications c JOIN people pe ON pe.id = c.person", "c", descriptions::certifications};

static_assert(isWellFormed(partnerDescription) && isWellFormed(dealDescription) && isWellFormed(registrationDescription)
              && isWellFormed(fxRateDescription) && isWellFormed(personDescription)
              && isWellFormed(certificationDescription));

inline constexpr std::tuple allDescriptions{&partnerDescription, &dealDescription,   &registrationDescription,
                                            &fxRateDescription,  &personDescription, &certificationDescription};

template<typename Record>
constexpr const Description<Record> &descriptionOf()
{
    return *std::get<const Description<Record> *>(allDescriptions);
}

// The most fields any kind has, for fixed-size tables of column positions.
inline constexpr int kMostFields =
    std::apply([](const auto *...description) { return std::max({description->size()...}); }, allDescriptions);

// Calls `f(std::integral_constant<int, I>())` for the index I of each field, in order: for hot paths, whose
// code for a field then knows its type at compile time (if constexpr) instead of switching on it per row.
template<typename Record>
using FieldIndexes = std::make_integer_sequence<int, descriptionOf<Record>().size()>;

template<typename Record, typename F>
constexpr void forEachField(F &&f)
{
    [&]<int... I>(std::integer_sequence<int, I...>) {
        (f(std::integral_constant<int, I>()), ...);
    }(FieldIndexes<Record>());
}

// Calls `f` with the description of the kind.
template<typename F>
decltype(auto) withDescription(RecordKind kind, F &&f)
{
    switch (kind) {
    case RecordKind::Partners:
        return f(partnerDescription);
    case RecordKind::Deals:
        return f(dealDescription);
    case RecordKind::Registrations:
        return f(registrationDescription);
    case RecordKind::FxRates:
        break;
    }
    return f(fxRateDescription);
}

// The CSV headers of a kind in the description's order, made once.
template<typename Record>
const QStringList &headersOf()
{
    static const QStringList headers = [] {
        QStringList list;
        for (const Field<Record> &field : descriptionOf<Record>().fields)
            list << QString::fromLatin1(field.header);
        return list;
    }();
    return headers;
}

// A record's fields as the invariant text CSV files hold, in the description's order (recordformat.cpp).
template<typename Record>
QStringList recordTexts(const Record &record);

} // namespace cd::store
