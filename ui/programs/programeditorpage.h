#pragma once

#include "store/programs/programstore.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace cd::store {
class Database;
}

namespace cd::ui {

// The Programs page: the stored programs (the four seed templates first), each opened into tables of tiers
// (requirements and benefits as short text) and scorecard weights, validated by the program parser as the
// user types. Templates are copied before they are edited; saving is one undoable step.
class ProgramEditorPage : public QWidget
{
    Q_OBJECT

public:
    ProgramEditorPage(store::Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload();                        // the list from the database
    bool open(const QString &programId);  // into the editor
    QString currentId() const { return m_currentId; }
    // Copies the open program under a new id (based_on the original) and opens the copy, unsaved.
    void copyAs(const QString &newId, const QString &newName);
    QTableWidget *tiersTable() const { return m_tiers; }
    QTableWidget *scorecardTable() const { return m_scorecard; }
    // The editor's program as JSON, and every problem the parser finds in it (empty when valid).
    QByteArray editedJson() const;
    QStringList problems() const;
    bool save(); // through the undo stack; false when invalid or a template

    // "metric >= value; top 5% by revenue" and "key=value; key=value", the tables' short forms.
    static QString requirementsText(const QJsonArray &conditions);
    static std::optional<QJsonArray> parseRequirements(const QString &text, QString *error);
    static QString benefitsText(const QJsonObject &benefits);
    static std::optional<QJsonObject> parseBenefits(const QString &text, QString *error);

private:
    void validate();
    void fillTables(const QJsonObject &json);

    store::Database &m_database;
    QUndoStack *m_undoStack;
    QListWidget *m_list;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_currency;
    QLabel *m_basedOn;
    QTableWidget *m_tiers;
    QTableWidget *m_scorecard;
    QLabel *m_status;
    QPushButton *m_save;
    QString m_currentId;
    QString m_currentBasedOn;
    bool m_currentIsTemplate = false;
    QJsonObject m_json; // the open program; the tables replace its tiers and scorecard
    bool m_filling = false;
};

} // namespace cd::ui
