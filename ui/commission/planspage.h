#pragma once

#include "ui/roles.h"

#include "core/commission/commissionplan.h"
#include "store/commission/planrepository.h"

#include <QAbstractTableModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace cd::store {
class Database;
}

namespace cd::ui {

// The stored plans with the keys they are assigned to.
class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Currency, Window, Method, Assigned, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void reload(store::Database &database);
    const store::StoredPlan *plan(int row) const;
    int rowOf(const QString &planId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::StoredPlan> m_plans;
    QList<QStringList> m_assignments; // per plan, "program/tier" or "type TYPE"
};

// Edits one plan as commission.md describes it. Every change is checked at once with the engine's own
// parser: problems are listed under the form and Save stays disabled until there are none. A sample
// amount, typed in the user's locale, previews what the plan pays.
class PlanEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlanEditor(QWidget *parent = nullptr);

    void setPlan(const CommissionPlan &plan, const QString &name);
    // The form as commission.md's JSON, and the plan it parses to (nullopt with problems()).
    QByteArray json() const;
    std::optional<CommissionPlan> plan() const;
    Diagnostics problems() const;
    QString name() const;
    // "Commission 1,234.56 · bonus … · total …" for the sample amount, or why there is none.
    QString preview() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *sampleEdit() const { return m_sample; }
    QTableWidget *bandsTable() const { return m_bands; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *previewLabel() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QGroupBox *bonusBox() const { return m_bonus; }

signals:
    void saveRequested();

private:
    void validate();
    void addBand(const QString &from, const QString &rate);

    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_window = nullptr;
    QSpinBox *m_fiscalStart = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_rounding = nullptr;
    QTableWidget *m_bands = nullptr;
    QGroupBox *m_bonus = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLineEdit *m_bonusRate = nullptr;
    QLabel *m_problems = nullptr;
    QLineEdit *m_sample = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    bool m_loading = false;
};

// The plans page: the list of plans and their assignments beside the editor. Saving goes through the
// undo stack and the store (with its audit row).
class PlansPage : public QWidget
{
    Q_OBJECT

public:
    PlansPage(store::Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    PlanListModel *model() const { return m_model; }
    PlanEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    void reload();
    void selectPlan(const QString &planId);
    void save();

signals:
    void plansChanged();

private:
    void newPlan();

    store::Database &m_database;
    QUndoStack *m_undoStack; // the window's
    PlanListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    PlanEditor *m_editor = nullptr;
};

} // namespace cd::ui
