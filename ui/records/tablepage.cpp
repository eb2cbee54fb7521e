#include "ui/records/tablepage.h"

#include "ui/records/filterbar.h"
#include "ui/records/storetablemodel.h"
#include "ui/vocabulary.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

FilterBar::Choice vocabularyChoice(const QString &key, const QString &vocabulary, const QString &title)
{
    FilterBar::Choice choice{key, title, vocabularyCodes(vocabulary), {}};
    for (const QString &code : choice.codes)
        choice.labels << codeLabel(vocabulary, code);
    return choice;
}

QList<FilterBar::Choice> choicesFor(const store::TableQuery &query)
{
    // Tiers are program data, not a fixed vocabulary: list the ones in use.
    FilterBar::Choice tiers{QStringLiteral("tier"), TablePage::tr("All tiers"), query.distinctValues(QStringLiteral("tier")),
                            {}};
    QList<FilterBar::Choice> choices{
        vocabularyChoice(QStringLiteral("type"), QStringLiteral("type"), TablePage::tr("All types")),
        vocabularyChoice(QStringLiteral("region"), QStringLiteral("region"), TablePage::tr("All regions")),
        tiers,
    };
    if (query.kind() == store::TableKind::Partners) {
        choices << vocabularyChoice(QStringLiteral("status"), QStringLiteral("status"), TablePage::tr("All statuses"))
                << vocabularyChoice(QStringLiteral("stage"), QStringLiteral("stage"), TablePage::tr("All stages"));
    } else {
        choices << vocabularyChoice(QStringLiteral("status"), QStringLiteral("deal_status"),
                                    TablePage::tr("All statuses"))
                << vocabularyChoice(QStringLiteral("stage"), QStringLiteral("deal_stage"), TablePage::tr("All stages"));
    }
    return choices;
}

} // namespace

TablePage::TablePage(store::Database &database, store::TableKind kind, QWidget *parent) : QWidget(parent)
{
    m_model = new StoreTableModel(database, kind, this);
    m_filterBar = new FilterBar(choicesFor(m_model->query()), this);
    QHash<QString, QString> keyTitles;
    for (const QString &key : store::TableQuery::filterKeys(kind))
        keyTitles.insert(key, StoreTableModel::columnTitle(kind, key));
    m_filterBar->setKeyTitles(keyTitles);
    m_view = new QTableView(this);
    m_view->setObjectName(kind == store::TableKind::Partners ? QStringLiteral("partnersView")
                                                             : QStringLiteral("dealsView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &StoreTableModel::setFilter);
    connect(m_model, &StoreTableModel::totalCountChanged, this, &TablePage::countsChanged);
    connect(m_model, &StoreTableModel::rowsInserted, this, &TablePage::countsChanged);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activated(m_model->recordId(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentRecordChanged(m_model->recordId(current.row())); });
    connect(m_model, &StoreTableModel::modelReset, this, [this] { emit currentRecordChanged(QString()); });
}

store::TableKind TablePage::kind() const
{
    return m_model->kind();
}

QString TablePage::currentRecordId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->recordId(current.row()) : QString();
}

void TablePage::selectRecord(const QString &recordId)
{
    const int row = m_model->rowOfRecord(recordId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace cd::ui
