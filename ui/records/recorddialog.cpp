#include "ui/records/recorddialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

RecordDialog::RecordDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    QPalette palette = m_problemLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x1E, 0x1E));
    m_problemLabel->setPalette(palette);
    layout->addWidget(m_problemLabel);
    m_lastChangeLabel = new QLabel(this);
    m_lastChangeLabel->setObjectName(QStringLiteral("lastChange"));
    m_lastChangeLabel->setWordWrap(true);
    m_lastChangeLabel->setTextFormat(Qt::PlainText);
    m_lastChangeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_lastChangeLabel->hide();
    layout->addWidget(m_lastChangeLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate();
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordDialog::setLastChange(const QString &who, const QDateTime &at)
{
    m_lastChangeLabel->setVisible(!who.isEmpty());
    m_lastChangeLabel->setText(who.isEmpty() ? QString()
                                             : tr("Last changed by %1 on %2")
                                                   .arg(who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

QString RecordDialog::lastChangeText() const
{
    return m_lastChangeLabel->text();
}

void RecordDialog::addField(const QString &field, const QString &label, QWidget *editor)
{
    editor->setObjectName(field);
    m_form->addRow(label, editor);
    m_editors.insert(field, editor);
    watch(editor);
}

void RecordDialog::watch(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        connect(date, &QDateEdit::dateChanged, this, &RecordDialog::revalidate);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, &RecordDialog::revalidate);
}

namespace {

// "Partner &ID:" and "パートナーID(&I):" both read "Partner ID" / "パートナーID" in a sentence.
QString plainLabel(QString text)
{
    static const QRegularExpression cjkAccelerator(QStringLiteral("\\(&.\\)"));
    text.remove(cjkAccelerator);
    text.remove(QLatin1Char('&'));
    // French puts a no-break space before its colon, Japanese and Chinese a full-width colon.
    while (!text.isEmpty() && (text.back() == QLatin1Char(':') || text.back() == QChar(0xFF1A) || text.back().isSpace()))
        text.chop(1);
    return text;
}

} // namespace

void RecordDialog::revalidate()
{
    m_problems = validate();
    QStringList lines;
    QSet<QString> badFields;
    for (const Diagnostic &problem : std::as_const(m_problems)) {
        badFields.insert(problem.field);
        QWidget *editor = m_editors.value(problem.field);
        const auto *label = editor ? qobject_cast<QLabel *>(m_form->labelForField(editor)) : nullptr;
        const QString name = label ? plainLabel(label->text()) : problem.field;
        //: A field's label, then what is wrong with its value: "Amount: is required".
        lines << tr("%1: %2").arg(name, problem.message);
    }
    m_problemLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!lines.isEmpty());
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        // The field with a problem gets a red frame.
        it.value()->setStyleSheet(badFields.contains(it.key())
                                      ? QStringLiteral("QLineEdit, QComboBox, QDateEdit { border: 1px solid #b01e1e; }")
                                      : QString());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace cd::ui
