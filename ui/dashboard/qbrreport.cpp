#include "ui/dashboard/qbrreport.h"

#include "ui/dashboard/dashboardcharts.h"
#include "ui/format.h"
#include "ui/programs/programtext.h"
#include "ui/vocabulary.h"

#include "core/money/money.h"
#include "store/programs/partnermetrics.h"
#include "store/programs/programstore.h"

#include <QChart>
#include <QDateTime>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace cd::ui {

namespace {

// Everything is laid out in points; the painter is scaled to the device once.
struct Canvas
{
    QPainter &painter;
    qreal dpi;
    QFont font(qreal points, bool bold = false) const
    {
        QFont f(QStringLiteral("Sans Serif"));
        f.setPointSizeF(points * 72.0 / dpi);
        f.setBold(bold);
        return f;
    }
};

const QColor ink(0x1d, 0x26, 0x33);
const QColor muted(0x5f, 0x6b, 0x7a);
const QColor accent(0x1f, 0x5f, 0xa8);
const QColor rule(0xd5, 0xdb, 0xe3);
const QColor stripe(0xf3, 0xf6, 0xf9);

ChartStyle printStyle()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, ink);
    return ChartStyle::fromPalette(palette);
}

QString money(const Decimal &amount, const QString &currency, const QLocale &locale)
{
    const std::optional<Currency> c = Currency::fromCode(QStringView(currency));
    return formatDecimal(amount, c ? c->minorDigits() : 2, locale) + QChar::Nbsp + currency;
}

QString points(const std::optional<Rational> &value, const QLocale &locale)
{
    return value ? formatDecimal(roundRational(*value, 2, RoundingMode::HalfEven), 2, locale) : QStringLiteral("–");
}

// The partner's tier and scorecard as tiers run evaluates them (the same run as the Tier review and
// Scorecard pages), as of `asOf`.
QbrReport::TierSection evaluateTier(store::Database &database, const QStringList &partner, const QString &partnerId,
                                    QDate asOf)
{
    QbrReport::TierSection section;
    section.asOf = asOf;
    const QLocale locale;
    const QString programId = partner.value(3);
    const std::optional<Program> program = store::ProgramStore(database).program(programId);
    if (!program) {
        section.facts << QStringList{QbrReport::tr("Tier"), partner.value(4)};
        section.why = QbrReport::tr("The program \"%1\" is not in the database, so the tier cannot be evaluated.").arg(programId);
        return section;
    }
    section.facts << QStringList{QbrReport::tr("Tier now"), tierLabel(*program, partner.value(4))};
    const store::TierRun run = store::runTiers(database, asOf, programId);
    const store::TierProposal *mine = nullptr;
    QList<Rational> scores;
    for (const store::TierProposal &proposal : run.proposals) {
        if (proposal.partner.id == partnerId)
            mine = &proposal;
        if (proposal.result.score)
            scores << *proposal.result.score;
    }
    if (!mine) {
        section.facts << QStringList{QbrReport::tr("Program"), program->name};
        section.why = QbrReport::tr("Not evaluated: only active partners are.");
        return section;
    }
    section.facts << QStringList{QbrReport::tr("Tier by the rules on %1").arg(locale.toString(asOf, QLocale::ShortFormat)),
                                 tierLabel(*program, mine->proposedTier)}
                  << QStringList{QbrReport::tr("Program"), program->name};
    if (mine->result.score) {
        const qsizetype rank = 1 + std::count_if(scores.cbegin(), scores.cend(),
                                                 [&](const Rational &other) { return other > *mine->result.score; });
        section.facts << QStringList{QbrReport::tr("Score"), QbrReport::tr("%1 (rank %2 of %3 partners)")
                                                                 .arg(points(mine->result.score, locale))
                                                                 .arg(rank)
                                                                 .arg(scores.size())};
    }
    section.why = explainReason(*program, mine->result, locale);
    if (const QString missing = explainMissing(*program, mine->result, locale); !missing.isEmpty())
        section.why += QStringLiteral("\n") + missing;
    for (const ScorecardItem &item : program->scorecard) {
        const auto actual = mine->metrics.values.constFind(item.metric);
        section.scorecard << QStringList{item.name.isEmpty() ? metricLabel(item.metric) : item.name,
                                         actual != mine->metrics.values.cend()
                                             ? formatMetric(item.metric, toRational(*actual), program->currency, locale)
                                             : QStringLiteral("–"),
                                         formatMetric(item.metric, toRational(item.target), program->currency, locale),
                                         formatPercent(item.weight, locale),
                                         points(scorecardScore({item}, mine->metrics.values), locale)};
    }
    return section;
}

