#pragma once

#include <QString>
#include <QStringView>

namespace cd {

// Full Unicode case folding (CaseFolding.txt statuses C and F, without the Turkic T tailoring), so that
// "Straße", "STRASSE" and "strasse" fold alike and "ﬁ" folds to "fi". QString::toCaseFolded() only does
// simple folding, one code point to one, which leaves "ß" and "ﬁ" as they are.
//
// Writes the folding of `codePoint` to `out` and returns how many code points it has (1 to 3); a code
// point without a folding is written unchanged.
int caseFoldFull(char32_t codePoint, char32_t out[3]);

// Folds every code point of `text`; unpaired surrogates are kept as they are.
QString fullCaseFold(QStringView text);

} // namespace cd
