#include "ui/programs/programeditorpage.h"

#include "ui/storecommand.h"

#include "store/database.h"
#include "store/records/partnerrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

enum TierColumn { TierId, TierName, TierType, TierRequires, TierBenefits, TierColumns };
enum KpiColumn { KpiMetric, KpiName, KpiWeight, KpiTarget, KpiCap, KpiColumns };

class SaveProgramCommand : public StoreCommand
{
public:
    SaveProgramCommand(store::Database &database, ProgramEditorPage *page,
                       std::optional<store::StoredProgram> before, store::StoredProgram after)
        : StoreCommand({database, nullptr, page}, ProgramEditorPage::tr("Save program %1").arg(after.id)),
          m_page(page), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    void forward() override { store::ProgramStore(database()).save(m_after); }
    void backward() override
    {
        if (m_before)
            store::ProgramStore(database()).save(*m_before);
        else
            store::ProgramStore(database()).remove(m_after.id);
    }
    void refresh(Direction) override
    {
        if (!m_page)
            return;
        m_page->reload();
        m_page->open(m_after.id);
    }

private:
    QPointer<ProgramEditorPage> m_page;
    std::optional<store::StoredProgram> m_before;
    store::StoredProgram m_after;
};

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

QString ProgramEditorPage::requirementsText(const QJsonArray &conditions)
{
    QStringList parts;
    for (const QJsonValue &value : conditions) {
        const QJsonObject r = value.toObject();
        if (r.contains(QStringLiteral("top_percent")))
            parts << QStringLiteral("top %1% by %2").arg(r.value(QStringLiteral("top_percent")).toString(),
                                                          r.value(QStringLiteral("rank_by")).toString());
        else
            parts << QStringLiteral("%1 %2 %3").arg(r.value(QStringLiteral("metric")).toString(),
                                                    r.value(QStringLiteral("op")).toString(), r.value(QStringLiteral("value")).toString());
    }
    return parts.join(QStringLiteral("; "));
}

std::optional<QJsonArray> ProgramEditorPage::parseRequirements(const QString &text, QString *error)
{
    static const QRegularExpression top(QStringLiteral("^top\\s+(\\S+?)\\s*%\\s+by\\s+(\\S+)$"));
    static const QRegularExpression compare(QStringLiteral("^(\\S+)\\s*(>=|<=|==|>|<)\\s*(\\S+)$"));
    QJsonArray conditions;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (const QRegularExpressionMatch m = top.match(trimmed); m.hasMatch()) {
            conditions << QJsonObject{{QStringLiteral("top_percent"), m.captured(1)}, {QStringLiteral("rank_by"), m.captured(2)}};
        } else if (const QRegularExpressionMatch m = compare.match(trimmed); m.hasMatch()) {
            conditions << QJsonObject{{QStringLiteral("metric"), m.captured(1)}, {QStringLiteral("op"), m.captured(2)},
                                    {QStringLiteral("value"), m.captured(3)}};
        } else {
            if (error)
                *error = tr("\"%1\" is neither \"metric >= value\" nor \"top 5% by metric\"").arg(trimmed);
            return std::nullopt;
        }
    }
    return conditions;
}

QString ProgramEditorPage::benefitsText(const QJsonObject &benefits)
{
    QStringList parts;
    for (auto it = benefits.constBegin(); it != benefits.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QStringLiteral("; "));
}

std::optional<QJsonObject> ProgramEditorPage::parseBenefits(const QString &text, QString *error)
{
    QJsonObject benefits;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype at = trimmed.indexOf(QLatin1Char('='));
        if (at <= 0) {
            if (error)
                *error = tr("\"%1\" is not \"key=value\"").arg(trimmed);
            return std::nullopt;
        }
        benefits.insert(trimmed.left(at).trimmed(), trimmed.mid(at + 1).trimmed());
    }
    return benefits;
}

