#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace cd {

enum class PeriodKind { Month, Quarter, Year };

std::optional<PeriodKind> periodKindFromName(QStringView name);
QString periodKindName(PeriodKind kind);

// A month, fiscal quarter or fiscal year. A fiscal year is named by the calendar year in which it ends
// (commission.md), so with a July start FY2027 runs from 2026-07-01 to 2027-06-30.
class Period
{
public:
    Period() = default;
    static Period containing(QDate date, PeriodKind kind, int fiscalYearStartMonth = 1);
    // Reads a label of commission.md ("2026-03", "2026-Q1", "FY2027-Q1", "2026", "FY2027"). A label
    // without "FY" only fits a fiscal year that starts in January, and vice versa (except months).
    static std::optional<Period> fromLabel(QStringView label, int fiscalYearStartMonth = 1);

    PeriodKind kind() const { return m_kind; }
    int fiscalYearStartMonth() const { return m_fiscalYearStartMonth; }
    int fiscalYear() const;
    QDate firstDay() const { return m_first; }
    QDate lastDay() const;
    bool contains(QDate date) const { return date >= m_first && date <= lastDay(); }
    Period next() const;
    Period previous() const;
    QString label() const;
    bool isValid() const { return m_first.isValid(); }

    bool operator==(const Period &other) const
    {
        return m_kind == other.m_kind && m_first == other.m_first;
    }
    // Chronological for periods of one kind.
    bool operator<(const Period &other) const { return m_first < other.m_first; }

private:
    int monthsLong() const;
    PeriodKind m_kind = PeriodKind::Quarter;
    int m_fiscalYearStartMonth = 1;
    QDate m_first;
};

} // namespace cd
