#include "ui/commission/planspage.h"

#include "ui/format.h"
#include "ui/storecommand.h"

#include "store/database.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// The form shows and takes numbers in the user's locale ("250.000", "12,5%" in German); the plan's JSON
// has them in commission.md's invariant form. Text that is no number goes into the JSON as typed, so that
// the plan's own check names it.
QString amountText(const Decimal &value, const QLocale &locale = QLocale())
{
    const Decimal shown = value.normalized();
    return formatDecimal(shown, shown.scale(), locale);
}

QString percentText(const Decimal &fraction, const QLocale &locale = QLocale())
{
    return amountText(fraction * Decimal::fromInteger(100), locale) + locale.percent();
}

QString invariantAmount(const QString &typed)
{
    const std::optional<Decimal> value = parseLocalizedDecimal(typed);
    return value ? value->normalized().toString() : typed.trimmed();
}

QString invariantPercent(const QString &typed)
{
    const std::optional<TypedPercent> value = parseLocalizedPercent(typed);
    if (!value)
        return typed.trimmed();
    return value->number.normalized().toString() + (value->percentSign ? QStringLiteral("%") : QString());
}

// Saving a plan, undone by putting back the plan it replaced (or removing a new one).
class SavePlanCommand : public StoreCommand
{
public:
    SavePlanCommand(const StoreCommandContext &context, std::optional<store::StoredPlan> before,
                    QByteArray json, QString name, QString planId,
                    std::function<void(const QString &)> refresh)
        : StoreCommand(context, QCoreApplication::translate("cd::ui::PlansPage", "save plan %1").arg(planId)),
          m_before(std::move(before)), m_json(std::move(json)), m_name(std::move(name)),
          m_planId(std::move(planId)), m_refresh(std::move(refresh))
    {
    }

protected:
    void forward() override { store::PlanRepository(database()).save(m_json, m_name, m_planId); }
    void backward() override
    {
        store::PlanRepository plans(database());
        if (m_before)
            plans.save(m_before->json, m_before->name, m_planId);
        else
            plans.remove(m_planId);
    }
    void refresh(Direction) override { m_refresh(m_planId); }

private:
    std::optional<store::StoredPlan> m_before;
    QByteArray m_json;
    QString m_name;
    QString m_planId;
    std::function<void(const QString &)> m_refresh;
};

} // namespace

void PlanListModel::reload(store::Database &database)
{
    beginResetModel();
    store::PlanRepository plans(database);
    m_plans = plans.plans();
    const QList<store::PlanAssignment> assignments = plans.assignments();
    m_assignments.clear();
    for (const store::StoredPlan &plan : std::as_const(m_plans)) {
        QStringList keys;
        for (const store::PlanAssignment &a : assignments) {
            if (a.planId == plan.planId)
                keys << (a.byType() ? tr("type %1").arg(a.partnerType) : a.program + QLatin1Char('/') + a.tier);
        }
        m_assignments << keys;
    }
    endResetModel();
}

const store::StoredPlan *PlanListModel::plan(int row) const
{
    return row >= 0 && row < m_plans.size() ? &m_plans[row] : nullptr;
}

int PlanListModel::rowOf(const QString &planId) const
{
    for (int i = 0; i < m_plans.size(); ++i)
        if (m_plans[i].planId == planId)
            return i;
    return -1;
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    const store::StoredPlan *p = plan(index.row());
    if (!p || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return p->planId;
    if (role == Qt::ToolTipRole && index.column() == Assigned)
        return m_assignments[index.row()].join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return p->planId;
    case Name: return p->name;
    case Currency: return p->plan.currency.code();
    case Window: return periodKindName(p->plan.window);
    case Method: return commissionMethodName(p->plan.method);
    case Assigned: return m_assignments[index.row()].join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Plan");
    case Name: return tr("Name");
    case Currency: return tr("Currency");
    case Window: return tr("Window");
    case Method: return tr("Method");
    case Assigned: return tr("Assigned to");
    default: return {};
    }
}