ProgramEditorPage::ProgramEditorPage(store::Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack), m_list(new QListWidget(this)),
      m_id(new QLineEdit(this)), m_name(new QLineEdit(this)), m_currency(new QLineEdit(this)), m_basedOn(new QLabel(this)),
      m_tiers(makeTable({tr("Id"), tr("Name"), tr("Partner type"), tr("Requirements"), tr("Benefits")}, this)),
      m_scorecard(makeTable({tr("Metric"), tr("Name"), tr("Weight"), tr("Target"), tr("Cap")}, this)),
      m_status(new QLabel(this)), m_save(new QPushButton(tr("Save"), this))
{
    m_id->setReadOnly(true);
    m_status->setWordWrap(true);
    m_tiers->setColumnWidth(TierId, 110);
    m_tiers->setColumnWidth(TierName, 170);
    m_tiers->setColumnWidth(TierType, 120);
    m_tiers->setColumnWidth(TierRequires, 330);
    m_scorecard->setColumnWidth(KpiMetric, 180);
    m_scorecard->setColumnWidth(KpiName, 200);

    auto *form = new QFormLayout;
    form->addRow(tr("Id"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Based on"), m_basedOn);

    auto *addTier = new QPushButton(tr("Add tier"), this);
    auto *removeTier = new QPushButton(tr("Remove tier"), this);
    auto *addKpi = new QPushButton(tr("Add KPI"), this);
    auto *removeKpi = new QPushButton(tr("Remove KPI"), this);
    auto *copy = new QPushButton(tr("Copy as…"), this);
    auto *revert = new QPushButton(tr("Revert"), this);
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(new QLabel(tr("<b>Tiers</b>, highest first. Requirements: \"revenue_commitment >= 500000; "
                                         "top 5% by revenue\"; benefits: \"margin=35%; mdf_budget=10000\"."),
                                      this),
                           1);
    tierButtons->addWidget(addTier);
    tierButtons->addWidget(removeTier);
    auto *kpiButtons = new QHBoxLayout;
    kpiButtons->addWidget(new QLabel(tr("<b>Scorecard</b>: weights in %, adding up to 100%."), this), 1);
    kpiButtons->addWidget(addKpi);
    kpiButtons->addWidget(removeKpi);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(copy);
    actions->addWidget(revert);
    actions->addWidget(m_save);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addLayout(tierButtons);
    editorLayout->addWidget(m_tiers, 3);
    editorLayout->addLayout(kpiButtons);
    editorLayout->addWidget(m_scorecard, 2);
    editorLayout->addLayout(actions);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1100});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toString() != m_currentId)
            open(item->data(Qt::UserRole).toString());
    });
    for (QTableWidget *table : {m_tiers, m_scorecard})
        connect(table, &QTableWidget::cellChanged, this, &ProgramEditorPage::validate);
    for (QLineEdit *edit : {m_name, m_currency})
        connect(edit, &QLineEdit::textEdited, this, &ProgramEditorPage::validate);
    connect(addTier, &QPushButton::clicked, this, [this] {
        const int row = std::max(0, m_tiers->currentRow() + 1);
        m_tiers->insertRow(row);
        m_tiers->setItem(row, TierId, new QTableWidgetItem(QStringLiteral("tier%1").arg(m_tiers->rowCount())));
        validate();
    });
    connect(removeTier, &QPushButton::clicked, this, [this] {
        if (m_tiers->currentRow() >= 0)
            m_tiers->removeRow(m_tiers->currentRow());
        validate();
    });
    connect(addKpi, &QPushButton::clicked, this, [this] {
        m_scorecard->insertRow(m_scorecard->rowCount());
        validate();
    });
    connect(removeKpi, &QPushButton::clicked, this, [this] {
        if (m_scorecard->currentRow() >= 0)
            m_scorecard->removeRow(m_scorecard->currentRow());
        validate();
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString id = QInputDialog::getText(this, tr("Copy program"), tr("Id of the copy:"), QLineEdit::Normal,
                                                 m_currentId + QStringLiteral("-copy"), &ok);
        if (ok && !id.trimmed().isEmpty())
            copyAs(id.trimmed(), m_name->text() + tr(" (copy)"));
    });
    connect(revert, &QPushButton::clicked, this, [this] { open(m_currentId); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    m_list->setMinimumWidth(250);
    reload();
    // Opens where most partners are: the program a user is most likely to look at first.
    QHash<QString, int> members;
    for (const Partner &partner : store::PartnerRepository(m_database).all())
        ++members[partner.program];
    QString first;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString id = m_list->item(i)->data(Qt::UserRole).toString();
        if (first.isEmpty() || members.value(id) > members.value(first))
            first = id;
    }
    if (!first.isEmpty())
        open(first);
}

