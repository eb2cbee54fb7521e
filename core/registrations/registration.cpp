#include "core/registrations/registration.h"

#include "core/registrations/casefolding.h"
#include "core/files/csv.h"
#include "core/registrations/customerkey.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cd {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct RegistrationText
{
    Q_DECLARE_TR_FUNCTIONS(cd::Registration)
};

QString foldedProduct(const QString &product)
{
    return fullCaseFold(product.trimmed());
}

bool foldedProductsCompete(const QString &foldedA, const QString &foldedB)
{
    return foldedA.isEmpty() || foldedB.isEmpty() || foldedA == foldedB;
}

} // namespace

QString registrationStatusCode(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Approved:
        return QStringLiteral("approved");
    case RegistrationStatus::Expired:
        return QStringLiteral("expired");
    case RegistrationStatus::Conflict:
        return QStringLiteral("conflict");
    case RegistrationStatus::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

std::optional<RegistrationStatus> registrationStatusFromCode(QStringView code)
{
    for (RegistrationStatus status : {RegistrationStatus::Approved, RegistrationStatus::Expired,
                                      RegistrationStatus::Conflict, RegistrationStatus::Duplicate}) {
        if (code == registrationStatusCode(status))
            return status;
    }
    return std::nullopt;
}

QDateTime protectionEnd(const QDateTime &submittedAt, int protectionDays)
{
    // UTC throughout, so a day is always 86400 seconds.
    return submittedAt.toUTC().addSecs(qint64(protectionDays) * 86400);
}

bool registrationsCompete(const Registration &a, const Registration &b)
{
    return customerKey(a.customer, a.customerDomain) == customerKey(b.customer, b.customerDomain)
           && productsCompete(a.product, b.product);
}

bool productsCompete(QStringView a, QStringView b)
{
    return foldedProductsCompete(fullCaseFold(a.trimmed()), fullCaseFold(b.trimmed()));
}

QList<RegistrationDecision> evaluateRegistrations(const QList<Registration> &registrations, const QDateTime &asOf,
                                                  int protectionDays)
{
    return evaluateRegistrations(registrations, asOf, protectionDays, {});
}

QList<RegistrationDecision> evaluateRegistrations(const QList<Registration> &registrations, const QDateTime &asOf,
                                                  int protectionDays, const QList<QDateTime> &windowEnds)
{
    const qsizetype count = registrations.size();
    struct Prepared
    {
        qint64 submitted;
        qint64 end;
        QByteArray id; // reg_ids order by their UTF-8 bytes
        QString key;
        QString product;
    };
    QList<Prepared> prepared;
    prepared.reserve(count);
    const qint64 window = qint64(protectionDays) * 86400;
    for (qsizetype i = 0; i < count; ++i) {
        const Registration &registration = registrations[i];
        const qint64 submitted = registration.submittedAt.toSecsSinceEpoch();
        const bool ownEnd = i < windowEnds.size() && windowEnds[i].isValid();
        prepared.append({submitted, ownEnd ? windowEnds[i].toSecsSinceEpoch() : submitted + window, registration.id.toUtf8(),
                         customerKey(registration.customer, registration.customerDomain),
                         foldedProduct(registration.product)});
    }
    // Sort (time, index) pairs and look at reg_ids only on a tie: most comparisons then stay in one cache line.
    QList<std::pair<qint64, qsizetype>> order;
    order.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        order.append({prepared[i].submitted, i});
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const int byId = prepared[a.second].id.compare(prepared[b.second].id);
        return byId != 0 ? byId < 0 : a.second < b.second;
    });

    const qint64 asOfSecs = asOf.toSecsSinceEpoch();
    QList<RegistrationDecision> decisions(count);
    // Per customer key, the winners whose window may still hold a later registration, in evaluation order.
    QHash<QString, QList<qsizetype>> protecting;
    for (const auto &entry : std::as_const(order)) {
        const qsizetype index = entry.second;
        const Prepared &current = prepared[index];
        RegistrationDecision &decision = decisions[index];
        decision.regId = registrations[index].id;
        const auto found = protecting.find(current.key);
        if (found != protecting.end()) {
            QList<qsizetype> &winners = found.value();
            // Registrations arrive in time order, so a window that has ended now can never hold a later one.
            winners.removeIf([&](qsizetype winner) { return prepared[winner].end <= current.submitted; });
            const auto winner = std::find_if(winners.cbegin(), winners.cend(), [&](qsizetype candidate) {
                return foldedProductsCompete(prepared[candidate].product, current.product);
            });
            if (winner != winners.cend()) {
                const Registration &won = registrations[*winner];
                decision.status = won.partnerId == registrations[index].partnerId ? RegistrationStatus::Duplicate
                                                                                   : RegistrationStatus::Conflict;
                decision.winner = won.id;
                continue;
            }
        }
        decision.status = asOfSecs >= current.end ? RegistrationStatus::Expired : RegistrationStatus::Approved;
        if (current.end > current.submitted)
            protecting[current.key].append(index);
    }
    return decisions;
}

