#include "ui/records/partnerdetaildialog.h"

#include "ui/format.h"
#include "ui/programs/programtext.h"
#include "ui/vocabulary.h"

#include "store/database.h"
#include "store/programs/partnermetrics.h"
#include "store/records/partnerrepository.h"
#include "store/records/peoplestore.h"
#include "store/programs/programstore.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PartnerDetailDialog::PartnerDetailDialog(store::Database &database, const QString &partnerId, QDate asOf, QWidget *parent)
    : QDialog(parent), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Partner %1").arg(partnerId));
    resize(760, 680);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    const std::optional<Partner> partner = store::PartnerRepository(database).find(partnerId);
    if (!partner) {
        m_text->setHtml(esc(tr("No partner %1.").arg(partnerId)));
        return;
    }
    QString html = QStringLiteral("<h2>%1 <small>(%2)</small></h2>").arg(esc(partner->name), esc(partner->id));
    html += QStringLiteral("<p>%1 · %2 · %3 · %4</p>")
                .arg(esc(codeLabel(QStringLiteral("type"), partner->type)), esc(codeLabel(QStringLiteral("region"), partner->region)),
                     esc(codeLabel(QStringLiteral("stage"), partner->stage)), esc(codeLabel(QStringLiteral("status"), partner->status)));

    const std::optional<Program> program = store::ProgramStore(database).program(partner->program);
    if (!program) {
        html += QStringLiteral("<p>") + esc(tr("Program \"%1\" is not in the database.").arg(partner->program)) + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Tier in %1").arg(program->name)));
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Current:")), esc(tierLabel(*program, partner->tier)));
        // The evaluation ranks the program's active partners; an inactive partner is evaluated alone.
        const store::TierRun run = store::runTiers(database, asOf, partner->program);
        const store::TierProposal *mine = nullptr;
        for (const store::TierProposal &p : run.proposals) {
            if (p.partner.id == partnerId)
                mine = &p;
        }
        if (mine) {
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Evaluated on %1:").arg(asOf.toString(Qt::ISODate))),
                                                              esc(explainReason(*program, mine->result)));
            if (const QString missing = explainMissing(*program, mine->result); !missing.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(esc(missing));
        } else {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not evaluated: only active partners are.")));
        }
        const int tierIndex = program->tierIndex(partner->tier);
        if (tierIndex >= 0 && !program->tiers[tierIndex].benefits.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Benefits")));
            for (const Benefit &b : program->tiers[tierIndex].benefits)
                html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(metricLabel(b.key)), esc(b.text));
            html += QStringLiteral("</ul>");
        }
        if (mine && program->hasScorecard()) {
            html += QStringLiteral("<h3>%1</h3><table cellpadding=3><tr><th align=left>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                        .arg(esc(tr("Scorecard")), esc(tr("KPI")), esc(tr("Actual")), esc(tr("Target")), esc(tr("Weight")),
                             esc(tr("Points")));
            for (const ScorecardItem &item : program->scorecard) {
                const auto actual = mine->metrics.values.constFind(item.metric);
                const std::optional<Rational> part = scorecardScore({item}, mine->metrics.values);
                html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
                                       "<td align=right>%5</td></tr>")
                            .arg(esc(item.name.isEmpty() ? metricLabel(item.metric) : item.name),
                                 actual != mine->metrics.values.cend()
                                     ? esc(formatMetric(item.metric, toRational(*actual), program->currency))
                                     : QStringLiteral("—"),
                                 esc(formatMetric(item.metric, toRational(item.target), program->currency)),
                                 esc(ui::formatPercent(item.weight)),
                                 part ? esc(formatDecimal(roundRational(*part, 2, RoundingMode::HalfEven), 2)) : QStringLiteral("—"));
            }
            html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td></td><td></td><td align=right><b>%2</b></td></tr></table>")
                        .arg(esc(tr("Score")), mine->result.score ? esc(formatDecimal(roundRational(*mine->result.score, 2,
                                                                                                   RoundingMode::HalfEven), 2))
                                                                  : QStringLiteral("—"));
        }
        if (mine) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Metrics")));
            QStringList names = mine->metrics.values.keys();
            names.sort();
            for (const QString &name : std::as_const(names))
                html += QStringLiteral("<li>%1: %2</li>")
                            .arg(esc(metricLabel(name)),
                                 esc(formatMetric(name, toRational(mine->metrics.values[name]), program->currency)));
            html += QStringLiteral("</ul>");
        }
    }

    store::EnablementRepository enablement(database);
    QHash<QString, QString> names;
    for (const store::Person &person : enablement.people(partnerId))
        names.insert(person.id, person.name + QStringLiteral(" (") + person.role + QLatin1Char(')'));
    const QList<store::Certification> certifications = enablement.certifications(partnerId);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Certifications (%1 people)").arg(names.size())));
    html += QStringLiteral("<table cellpadding=3><tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th>"
                           "<th>%4</th><th>%5</th><th align=left>%6</th></tr>")
                .arg(esc(tr("Person")), esc(tr("Track")), esc(tr("Level")), esc(tr("Earned")), esc(tr("Expires")), esc(tr("Status")));
    for (const store::Certification &c : certifications) {
        QString status = tr("valid");
        QString color = QStringLiteral("#1b7f3a");
        if (c.expiresOn.isValid() && c.expiresOn < asOf) {
            status = tr("expired");
            color = QStringLiteral("#8a1c10");
        } else if (c.expiresOn.isValid() && c.expiresOn <= asOf.addDays(60)) {
            status = tr("expires in %1 days").arg(asOf.daysTo(c.expiresOn));
            color = QStringLiteral("#b26a00");
        } else if (c.earnedOn > asOf) {
            status = tr("not yet valid");
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td><font color=%6>%7</font></td></tr>")
                    .arg(esc(names.value(c.personId, c.personId)), esc(c.track), esc(c.level),
                         esc(formatIsoDate(c.earnedOn.toString(Qt::ISODate))),
                         c.expiresOn.isValid() ? esc(formatIsoDate(c.expiresOn.toString(Qt::ISODate))) : QStringLiteral("—"),
                         color, esc(status));
    }
    html += QStringLiteral("</table>");
    m_text->setHtml(html);
}

QString PartnerDetailDialog::html() const
{
    return m_text->toPlainText();
}

} // namespace cd::ui