void ProgramEditorPage::reload()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const store::StoredProgram &p : store::ProgramStore(m_database).all()) {
        auto *item = new QListWidgetItem(p.isTemplate ? tr("%1 (template)").arg(p.name) : p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.id);
        if (p.id == m_currentId)
            m_list->setCurrentItem(item);
    }
}

void ProgramEditorPage::fillTables(const QJsonObject &json)
{
    m_filling = true;
    m_name->setText(json.value(QStringLiteral("name")).toString());
    m_currency->setText(json.value(QStringLiteral("currency")).toString());
    const QJsonArray tiers = json.value(QStringLiteral("tiers")).toArray();
    m_tiers->setRowCount(int(tiers.size()));
    for (int row = 0; row < tiers.size(); ++row) {
        const QJsonObject tier = tiers[row].toObject();
        m_tiers->setItem(row, TierId, new QTableWidgetItem(tier.value(QStringLiteral("id")).toString()));
        m_tiers->setItem(row, TierName, new QTableWidgetItem(tier.value(QStringLiteral("name")).toString()));
        m_tiers->setItem(row, TierType, new QTableWidgetItem(tier.value(QStringLiteral("partner_type")).toString()));
        m_tiers->setItem(row, TierRequires, new QTableWidgetItem(requirementsText(tier.value(QStringLiteral("requires")).toArray())));
        m_tiers->setItem(row, TierBenefits, new QTableWidgetItem(benefitsText(tier.value(QStringLiteral("benefits")).toObject())));
    }
    const QJsonArray items = json.value(QStringLiteral("scorecard")).toArray();
    m_scorecard->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject item = items[row].toObject();
        const QStringList keys{QStringLiteral("metric"), QStringLiteral("name"), QStringLiteral("weight"), QStringLiteral("target"),
                               QStringLiteral("cap")};
        for (int column = 0; column < KpiColumns; ++column)
            m_scorecard->setItem(row, column, new QTableWidgetItem(item.value(keys[column]).toString()));
    }
    m_filling = false;
}

bool ProgramEditorPage::open(const QString &programId)
{
    const std::optional<store::StoredProgram> stored = store::ProgramStore(m_database).find(programId);
    if (!stored)
        return false;
    m_currentId = stored->id;
    m_currentBasedOn = stored->basedOn;
    m_currentIsTemplate = stored->isTemplate;
    m_json = QJsonDocument::fromJson(stored->json).object();
    m_id->setText(stored->id);
    m_basedOn->setText(stored->isTemplate ? tr("a seed template: copy it to edit")
                                          : (stored->basedOn.isEmpty() ? tr("—") : stored->basedOn));
    fillTables(m_json);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == programId) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
        }
    }
    validate();
    return true;
}

void ProgramEditorPage::copyAs(const QString &newId, const QString &newName)
{
    m_currentBasedOn = m_currentId;
    m_currentId = newId;
    m_currentIsTemplate = false;
    m_id->setText(newId);
    m_name->setText(newName);
    m_basedOn->setText(m_currentBasedOn);
    validate();
}

