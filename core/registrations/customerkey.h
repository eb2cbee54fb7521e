#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cd {

// The customer key of registration.md: two registrations name the same customer exactly when their keys
// are equal. It is the domain when one is given, else the normalized name.
QString customerKey(QStringView name, QStringView domain);

// The domain part of the key: trimmed, lower case, one leading "www." removed. Empty when none is given.
QString normalizedCustomerDomain(QStringView domain);

// The name part of the key: foldedCustomerName() without one trailing legal form ("ACME Corp." and
// "Acme Corporation" both give "acme"), unless that form is the only word.
QString normalizedCustomerName(QStringView name);

// The name with every rule of the key applied except the legal-form removal:
// - canonical decomposition, FULL case folding (CaseFolding.txt C and F: "Straße" ~ "STRASSE"), then
//   canonical composition, so that precomposed and decomposed spellings of the same text agree;
// - "&" becomes " and ";
// - letters (L*), numbers (N*: decimal digits, but also Roman numerals and superscripts, which carry
//   identity just the same) and white space are kept; a combining mark (M*) is kept as part of the
//   letter or number it is attached to (deleting it would merge different names in Indic, Thai and
//   similar scripts) and dropped when its base character was dropped; every other character is deleted
//   ("B.V." → "bv", "O'Reilly" → "oreilly");
// - white space trimmed and collapsed to one ASCII space.
QString foldedCustomerName(QStringView name);

// The legal forms registration.md removes from the end of a name, folded: inc, llc, gmbh, …
const QStringList &legalForms();
bool isLegalForm(QStringView foldedWord);

} // namespace cd
