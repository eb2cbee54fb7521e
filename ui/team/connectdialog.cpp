#include "ui/team/connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace cd::ui {

namespace {

const QString profilesGroup = QStringLiteral("team/profiles");

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Team Database"));
    setObjectName(QStringLiteral("connectDialog"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setEditable(true);
    m_profile->addItems(savedProfiles());
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not remembered; empty: PGPASSWORD or ~/.pgpass"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto complete = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_database->text().trimmed().isEmpty());
    };
    connect(m_database, &QLineEdit::textChanged, this, complete);
    connect(m_profile, &QComboBox::currentTextChanged, this, &ConnectDialog::loadProfile);
    const QString last = QSettings().value(QStringLiteral("team/lastProfile")).toString();
    if (!last.isEmpty())
        m_profile->setCurrentText(last);
    loadProfile(m_profile->currentText());
    complete();
}

QStringList ConnectDialog::savedProfiles()
{
    QSettings settings;
    settings.beginGroup(profilesGroup);
    return settings.childGroups();
}

void ConnectDialog::loadProfile(const QString &name)
{
    if (!savedProfiles().contains(name))
        return;
    QSettings settings;
    settings.beginGroup(profilesGroup + QLatin1Char('/') + name);
    m_host->setText(settings.value(QStringLiteral("host")).toString());
    m_port->setValue(settings.value(QStringLiteral("port")).toInt());
    m_database->setText(settings.value(QStringLiteral("database")).toString());
    m_user->setText(settings.value(QStringLiteral("user")).toString());
    m_password->clear();
}

store::DatabaseLocation ConnectDialog::location() const
{
    store::DatabaseLocation location;
    location.kind = store::DatabaseLocation::Kind::PostgreSQL;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.databaseName = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.password = m_password->text();
    return location;
}

QString ConnectDialog::profileName() const
{
    const QString name = m_profile->currentText().trimmed();
    return name.isEmpty() ? m_database->text().trimmed() : name;
}

void ConnectDialog::rememberProfile() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("team/lastProfile"), profileName());
    settings.beginGroup(profilesGroup + QLatin1Char('/') + profileName());
    const store::DatabaseLocation here = location();
    settings.setValue(QStringLiteral("host"), here.host);
    settings.setValue(QStringLiteral("port"), here.port);
    settings.setValue(QStringLiteral("database"), here.databaseName);
    settings.setValue(QStringLiteral("user"), here.user);
}

} // namespace cd::ui
