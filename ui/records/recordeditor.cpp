#include "ui/records/recordeditor.h"

#include "ui/changenotifier.h"
#include "ui/records/dealdialog.h"
#include "ui/records/partnerdialog.h"
#include "ui/storecommand.h"

#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/records/partnerrepository.h"
#include "store/records/recordrules.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace cd::ui {

namespace {

using store::TableKind;

// Gives the free functions below a translation context lupdate understands.
struct RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(cd::RecordEditor)
};

// How the undo commands reach each record kind's repository.
struct PartnerAccess
{
    using Record = Partner;
    static constexpr TableKind kind = TableKind::Partners;
    static std::optional<Partner> find(store::Database &db, const QString &id) { return store::PartnerRepository(db).find(id); }
    static void insert(store::Database &db, const Partner &p) { store::PartnerRepository(db).insert(p); }
    static void update(store::Database &db, const Partner &p) { store::PartnerRepository(db).update(p); }
    static void remove(store::Database &db, const QString &id) { store::PartnerRepository(db).remove(id); }
};

struct DealAccess
{
    using Record = Deal;
    static constexpr TableKind kind = TableKind::Deals;
    static std::optional<Deal> find(store::Database &db, const QString &id) { return store::DealRepository(db).find(id); }
    static void insert(store::Database &db, const Deal &d) { store::DealRepository(db).insert(d); }
    static void update(store::Database &db, const Deal &d) { store::DealRepository(db).update(d); }
    static void remove(store::Database &db, const QString &id) { store::DealRepository(db).remove(id); }
};

// Moves a record between two states, either of which may be "absent": insert, update and delete are all
// this one command.
template<typename Access>
class WriteRecordCommand : public StoreCommand
{
public:
    using Record = typename Access::Record;

    WriteRecordCommand(const EditContext &context, QWidget *window, std::optional<Record> before,
                       std::optional<Record> after, const QString &text)
        : StoreCommand({context.database, context.notifier, window}, text), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

protected:
    void forward() override { move(m_before, m_after); }
    void backward() override { move(m_after, m_before); }

    void notify(ChangeNotifier &notifier, Direction direction) override
    {
        const std::optional<Record> &from = direction == Direction::Forward ? m_before : m_after;
        const std::optional<Record> &to = direction == Direction::Forward ? m_after : m_before;
        if (to)
            emit notifier.recordChanged(Access::kind, to->id);
        else if (from)
            emit notifier.recordRemoved(Access::kind, from->id);
    }

private:
    void move(const std::optional<Record> &from, const std::optional<Record> &to)
    {
        if (to) {
            if (from)
                Access::update(database(), *to);
            else
                Access::insert(database(), *to);
        } else if (from) {
            Access::remove(database(), from->id);
        }
    }

    std::optional<Record> m_before;
    std::optional<Record> m_after;
};

template<typename Access>
bool pushWrite(QWidget *parent, const EditContext &context, std::optional<typename Access::Record> before,
               std::optional<typename Access::Record> after, const QString &text)
{
    try {
        StoreCommand::push(context.undoStack,
                           std::make_unique<WriteRecordCommand<Access>>(context, parent, std::move(before),
                                                                        std::move(after), text));
    } catch (const store::StoreError &error) {
        QMessageBox::warning(parent, RecordEditor::tr("Not saved"), error.message());
        return false;
    }
    return true;
}

template<typename Access, typename Dialog, typename MakeDialog>
QString runDialog(QWidget *parent, const EditContext &context, std::optional<typename Access::Record> before,
                  MakeDialog makeDialog)
{
    std::unique_ptr<Dialog> dialog = makeDialog();
    while (dialog->exec() == QDialog::Accepted) {
        const auto after = dialog->record();
        if (before && *before == after)
            return after.id;
        const QString text = before ? RecordEditor::tr("Edit %1").arg(after.id) : RecordEditor::tr("Add %1").arg(after.id);
        if (pushWrite<Access>(parent, context, before, after, text))
            return after.id;
        // Refused by the store (a rule the dialog could not see): keep the user's input and let them fix it.
    }
    return {};
}