PlanEditor::PlanEditor(QWidget *parent) : QWidget(parent)
{
    m_id = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_currency = new QComboBox(this);
    m_currency->addItems(Currency::knownCodes());
    m_window = new QComboBox(this);
    for (PeriodKind kind : {PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year})
        m_window->addItem(periodKindName(kind));
    m_fiscalStart = new QSpinBox(this);
    m_fiscalStart->setRange(1, 12);
    m_method = new QComboBox(this);
    m_method->addItems({commissionMethodName(CommissionMethod::Graduated),
                        commissionMethodName(CommissionMethod::Retroactive)});
    m_rounding = new QComboBox(this);
    m_rounding->addItems({QStringLiteral("half-even"), QStringLiteral("half-up")});

    m_bands = new QTableWidget(0, 2, this);
    m_bands->setHorizontalHeaderLabels({tr("From (plan currency)"), tr("Rate")});
    m_bands->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_bands->verticalHeader()->hide();
    m_bands->setMinimumHeight(120);
    m_bands->setMaximumHeight(220);
    auto *addBandButton = new QPushButton(tr("Add band"), this);
    auto *removeBandButton = new QPushButton(tr("Remove band"), this);

    m_bonus = new QGroupBox(tr("Bonus when the window's revenue reaches a threshold"), this);
    m_bonus->setCheckable(true);
    m_threshold = new QLineEdit(m_bonus);
    m_bonusRate = new QLineEdit(m_bonus);
    auto *bonusForm = new QFormLayout(m_bonus);
    bonusForm->addRow(tr("Threshold"), m_threshold);
    bonusForm->addRow(tr("Rate"), m_bonusRate);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_sample = new QLineEdit(this);
    m_sample->setPlaceholderText(formatDecimal(Decimal::fromInteger(250000), 2));
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_save = new QPushButton(tr("Save plan"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Plan id"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Window"), m_window);
    form->addRow(tr("Fiscal year starts in month"), m_fiscalStart);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Rounding"), m_rounding);
    auto *bandButtons = new QHBoxLayout;
    bandButtons->addWidget(addBandButton);
    bandButtons->addWidget(removeBandButton);
    bandButtons->addStretch();
    auto *previewForm = new QFormLayout;
    previewForm->addRow(tr("Sample revenue in a window"), m_sample);
    previewForm->addRow(tr("Pays"), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Bands (rates as percentages, e.g. 15%)"), this));
    layout->addWidget(m_bands);
    layout->addLayout(bandButtons);
    layout->addWidget(m_bonus);
    layout->addWidget(m_problems);
    layout->addLayout(previewForm);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addStretch();

    const auto changed = [this] { validate(); };
    for (QLineEdit *edit : {m_id, m_name, m_threshold, m_bonusRate, m_sample})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox *combo : {m_currency, m_window, m_method, m_rounding})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_fiscalStart, &QSpinBox::valueChanged, this, changed);
    connect(m_bonus, &QGroupBox::toggled, this, changed);
    connect(m_bands, &QTableWidget::itemChanged, this, changed);
    connect(addBandButton, &QPushButton::clicked, this, [this] { addBand(QString(), QString()); });
    connect(removeBandButton, &QPushButton::clicked, this, [this] {
        if (m_bands->rowCount() > 0)
            m_bands->removeRow(m_bands->currentRow() >= 0 ? m_bands->currentRow() : m_bands->rowCount() - 1);
        validate();
    });
    connect(m_save, &QPushButton::clicked, this, &PlanEditor::saveRequested);
}

void PlanEditor::addBand(const QString &from, const QString &rate)
{
    const int row = m_bands->rowCount();
    m_bands->insertRow(row);
    m_bands->setItem(row, 0, new QTableWidgetItem(from));
    m_bands->setItem(row, 1, new QTableWidgetItem(rate));
    validate();
}

void PlanEditor::setPlan(const CommissionPlan &plan, const QString &name)
{
    m_loading = true;
    m_id->setText(plan.id);
    m_name->setText(name);
    m_currency->setCurrentText(plan.currency.code());
    m_window->setCurrentText(periodKindName(plan.window));
    m_fiscalStart->setValue(plan.fiscalYearStartMonth);
    m_method->setCurrentText(commissionMethodName(plan.method));
    m_rounding->setCurrentText(roundingModeName(plan.rounding));
    m_bands->setRowCount(0);
    for (const CommissionBand &band : plan.bands)
        addBand(amountText(band.from), percentText(band.rate));
    m_bonus->setChecked(plan.bonus.has_value());
    m_threshold->setText(plan.bonus ? amountText(plan.bonus->threshold) : QString());
    m_bonusRate->setText(plan.bonus ? percentText(plan.bonus->rate) : QString());
    m_loading = false;
    validate();
}

QString PlanEditor::name() const
{
    return m_name->text().trimmed();
}