QbrReport::TierMovement countTierMovement(store::Database &database, const store::DashboardFilter &filter, QDate asOf)
{
    QbrReport::TierMovement movement;
    movement.asOf = asOf;
    const store::TierRun run = store::runTiers(database, asOf, filter.program);
    QHash<QString, int> now, byRules; // "program/tier" -> partners
    for (const store::TierProposal &proposal : run.proposals) {
        const Partner &partner = proposal.partner;
        if ((!filter.region.isEmpty() && partner.region != filter.region)
            || (!filter.partnerType.isEmpty() && partner.type != filter.partnerType)
            || (!filter.tier.isEmpty() && proposal.currentTier != filter.tier))
            continue;
        ++now[proposal.programId + QLatin1Char('/') + proposal.currentTier];
        ++byRules[proposal.programId + QLatin1Char('/') + proposal.proposedTier];
        movement.promotions += proposal.change == store::TierProposal::Change::Promotion ? 1 : 0;
        movement.demotions += proposal.change == store::TierProposal::Change::Demotion ? 1 : 0;
    }
    QList<const Program *> programs;
    for (const Program &program : run.programs)
        programs << &program;
    std::sort(programs.begin(), programs.end(), [](const Program *a, const Program *b) { return a->name < b->name; });
    const QLocale locale;
    for (const Program *program : std::as_const(programs)) {
        QStringList tierIds;
        for (const Tier &tier : program->tiers)
            tierIds << tier.id;
        tierIds << QString(); // no tier
        for (const QString &tierId : std::as_const(tierIds)) {
            const QString key = program->id + QLatin1Char('/') + tierId;
            if (now.value(key) == 0 && byRules.value(key) == 0)
                continue;
            movement.rows << QStringList{program->name + QStringLiteral(" · ") + tierLabel(*program, tierId),
                                         locale.toString(now.value(key)), locale.toString(byRules.value(key))};
        }
    }
    return movement;
}

} // namespace

QbrReport::QbrReport(store::Database &database, const store::DashboardFilter &filter) : m_database(database)
{
    store::DashboardQuery query(database);
    m_data = query.load(filter);
    m_topDeals = query.topDeals(filter, 10);
    store::DashboardFilter next = filter;
    m_upcoming = filter.period.next();
    if (m_upcoming.firstDay() < m_data.pipelinePeriod.firstDay())
        m_upcoming = m_data.pipelinePeriod;
    next.period = m_upcoming;
    m_nextQuarter = query.openDeals(next, 10);
    m_conflicts = query.conflicts(filter, 12);
    if (!filter.partnerId.isEmpty())
        m_partner = query.partner(filter.partnerId);
    const QDate end = filter.period.lastDay();
    const QDate asOf = filter.today.isValid() ? std::min(end, filter.today) : end;
    if (!m_partner.isEmpty())
        m_tier = evaluateTier(database, m_partner, filter.partnerId, asOf);
    else if (filter.partnerId.isEmpty())
        m_movement = countTierMovement(database, filter, asOf);
}

bool QbrReport::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Quarterly business review %1").arg(m_data.filter.period.label()));
    writer.setCreator(QStringLiteral("ChannelDesk"));
    if (!paint(&writer)) {
        if (error)
            *error = tr("could not write %1").arg(path);
        return false;
    }
    return true;
}

bool QbrReport::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal dpi = qreal(device->logicalDpiX());
    painter.scale(dpi / 72.0, dpi / 72.0);
    const QRectF page(0, 0, device->width() * 72.0 / dpi, device->height() * 72.0 / dpi);
    m_pages = 0;
    const auto newPage = [&] {
        if (m_pages++ > 0)
            device->newPage();
        painter.setPen(muted);
        painter.setFont(Canvas{painter, dpi}.font(7.5));
        const QString footer = tr("ChannelDesk · Quarterly business review %1 · page %2")
                                   .arg(m_data.filter.period.label())
                                   .arg(m_pages);
        painter.drawText(QRectF(page.left(), page.bottom() - 12, page.width(), 12), Qt::AlignRight | Qt::AlignVCenter, footer);
    };
    newPage();
    paintCover(painter, page);
    paintKpiTable(painter, QRectF(page.left(), page.top() + 170, page.width(), page.height() - 190));
    newPage();
    paintCharts(painter, page, {QStringLiteral("revenueByQuarter"), QStringLiteral("pipelineByStage"),
                                QStringLiteral("revenueByRegion"), QStringLiteral("topPartners")});
    newPage();
    paintCharts(painter, page, {QStringLiteral("revenueByTier"), QStringLiteral("revenueByType"),
                                QStringLiteral("registrations")});
    newPage();
    paintLists(painter, page);
    return painter.end();
}

