#pragma once

namespace cd::cli {

// `report qbr` draws Qt Charts into a PDF, which needs a QApplication where every other command runs on a
// QCoreApplication. main() asks isQbrReport() first and, when it is, hands the whole run to
// runQbrReportMain(), which builds the GUI application (offscreen without a display) and the invocation.
bool isQbrReport(int argc, char *argv[]);
int runQbrReportMain(int argc, char *argv[]);

} // namespace cd::cli
