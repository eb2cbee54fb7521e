#include "ui/records/recordeditor.h"

#include "ui/changenotifier.h"
#include "ui/records/dealdialog.h"
#include "ui/records/partnerdialog.h"

#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/records/partnerrepository.h"
#include "store/records/recordrules.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

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
// this one command. The first redo() has already happened when the command is pushed (the write is tried
// before anything goes on the stack, so a refused write never leaves a command behind).
template<typename Access>
class WriteRecordCommand : public QUndoCommand
{
public:
    using Record = typename Access::Record;

    WriteRecordCommand(const EditContext &context, std::optional<Record> before, std::optional<Record> after,
                       const QString &text)
        : QUndoCommand(text), m_context(context), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    // Performs the change for the first time; throws StoreError when the store refuses it.
    void apply() { move(m_before, m_after); }

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        tryMove(m_before, m_after);
    }
    void undo() override { tryMove(m_after, m_before); }

private:
    void move(const std::optional<Record> &from, const std::optional<Record> &to)
    {
        if (to) {
            if (from)
                Access::update(m_context.database, *to);
            else
                Access::insert(m_context.database, *to);
            emit m_context.notifier->recordChanged(Access::kind, to->id);
        } else if (from) {
            Access::remove(m_context.database, from->id);
            emit m_context.notifier->recordRemoved(Access::kind, from->id);
        }
    }

    void tryMove(const std::optional<Record> &from, const std::optional<Record> &to)
    {
        try {
            move(from, to);
        } catch (const store::StoreError &error) {
            // Someone else changed the database meanwhile; the history cannot be replayed past this point.
            setObsolete(true);
            QMessageBox::warning(QApplication::activeWindow(), RecordEditor::tr("Cannot undo"),
                                 error.message());
        }
    }

    EditContext m_context;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    bool m_firstRedo = true;
};

template<typename Access>
bool pushWrite(QWidget *parent, const EditContext &context, std::optional<typename Access::Record> before,
               std::optional<typename Access::Record> after, const QString &text)
{
    auto command = std::make_unique<WriteRecordCommand<Access>>(context, std::move(before), std::move(after), text);
    try {
        command->apply();
    } catch (const store::StoreError &error) {
        QMessageBox::warning(parent, RecordEditor::tr("Not saved"), error.message());
        return false;
    }
    context.undoStack->push(command.release());
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
