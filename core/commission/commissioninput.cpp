// Reading deals.csv and fx.csv for the commission engine. The deals file is the hot path (commission.md's
// goal is a million deals a second), so rows are read straight from the bytes: no QString,
// QRegularExpression or allocation per field on the way in, and QStrings only for messages.
#include "core/commission/commissioninput.h"

#include "core/files/csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace cd {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct CommissionInputText
{
    Q_DECLARE_TR_FUNCTIONS(cd::CommissionInput)
};

__extension__ typedef __int128 Wide;

bool bytesEqual(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool equals(QByteArrayView text, const char *word, qsizetype length)
{
    return text.size() == length && std::memcmp(text.data(), word, size_t(length)) == 0;
}

QString textOf(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

// Currency::fromCode() compares strings; a row needs only a few integer compares.
class CurrencyCodes
{
public:
    CurrencyCodes()
    {
        for (const QString &code : Currency::knownCodes())
            m_codes.push_back({key(QByteArrayView(code.toLatin1())), *Currency::fromCode(QStringView(code))});
    }
    // A code found moves one place forward, so that the few a file uses end up at the front.
    std::optional<Currency> find(QByteArrayView code)
    {
        if (code.size() != 3)
            return std::nullopt;
        const quint32 wanted = key(code);
        for (size_t i = 0; i < m_codes.size(); ++i) {
            if (m_codes[i].first != wanted)
                continue;
            const Currency currency = m_codes[i].second;
            if (i > 0)
                std::swap(m_codes[i], m_codes[i - 1]);
            return currency;
        }
        return std::nullopt;
    }

private:
    static quint32 key(QByteArrayView code)
    {
        return quint32(quint8(code[0])) << 16 | quint32(quint8(code[1])) << 8 | quint8(code[2]);
    }
    std::vector<std::pair<quint32, Currency>> m_codes;
};

// Partner ids repeat on every row. Ids of up to eight bytes are found here by one integer compare instead
// of hashing and probing the partner table.
class PartnerCache
{
public:
    quint32 find(QByteArrayView id, StringTable &table)
    {
        if (id.size() > 8 || id.isEmpty())
            return table.intern(id);
        quint64 word = 0;
        std::memcpy(&word, id.data(), size_t(id.size()));
        Slot &slot = m_slots[((word ^ quint64(id.size())) * 0x9E3779B97F4A7C15ull) >> (64 - SlotBits)];
        if (slot.size != id.size() || slot.word != word)
            slot = {word, quint32(id.size()), table.intern(id)};
        return slot.index;
    }

private:
    static constexpr int SlotBits = 14;
    struct Slot
    {
        quint64 word = 0;
        quint32 size = 0; // 0: empty, since ids are never empty
        quint32 index = 0;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(size_t(1) << SlotBits);
};

struct PendingShare
{
    QByteArrayView partner;
    qint64 units;
    int decimals;
};

// commission.md's `partners`: "P1", or "P2=60;P1=40" summing to exactly 100 with no partner twice. The
// messages are parsePartnerSplit()'s, so an import and a calculation say the same thing.
bool parsePartners(QByteArrayView text, std::vector<PendingShare> &shares, int &scale, QString &error)
{
    shares.clear();
    scale = 0;
    if (text.isEmpty()) {
        error = CommissionInputText::tr("no partner given");
        return false;
    }
    bool split = false;
    bool several = false;
    for (const char c : text) {
        split = split || c == '=';
        several = several || c == ';';
    }
    if (!split) {
        if (several) {
            error = CommissionInputText::tr("%1 lists several partners without their percentages").arg(textOf(text));
            return false;
        }
        shares.push_back({text, 100, 0});
        return true;
    }
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype stop = text.indexOf(';', start);
        if (stop < 0)
            stop = text.size();
        const QByteArrayView part = text.sliced(start, stop - start);
        start = stop + 1;
        const qsizetype equalsAt = part.indexOf('=');
        if (equalsAt <= 0) {
            error = CommissionInputText::tr("\"%1\" is not PARTNER=PERCENT").arg(textOf(part));
            return false;
        }
        const QByteArrayView partner = part.first(equalsAt);
        const QByteArrayView percent = part.sliced(equalsAt + 1);
        PendingShare share{partner, 0, 0};
        bool negative = false;
        const DigitsError numberError = readDecimalDigits(percent, share.units, share.decimals, negative);
        if (numberError == DigitsError::Syntax) {
            error = CommissionInputText::tr("the share of %1 (%2) is not a decimal number").arg(textOf(partner), textOf(percent));
            return false;
        }
        if (numberError == DigitsError::TooLarge || share.decimals > CommissionBatch::MaxPercentDecimals) {
            error = CommissionInputText::tr("the share of %1 (%2) has more digits than a percentage needs (up to %3 decimals)")
                        .arg(textOf(partner), textOf(percent))
                        .arg(CommissionBatch::MaxPercentDecimals);
            return false;
        }
        if (negative || share.units == 0) {
            error = CommissionInputText::tr("the share of %1 must be positive").arg(textOf(partner));
            return false;
        }
        for (const PendingShare &earlier : shares) {
            if (earlier.partner.size() == partner.size() &&
                std::memcmp(earlier.partner.data(), partner.data(), size_t(partner.size())) == 0) {
                error = CommissionInputText::tr("%1 is named twice").arg(textOf(partner));
                return false;
            }
        }
        scale = std::max(scale, share.decimals);
        shares.push_back(share);
    }
    Wide total = 0;
    bool fits = true;
    for (const PendingShare &share : shares) {
        qint64 units = share.units;
        fits = scaleByPowerOfTen(units, scale - share.decimals) && fits;
        total += units;
    }
    qint64 hundred = 100;
    scaleByPowerOfTen(hundred, scale);
    if (!fits || total != hundred) {
        Decimal sum;
        for (const PendingShare &share : shares)
            sum += Decimal::fromUnits(Int128(share.units), share.decimals);
        error = CommissionInputText::tr("the shares add up to %1, not 100").arg(sum.normalized().toString());
        return false;
    }
    for (PendingShare &share : shares)
        scaleByPowerOfTen(share.units, scale - share.decimals);
    return true;
}

// Sorts (hash << 32 | index) keys by hash, keeping index order among equal hashes: three counting passes
// over 11, 11 and 10 bits, no comparisons.
void sortByHash(std::vector<quint64> &keys)
{
    std::vector<quint64> sorted(keys.size());
    std::vector<size_t> starts(2049);
    for (const int shift : {32, 43, 54}) {
        std::fill(starts.begin(), starts.end(), 0);
        for (const quint64 key : keys)
            ++starts[((key >> shift) & 0x7ff) + 1];
        for (size_t i = 1; i < starts.size(); ++i)
            starts[i] += starts[i - 1];
        for (const quint64 key : keys)
            sorted[starts[(key >> shift) & 0x7ff]++] = key;
        keys.swap(sorted);
    }
}

// "deal_id: D1 appears twice (first on line 2)" for every later row of an id, each put first among its
// row's problems, which start at diagnostics[from].
void reportDuplicateIds(std::vector<quint64> &ids, const std::vector<qint32> &lines, const StringTable &table,
                        const QString &fileName, Diagnostics &diagnostics, qsizetype from)
{
    sortByHash(ids);
    Diagnostics duplicates;
    for (size_t run = 0; run < ids.size();) {
        size_t end = run + 1;
        while (end < ids.size() && (ids[end] >> 32) == (ids[run] >> 32))
            ++end;
        for (size_t i = run + 1; i < end; ++i) {
            const quint32 later = quint32(ids[i]);
            for (size_t j = run; j < i; ++j) {
                const quint32 first = quint32(ids[j]);
                if (!bytesEqual(table.at(first), table.at(later)))
                    continue;
                const QString id = textOf(table.at(later));
                duplicates << Diagnostic{
                    fileName, lines[later], QStringLiteral("deal_id"),
                    lines[first] > 0 ? CommissionInputText::tr("%1 appears twice (first on line %2)").arg(id).arg(lines[first])
                                     : CommissionInputText::tr("%1 appears twice").arg(id)};
                break;
            }
        }
        run = end;
    }
    if (duplicates.isEmpty())
        return;
    std::stable_sort(duplicates.begin(), duplicates.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    Diagnostics merged = diagnostics.mid(0, from);
    qsizetype next = from;
    for (const Diagnostic &duplicate : std::as_const(duplicates)) {
        while (next < diagnostics.size() && diagnostics[next].line < duplicate.line)
            merged << diagnostics[next++];
        merged << duplicate;
    }
    while (next < diagnostics.size())
        merged << diagnostics[next++];
    diagnostics = merged;
}

} // namespace

bool CommissionBatch::add(const CommissionDeal &deal, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    auto report = [&](const QString &field, const QString &message) {
        diagnostics << Diagnostic{sourceName, deal.line, field, message};
    };
    const QByteArray id = deal.id.toUtf8();
    if (id.isEmpty())
        report(QStringLiteral("deal_id"), CommissionInputText::tr("a deal needs an id"));
    else if (dealIds.find(id))
        report(QStringLiteral("deal_id"), CommissionInputText::tr("%1 appears twice").arg(deal.id));
    Decimal percentTotal;
    int percentScale = 0;
    QSet<QString> seen;
    for (const DealShare &share : deal.shares) {
        if (share.partnerId.isEmpty() || seen.contains(share.partnerId) || share.percent.signum() <= 0)
            report(QStringLiteral("partners"), CommissionInputText::tr("each partner is named once, with a positive share"));
        seen.insert(share.partnerId);
        percentTotal += share.percent;
        percentScale = std::max(percentScale, share.percent.significantDecimals());
    }
    if (deal.shares.isEmpty())
        report(QStringLiteral("partners"), CommissionInputText::tr("no partner given"));
    else if (percentTotal != Decimal::fromInteger(100))
        report(QStringLiteral("partners"),
               CommissionInputText::tr("the shares add up to %1, not 100").arg(percentTotal.normalized().toString()));
    if (percentScale > MaxPercentDecimals)
        report(QStringLiteral("partners"), CommissionInputText::tr("a share has more than %1 decimals").arg(MaxPercentDecimals));
    auto inRange = [](QDate date) { return date.isValid() && date.year() >= 1 && date.year() <= 9999; };
    if (!inRange(deal.closeDate))
        report(QStringLiteral("close_date"), CommissionInputText::tr("a deal needs a close date between the years 1 and 9999"));
    if (deal.amount.minorUnits() <= 0 ||
        deal.amount.minorUnits() > Int128(std::numeric_limits<qint64>::max()))
        report(QStringLiteral("amount"),
               CommissionInputText::tr("%1 is not a positive amount in range").arg(deal.amount.toString()));
    const bool cancelled = deal.status == CommissionDeal::Status::Cancelled;
    if (cancelled && (!inRange(deal.cancelledOn) || deal.cancelledOn < deal.closeDate))
        report(QStringLiteral("cancelled_on"),
               CommissionInputText::tr("a cancelled deal needs a cancellation date on or after its close date"));
    if (diagnostics.size() != before)
        return false;

    Deal compact{};
    compact.amount = static_cast<qint64>(deal.amount.minorUnits());
    compact.currency = deal.amount.currency();
    compact.closeDay = qint32(deal.closeDate.toJulianDay());
    compact.closeMonth = deal.closeDate.year() * 12 + deal.closeDate.month() - 1;
    if (cancelled) {
        compact.cancelDay = qint32(deal.cancelledOn.toJulianDay());
        compact.cancelMonth = deal.cancelledOn.year() * 12 + deal.cancelledOn.month() - 1;
    }
    compact.id = dealIds.intern(id);
    compact.firstShare = quint32(shares.size());
    compact.shareCount = quint32(deal.shares.size());
    compact.line = deal.line;
    compact.percentScale = percentScale;
    compact.status = deal.status;
    for (const DealShare &share : deal.shares)
        shares.push_back({partners.intern(share.partnerId.toUtf8()),
                          static_cast<qint64>(share.percent.withScale(percentScale).units())});
    deals.push_back(compact);
    return true;
}

bool readCommissionFx(QByteArrayView csv, const QString &fileName, FxTable &fx, Diagnostics &diagnostics,
                      Diagnostics *warnings)
{
    const qsizetype before = diagnostics.size();
    CsvReader reader(csv, fileName);
    if (!reader.readHeader()) {
        diagnostics << *reader.error();
        return false;
    }
    const QStringList columns{QStringLiteral("date"), QStringLiteral("currency"), QStringLiteral("rate")};
    const Diagnostics missing = reader.missingColumns(columns);
    if (!missing.isEmpty()) {
        diagnostics << missing;
        return false;
    }
    if (warnings) {
        for (const QString &column : reader.unknownColumns(columns))
            *warnings << Diagnostic{fileName, 1, column, CommissionInputText::tr("unknown column, ignored")};
    }
    const int dateColumn = reader.columnIndex(u"date");
    const int currencyColumn = reader.columnIndex(u"currency");
    const int rateColumn = reader.columnIndex(u"rate");
    QHash<QPair<QString, qint64>, int> seen; // (currency, day) → line, for duplicates
    while (reader.readRecord()) {
        if (reader.error()) {
            diagnostics << *reader.error();
            continue;
        }
        auto report = [&](const QString &field, const QString &message) {
            diagnostics << reader.diagnostic(field, message);
        };
        const QByteArrayView dateText = reader.field(dateColumn);
        const std::optional<DayAndMonth> date = readIsoDate(dateText);
        if (dateText.isEmpty())
            report(QStringLiteral("date"), CommissionInputText::tr("is missing"));
        else if (!date)
            report(QStringLiteral("date"), CommissionInputText::tr("%1 is not a date like 2026-03-31").arg(textOf(dateText)));
        const QByteArrayView code = reader.field(currencyColumn);
        const std::optional<Currency> currency = Currency::fromCode(code);
        if (code.isEmpty())
            report(QStringLiteral("currency"), CommissionInputText::tr("is missing"));
        else if (!currency)
            report(QStringLiteral("currency"),
                   CommissionInputText::tr("%1 is not a currency this program knows").arg(textOf(code)));
        const QByteArrayView rateText = reader.field(rateColumn);
        qint64 units = 0;
        int decimals = 0;
        bool negative = false;
        const DigitsError error = readDecimalDigits(rateText, units, decimals, negative);
        bool rateOk = false;
        if (rateText.isEmpty())
            report(QStringLiteral("rate"), CommissionInputText::tr("is missing"));
        else if (error == DigitsError::Syntax)
            report(QStringLiteral("rate"), CommissionInputText::tr("%1 is not a decimal number").arg(textOf(rateText)));
        else if (error == DigitsError::TooLarge || decimals > FxTable::MaxRateDecimals)
            report(QStringLiteral("rate"), CommissionInputText::tr("%1 has more digits than a rate may have (up to %2 decimals)")
                                               .arg(textOf(rateText))
                                               .arg(FxTable::MaxRateDecimals));
        else if (negative || units == 0)
            report(QStringLiteral("rate"), CommissionInputText::tr("%1 is not positive").arg(textOf(rateText)));
        else
            rateOk = true;
        if (!date || !currency || !rateOk)
            continue;
        const QPair<QString, qint64> key{currency->code(), date->julianDay};
        if (const int first = seen.value(key, 0)) {
            report(QStringLiteral("date"), CommissionInputText::tr("a %1 rate for %2 is already given on line %3")
                                               .arg(currency->code(), textOf(dateText))
                                               .arg(first));
            continue;
        }
        seen.insert(key, reader.line());
        fx.insert(QDate::fromJulianDay(date->julianDay), *currency,
                  Decimal::fromUnits(Int128(units), decimals));
    }
    return diagnostics.size() == before;
}

bool readCommissionDeals(QByteArrayView csv, const QString &fileName, const CommissionDealsContext &context,
                         CommissionBatch &batch, Diagnostics &diagnostics, Diagnostics *warnings)
{
    const qsizetype before = diagnostics.size();
    batch.sourceName = fileName;
    CsvReader reader(csv, fileName);
    if (!reader.readHeader()) {
        diagnostics << *reader.error();
        return false;
    }
    const QStringList required{QStringLiteral("deal_id"),     QStringLiteral("partners"),
                               QStringLiteral("close_date"),  QStringLiteral("amount"),
                               QStringLiteral("currency"),    QStringLiteral("status"),
                               QStringLiteral("cancelled_on")};
    const Diagnostics missing = reader.missingColumns(required);
    if (!missing.isEmpty()) {
        diagnostics << missing;
        return false;
    }
    if (warnings) {
        // data.md's deal export feeds in unchanged; only columns it does not know are worth a word.
        static const QStringList exportColumns{
            QStringLiteral("deal_id"),         QStringLiteral("partners"),    QStringLiteral("customer"),
            QStringLiteral("customer_domain"), QStringLiteral("name"),        QStringLiteral("product"),
            QStringLiteral("status"),          QStringLiteral("stage"),       QStringLiteral("amount"),
            QStringLiteral("currency"),        QStringLiteral("probability"), QStringLiteral("close_date"),
            QStringLiteral("cancelled_on"),    QStringLiteral("source"),      QStringLiteral("reg_id")};
        for (const QString &column : reader.unknownColumns(exportColumns))
            *warnings << Diagnostic{fileName, 1, column, CommissionInputText::tr("unknown column, ignored")};
    }
    const int idColumn = reader.columnIndex(u"deal_id");
    const int partnersColumn = reader.columnIndex(u"partners");
    const int closeColumn = reader.columnIndex(u"close_date");
    const int amountColumn = reader.columnIndex(u"amount");
    const int currencyColumn = reader.columnIndex(u"currency");
    const int statusColumn = reader.columnIndex(u"status");
    const int cancelledColumn = reader.columnIndex(u"cancelled_on");

    // Rough sizes from the file's length keep the tables from growing step by step.
    const qsizetype expectedRows = csv.size() / 48 + 16;
    batch.deals.reserve(batch.deals.size() + size_t(expectedRows));
    batch.shares.reserve(batch.shares.size() + size_t(expectedRows));
    batch.dealIds.reserve(expectedRows, expectedRows * 8);
    // Every id's hash and index, sorted once all rows are read to find the ids given twice; its line.
    std::vector<quint64> ids;
    ids.reserve(size_t(expectedRows) + batch.dealIds.size());
    for (quint32 i = 0; i < batch.dealIds.size(); ++i)
        ids.push_back(quint64(StringTable::hash(batch.dealIds.at(i))) << 32 | i);
    std::vector<qint32> idLines(batch.dealIds.size(), 0);
    idLines.reserve(size_t(expectedRows) + batch.dealIds.size());
    std::vector<PendingShare> pending;
    QString splitError;
    CurrencyCodes currencies;
    PartnerCache partnerCache;

    while (reader.readRecord()) {
        if (reader.error()) {
            diagnostics << *reader.error();
            continue;
        }
        const qsizetype rowStart = diagnostics.size();
        auto report = [&](const char *field, const QString &message) {
            diagnostics << reader.diagnostic(QString::fromLatin1(field), message);
        };

        const QByteArrayView status = reader.field(statusColumn);
        std::optional<CommissionDeal::Status> earning;
        bool known = true;
        if (equals(status, "won", 3))
            earning = CommissionDeal::Status::Won;
        else if (equals(status, "cancelled", 9))
            earning = CommissionDeal::Status::Cancelled;
        else if (!equals(status, "open", 4) && !equals(status, "lost", 4))
            known = false;
        if (!known) {
            report("status", status.isEmpty()
                                 ? CommissionInputText::tr("is missing (won, cancelled, open or lost)")
                                 : CommissionInputText::tr("%1 is not one of won, cancelled, open, lost").arg(textOf(status)));
        }

        const QByteArrayView id = reader.field(idColumn);
        quint32 idIndex = 0;
        if (id.isEmpty()) {
            report("deal_id", CommissionInputText::tr("is missing"));
        } else {
            idIndex = batch.dealIds.append(id);
            ids.push_back(quint64(StringTable::hash(id)) << 32 | idIndex);
            idLines.push_back(reader.line());
        }
        if (!earning)
            continue; // open and lost earn nothing; an unknown status has been reported

        int percentScale = 0;
        const QByteArrayView partners = reader.field(partnersColumn);
        if (!parsePartners(partners, pending, percentScale, splitError))
            report("partners", splitError);

        const QByteArrayView closeText = reader.field(closeColumn);
        const std::optional<DayAndMonth> close = readIsoDate(closeText);
        if (closeText.isEmpty())
            report("close_date", CommissionInputText::tr("is missing"));
        else if (!close)
            report("close_date", CommissionInputText::tr("%1 is not a date like 2026-03-31").arg(textOf(closeText)));

        const QByteArrayView code = reader.field(currencyColumn);
        const std::optional<Currency> currency = currencies.find(code);
        if (code.isEmpty())
            report("currency", CommissionInputText::tr("is missing"));
        else if (!currency)
            report("currency", CommissionInputText::tr("%1 is not a currency this program knows").arg(textOf(code)));

        const QByteArrayView amountText = reader.field(amountColumn);
        qint64 amount = 0;
        int decimals = 0;
        bool negative = false;
        const DigitsError amountError = readDecimalDigits(amountText, amount, decimals, negative);
        if (amountText.isEmpty())
            report("amount", CommissionInputText::tr("is missing"));
        else if (amountError == DigitsError::Syntax)
            report("amount", CommissionInputText::tr("%1 is not a decimal number").arg(textOf(amountText)));
        else if (negative || (amountError == DigitsError::None && amount == 0))
            report("amount", CommissionInputText::tr("%1 is not positive").arg(textOf(amountText)));
        else if (currency && decimals > currency->minorDigits())
            report("amount", CommissionInputText::tr("%1 has more decimals than %2 allows (%3)")
                                 .arg(textOf(amountText), currency->code())
                                 .arg(currency->minorDigits()));
        else if (amountError == DigitsError::TooLarge ||
                 (currency && !scaleByPowerOfTen(amount, currency->minorDigits() - decimals)))
            report("amount", CommissionInputText::tr("%1 is too large").arg(textOf(amountText)));

        const QByteArrayView cancelledText = reader.field(cancelledColumn);
        std::optional<DayAndMonth> cancelled;
        if (*earning == CommissionDeal::Status::Cancelled) {
            cancelled = readIsoDate(cancelledText);
            if (cancelledText.isEmpty())
                report("cancelled_on", CommissionInputText::tr("is missing: a cancelled deal needs the date it was cancelled"));
            else if (!cancelled)
                report("cancelled_on", CommissionInputText::tr("%1 is not a date like 2026-03-31").arg(textOf(cancelledText)));
            else if (close && cancelled->julianDay < close->julianDay)
                report("cancelled_on",
                       CommissionInputText::tr("%1 is before the close date %2").arg(textOf(cancelledText), textOf(closeText)));
        } else if (!cancelledText.isEmpty()) {
            report("cancelled_on",
                   CommissionInputText::tr("%1 is given but the deal is won; a cancelled deal has status cancelled")
                       .arg(textOf(cancelledText)));
        }

        if (context.planCurrency && currency && close && !(*currency == *context.planCurrency) &&
            !(context.fx && context.fx->find(*currency, close->julianDay))) {
            report("currency", CommissionInputText::tr("no %1 rate to %2 on or before %3")
                                   .arg(currency->code(), context.planCurrency->code(), textOf(closeText)));
        }
        if (diagnostics.size() != rowStart)
            continue;

        CommissionBatch::Deal deal{};
        deal.amount = amount;
        deal.currency = *currency;
        deal.closeDay = close->julianDay;
        deal.closeMonth = close->month;
        if (cancelled) {
            deal.cancelDay = cancelled->julianDay;
            deal.cancelMonth = cancelled->month;
        }
        deal.id = idIndex;
        deal.firstShare = quint32(batch.shares.size());
        deal.shareCount = quint32(pending.size());
        deal.line = reader.line();
        deal.percentScale = percentScale;
        deal.status = *earning;
        for (const PendingShare &share : pending)
            batch.shares.push_back({partnerCache.find(share.partner, batch.partners), share.units});
        batch.deals.push_back(deal);
    }
    reportDuplicateIds(ids, idLines, batch.dealIds, fileName, diagnostics, before);
    return diagnostics.size() == before;
}

} // namespace cd