class PartnerEditDialog : public PartnerDialog
{
public:
    using PartnerDialog::PartnerDialog;
    Partner record() const { return partner(); }
};

class DealEditDialog : public DealDialog
{
public:
    using DealDialog::DealDialog;
    Deal record() const { return deal(); }
};

std::unique_ptr<PartnerEditDialog> partnerDialog(QWidget *parent, const EditContext &context, const Partner &partner,
                                                 bool isNew)
{
    store::Database *database = &context.database;
    return std::make_unique<PartnerEditDialog>(
        partner, isNew, [database](const QString &id) { return store::PartnerRepository(*database).exists(id); },
        parent);
}

std::unique_ptr<DealEditDialog> dealDialog(QWidget *parent, const EditContext &context, const Deal &deal, bool isNew)
{
    store::Database *database = &context.database;
    return std::make_unique<DealEditDialog>(
        deal, isNew, [database](const QString &id) { return store::DealRepository(*database).exists(id); },
        [database](const QString &id) {
            const std::optional<Partner> partner = store::PartnerRepository(*database).find(id);
            return partner ? partner->name : QString();
        },
        parent);
}

} // namespace

QString addRecord(QWidget *parent, store::TableKind kind, const EditContext &context)
{
    if (kind == TableKind::Partners) {
        Partner fresh;
        fresh.status = QStringLiteral("active");
        fresh.stage = QStringLiteral("identification");
        fresh.joinedOn = QDate::currentDate();
        return runDialog<PartnerAccess, PartnerEditDialog>(parent, context, std::nullopt, [&] {
            return partnerDialog(parent, context, fresh, true);
        });
    }
    Deal fresh;
    fresh.status = QStringLiteral("open");
    fresh.stage = QStringLiteral("prospecting");
    fresh.source = QStringLiteral("sourced");
    fresh.amount = Money::fromMinorUnits(0, *Currency::fromCode(u"USD"));
    return runDialog<DealAccess, DealEditDialog>(parent, context, std::nullopt,
                                                 [&] { return dealDialog(parent, context, fresh, true); });
}

QString editRecord(QWidget *parent, store::TableKind kind, const QString &recordId, const EditContext &context)
{
    try {
        if (kind == TableKind::Partners) {
            const std::optional<Partner> before = PartnerAccess::find(context.database, recordId);
            if (!before)
                return {};
            return runDialog<PartnerAccess, PartnerEditDialog>(parent, context, before, [&] {
                return partnerDialog(parent, context, *before, false);
            });
        }
        const std::optional<Deal> before = DealAccess::find(context.database, recordId);
        if (!before)
            return {};
        return runDialog<DealAccess, DealEditDialog>(parent, context, before,
                                                     [&] { return dealDialog(parent, context, *before, false); });
    } catch (const store::StoreError &error) {
        QMessageBox::warning(parent, RecordEditor::tr("Could not read the record"), error.message());
        return {};
    }
}

bool deleteRecord(QWidget *parent, store::TableKind kind, const QString &recordId, const EditContext &context)
{
    const QString question = kind == TableKind::Partners
                                 ? RecordEditor::tr("Delete the partner %1? You can undo this.").arg(recordId)
                                 : RecordEditor::tr("Delete the deal %1? You can undo this.").arg(recordId);
    if (QMessageBox::question(parent, RecordEditor::tr("Delete"), question) != QMessageBox::Yes)
        return false;
    try {
        if (kind == TableKind::Partners) {
            const std::optional<Partner> before = PartnerAccess::find(context.database, recordId);
            return before && pushWrite<PartnerAccess>(parent, context, before, std::nullopt, RecordEditor::tr("Delete %1").arg(recordId));
        }
        const std::optional<Deal> before = DealAccess::find(context.database, recordId);
        return before && pushWrite<DealAccess>(parent, context, before, std::nullopt, RecordEditor::tr("Delete %1").arg(recordId));
    } catch (const store::StoreError &error) {
        QMessageBox::warning(parent, RecordEditor::tr("Could not delete"), error.message());
        return false;
    }
}

} // namespace cd::ui
