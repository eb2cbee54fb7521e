#include "core/money/currency.h"

#include <QStringList>

#include <array>

namespace cd {

namespace {

struct CurrencyEntry
{
    const char *code;
    int minorDigits;
};

// commission.md's table, plus the currencies the seed programs' regions trade in (with their ISO 4217
// minor units).
constexpr std::array<CurrencyEntry, 22> knownCurrencies{{
    {"AUD", 2}, {"BHD", 3}, {"BRL", 2}, {"CAD", 2}, {"CHF", 2}, {"CNY", 2}, {"DKK", 2}, {"EUR", 2},
    {"GBP", 2}, {"HKD", 2}, {"INR", 2}, {"JPY", 0}, {"KRW", 0}, {"KWD", 3}, {"MXN", 2}, {"NOK", 2},
    {"NZD", 2}, {"PLN", 2}, {"SEK", 2}, {"SGD", 2}, {"USD", 2}, {"ZAR", 2},
}};

template<typename Char>
std::optional<Currency> lookup(const Char *data, qsizetype size, Currency (*make)(const char *, int))
{
    if (size != 3)
        return std::nullopt;
    for (const auto &entry : knownCurrencies) {
        if (Char(entry.code[0]) == data[0] && Char(entry.code[1]) == data[1] && Char(entry.code[2]) == data[2])
            return make(entry.code, entry.minorDigits);
    }
    return std::nullopt;
}

} // namespace

Currency::Currency(const char *code, int minorDigits) : m_minorDigits(minorDigits)
{
    m_code[0] = code[0];
    m_code[1] = code[1];
    m_code[2] = code[2];
}

std::optional<Currency> Currency::fromCode(QStringView code)
{
    return lookup(code.utf16(), code.size(), [](const char *c, int d) { return Currency(c, d); });
}

std::optional<Currency> Currency::fromCode(QByteArrayView code)
{
    return lookup(code.data(), code.size(), [](const char *c, int d) { return Currency(c, d); });
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    for (const auto &entry : knownCurrencies)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

} // namespace cd