void QbrReport::paintCover(QPainter &painter, const QRectF &page) const
{
    const Canvas canvas{painter, qreal(painter.device()->logicalDpiX())};
    const QRectF band(page.left(), page.top(), page.width(), 150);
    painter.fillRect(band, accent);
    painter.setPen(Qt::white);
    painter.setFont(canvas.font(26, true));
    painter.drawText(band.adjusted(24, 18, -24, 0), Qt::AlignLeft | Qt::AlignTop, tr("Quarterly business review"));
    QString subject = tr("Partner program");
    if (!m_partner.isEmpty())
        subject = m_partner.value(0) + QStringLiteral(" (") + m_data.filter.partnerId + QLatin1Char(')');
    painter.setFont(canvas.font(15));
    painter.drawText(band.adjusted(24, 64, -24, 0), Qt::AlignLeft | Qt::AlignTop,
                     subject + QStringLiteral(" · ") + m_data.filter.period.label());
    QStringList scope;
    if (!m_data.filter.region.isEmpty())
        scope << codeLabel(QStringLiteral("region"), m_data.filter.region);
    if (!m_data.filter.program.isEmpty())
        scope << m_data.filter.program;
    if (!m_data.filter.tier.isEmpty())
        scope << m_data.filter.tier;
    if (!m_data.filter.partnerType.isEmpty())
        scope << codeLabel(QStringLiteral("type"), m_data.filter.partnerType);
    if (!m_partner.isEmpty())
        scope << codeLabel(QStringLiteral("type"), m_partner.value(1)) << codeLabel(QStringLiteral("region"), m_partner.value(2))
              << (m_tier.facts.isEmpty() ? tr("tier %1").arg(m_partner.value(4)) : m_tier.facts.first().value(1));
    painter.setFont(canvas.font(10));
    const QLocale locale;
    painter.drawText(band.adjusted(24, 96, -24, 0), Qt::AlignLeft | Qt::AlignTop,
                     (scope.isEmpty() ? tr("All regions and programs") : scope.join(QStringLiteral(" · ")))
                         + QStringLiteral("\n")
                         + tr("%1 to %2 · figures in %3 · prepared %4")
                               .arg(locale.toString(m_data.filter.period.firstDay(), QLocale::LongFormat),
                                    locale.toString(m_data.filter.period.lastDay(), QLocale::LongFormat), m_data.currency,
                                    locale.toString(QDate::currentDate(), QLocale::LongFormat)));
}

