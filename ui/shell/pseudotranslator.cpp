#include "ui/shell/pseudotranslator.h"

#include <QHash>
#include <QRegularExpression>

namespace cd::ui {

namespace {

const QChar openMark(0x27E6);  // ⟦
const QChar closeMark(0x27E7); // ⟧

QChar accented(QChar c)
{
    // One accented look-alike per ASCII letter, from Latin-1 Supplement and Latin Extended-A, so every
    // font that shows the translations shows these too.
    static const QHash<QChar, QChar> table = [] {
        const QString plain = QStringLiteral("AaCcEeIiNnOoUuYySsZzGgLlDdRrTtKkHhJjWw");
        const QString fancy = QStringLiteral("ÅåÇçÉéÎîÑñÖöÜüÝýŠšŽžĜĝĹĺĎďŘřŤťĶķĤĥĴĵŴŵ");
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain[i], fancy[i]);
        return map;
    }();
    return table.value(c, c);
}

} // namespace

QString PseudoTranslator::translate(const char *, const char *sourceText, const char *, int) const
{
    if (!sourceText || !*sourceText)
        return {};
    const QString source = QString::fromUtf8(sourceText);
    // Key sequences are parsed, not read: "Ctrl+I" has to stay what it is.
    static const QRegularExpression shortcut(QStringLiteral("^(Ctrl|Shift|Alt|Meta)\\+"));
    if (shortcut.match(source).hasMatch())
        return {};
    return pseudoLocalize(source);
}

QString PseudoTranslator::pseudoLocalize(const QString &source)
{
    QString result;
    result.reserve(source.size() * 2 + 4);
    result += openMark;
    qsizetype letters = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        // Placeholders and markup pass through untouched: QCoreApplication fills %n after translation,
        // QString::arg fills %1, and rich text needs its tags.
        if (c == QLatin1Char('%')) {
            qsizetype end = i + 1;
            if (end < source.size() && source[end] == QLatin1Char('L'))
                ++end;
            while (end < source.size() && (source[end].isDigit() || source[end] == QLatin1Char('n')))
                ++end;
            result += source.mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (c == QLatin1Char('<')) {
            const qsizetype end = source.indexOf(QLatin1Char('>'), i);
            if (end > i) {
                result += source.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char('&') && i + 1 < source.size() && source[i + 1].isLetter()) {
            result += c; // the accelerator stays on the (accented) letter that follows
            continue;
        }
        if (c.isLetter())
            ++letters;
        result += accented(c);
    }
    // 40% longer, the usual growth from English to German or French.
    const qsizetype padding = (letters * 2 + 4) / 5;
    for (qsizetype i = 0; i < padding; ++i)
        result += QLatin1Char(i % 4 == 3 ? ' ' : '~');
    result += closeMark;
    return result;
}

bool PseudoTranslator::isPseudoLocalized(const QString &text)
{
    return text.contains(openMark);
}

} // namespace cd::ui
