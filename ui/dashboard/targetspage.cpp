#include "ui/dashboard/targetspage.h"

#include "ui/format.h"
#include "ui/storecommand.h"
#include "ui/vocabulary.h"

#include "core/records/records.h"
#include "store/dashboard/dashboardquery.h"
#include "store/database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString metricTitle(const QString &key)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("partner_revenue"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner revenue")},
        {QStringLiteral("sourced_revenue"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner-sourced revenue")},
        {QStringLiteral("influenced_revenue"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner-influenced revenue")},
        {QStringLiteral("sourced_share"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner-sourced share of revenue")},
        {QStringLiteral("influenced_share"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner-influenced share of revenue")},
        {QStringLiteral("pipeline"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Channel pipeline")},
        {QStringLiteral("weighted_pipeline"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Weighted pipeline")},
        {QStringLiteral("average_deal_size"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Average partner deal size")},
        {QStringLiteral("win_rate"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Win rate")},
        {QStringLiteral("sales_cycle_days"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Sales cycle (days)")},
        {QStringLiteral("active_partners"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Active partners")},
        {QStringLiteral("certified_partners"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Certified partners")},
        {QStringLiteral("region_share"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Region's share of partner revenue")},
        {QStringLiteral("integrations"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Technology integrations")},
        {QStringLiteral("joint_references"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Joint customer references")},
        {QStringLiteral("partner_share"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner share of total revenue")},
        {QStringLiteral("revenue_per_partner"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Revenue per partner")},
        {QStringLiteral("partner_count"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partners")},
        {QStringLiteral("partner_satisfaction"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner satisfaction (of 5)")},
        {QStringLiteral("integration_success"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Integration success")},
        {QStringLiteral("training_completion"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Training completion")},
        {QStringLiteral("support_response_hours"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Support response (hours)")},
        {QStringLiteral("onboarding_days"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner onboarding (days)")},
        {QStringLiteral("integration_days"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Integration time (days)")},
        {QStringLiteral("support_tickets_per_month"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Support tickets per month")},
        {QStringLiteral("partner_churn"), QT_TRANSLATE_NOOP("cd::TargetsPage", "Partner churn")},
    };
    const char *title = titles.value(key);
    return title ? QCoreApplication::translate("cd::TargetsPage", title) : key;
}

QString unitText(store::TargetUnit unit, const QString &currency)
{
    switch (unit) {
    case store::TargetUnit::Money:
        return currency;
    case store::TargetUnit::Percent:
        return QStringLiteral("%");
    case store::TargetUnit::Days:
        return QCoreApplication::translate("cd::TargetsPage", "days");
    case store::TargetUnit::Count:
        return QCoreApplication::translate("cd::TargetsPage", "count");
    case store::TargetUnit::Number:
        break;
    }
    return QString();
}

// One save of the editor: the scope's targets before and after, applied through the repository.
class SetTargetsCommand : public StoreCommand
{
public:
    SetTargetsCommand(store::Database &database, QList<store::Target> before, QList<store::Target> after,
                      TargetsPage *page)
        : StoreCommand({database, nullptr, page},
                       QCoreApplication::translate("cd::TargetsPage", "Edit targets")),
          m_before(std::move(before)), m_after(std::move(after)), m_page(page)
    {
    }

protected:
    void forward() override { replace(m_before, m_after); }
    void backward() override { replace(m_after, m_before); }
    void refresh(Direction) override
    {
        if (m_page)
            m_page->reload();
    }

private:
    void replace(const QList<store::Target> &from, const QList<store::Target> &to)
    {
        store::TargetRepository repository(database());
        for (const store::Target &old : from) {
            const bool kept = std::any_of(to.cbegin(), to.cend(), [&](const store::Target &t) {
                return t.year == old.year && t.quarter == old.quarter && t.region == old.region && t.program == old.program
                       && t.metric == old.metric;
            });
            if (!kept)
                repository.remove(old);
        }
        for (const store::Target &t : to) {
            if (!from.contains(t))
                repository.set(t);
        }
    }

    QList<store::Target> m_before;
    QList<store::Target> m_after;
    QPointer<TargetsPage> m_page;
};

} // namespace

TargetsPage::TargetsPage(store::Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("targetsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("targetYear"));
    m_year->setRange(2000, 2100);
    const QList<int> years = store::TargetRepository(database).years();
    m_year->setValue(years.isEmpty() ? QDate::currentDate().year() : years.last());
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("targetRegion"));
    m_region->addItem(tr("All regions"), QString());
    for (const QString &code : codes::regions())
        m_region->addItem(codeLabel(QStringLiteral("region"), code), code);
    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("targetProgram"));
    m_program->addItem(tr("All programs"), QString());
    for (const QString &program : store::DashboardQuery(database).programs())
        m_program->addItem(program, program);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("targetTemplate"));
    for (const store::TargetTemplate &t : store::targetTemplates()) {
        QSet<int> templateYears;
        for (const store::Target &target : t.targets)
            templateYears.insert(target.year);
        for (int y = 1; y <= 3; ++y) {
            if (templateYears.contains(y))
                m_template->addItem(tr("%1 — Year %2").arg(t.name).arg(y), QStringList{t.id, QString::number(y)});
        }
    }
    auto *load = new QPushButton(tr("Load template"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveTargets"));
    auto *revert = new QPushButton(tr("Revert"), this);
    bar->addWidget(new QLabel(tr("Fiscal year"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_region);
    bar->addWidget(m_program);
    bar->addStretch(1);
    bar->addWidget(m_template);
    bar->addWidget(load);
    bar->addWidget(revert);
    bar->addWidget(saveButton);
    layout->addLayout(bar);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("targetsTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Unit"), tr("Year"), tr("Q1"), tr("Q2"), tr("Q3"), tr("Q4")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table);
    auto *hint = new QLabel(tr("Empty quarters take a quarter of the year's revenue and pipeline targets, and the year's "
                               "value of a rate or count. A region without its own revenue target takes its share of "
                               "the geographic split."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    connect(m_year, &QSpinBox::valueChanged, this, &TargetsPage::reload);
    connect(m_region, &QComboBox::currentIndexChanged, this, &TargetsPage::reload);
    connect(m_program, &QComboBox::currentIndexChanged, this, &TargetsPage::reload);
    connect(revert, &QPushButton::clicked, this, &TargetsPage::reload);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString problem;
        if (!editedTargets(&problem))
            QMessageBox::warning(this, tr("Targets"), problem);
        else
            save();
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QStringList choice = m_template->currentData().toStringList();
        if (choice.size() == 2)
            loadTemplate(choice[0], choice[1].toInt());
    });
    reload();
}

QList<store::Target> TargetsPage::stored() const
{
    QList<store::Target> out;
    const QString region = m_region->currentData().toString(), program = m_program->currentData().toString();
    for (const store::Target &t : store::TargetRepository(m_database).forYear(m_year->value())) {
        if (t.region == region && t.program == program)
            out << t;
    }
    return out;
}

void TargetsPage::reload()
{
    const QList<store::Target> targets = stored();
    const QString currency = store::DashboardQuery(m_database).baseCurrency();
    const QLocale locale;
    m_table->setRowCount(0);
    for (const store::TargetMetric &metric : store::targetMetrics()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = new QTableWidgetItem(metricTitle(metric.key));
        title->setData(Qt::UserRole, metric.key);
        title->setFlags(title->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, title);
        QString unitCurrency = currency;
        for (const store::Target &t : targets) {
            if (t.metric == metric.key && !t.currency.isEmpty())
                unitCurrency = t.currency;
        }
        auto *unit = new QTableWidgetItem(unitText(metric.unit, unitCurrency));
        unit->setData(Qt::UserRole, unitCurrency);
        unit->setFlags(unit->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 1, unit);
        for (int quarter = 0; quarter <= 4; ++quarter) {
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            for (const store::Target &t : targets) {
                if (t.metric == metric.key && t.quarter == quarter)
                    cell->setText(formatDecimal(t.value, t.value.significantDecimals(), locale));
            }
            m_table->setItem(row, 2 + quarter, cell);
        }
    }
    m_table->resizeColumnsToContents();
}

std::optional<QList<store::Target>> TargetsPage::editedTargets(QString *problem) const
{
    QList<store::Target> out;
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString metric = m_table->item(row, 0)->data(Qt::UserRole).toString();
        const std::optional<store::TargetMetric> info = store::targetMetric(metric);
        for (int quarter = 0; quarter <= 4; ++quarter) {
            const QString text = m_table->item(row, 2 + quarter)->text().trimmed();
            if (text.isEmpty())
                continue;
            const std::optional<Decimal> value = parseLocalizedDecimal(text, locale);
            if (!value || value->isNegative()) {
                if (problem)
                    *problem = tr("%1: '%2' is not a target (a number, zero or more)").arg(metricTitle(metric), text);
                return std::nullopt;
            }
            out << store::Target{m_year->value(), quarter, m_region->currentData().toString(), m_program->currentData().toString(),
                                 metric, *value,
                                 info && info->unit == store::TargetUnit::Money ? m_table->item(row, 1)->data(Qt::UserRole).toString()
                                                                               : QString()};
        }
    }
    return out;
}

bool TargetsPage::save()
{
    const std::optional<QList<store::Target>> edited = editedTargets();
    if (!edited)
        return false;
    try {
        StoreCommand::push(m_undoStack,
                           std::make_unique<SetTargetsCommand>(m_database, stored(), *edited, this));
    } catch (const store::StoreError &error) {
        QMessageBox::warning(this, tr("Targets"), error.message());
        return false;
    }
    emit saved();
    return true;
}

void TargetsPage::loadTemplate(const QString &templateId, int templateYear)
{
    const std::optional<store::TargetTemplate> source = store::targetTemplate(templateId);
    if (!source)
        return;
    const QLocale locale;
    const QString region = m_region->currentData().toString();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString metric = m_table->item(row, 0)->data(Qt::UserRole).toString();
        for (const store::Target &t : source->targets) {
            if (t.metric != metric || !(t.year == templateYear || (t.year == 0 && t.region == region)))
                continue;
            m_table->item(row, 2)->setText(formatDecimal(t.value, t.value.significantDecimals(), locale));
            if (!t.currency.isEmpty())
                m_table->item(row, 1)->setData(Qt::UserRole, t.currency);
            if (!t.currency.isEmpty())
                m_table->item(row, 1)->setText(t.currency);
        }
    }
}

} // namespace cd::ui