qreal QbrReport::paintTable(QPainter &painter, const QRectF &area, const QString &title, const QStringList &headers,
                            const QList<QStringList> &rows, const QList<int> &rightAligned) const
{
    const Canvas canvas{painter, qreal(painter.device()->logicalDpiX())};
    qreal y = area.top();
    painter.setPen(accent);
    painter.setFont(canvas.font(12, true));
    painter.drawText(QRectF(area.left(), y, area.width(), 18), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += 22;
    const qreal rowHeight = 15;
    // Figures (the right-aligned columns) get the width of their widest entry, so an amount is never cut;
    // the text columns share the rest in proportion to what they hold, and only they are elided.
    QList<qreal> widths;
    const qreal padding = 10;
    for (int i = 0; i < headers.size(); ++i) {
        painter.setFont(canvas.font(8.5, true));
        qreal natural = painter.fontMetrics().horizontalAdvance(headers[i]);
        painter.setFont(canvas.font(8.5));
        for (const QStringList &row : rows)
            natural = std::max<qreal>(natural, painter.fontMetrics().horizontalAdvance(row.value(i)));
        widths << natural + padding;
    }
    qreal room = area.width();
    QList<int> text;
    for (int i = 0; i < widths.size(); ++i) {
        if (rightAligned.contains(i))
            room -= widths[i];
        else
            text << i;
    }
    // Text columns that fit in an equal share keep their width; the others split what is left, again and
    // again, so that a short column (a stage, a partner id) is never cut for a long one (a customer).
    while (!text.isEmpty()) {
        const qreal share = std::max<qreal>(0, room) / qreal(text.size());
        QList<int> wider;
        for (int i : std::as_const(text)) {
            if (widths[i] <= share)
                room -= widths[i];
            else
                wider << i;
        }
        if (wider.size() == text.size()) {
            for (int i : std::as_const(wider))
                widths[i] = share;
            break;
        }
        text = wider;
    }
    // What is left over goes to the first column, where names live.
    qreal used = 0;
    for (qreal width : std::as_const(widths))
        used += width;
    if (!widths.isEmpty() && used < area.width())
        widths[0] += area.width() - used;
    const auto drawRow = [&](const QStringList &cells, bool header, bool shaded) {
        if (shaded)
            painter.fillRect(QRectF(area.left(), y, area.width(), rowHeight), stripe);
        painter.setFont(canvas.font(8.5, header));
        painter.setPen(header ? muted : ink);
        qreal x = area.left();
        for (int i = 0; i < headers.size(); ++i) {
            const Qt::Alignment align = (rightAligned.contains(i) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            const QString text = painter.fontMetrics().elidedText(cells.value(i), Qt::ElideRight, int(widths[i] - 8));
            painter.drawText(QRectF(x + 4, y, widths[i] - 8, rowHeight), align, text);
            x += widths[i];
        }
        y += rowHeight;
    };
    drawRow(headers, true, false);
    painter.setPen(QPen(rule, 0.8));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    if (rows.isEmpty()) {
        painter.setPen(muted);
        painter.setFont(canvas.font(8.5));
        painter.drawText(QRectF(area.left() + 4, y, area.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("None"));
        y += rowHeight;
    }
    for (int r = 0; r < rows.size() && y + rowHeight <= area.bottom(); ++r)
        drawRow(rows[r], false, r % 2 == 1);
    return y;
}

void QbrReport::paintKpiTable(QPainter &painter, const QRectF &area) const
{
    const QLocale locale;
    QList<QStringList> rows;
    for (const store::KpiFigure &figure : m_data.kpis) {
        QString attainment, change;
        if (figure.actual && figure.target && !figure.target->isZero())
            attainment = formatDecimal(store::sharePercent(*figure.actual, *figure.target, 0), 0, locale) + locale.percent();
        if (figure.actual && figure.previous) {
            if (figure.unit == store::TargetUnit::Percent)
                change = tr("%1 pts").arg(formatDecimal(*figure.actual - *figure.previous, 1, locale));
            else if (!figure.previous->isZero())
                change = formatDecimal(store::sharePercent(*figure.actual - *figure.previous, *figure.previous, 1), 1, locale)
                         + locale.percent();
        }
        const auto value = [&](const std::optional<Decimal> &v) {
            if (!v)
                return QStringLiteral("–");
            return figure.unit == store::TargetUnit::Money ? money(*v, m_data.currency, locale)
                                                           : formatKpiNumber(*v, figure.unit, m_data.currency, locale);
        };
        rows << QStringList{kpiTitle(figure.metric, &m_data), value(figure.actual), value(figure.target), attainment,
                            value(figure.previous), change};
    }
    paintTable(painter, area, tr("Key figures against targets"),
               {tr("Figure"), m_data.filter.period.label(), tr("Target"), tr("Attainment"),
                m_data.filter.period.previous().label(), tr("Change")},
               rows, {1, 2, 3, 4, 5});
}

void QbrReport::paintCharts(QPainter &painter, const QRectF &page, const QStringList &names) const
{
    const ChartStyle style = printStyle();
    QList<QChart *> charts = dashboardCharts(m_data, style);
    const int columns = 2;
    const int rows = (int(names.size()) + columns - 1) / columns;
    const qreal gap = 12;
    const qreal cellWidth = (page.width() - gap) / columns;
    const qreal cellHeight = (page.height() - 20 - gap * (rows - 1)) / rows;
    int index = 0;
    for (const QString &name : names) {
        QChart *chart = nullptr;
        for (QChart *c : std::as_const(charts)) {
            if (c->objectName() == name)
                chart = c;
        }
        if (!chart)
            continue;
        charts.removeOne(chart);
        const bool wide = names.size() % 2 == 1 && index == names.size() - 1;
        const QRectF target(page.left() + (index % columns) * (cellWidth + gap), page.top() + (index / columns) * (cellHeight + gap),
                            wide ? page.width() : cellWidth, cellHeight);
        // Laid out as on a 96 dpi screen, then drawn into the target in points: vectors all the way.
        const QSizeF layoutSize = target.size() * (96.0 / 72.0);
        QGraphicsScene scene; // owns the chart from here on
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), layoutSize));
        painter.setPen(QPen(rule, 0.8));
        painter.drawRoundedRect(target, 4, 4);
        scene.render(&painter, target, QRectF(QPointF(0, 0), layoutSize));
        ++index;
    }
    qDeleteAll(charts);
}

