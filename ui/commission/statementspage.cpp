#include "ui/commission/statementspage.h"

#include "ui/format.h"
#include "ui/commission/statementmodel.h"

#include "store/database.h"
#include "store/records/dealrepository.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QTableView *makeView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(false);
    return view;
}

} // namespace

StatementsPage::StatementsPage(store::Database &database, QWidget *parent) : QWidget(parent), m_database(database)
{
    m_summary = new StatementSummaryModel(this);
    m_lines = new StatementLinesModel(this);

    m_period = new QComboBox(this);
    m_period->setMinimumContentsLength(10);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    m_pdfButton = new QPushButton(tr("Save statement as PDF…"), this);
    m_printButton = new QPushButton(tr("Print statement…"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_status, 1);
    bar->addWidget(exportButton);
    bar->addWidget(m_pdfButton);
    bar->addWidget(m_printButton);

    m_summaryView = makeView(m_summary, this);
    m_summaryView->setSortingEnabled(true);
    m_summaryView->sortByColumn(StatementSummaryModel::Partner, Qt::AscendingOrder);
    m_linesView = makeView(m_lines, this);
    m_partnerTitle = new QLabel(this);
    QFont titleFont = m_partnerTitle->font();
    titleFont.setBold(true);
    m_partnerTitle->setFont(titleFont);
    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_partnerTitle);
    linesLayout->addWidget(m_linesView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_summaryView);
    splitter->addWidget(linesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentTextChanged, this, [this] { run(); });
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { openPartner(current.row()); });
    connect(exportButton, &QPushButton::clicked, this, &StatementsPage::exportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &StatementsPage::savePdf);
    connect(m_printButton, &QPushButton::clicked, this, &StatementsPage::print);
    reloadPeriods();
}

void StatementsPage::reloadPeriods()
{
    const QString current = m_period->currentText();
    QStringList labels;
    try {
        labels = store::commissionPeriodLabels(m_database);
    } catch (const std::exception &) {
        // A database without plans or deals has no periods: an empty page says so below.
    }
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItems(labels);
    // The most recent complete quarter reads best; otherwise keep what the user had.
    int index = labels.indexOf(current);
    if (index < 0) {
        for (int i = 1; i < labels.size() && index < 0; ++i)
            if (labels[i].contains(QLatin1Char('Q')))
                index = i;
    }
    m_period->setCurrentIndex(std::max(0, index));
    run();
}

void StatementsPage::setPeriod(const QString &label)
{
    m_period->setCurrentText(label);
    run();
}

void StatementsPage::run()
{
    const QString label = m_period->currentText();
    store::CommissionRun result;
    QString problem;
    if (!label.isEmpty()) {
        try {
            result = store::runCommission(m_database, label);
        } catch (const InputError &error) {
            for (const Diagnostic &d : error.diagnostics())
                problem += d.toString() + QLatin1Char('\n');
        } catch (const store::StoreError &error) {
            problem = error.message();
        }
    }
    m_summary->setRun(result);
    m_summaryView->sortByColumn(m_summaryView->horizontalHeader()->sortIndicatorSection(),
                                m_summaryView->horizontalHeader()->sortIndicatorOrder());
    m_summaryView->resizeColumnsToContents();
    m_summaryView->horizontalHeader()->setSectionResizeMode(StatementSummaryModel::Name, QHeaderView::Stretch);
    if (!problem.isEmpty())
        m_status->setText(problem.trimmed());
    else if (label.isEmpty())
        m_status->setText(tr("No statements yet: add commission plans, assign them and record won deals."));
    else
        m_status->setText(tr("%n partner(s) with a statement", nullptr, int(result.statements.size()))
                          + (result.warnings.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" · ") + tr("%n note(s)", nullptr, int(result.warnings.size()))));
    m_status->setToolTip(result.warnings.join(QLatin1Char('\n')));
    if (m_summary->rowCount() > 0)
        m_summaryView->selectRow(0);
    else
        openPartner(-1);
}

