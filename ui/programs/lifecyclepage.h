#pragma once

#include "ui/roles.h"

#include "core/programs/program.h"

#include <QDate>
#include <QHash>
#include <QListWidget>
#include <QWidget>

class QUndoStack;

namespace cd::store {
class Database;
}

namespace cd::ui {

class ChangeNotifier;

// One column of the board: partner cards that can be dragged to another column.
class StageColumn : public QListWidget
{
    Q_OBJECT

public:
    StageColumn(const QString &stage, QWidget *parent = nullptr);
    QString stage() const { return m_stage; }
    static QString mimeType() { return QStringLiteral("application/x-channeldesk-partner"); }

signals:
    void partnerDropped(const QString &partnerId, const QString &stage);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_stage;
};

// Seed 003's development process as a board, identification → management: each partner in its stage's
// column, those longer in their stage than its target weeks highlighted. Moves by drag and drop or the
// Move buttons are undoable.
class LifecyclePage : public QWidget
{
    Q_OBJECT

public:
    LifecyclePage(store::Database &database, QUndoStack *undoStack, ChangeNotifier *notifier, QWidget *parent = nullptr);

    void refresh();
    void movePartner(const QString &partnerId, const QString &stage); // through the undo stack
    StageColumn *column(const QString &stage) const { return m_columns.value(stage); }
    void setToday(QDate today); // for tests and screenshots; default the current date
    // The target weeks of each stage: max − min + 1 of seed 003's ranges; nullopt for an ongoing stage.
    static std::optional<int> targetWeeks(const LifecycleStage &stage);

signals:
    void partnerActivated(const QString &partnerId);

private:
    QString selectedPartner() const;

    store::Database &m_database;
    QUndoStack *m_undoStack;
    ChangeNotifier *m_notifier;
    QHash<QString, StageColumn *> m_columns;
    QDate m_today;
};

} // namespace cd::ui
