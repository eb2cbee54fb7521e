#include "core/registrations/customerkey.h"

#include "core/registrations/casefolding.h"

#include <QSet>

namespace cd {

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

enum class CharClass { Base, Mark, Space, Other };

CharClass classify(char32_t codePoint)
{
    if (codePoint < 0x80) { // most names: no table look-up
        if ((codePoint >= U'a' && codePoint <= U'z') || (codePoint >= U'A' && codePoint <= U'Z')
            || (codePoint >= U'0' && codePoint <= U'9'))
            return CharClass::Base;
        return codePoint == U' ' || (codePoint >= 0x09 && codePoint <= 0x0D) ? CharClass::Space : CharClass::Other;
    }
    if (QChar::isSpace(codePoint))
        return CharClass::Space;
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return CharClass::Base;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::Mark;
    default:
        return CharClass::Other;
    }
}

} // namespace

const QStringList &legalForms()
{
    static const QStringList forms{
        QStringLiteral("inc"),  QStringLiteral("incorporated"), QStringLiteral("llc"),     QStringLiteral("ltd"),
        QStringLiteral("limited"), QStringLiteral("gmbh"),      QStringLiteral("ag"),      QStringLiteral("sa"),
        QStringLiteral("sas"),  QStringLiteral("srl"),          QStringLiteral("bv"),      QStringLiteral("nv"),
        QStringLiteral("plc"),  QStringLiteral("corp"),         QStringLiteral("corporation"),
        QStringLiteral("co"),   QStringLiteral("company"),      QStringLiteral("kk"),      QStringLiteral("pty"),
        QStringLiteral("oy"),   QStringLiteral("ab"),           QStringLiteral("as")};
    return forms;
}

bool isLegalForm(QStringView foldedWord)
{
    static const QSet<QString> forms(legalForms().cbegin(), legalForms().cend());
    return forms.contains(foldedWord.toString());
}

QString foldedCustomerName(QStringView name)
{
    // Plain ASCII (most names) needs neither normalization nor the folding table.
    QString folded;
    if (isAscii(name))
        folded = name.toString().toLower();
    else
        folded = fullCaseFold(name.toString().normalized(QString::NormalizationForm_D))
                     .normalized(QString::NormalizationForm_C);

    QString key;
    key.reserve(folded.size());
    bool pendingSpace = false;
    bool baseKept = false; // whether the character a following combining mark would attach to was kept
    auto put = [&](QStringView text) {
        if (pendingSpace && !key.isEmpty())
            key.append(QLatin1Char(' '));
        pendingSpace = false;
        key.append(text);
    };
    const qsizetype size = folded.size();
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype start = i;
        char32_t codePoint = folded[i].unicode();
        if (folded[i].isHighSurrogate() && i + 1 < size && folded[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(folded[i], folded[i + 1]);
            ++i;
        }
        const QStringView character = QStringView(folded).sliced(start, i - start + 1);
        if (codePoint == U'&') {
            pendingSpace = true;
            put(u"and");
            pendingSpace = true;
            baseKept = false;
            continue;
        }
        switch (classify(codePoint)) {
        case CharClass::Base:
            put(character);
            baseKept = true;
            break;
        case CharClass::Mark:
            if (baseKept)
                key.append(character);
            break;
        case CharClass::Space:
            pendingSpace = true;
            baseKept = false;
            break;
        case CharClass::Other:
            baseKept = false;
            break;
        }
    }
    return key;
}

QString normalizedCustomerName(QStringView name)
{
    QString key = foldedCustomerName(name);
    const qsizetype lastSpace = key.lastIndexOf(QLatin1Char(' '));
    if (lastSpace > 0 && isLegalForm(QStringView(key).sliced(lastSpace + 1)))
        key.truncate(lastSpace);
    return key;
}

QString normalizedCustomerDomain(QStringView domain)
{
    QString normalized = domain.trimmed().toString().toLower();
    if (normalized.startsWith(QLatin1String("www.")))
        normalized.remove(0, 4);
    return normalized;
}

QString customerKey(QStringView name, QStringView domain)
{
    const QString normalizedDomain = normalizedCustomerDomain(domain);
    return normalizedDomain.isEmpty() ? normalizedCustomerName(name) : normalizedDomain;
}

} // namespace cd
