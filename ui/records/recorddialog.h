#pragma once

#include "core/diagnostic.h"

#include <QDateTime>
#include <QDialog>
#include <QMap>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace cd::ui {

// The frame shared by the partner and deal dialogs: a form, a list of problems kept current as the user
// types, and an OK button that is enabled only when there are none.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget *parent = nullptr);

    // The problems shown now (for tests).
    const Diagnostics &problems() const { return m_problems; }
    bool isAcceptable() const { return m_problems.isEmpty(); }

    // Who saved the record last and when (from the audit log), shown under the form; an empty `who` hides it.
    void setLastChange(const QString &who, const QDateTime &at);
    QString lastChangeText() const; // as shown (for tests)

protected:
    QFormLayout *form() const { return m_form; }
    // Adds a row and remembers which data.md field the widget edits, to mark it when it has a problem.
    void addField(const QString &field, const QString &label, QWidget *editor);
    // Subclasses collect their problems here; revalidate() shows them.
    virtual Diagnostics validate() const = 0;
    void revalidate();
    // Calls revalidate() whenever the editor's content changes.
    void watch(QWidget *editor);

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_lastChangeLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QMap<QString, QWidget *> m_editors;
    Diagnostics m_problems;
};


} // namespace cd::ui
