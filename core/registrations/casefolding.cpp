#include "core/registrations/casefolding.h"

#include <algorithm>
#include <iterator>

namespace cd {

namespace {

struct CaseFolding
{
    char32_t from;
    char32_t to[3];
};

// scripts/gen-casefolding writes this table from Unicode's CaseFolding.txt; it is committed so the build
// needs no Unicode data files.
constexpr CaseFolding foldings[] = {
#include "core/registrations/casefolding_table.inc"
};

static_assert(std::size(foldings) > 1000, "the generated case folding table looks truncated");

} // namespace

int caseFoldFull(char32_t codePoint, char32_t out[3])
{
    if (codePoint < 0x80) {
        out[0] = codePoint >= U'A' && codePoint <= U'Z' ? codePoint + (U'a' - U'A') : codePoint;
        return 1;
    }
    const auto found = std::lower_bound(std::begin(foldings), std::end(foldings), codePoint,
                                        [](const CaseFolding &entry, char32_t value) { return entry.from < value; });
    if (found == std::end(foldings) || found->from != codePoint) {
        out[0] = codePoint;
        return 1;
    }
    int count = 0;
    while (count < 3 && found->to[count] != 0) {
        out[count] = found->to[count];
        ++count;
    }
    return count;
}

QString fullCaseFold(QStringView text)
{
    QString folded;
    folded.reserve(text.size() + 4);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text[i + 1]);
            ++i;
        } else if (c.isSurrogate()) { // unpaired: keep it rather than invent a character
            folded.append(c);
            continue;
        }
        char32_t out[3];
        const int count = caseFoldFull(codePoint, out);
        for (int k = 0; k < count; ++k)
            folded.append(QChar::fromUcs4(out[k]));
    }
    return folded;
}

} // namespace cd