QByteArray PlanEditor::json() const
{
    QJsonObject root;
    root.insert(QStringLiteral("id"), m_id->text().trimmed());
    root.insert(QStringLiteral("currency"), m_currency->currentText());
    root.insert(QStringLiteral("window"), m_window->currentText());
    root.insert(QStringLiteral("fiscal_year_start_month"), m_fiscalStart->value());
    root.insert(QStringLiteral("method"), m_method->currentText());
    root.insert(QStringLiteral("rounding"), m_rounding->currentText());
    QJsonArray bands;
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_bands->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        bands.append(QJsonObject{{QStringLiteral("from"), invariantAmount(text(0))},
                                 {QStringLiteral("rate"), invariantPercent(text(1))}});
    }
    root.insert(QStringLiteral("bands"), bands);
    if (m_bonus->isChecked()) {
        root.insert(QStringLiteral("bonus"), QJsonObject{{QStringLiteral("threshold"), invariantAmount(m_threshold->text())},
                                                         {QStringLiteral("rate"), invariantPercent(m_bonusRate->text())}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<CommissionPlan> PlanEditor::plan() const
{
    Diagnostics ignored;
    return parseCommissionPlan(json(), tr("plan"), ignored);
}

Diagnostics PlanEditor::problems() const
{
    Diagnostics problems;
    parseCommissionPlan(json(), tr("plan"), problems);
    return problems;
}

QString PlanEditor::preview() const
{
    const std::optional<CommissionPlan> p = plan();
    if (!p)
        return tr("Correct the plan to see what it pays.");
    const QString typed = m_sample->text().trimmed();
    const std::optional<Decimal> amount = parseLocalizedDecimal(typed.isEmpty() ? m_sample->placeholderText() : typed);
    if (!amount || amount->isNegative())
        return tr("Type an amount such as %1.").arg(m_sample->placeholderText());
    try {
        const Money commission = Money::fromDecimal(p->tier(*amount), p->currency, p->rounding);
        Money total = commission;
        QString text = tr("Commission %1").arg(formatMoneyWithCode(commission));
        if (p->bonus && *amount >= p->bonus->threshold) {
            const Money bonus = Money::fromDecimal(p->bonus->rate * *amount, p->currency, p->rounding);
            total += bonus;
            text += QStringLiteral(" · ") + tr("bonus %1").arg(formatMoneyWithCode(bonus));
        }
        return text + QStringLiteral(" · ") + tr("total %1").arg(formatMoneyWithCode(total));
    } catch (const std::exception &) {
        return tr("The amount is too large.");
    }
}

void PlanEditor::validate()
{
    if (m_loading)
        return;
    QStringList lines;
    for (const Diagnostic &d : problems())
        lines << (d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_save->setEnabled(lines.isEmpty());
    m_preview->setText(preview());
}

PlansPage::PlansPage(store::Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack)
{
    m_model = new PlanListModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto *newButton = new QPushButton(tr("New plan"), this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(newButton, 0, Qt::AlignLeft);
    m_editor = new PlanEditor(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const store::StoredPlan *p = m_model->plan(index.row()))
            m_editor->setPlan(p->plan, p->name);
    });
    connect(newButton, &QPushButton::clicked, this, &PlansPage::newPlan);
    connect(m_editor, &PlanEditor::saveRequested, this, &PlansPage::save);
    reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        newPlan();
}

void PlansPage::reload()
{
    m_model->reload(m_database);
    m_view->resizeColumnsToContents();
}

void PlansPage::selectPlan(const QString &planId)
{
    const int row = m_model->rowOf(planId);
    if (row >= 0)
        m_view->selectRow(row);
}

void PlansPage::newPlan()
{
    CommissionPlan plan;
    plan.id = tr("new-plan");
    plan.currency = *Currency::fromCode(QStringLiteral("USD"));
    plan.bands = {CommissionBand{Decimal::fromInteger(0), Decimal::fromUnits(10, 2)}};
    m_view->clearSelection();
    m_editor->setPlan(plan, tr("New plan"));
}

void PlansPage::save()
{
    const std::optional<CommissionPlan> plan = m_editor->plan();
    if (!plan)
        return;
    try {
        store::PlanRepository plans(m_database);
        std::optional<store::StoredPlan> before = plans.find(plan->id);
        const QByteArray json = plan->toJson();
        const QString name = m_editor->name().isEmpty() ? plan->id : m_editor->name();
        if (before && before->json == json && before->name == name)
            return;
        StoreCommand::push(m_undoStack, std::make_unique<SavePlanCommand>(
                                            StoreCommandContext{m_database, nullptr, this}, std::move(before),
                                            json, name, plan->id, [this](const QString &planId) {
                                                reload();
                                                selectPlan(planId);
                                                emit plansChanged();
                                            }));
    } catch (const std::exception &error) {
        QMessageBox::warning(this, tr("Save plan"), QString::fromUtf8(error.what()));
    }
}

} // namespace cd::ui
