#pragma once

#include <QDate>
#include <QDialog>

class QTextBrowser;

namespace cd::store {
class Database;
}

namespace cd::ui {

// One partner in its program: tier (stored and evaluated), the tier's benefits, the scorecard with each
// KPI's contribution, its certifications (expired and expiring ones marked) and why it is where it is.
class PartnerDetailDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerDetailDialog(store::Database &database, const QString &partnerId, QDate asOf, QWidget *parent = nullptr);
    QString html() const; // what the dialog shows, for tests

private:
    QTextBrowser *m_text;
};

} // namespace cd::ui
