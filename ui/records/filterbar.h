#pragma once

#include "store/records/tablequery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace cd::ui {

// The row above a table: a search field and one list per filterable attribute. Typing is debounced so
// that a million-row table is queried once per pause, not once per key. A filter set from elsewhere (a
// click on a dashboard bar) may name keys without a list here, a partner or a program: they are kept,
// shown as a button that removes them, and stay part of filter() until removed or cleared.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        QString key;        // TableFilter key: "type", "region" …
        QString title;      // shown as the list's first entry ("All types")
        QStringList codes;  // values, in display order
        QStringList labels; // what people read for each code
    };

    FilterBar(const QList<Choice> &choices, QWidget *parent = nullptr);

    store::TableFilter filter() const;
    void setFilter(const store::TableFilter &filter);
    QLineEdit *searchField() const { return m_search; }
    QComboBox *choiceBox(const QString &key) const;
    QToolButton *otherConditionsButton() const { return m_others; } // hidden when there are none
    // What people read for the keys without a list ("Partner" for "partner"); the key itself otherwise.
    void setKeyTitles(const QHash<QString, QString> &titles) { m_keyTitles = titles; }

signals:
    void filterChanged(const cd::store::TableFilter &filter);

private:
    void emitSoon();
    void showOtherConditions();

    QLineEdit *m_search = nullptr;
    QList<std::pair<QString, QComboBox *>> m_boxes;
    QMap<QString, QString> m_otherConditions; // keys without a list: key -> code
    QToolButton *m_others = nullptr;
    QHash<QString, QString> m_keyTitles;
    QTimer m_debounce;
};

} // namespace cd::ui
