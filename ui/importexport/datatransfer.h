#pragma once

class QWidget;

namespace cd::store {
class Database;
}

namespace cd::ui {

// File ▸ Import: choose a kind and a CSV file, validate it with a progress dialog, show every bad line
// (FILE:LINE: FIELD) in a readable list, and write all or nothing. True when the database changed.
bool runImportDialog(QWidget *parent, store::Database &database);
// File ▸ Export: choose a kind and a file; writes the CSV that imports back unchanged.
void runExportDialog(QWidget *parent, store::Database &database);
// Fills the database with the reproducible demo program. True when the database changed.
bool runDemoDataDialog(QWidget *parent, store::Database &database);

} // namespace cd::ui