QByteArray ProgramEditorPage::editedJson() const
{
    QJsonObject json = m_json;
    json.insert(QStringLiteral("id"), m_currentId);
    json.insert(QStringLiteral("name"), m_name->text().trimmed());
    json.insert(QStringLiteral("currency"), m_currency->text().trimmed());
    QJsonArray tiers;
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        QJsonObject tier{{QStringLiteral("id"), cell(m_tiers, row, TierId)}};
        if (const QString name = cell(m_tiers, row, TierName); !name.isEmpty())
            tier.insert(QStringLiteral("name"), name);
        if (const QString type = cell(m_tiers, row, TierType); !type.isEmpty())
            tier.insert(QStringLiteral("partner_type"), type);
        QString error;
        if (const auto conditions = parseRequirements(cell(m_tiers, row, TierRequires), &error); conditions && !conditions->isEmpty())
            tier.insert(QStringLiteral("requires"), *conditions);
        if (const auto benefits = parseBenefits(cell(m_tiers, row, TierBenefits), &error); benefits && !benefits->isEmpty())
            tier.insert(QStringLiteral("benefits"), *benefits);
        tiers << tier;
    }
    json.insert(QStringLiteral("tiers"), tiers);
    QJsonArray scorecard;
    for (int row = 0; row < m_scorecard->rowCount(); ++row) {
        const QStringList keys{QStringLiteral("metric"), QStringLiteral("name"), QStringLiteral("weight"), QStringLiteral("target"),
                               QStringLiteral("cap")};
        QJsonObject item;
        for (int column = 0; column < KpiColumns; ++column) {
            if (const QString text = cell(m_scorecard, row, column); !text.isEmpty())
                item.insert(keys[column], text);
        }
        scorecard << item;
    }
    if (scorecard.isEmpty())
        json.remove(QStringLiteral("scorecard"));
    else
        json.insert(QStringLiteral("scorecard"), scorecard);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QStringList ProgramEditorPage::problems() const
{
    QStringList list;
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        QString error;
        if (!parseRequirements(cell(m_tiers, row, TierRequires), &error))
            list << tr("tier %1: requirements: %2").arg(row + 1).arg(error);
        if (!parseBenefits(cell(m_tiers, row, TierBenefits), &error))
            list << tr("tier %1: benefits: %2").arg(row + 1).arg(error);
    }
    Diagnostics errors;
    parseProgram(editedJson(), m_currentId, errors);
    for (const Diagnostic &d : std::as_const(errors))
        list << d.toString();
    return list;
}

void ProgramEditorPage::validate()
{
    if (m_filling)
        return;
    const QStringList list = problems();
    if (m_currentIsTemplate) {
        m_status->setText(tr("Templates are kept as the seeds wrote them: “Copy as…” to make your own program."));
        m_status->setStyleSheet(QString());
    } else if (list.isEmpty()) {
        m_status->setText(tr("Valid."));
        m_status->setStyleSheet(QStringLiteral("color: #1b7f3a"));
    } else {
        m_status->setText(list.join(QLatin1Char('\n')));
        m_status->setStyleSheet(QStringLiteral("color: #b03020"));
    }
    m_save->setEnabled(!m_currentIsTemplate && list.isEmpty());
}

bool ProgramEditorPage::save()
{
    if (m_currentIsTemplate || !problems().isEmpty())
        return false;
    store::StoredProgram after{m_currentId, m_name->text().trimmed(), m_currentBasedOn, false, editedJson()};
    try {
        StoreCommand::push(m_undoStack,
                           std::make_unique<SaveProgramCommand>(
                               m_database, this, store::ProgramStore(m_database).find(m_currentId), after));
    } catch (const std::exception &) {
        QMessageBox::warning(this, tr("Programs"), tr("The program could not be saved."));
        return false;
    }
    return true;
}

} // namespace cd::ui
