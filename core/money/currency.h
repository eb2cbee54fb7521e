#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cd {

// An ISO 4217 currency the program knows, with its true number of minor digits.
class Currency
{
public:
    Currency() = default;
    static std::optional<Currency> fromCode(QStringView code);
    static std::optional<Currency> fromCode(QByteArrayView code);
    static QStringList knownCodes();

    QString code() const { return QString::fromLatin1(m_code, 3); }
    int minorDigits() const { return m_minorDigits; }
    bool isValid() const { return m_code[0] != 0; }

    bool operator==(const Currency &other) const
    {
        return m_code[0] == other.m_code[0] && m_code[1] == other.m_code[1] && m_code[2] == other.m_code[2];
    }

private:
    Currency(const char *code, int minorDigits);
    char m_code[3] = {0, 0, 0};
    int m_minorDigits = 2;
};

} // namespace cd