RegistrationsFile readRegistrationsCsv(QByteArrayView data, const QString &fileName, Diagnostics &errors)
{
    static const QStringList required{QStringLiteral("reg_id"),          QStringLiteral("partner_id"),
                                      QStringLiteral("customer"),        QStringLiteral("customer_domain"),
                                      QStringLiteral("product"),         QStringLiteral("submitted_at")};
    static const QStringList optional{QStringLiteral("amount"), QStringLiteral("currency"),
                                      QStringLiteral("status"), QStringLiteral("decided_at")};
    RegistrationsFile file;
    CsvReader reader(data, fileName);
    if (!reader.readHeader()) {
        errors << *reader.error();
        return file;
    }
    const Diagnostics missing = reader.missingColumns(required);
    if (!missing.isEmpty()) {
        errors << missing;
        return file;
    }
    for (const QString &unknown : reader.unknownColumns(required + optional))
        file.warnings << Diagnostic{fileName, 1, unknown, RegistrationText::tr("unknown column, ignored")};

    const int regIdColumn = reader.columnIndex(u"reg_id");
    const int partnerColumn = reader.columnIndex(u"partner_id");
    const int customerColumn = reader.columnIndex(u"customer");
    const int domainColumn = reader.columnIndex(u"customer_domain");
    const int productColumn = reader.columnIndex(u"product");
    const int submittedColumn = reader.columnIndex(u"submitted_at");
    const int amountColumn = reader.columnIndex(u"amount");
    const int currencyColumn = reader.columnIndex(u"currency");

    QHash<QString, int> firstLineOfId;
    while (reader.readRecord()) {
        if (reader.error()) {
            errors << *reader.error();
            continue;
        }
        const qsizetype errorsBefore = errors.size();
        auto fail = [&](const QString &field, const QString &message) {
            errors << reader.diagnostic(field, message);
        };
        Registration registration;
        registration.id = reader.text(regIdColumn);
        if (registration.id.isEmpty()) {
            fail(QStringLiteral("reg_id"), RegistrationText::tr("is empty; every registration needs an id"));
        } else if (const auto first = firstLineOfId.constFind(registration.id); first != firstLineOfId.cend()) {
            fail(QStringLiteral("reg_id"),
                 RegistrationText::tr("%1 appears twice (first on line %2)").arg(registration.id).arg(first.value()));
        } else {
            firstLineOfId.insert(registration.id, reader.line());
        }

        registration.partnerId = reader.text(partnerColumn);
        if (registration.partnerId.isEmpty())
            fail(QStringLiteral("partner_id"), RegistrationText::tr("is empty; every registration needs a partner"));

        registration.customer = reader.text(customerColumn);
        registration.customerDomain = reader.text(domainColumn);
        const QString domain = registration.customerDomain.trimmed();
        if (!domain.isEmpty()) {
            static const QString forbidden = QStringLiteral("/:@?#\\,;");
            const bool badCharacter = std::any_of(domain.cbegin(), domain.cend(), [](QChar c) {
                return c.isSpace() || forbidden.contains(c);
            });
            if (badCharacter || normalizedCustomerDomain(domain).isEmpty())
                fail(QStringLiteral("customer_domain"),
                     RegistrationText::tr("\"%1\" is not a domain name like acme.example").arg(registration.customerDomain));
        } else if (registration.customer.trimmed().isEmpty()) {
            fail(QStringLiteral("customer"), RegistrationText::tr("is empty and there is no customer_domain; one of them is needed"));
        } else if (normalizedCustomerName(registration.customer).isEmpty()) {
            fail(QStringLiteral("customer"),
                 RegistrationText::tr("\"%1\" has no letters or digits to identify the customer by").arg(registration.customer));
        }

        registration.product = reader.text(productColumn);

        const QString submitted = reader.text(submittedColumn);
        if (submitted.isEmpty()) {
            fail(QStringLiteral("submitted_at"), RegistrationText::tr("is empty; a date-time like 2026-03-31T14:05:00Z is required"));
        } else if (const std::optional<QDateTime> at = parseIsoDateTimeUtc(submitted)) {
            registration.submittedAt = *at;
        } else {
            fail(QStringLiteral("submitted_at"),
                 RegistrationText::tr("\"%1\" is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z").arg(submitted));
        }

        const QString currencyCode = reader.text(currencyColumn);
        std::optional<Currency> currency;
        if (!currencyCode.isEmpty()) {
            currency = Currency::fromCode(currencyCode);
            if (!currency)
                fail(QStringLiteral("currency"), RegistrationText::tr("%1 is not a known ISO 4217 currency").arg(currencyCode));
        }
        const QString amountText = reader.text(amountColumn);
        if (!amountText.isEmpty()) {
            if (currencyCode.isEmpty()) {
                fail(QStringLiteral("amount"), RegistrationText::tr("%1 has no currency; fill in the currency column").arg(amountText));
            } else if (currency) {
                QString why;
                if (const std::optional<Money> amount = Money::parse(amountText, *currency, &why)) {
                    if (amount->isNegative() || amount->isZero())
                        fail(QStringLiteral("amount"), RegistrationText::tr("%1 must be positive").arg(amountText));
                    else
                        registration.amount = *amount;
                } else {
                    fail(QStringLiteral("amount"), invalidDecimalMessage(amountText, why));
                }
            }
        }

        if (errors.size() == errorsBefore) {
            file.registrations << registration;
            file.lines << reader.line();
        }
    }
    return file;
}

QByteArray registrationDecisionsCsv(const QList<RegistrationDecision> &decisions)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("reg_id"), QStringLiteral("status"), QStringLiteral("winner")});
        for (const RegistrationDecision &decision : decisions) {
            writer.addText(decision.regId).addValue(registrationStatusCode(decision.status)).addText(decision.winner);
            writer.endRow();
        }
    }
    return bytes;
}

} // namespace cd
