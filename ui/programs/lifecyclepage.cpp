#include "ui/programs/lifecyclepage.h"

#include "ui/storecommand.h"
#include "ui/vocabulary.h"

#include "core/records/records.h"
#include "store/database.h"
#include "store/records/partnerrepository.h"
#include "store/programs/programstore.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

class MoveStageCommand : public StoreCommand
{
public:
    MoveStageCommand(store::Database &database, LifecyclePage *page, ChangeNotifier *notifier,
                     const QString &partnerId, const QString &from, const QString &to, QDate since)
        : StoreCommand(
              {database, notifier, page},
              LifecyclePage::tr("Move %1 to %2").arg(partnerId, codeLabel(QStringLiteral("stage"), to))),
          m_page(page), m_partnerId(partnerId), m_from(from), m_to(to), m_since(since)
    {
    }

protected:
    void forward() override
    {
        m_row = store::LifecycleStore(database()).moveStage(m_partnerId, m_to, m_since);
    }
    void backward() override { store::LifecycleStore(database()).revertStage(m_partnerId, m_from, m_row); }
    void notify(ChangeNotifier &notifier, Direction) override
    {
        emit notifier.recordChanged(store::TableKind::Partners, m_partnerId);
    }
    void refresh(Direction) override
    {
        if (m_page)
            m_page->refresh();
    }

private:
    QPointer<LifecyclePage> m_page;
    QString m_partnerId, m_from, m_to;
    QDate m_since;
    qint64 m_row = 0;
};

} // namespace

StageColumn::StageColumn(const QString &stage, QWidget *parent) : QListWidget(parent), m_stage(stage)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(3);
    setUniformItemSizes(true);
}

QStringList StageColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *StageColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    auto *data = new QMimeData;
    if (!items.isEmpty())
        data->setData(mimeType(), items.first()->data(IdRole).toString().toUtf8());
    return data;
}

void StageColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void StageColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void StageColumn::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType()))
        return;
    // The board is rebuilt from the database after the move; the widget itself moves nothing.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    emit partnerDropped(QString::fromUtf8(event->mimeData()->data(mimeType())), m_stage);
}

std::optional<int> LifecyclePage::targetWeeks(const LifecycleStage &stage)
{
    if (!stage.minWeeks || !stage.maxWeeks)
        return std::nullopt;
    return *stage.maxWeeks - *stage.minWeeks + 1;
}

LifecyclePage::LifecyclePage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_database(database), m_undoStack(undoStack), m_notifier(notifier), m_today(QDate::currentDate())
{
    auto *board = new QHBoxLayout;
    for (const QString &stage : codes::partnerStages()) {
        auto *column = new StageColumn(stage, this);
        auto *box = new QVBoxLayout;
        auto *title = new QLabel(this);
        title->setObjectName(stage);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        box->addWidget(title);
        box->addWidget(column, 1);
        board->addLayout(box, 1);
        m_columns.insert(stage, column);
        connect(column, &StageColumn::partnerDropped, this, &LifecyclePage::movePartner);
        connect(column, &QListWidget::itemDoubleClicked, this,
                [this](QListWidgetItem *item) { emit partnerActivated(item->data(IdRole).toString()); });
    }
    auto *back = new QPushButton(tr("◀ Previous stage"), this);
    auto *next = new QPushButton(tr("Next stage ▶"), this);
    auto *details = new QPushButton(tr("Partner details…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Drag a card to another stage, or select it and move it. Red cards are overdue for "
                                 "their stage's target weeks (seed 003)."),
                              this),
                   1);
    bar->addWidget(back);
    bar->addWidget(next);
    bar->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(board, 1);
    auto step = [this](int delta) {
        const QString id = selectedPartner();
        const auto partner = store::PartnerRepository(m_database).find(id);
        if (!partner)
            return;
        const int at = int(codes::partnerStages().indexOf(partner->stage)) + delta;
        if (at >= 0 && at < codes::partnerStages().size())
            movePartner(id, codes::partnerStages()[at]);
    };
    connect(back, &QPushButton::clicked, this, [step] { step(-1); });
    connect(next, &QPushButton::clicked, this, [step] { step(1); });
    connect(details, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedPartner(); !id.isEmpty())
            emit partnerActivated(id);
    });
    refresh();
}

