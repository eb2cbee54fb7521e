#pragma once

#include "store/dashboard/targetrepository.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace cd::ui {

class PageHost;

// The targets editor: one table per fiscal year, region and program, a row per metric, the year's target
// and each quarter's. Saving goes through the undo history; a seed template can be loaded into the table.
class TargetsPage : public QWidget
{
    Q_OBJECT

public:
    TargetsPage(store::Database &database, QUndoStack *undoStack, QWidget *parent = nullptr); // both outlive it

    QTableWidget *table() const { return m_table; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *programBox() const { return m_program; }
    // The targets the table holds now (validated); nullopt and a message when a cell is not a number.
    std::optional<QList<store::Target>> editedTargets(QString *problem = nullptr) const;

public slots:
    void reload(); // from the database, for the selected year, region and program
    bool save();   // writes the table (one undoable step); false on a cell not a number or a store refusal
    void loadTemplate(const QString &templateId, int templateYear);

signals:
    void saved();

private:
    QList<store::Target> stored() const;

    store::Database &m_database;
    QUndoStack *m_undoStack = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_template = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace cd::ui
