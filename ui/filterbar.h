#pragma once

#include "core/store/tablequery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace cd::ui {

// The row above a table: a search field and one list per filterable attribute. Typing is debounced so
// that a million-row table is queried once per pause, not once per key.
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

signals:
    void filterChanged(const cd::store::TableFilter &filter);

private:
    void emitSoon();

    QLineEdit *m_search = nullptr;
    QList<std::pair<QString, QComboBox *>> m_boxes;
    QTimer m_debounce;
};

} // namespace cd::ui