void QbrReport::paintLists(QPainter &painter, const QRectF &page) const
{
    const QLocale locale;
    const qreal half = (page.width() - 16) / 2;
    QRectF left(page.left(), page.top(), half, page.height() - 20);
    QRectF right(page.left() + half + 16, page.top(), half, page.height() - 20);

    qreal y = left.top();
    QList<QStringList> top;
    for (const store::DealLine &deal : m_topDeals)
        top << QStringList{deal.customer, deal.partnerName, locale.toString(deal.closeDate, QLocale::ShortFormat),
                           money(deal.amount, m_data.currency, locale)};
    y = paintTable(painter, QRectF(left.left(), y, left.width(), left.bottom() - y), tr("Top deals won"),
                   {tr("Customer"), tr("Partner"), tr("Closed"), tr("Amount")}, top, {2, 3}) + 14;
    QList<QStringList> conflicts;
    for (const store::RegistrationLine &r : m_conflicts)
        conflicts << QStringList{r.customer, r.partnerId, r.product, locale.toString(r.submitted, QLocale::ShortFormat)};
    paintTable(painter, QRectF(left.left(), y, left.width(), left.bottom() - y), tr("Registrations in conflict"),
               {tr("Customer"), tr("Partner"), tr("Product"), tr("Submitted")}, conflicts, {3});

    QList<QStringList> next;
    for (const store::DealLine &deal : m_nextQuarter)
        next << QStringList{deal.customer, codeLabel(QStringLiteral("deal_stage"), deal.stage),
                            deal.probability.isEmpty() ? QString() : deal.probability + locale.percent(),
                            money(deal.amount, m_data.currency, locale)};
    qreal rightY = paintTable(painter, right, tr("Pipeline closing in %1").arg(m_upcoming.label()),
                              {tr("Customer"), tr("Stage"), tr("Probability"), tr("Amount")}, next, {2, 3})
                   + 14;
    if (m_partner.isEmpty()) {
        if (m_movement.rows.isEmpty())
            return;
        rightY = paintTable(painter, QRectF(right.left(), rightY, right.width(), right.bottom() - rightY),
                            tr("Partners by tier, the rules as of %1").arg(locale.toString(m_movement.asOf, QLocale::ShortFormat)),
                            {tr("Program · tier"), tr("Now"), tr("By the rules")}, m_movement.rows, {1, 2});
        paintParagraph(painter, QRectF(right.left(), rightY + 4, right.width(), right.bottom() - rightY - 4),
                       tr("%n promotion(s) proposed", nullptr, m_movement.promotions) + QStringLiteral(" · ")
                           + tr("%n demotion(s) proposed", nullptr, m_movement.demotions));
        return;
    }
    const QRectF below(right.left(), rightY, right.width(), right.bottom() - rightY);
    rightY = paintTable(painter, below, tr("Tier and scorecard"), {tr("Item"), tr("Value")}, m_tier.facts, {});
    rightY = paintParagraph(painter, QRectF(right.left(), rightY + 4, right.width(), right.bottom() - rightY - 4), m_tier.why);
    if (!m_tier.scorecard.isEmpty())
        paintTable(painter, QRectF(right.left(), rightY + 10, right.width(), right.bottom() - rightY - 10), tr("Scorecard"),
                   {tr("KPI"), tr("Actual"), tr("Target"), tr("Weight"), tr("Points")}, m_tier.scorecard, {1, 2, 3, 4});
}

qreal QbrReport::paintParagraph(QPainter &painter, const QRectF &area, const QString &text) const
{
    if (text.isEmpty() || area.height() <= 0)
        return area.top();
    const Canvas canvas{painter, qreal(painter.device()->logicalDpiX())};
    painter.setFont(canvas.font(8.5));
    painter.setPen(ink);
    QRectF used;
    painter.drawText(area.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used.bottom();
}

} // namespace cd::ui
