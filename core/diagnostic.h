#pragma once

#include <QList>
#include <QString>

namespace cd {

// One problem found in an input, as users read it: "FILE:LINE: FIELD: what is wrong".
struct Diagnostic
{
    QString file;
    int line = 0; // 0 when the problem has no line (a missing file, say)
    QString field;
    QString message;

    QString toString() const
    {
        QString text = file;
        if (line > 0)
            text += QLatin1Char(':') + QString::number(line);
        if (!field.isEmpty())
            text += QStringLiteral(": ") + field;
        return text + QStringLiteral(": ") + message;
    }
    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

// Thrown where a caller cannot continue; carries every problem found so far.
class InputError : public std::runtime_error
{
public:
    explicit InputError(Diagnostics diagnostics)
        : std::runtime_error("invalid input"), m_diagnostics(std::move(diagnostics))
    {
    }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    Diagnostics m_diagnostics;
};

} // namespace cd
