#pragma once

#include "store/records/tablequery.h"

#include <QObject>

namespace cd::ui {

// Tells every open view that a record was written, wherever the write came from (a dialog, an undo, an
// import), so that the models re-read just that record instead of the whole table.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void recordChanged(cd::store::TableKind kind, const QString &recordId);
    void recordRemoved(cd::store::TableKind kind, const QString &recordId);
    void tableReplaced(cd::store::TableKind kind); // many rows at once: reload
};

} // namespace cd::ui
