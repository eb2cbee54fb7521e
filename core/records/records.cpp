#include "core/records/records.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace cd {

namespace codes {
const QStringList &partnerTypes()
{
    static const QStringList list{
        QStringLiteral("system_integrator"), QStringLiteral("reseller"),    QStringLiteral("distributor"),
        QStringLiteral("technology"),        QStringLiteral("consulting"),  QStringLiteral("agency"),
        QStringLiteral("referral"),          QStringLiteral("integration"), QStringLiteral("msp"),
        QStringLiteral("oem"),               QStringLiteral("cloud_marketplace")};
    return list;
}
const QStringList &regions()
{
    static const QStringList list{QStringLiteral("NA"), QStringLiteral("EMEA"), QStringLiteral("APAC"),
                                  QStringLiteral("LATAM")};
    return list;
}
const QStringList &partnerStages()
{
    static const QStringList list{QStringLiteral("identification"), QStringLiteral("qualification"),
                                  QStringLiteral("negotiation"), QStringLiteral("onboarding"),
                                  QStringLiteral("management")};
    return list;
}
const QStringList &partnerStatuses()
{
    static const QStringList list{QStringLiteral("active"), QStringLiteral("inactive"),
                                  QStringLiteral("terminated")};
    return list;
}
const QStringList &dealStatuses()
{
    static const QStringList list{QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost"),
                                  QStringLiteral("cancelled")};
    return list;
}
const QStringList &dealStages()
{
    static const QStringList list{QStringLiteral("prospecting"), QStringLiteral("qualification"),
                                  QStringLiteral("proposal"), QStringLiteral("negotiation")};
    return list;
}
const QStringList &dealSources()
{
    static const QStringList list{QStringLiteral("sourced"), QStringLiteral("influenced")};
    return list;
}
} // namespace codes

namespace {
// lupdate files each message under the context named here, which is also the one looked up at run time.
struct RecordsText
{
    Q_DECLARE_TR_FUNCTIONS(cd::Records)
};
} // namespace

std::optional<QList<DealShare>> parsePartnerSplit(QStringView text, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<QList<DealShare>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(RecordsText::tr("no partner given"));
    if (!text.contains(u'=')) {
        if (text.contains(u';'))
            return fail(RecordsText::tr("%1 lists several partners without their percentages").arg(text));
        return QList<DealShare>{{text.toString(), Decimal::fromInteger(100)}};
    }
    QList<DealShare> shares;
    QSet<QString> seen;
    Decimal total;
    for (QStringView part : text.split(u';')) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return fail(RecordsText::tr("\"%1\" is not PARTNER=PERCENT").arg(part));
        const QString partner = part.left(equals).toString();
        QString percentError;
        const std::optional<Decimal> percent = Decimal::parse(part.sliced(equals + 1), &percentError);
        if (!percent)
            return fail(RecordsText::tr("the share of %1 (%2) %3").arg(partner, part.sliced(equals + 1), percentError));
        if (percent->signum() <= 0)
            return fail(RecordsText::tr("the share of %1 must be positive").arg(partner));
        if (seen.contains(partner))
            return fail(RecordsText::tr("%1 is named twice").arg(partner));
        seen.insert(partner);
        shares.append({partner, *percent});
        total += *percent;
    }
    if (total != Decimal::fromInteger(100))
        return fail(RecordsText::tr("the shares add up to %1, not 100").arg(total.normalized().toString()));
    return shares;
}

QString formatPartnerSplit(const QList<DealShare> &shares)
{
    if (shares.size() == 1 && shares.first().percent == Decimal::fromInteger(100))
        return shares.first().partnerId;
    QStringList parts;
    for (const DealShare &share : shares)
        parts << share.partnerId + QLatin1Char('=') + share.percent.normalized().toString();
    return parts.join(QLatin1Char(';'));
}

std::optional<Decimal> parsePercent(QStringView text, QString *error)
{
    if (!text.endsWith(u'%')) {
        if (error)
            *error = RecordsText::tr("\"%1\" is not a percentage like 15%").arg(text);
        return std::nullopt;
    }
    QString decimalError;
    const std::optional<Decimal> value = Decimal::parse(text.chopped(1), &decimalError);
    if (!value && error)
        *error = RecordsText::tr("\"%1\" is not a percentage like 15%").arg(text);
    return value;
}

QString formatPercent(const Decimal &percent)
{
    return percent.normalized().toString() + QLatin1Char('%');
}

std::optional<QDate> parseIsoDate(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text.toString()).hasMatch())
        return std::nullopt;
    const QDate date(text.left(4).toInt(), text.sliced(5, 2).toInt(), text.sliced(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseIsoDateTimeUtc(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    if (!pattern.match(text.toString()).hasMatch())
        return std::nullopt;
    const std::optional<QDate> date = parseIsoDate(text.left(10));
    if (!date)
        return std::nullopt;
    const QTime time(text.sliced(11, 2).toInt(), text.sliced(14, 2).toInt(), text.sliced(17, 2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(*date, time, Qt::UTC);
}

QString formatIsoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString formatIsoDateTimeUtc(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")) : QString();
}

} // namespace cd
