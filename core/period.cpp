#include "core/period.h"

#include <QRegularExpression>

namespace cd {

std::optional<PeriodKind> periodKindFromName(QStringView name)
{
    if (name == u"month")
        return PeriodKind::Month;
    if (name == u"quarter")
        return PeriodKind::Quarter;
    if (name == u"year")
        return PeriodKind::Year;
    return std::nullopt;
}

QString periodKindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Quarter:
        return QStringLiteral("quarter");
    case PeriodKind::Year:
        return QStringLiteral("year");
    }
    return {};
}

int Period::monthsLong() const
{
    switch (m_kind) {
    case PeriodKind::Month:
        return 1;
    case PeriodKind::Quarter:
        return 3;
    case PeriodKind::Year:
        return 12;
    }
    return 1;
}

Period Period::containing(QDate date, PeriodKind kind, int fiscalYearStartMonth)
{
    Q_ASSERT(fiscalYearStartMonth >= 1 && fiscalYearStartMonth <= 12);
    Period period;
    period.m_kind = kind;
    period.m_fiscalYearStartMonth = fiscalYearStartMonth;
    if (!date.isValid())
        return period;
    if (kind == PeriodKind::Month) {
        period.m_first = QDate(date.year(), date.month(), 1);
        return period;
    }
    // Months elapsed since the fiscal year began, 0..11.
    const int offset = (date.month() - fiscalYearStartMonth + 12) % 12;
    const int span = period.monthsLong();
    const int startOffset = offset - offset % span;
    const QDate fiscalStart(date.month() >= fiscalYearStartMonth ? date.year() : date.year() - 1,
                            fiscalYearStartMonth, 1);
    period.m_first = fiscalStart.addMonths(startOffset);
    return period;
}

int Period::fiscalYear() const
{
    // The calendar year in which the fiscal year ends.
    const QDate fiscalStart = m_first.month() >= m_fiscalYearStartMonth
                                  ? QDate(m_first.year(), m_fiscalYearStartMonth, 1)
                                  : QDate(m_first.year() - 1, m_fiscalYearStartMonth, 1);
    return fiscalStart.addMonths(11).year();
}

QDate Period::lastDay() const
{
    return m_first.addMonths(monthsLong()).addDays(-1);
}

Period Period::next() const
{
    Period period = *this;
    period.m_first = m_first.addMonths(monthsLong());
    return period;
}

Period Period::previous() const
{
    Period period = *this;
    period.m_first = m_first.addMonths(-monthsLong());
    return period;
}

QString Period::label() const
{
    if (!isValid())
        return {};
    const QString fiscalPrefix = m_fiscalYearStartMonth == 1 ? QString() : QStringLiteral("FY");
    switch (m_kind) {
    case PeriodKind::Month:
        return QStringLiteral("%1-%2").arg(m_first.year(), 4, 10, QLatin1Char('0')).arg(m_first.month(), 2, 10,
                                                                                          QLatin1Char('0'));
    case PeriodKind::Quarter: {
        const int quarter = (m_first.month() - m_fiscalYearStartMonth + 12) % 12 / 3 + 1;
        return fiscalPrefix + QString::number(fiscalYear()) + QStringLiteral("-Q") + QString::number(quarter);
    }
    case PeriodKind::Year:
        return fiscalPrefix + QString::number(fiscalYear());
    }
    return {};
}

std::optional<Period> Period::fromLabel(QStringView label, int fiscalYearStartMonth)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?<month>(?<my>\\d{4})-(?<mm>\\d{2}))|(?<fy>FY)?(?<year>\\d{4})(?:-Q(?<q>[1-4]))?)$"));
    const QRegularExpressionMatch match = pattern.match(label.toString());
    if (!match.hasMatch())
        return std::nullopt;
    if (match.hasCaptured(u"month")) {
        const int month = match.capturedView(u"mm").toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return containing(QDate(match.capturedView(u"my").toInt(), month, 1), PeriodKind::Month,
                          fiscalYearStartMonth);
    }
    const bool fiscalLabel = match.hasCaptured(u"fy");
    if (fiscalLabel != (fiscalYearStartMonth != 1))
        return std::nullopt;
    const int year = match.capturedView(u"year").toInt();
    // FY<year> ends in <year>: it starts in the start month of the previous calendar year (or of
    // the same year when the fiscal year is the calendar year).
    const QDate fiscalStart(fiscalYearStartMonth == 1 ? year : year - 1, fiscalYearStartMonth, 1);
    if (match.hasCaptured(u"q")) {
        const int quarter = match.capturedView(u"q").toInt();
        return containing(fiscalStart.addMonths((quarter - 1) * 3), PeriodKind::Quarter, fiscalYearStartMonth);
    }
    return containing(fiscalStart, PeriodKind::Year, fiscalYearStartMonth);
}

} // namespace cd
