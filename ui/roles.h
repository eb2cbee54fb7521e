#pragma once

#include <Qt>

namespace cd::ui {

// The data roles of every model and item view in the window, in one enum so that no two mean different
// things under one number: a view or a test asks any model for its rows' id or typed value the same way,
// and a proxy sorts on RawValueRole, never on the display text.
enum Role {
    IdRole = Qt::UserRole + 1, // the row's record id (partner_id, deal_id, reg_id, case_id, plan id …)
    RawValueRole,              // the typed, sortable value: code, thousandths, minor units, ISO date, points
    RowIdRole,                 // the database rowid of a stored record
    ColumnKeyRole,             // (header) the column's stable key
    HeaderIsDataRole,          // (header) true for a title that is the user's data (a KPI name), not the
                               // program's words: translation checks skip it
    StatusRole,                // the effective status code (approved, rejected, pending …)
    ExpiringSoonRole,          // bool: an approved registration whose window ends soon
    OverdueRole,               // bool: longer in its stage than the stage's target
    ContributionsRole,         // a list of hundredths of a point, one per KPI, for a stacked bar
};

} // namespace cd::ui