void LifecyclePage::setToday(QDate today)
{
    m_today = today;
    refresh();
}

QString LifecyclePage::selectedPartner() const
{
    for (StageColumn *column : m_columns) {
        if (QListWidgetItem *item = column->currentItem(); item && item->isSelected())
            return item->data(IdRole).toString();
    }
    return {};
}

void LifecyclePage::refresh()
{
    const QString selected = selectedPartner();
    // Target weeks: the partner's program's stage when it has one of that id, else seed 003's playbook.
    store::ProgramStore programs(m_database);
    QHash<QString, QList<LifecycleStage>> lifecycles;
    QList<LifecycleStage> fallback;
    for (const store::StoredProgram &p : store::programTemplates()) {
        Diagnostics errors;
        if (const auto parsed = parseProgram(p.json, p.id, errors); parsed && p.id == QLatin1String("partnership-playbook"))
            fallback = parsed->lifecycle;
    }
    for (const store::StoredProgram &p : programs.all()) {
        Diagnostics errors;
        if (const auto parsed = parseProgram(p.json, p.id, errors))
            lifecycles.insert(p.id, parsed->lifecycle);
    }
    QHash<QString, store::StageEntry> since;
    for (const store::StageEntry &entry : store::LifecycleStore(m_database).currentStages())
        since.insert(entry.partnerId, entry);
    QHash<QString, int> counts, overdueCounts;
    for (StageColumn *column : m_columns)
        column->clear();
    for (const Partner &partner : store::PartnerRepository(m_database).all()) {
        StageColumn *column = m_columns.value(partner.stage);
        if (!column || partner.status == QLatin1String("terminated"))
            continue;
        const QDate from = since.value(partner.id).since;
        const int days = from.isValid() ? int(from.daysTo(m_today)) : -1;
        std::optional<int> target;
        for (const QList<LifecycleStage> &stages : {lifecycles.value(partner.program), fallback}) {
            for (const LifecycleStage &stage : stages) {
                if (stage.id == partner.stage)
                    target = targetWeeks(stage);
            }
            if (target)
                break;
        }
        const bool overdue = target && days > *target * 7;
        QString detail = days < 0 ? tr("no date") : tr("%1 days in stage").arg(days);
        if (target)
            detail += tr(" (target %1 weeks)").arg(*target);
        auto *item = new QListWidgetItem(partner.name + QLatin1Char('\n') + partner.id + QStringLiteral(" · ") + detail, column);
        item->setData(IdRole, partner.id);
        item->setData(OverdueRole, overdue);
        item->setToolTip(tr("%1, %2 since %3").arg(partner.name, codeLabel(QStringLiteral("stage"), partner.stage),
                                                   from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("—")));
        if (overdue) {
            item->setBackground(QColor(0xfb, 0xdc, 0xd8));
            item->setForeground(QColor(0x8a, 0x1c, 0x10));
            ++overdueCounts[partner.stage];
        }
        if (partner.id == selected)
            item->setSelected(true);
        ++counts[partner.stage];
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        auto *title = findChild<QLabel *>(it.key());
        if (!title)
            continue;
        QString text = codeLabel(QStringLiteral("stage"), it.key()) + QStringLiteral(" (%1)").arg(counts.value(it.key()));
        if (overdueCounts.value(it.key()) > 0)
            text += tr(" — %1 overdue").arg(overdueCounts.value(it.key()));
        title->setText(text);
    }
}

void LifecyclePage::movePartner(const QString &partnerId, const QString &stage)
{
    const auto partner = store::PartnerRepository(m_database).find(partnerId);
    if (!partner || partner->stage == stage)
        return;
    try {
        StoreCommand::push(m_undoStack,
                           std::make_unique<MoveStageCommand>(m_database, this, m_notifier, partnerId,
                                                              partner->stage, stage, m_today));
    } catch (const store::StoreError &error) {
        QMessageBox::warning(this, tr("Lifecycle"), error.message());
    }
}

} // namespace cd::ui
