#pragma once

#include <QTranslator>

namespace cd::ui {

// Pseudo-localization for testing the user interface before translators have been at work: every message
// comes back accented and 40% longer between ⟦ ⟧, so a string that bypasses tr() shows up in plain ASCII,
// and a label too narrow for German or French shows up cut off. Placeholders (%1, %n, %L1), markup, `&`
// accelerators and line breaks keep working.
class PseudoTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString pseudoLocalize(const QString &source);
    static bool isPseudoLocalized(const QString &text);
};

} // namespace cd::ui
