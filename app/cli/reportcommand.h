#pragma once

namespace cd::cli {

// `report qbr` draws Qt Charts into a PDF, which needs a QApplication where every other command runs on a
// QCoreApplication: main() asks this before it creates the application object.
bool isQbrReport(int argc, char *argv[]);

} // namespace cd::cli