void StatementsPage::openPartner(int row)
{
    const Statement *statement = m_summary->statement(row);
    m_pdfButton->setEnabled(statement);
    m_printButton->setEnabled(statement);
    if (!statement) {
        m_lines->setStatement(Statement(), {});
        m_partnerTitle->clear();
        return;
    }
    QHash<QString, StatementLinesModel::DealInfo> deals;
    store::DealRepository repository(m_database);
    for (const StatementLine &line : statement->lines) {
        if (line.dealId.isEmpty() || deals.contains(line.dealId))
            continue;
        if (const std::optional<Deal> deal = repository.find(line.dealId))
            deals.insert(line.dealId, {deal->customer, deal->name, deal->closeDate});
    }
    m_lines->setStatement(*statement, deals);
    m_linesView->resizeColumnsToContents();
    m_linesView->horizontalHeader()->setSectionResizeMode(StatementLinesModel::Customer, QHeaderView::Stretch);
    m_partnerTitle->setText(tr("%1 — %2 · plan %3 · %4")
                                .arg(statement->partnerId, m_summary->run().partnerNames.value(statement->partnerId),
                                     m_summary->run().planOfPartner.value(statement->partnerId),
                                     statement->period.label()));
}

QByteArray StatementsPage::csv() const
{
    return statementCsv(m_summary->run().statements);
}

std::unique_ptr<QTextDocument> StatementsPage::partnerDocument() const
{
    const Statement &s = m_lines->statement();
    const store::CommissionRun &run = m_summary->run();
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    html += QStringLiteral("<h1 style=\"font-size: 18pt;\">%1</h1>").arg(esc(tr("Commission statement")));
    html += QStringLiteral("<table cellpadding=\"2\"><tr><td><b>%1</b></td><td>%2</td></tr>"
                           "<tr><td><b>%3</b></td><td>%4 — %5</td></tr>"
                           "<tr><td><b>%6</b></td><td>%7</td></tr></table><br/>")
                .arg(esc(tr("Period")), esc(s.period.label()), esc(tr("Partner")), esc(s.partnerId),
                     esc(run.partnerNames.value(s.partnerId)), esc(tr("Plan")),
                     esc(run.planOfPartner.value(s.partnerId)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">"
                           "<tr style=\"background-color: #dde4ee;\">");
    for (int c = 0; c < StatementLinesModel::ColumnCount; ++c) {
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(c >= StatementLinesModel::Credit ? QStringLiteral("right") : QStringLiteral("left"),
                         esc(m_lines->headerData(c, Qt::Horizontal).toString()));
    }
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const bool total = s.lines[r].kind == StatementLineKind::Total;
        html += total ? QStringLiteral("<tr style=\"font-weight: bold; background-color: #eef1f5;\">")
                      : QStringLiteral("<tr>");
        for (int c = 0; c < StatementLinesModel::ColumnCount; ++c) {
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(c >= StatementLinesModel::Credit ? QStringLiteral("right") : QStringLiteral("left"),
                             esc(m_lines->data(m_lines->index(r, c)).toString()));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    const StatementSummaryModel::Figures f = StatementSummaryModel::figuresOf(s);
    html += QStringLiteral("<br/><table cellpadding=\"2\">");
    const QList<std::pair<QString, Money>> totals{{tr("Credited revenue"), f.credited}, {tr("Commission"), f.commission},
                                                  {tr("Clawbacks"), f.clawbacks}, {tr("Bonus"), f.bonus},
                                                  {tr("Total"), f.total}};
    for (const auto &[name, value] : totals)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>").arg(esc(name), esc(formatMoneyWithCode(value)));
    html += QStringLiteral("</table><p style=\"color: #666; font-size: 8pt;\">%1</p></body></html>")
                .arg(esc(tr("Computed exactly per the plan's rules; amounts are rounded once per window.")));
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html);
    return document;
}

bool StatementsPage::savePartnerPdf(const QString &path) const
{
    if (m_lines->rowCount() == 0)
        return false;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(tr("Commission statement %1 %2").arg(m_lines->statement().partnerId,
                                                         m_lines->statement().period.label()));
    partnerDocument()->print(&writer);
    return QFile::exists(path);
}

void StatementsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export statements"),
                                                      tr("statements-%1.csv").arg(m_period->currentText()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray bytes = csv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QMessageBox::warning(this, tr("Export statements"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void StatementsPage::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save statement"),
        tr("statement-%1-%2.pdf").arg(m_lines->statement().partnerId, m_lines->statement().period.label()),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !savePartnerPdf(path))
        QMessageBox::warning(this, tr("Save statement"), tr("Cannot write %1").arg(path));
}

void StatementsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { partnerDocument()->print(target); });
    preview.exec();
}

} // namespace cd::ui
