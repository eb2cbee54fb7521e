#pragma once

#include "store/engine/location.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace cd::ui {

// File → Connect to Team Database…: where the team's PostgreSQL database is and who connects, as libpq's
// URI fields. Each profile (a name the user picks: "EMEA team", "staging") is remembered in QSettings
// without its password, which is asked for each time or left to PGPASSWORD and ~/.pgpass.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    store::DatabaseLocation location() const;
    QString profileName() const;
    // Remembers the current fields under the profile's name (never the password).
    void rememberProfile() const;

    static QStringList savedProfiles();

private:
    void loadProfile(const QString &name);

    QComboBox *m_profile = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace cd::ui
