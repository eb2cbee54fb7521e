#include "ui/importexport/datatransfer.h"

#include "ui/format.h"

#include "core/demo/demodata.h"
#include "store/database.h"
#include "store/demo/demoloader.h"
#include "store/importexport/exporter.h"
#include "store/importexport/importer.h"
#include "store/registrations/registrationworkflow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

#include <atomic>

namespace cd::ui {

namespace {

// Gives the free functions below a translation context lupdate understands.
struct DataTransfer
{
    Q_DECLARE_TR_FUNCTIONS(cd::DataTransfer)
};

QString kindLabel(store::RecordKind kind)
{
    switch (kind) {
    case store::RecordKind::Partners:
        return DataTransfer::tr("Partners");
    case store::RecordKind::Deals:
        return DataTransfer::tr("Deals");
    case store::RecordKind::Registrations:
        return DataTransfer::tr("Deal registrations");
    case store::RecordKind::FxRates:
        return DataTransfer::tr("Exchange rates");
    }
    return {};
}

// Asks which kind of record a file holds, guessing from its name ("q3-deals.csv" holds deals).
std::optional<store::RecordKind> askKind(QWidget *parent, const QString &title, const QString &fileName)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QFormLayout(&dialog);
    auto *kinds = new QComboBox(&dialog);
    kinds->setObjectName(QStringLiteral("kindCombo"));
    const QStringList names = store::recordKindNames();
    for (const QString &name : names) {
        const store::RecordKind kind = *store::recordKindFromName(name);
        kinds->addItem(kindLabel(kind), name);
        if (!fileName.isEmpty() && QFileInfo(fileName).fileName().contains(name, Qt::CaseInsensitive))
            kinds->setCurrentIndex(kinds->count() - 1);
    }
    if (!fileName.isEmpty())
        layout->addRow(DataTransfer::tr("File:"), new QLabel(QFileInfo(fileName).fileName(), &dialog));
    layout->addRow(DataTransfer::tr("&Records:"), kinds);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return store::recordKindFromName(kinds->currentData().toString());
}

// A readable list of every problem, one FILE:LINE: FIELD line each, that can be copied or saved.
void showProblems(QWidget *parent, const QString &title, const QString &intro, const Diagnostics &errors)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("importProblems"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(intro, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *list = new QPlainTextEdit(&dialog);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines << error.toString();
    list->setPlainText(lines.join(QLatin1Char('\n')));
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *save = buttons->addButton(DataTransfer::tr("Save List…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(save, &QPushButton::clicked, &dialog, [&] {
        const QString path = QFileDialog::getSaveFileName(&dialog, DataTransfer::tr("Save Problems"), QString(), DataTransfer::tr("Text (*.txt)"));
        QSaveFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::WriteOnly)) {
            file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            file.commit();
        }
    });
    dialog.resize(760, 420);
    dialog.exec();
}

} // namespace

bool runImportDialog(QWidget *parent, store::Database &database)
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(parent, DataTransfer::tr("Import CSV"),
                                                      settings.value(QStringLiteral("import/dir")).toString(),
                                                      DataTransfer::tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    settings.setValue(QStringLiteral("import/dir"), QFileInfo(path).absolutePath());
    const std::optional<store::RecordKind> kind = askKind(parent, DataTransfer::tr("Import CSV"), path);
    if (!kind)
        return false;

    QProgressDialog progress(DataTransfer::tr("Importing %1…").arg(QFileInfo(path).fileName()), DataTransfer::tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancel = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
    store::ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents();
    };
    store::ImportResult result;
    try {
        result = store::importFile(database, *kind, path, options);
    } catch (const store::StoreError &error) {
        progress.close();
        QMessageBox::warning(parent, DataTransfer::tr("Import failed"), error.message());
        return false;
    }
    progress.close();
    if (result.cancelled) {
        QMessageBox::information(parent, DataTransfer::tr("Import cancelled"), DataTransfer::tr("Nothing was changed."));
        return false;
    }
    if (!result.ok()) {
        showProblems(parent, DataTransfer::tr("Import refused"),
                     DataTransfer::tr("%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.", nullptr,
                        int(result.errors.size()))
                         .arg(QFileInfo(path).fileName()),
                     result.errors);
        return false;
    }
    QString message = DataTransfer::tr("%1 added, %2 updated, %3 unchanged.")
                          .arg(formatCount(result.added), formatCount(result.updated), formatCount(result.unchanged));
    // New registrations without a status get one at once, with their conflicts, as of now.
    if (*kind == store::RecordKind::Registrations) {
        try {
            store::RegistrationWorkflowStore workflow(database);
            if (workflow.hasUnevaluated()) {
                const qsizetype changes = workflow.evaluate(QDateTime::currentDateTimeUtc(), true).size();
                message += QStringLiteral("\n") + DataTransfer::tr("%Ln registration status(es) set by the rules as of now.", nullptr, int(changes));
            }
        } catch (const store::StoreError &error) {
            message += QStringLiteral("\n") + error.message();
        }
    }
    if (!result.warnings.isEmpty())
        message += QStringLiteral("\n\n") + result.warnings.join(QLatin1Char('\n'));
    QMessageBox::information(parent, DataTransfer::tr("Imported %1").arg(QFileInfo(path).fileName()), message);
    return result.added + result.updated > 0;
}

void runExportDialog(QWidget *parent, store::Database &database)
{
    const std::optional<store::RecordKind> kind = askKind(parent, DataTransfer::tr("Export CSV"), QString());
    if (!kind)
        return;
    QSettings settings;
    const QString suggested = QDir(settings.value(QStringLiteral("export/dir"), QDir::homePath()).toString())
                                  .filePath(store::recordKindName(*kind) + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(parent, DataTransfer::tr("Export CSV"), suggested, DataTransfer::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    // QSaveFile: a failed export never leaves half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(parent, DataTransfer::tr("Export failed"), DataTransfer::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    QProgressDialog progress(DataTransfer::tr("Exporting…"), QString(), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        const qint64 rows = store::exportKind(database, *kind, &file, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QApplication::processEvents();
        });
        if (!file.commit())
            throw store::StoreError(DataTransfer::tr("cannot write %1: %2").arg(path, file.errorString()));
        progress.close();
        QMessageBox::information(parent, DataTransfer::tr("Exported"),
                                 DataTransfer::tr("%1 rows written to %2.").arg(formatCount(rows), QDir::toNativeSeparators(path)));
    } catch (const store::StoreError &error) {
        progress.close();
        QMessageBox::warning(parent, DataTransfer::tr("Export failed"), error.message());
    }
}

bool runDemoDataDialog(QWidget *parent, store::Database &database)
{
    if (store::hasRecords(database)) {
        QMessageBox::information(parent, DataTransfer::tr("Demo data"),
                                 DataTransfer::tr("This database already holds records. Demo data goes into an empty database: "
                                    "open a new file first."));
        return false;
    }
    DemoOptions options;
    options.today = QDate::currentDate();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QList<store::ImportResult> results;
    try {
        results = store::loadDemoData(database, generateDemoData(options));
    } catch (const store::StoreError &error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, DataTransfer::tr("Demo data"), error.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    for (const store::ImportResult &result : results) {
        if (!result.ok()) {
            showProblems(parent, DataTransfer::tr("Demo data"), DataTransfer::tr("The demo data could not be loaded."), result.errors);
            return false;
        }
    }
    return true;
}

} // namespace cd::ui
