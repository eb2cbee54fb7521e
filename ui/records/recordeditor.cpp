#include "ui/records/recordeditor.h"

#include "ui/changenotifier.h"
#include "ui/records/dealdialog.h"
#include "ui/records/partnerdialog.h"
#include "ui/storecommand.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/records/partnerrepository.h"
#include "store/records/recordformat.h"
#include "store/records/recordrules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace cd::ui {

namespace {

using store::TableKind;

// Gives the free functions below a translation context lupdate understands.
struct RecordEditor
{
    Q_DECLARE_TR_FUNCTIONS(cd::RecordEditor)
};

// A record as read for editing, with the row version it had then (store/records/rowversion.h): the save
// and the undo commands pass the version back, so a record someone else changed meanwhile is not
// overwritten without the user knowing.
template<typename Record>
struct Versioned
{
    Record record;
    qint64 version = 0;
};

// How the undo commands reach each record kind's repository.
template<typename Repository, typename RecordType, TableKind tableKind, const char *auditName>
struct RecordAccess
{
    using Record = RecordType;
    static constexpr TableKind kind = tableKind;
    static constexpr const char *auditEntity = auditName; // as the audit log names the kind
    // The version first: a change committed between the two reads then makes the save refused (and
    // offered to reload), never lets it overwrite what was not shown.
    static std::optional<Versioned<Record>> read(store::Database &db, const QString &id)
    {
        const Repository repository(db);
        const std::optional<qint64> version = repository.version(id);
        std::optional<Record> record = version ? repository.find(id) : std::nullopt;
        if (!record)
            return std::nullopt;
        return Versioned<Record>{std::move(*record), *version};
    }
    static qint64 insert(store::Database &db, const Record &r)
    {
        Repository repository(db);
        repository.insert(r);
        return repository.version(r.id).value_or(1);
    }
    static qint64 update(store::Database &db, const Record &r, std::optional<qint64> expected)
    {
        return Repository(db).update(r, expected);
    }
    static void remove(store::Database &db, const QString &id, std::optional<qint64> expected)
    {
        Repository(db).remove(id, expected);
    }
};

constexpr char partnerEntity[] = "partner";
constexpr char dealEntity[] = "deal";
using PartnerAccess = RecordAccess<store::PartnerRepository, Partner, TableKind::Partners, partnerEntity>;
using DealAccess = RecordAccess<store::DealRepository, Deal, TableKind::Deals, dealEntity>;

// Moves a record between two states, either of which may be "absent": insert, update and delete are all
// this one command. It keeps the row version the record has after its last move, so an undo or redo after
// someone else's change is refused (StoreCommand reports it) instead of undoing their work.
template<typename Access>
class WriteRecordCommand : public StoreCommand
{
public:
    using Record = typename Access::Record;

    WriteRecordCommand(const EditContext &context, QWidget *window, std::optional<Record> before,
                       std::optional<qint64> beforeVersion, std::optional<Record> after, const QString &text)
        : StoreCommand({context.database, context.notifier, window}, text), m_before(std::move(before)),
          m_after(std::move(after)), m_version(beforeVersion)
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
            m_version = from ? Access::update(database(), *to, m_version) : Access::insert(database(), *to);
        } else if (from) {
            Access::remove(database(), from->id, m_version);
            m_version.reset();
        }
    }

    std::optional<Record> m_before;
    std::optional<Record> m_after;
    std::optional<qint64> m_version; // of the stored record after the last move; none while it is absent
};

enum class WriteOutcome { Saved, Refused, Stale };

struct WriteResult
{
    WriteOutcome outcome;
    QString changedBy;   // when stale: who saved the newer version, if the audit log says
    QDateTime changedAt; // and when
};

template<typename Access>
WriteResult pushWrite(QWidget *parent, const EditContext &context,
                       const std::optional<Versioned<typename Access::Record>> &before,
                       std::optional<typename Access::Record> after, const QString &text)
{
    using Record = typename Access::Record;
    try {
        StoreCommand::push(context.undoStack,
                           std::make_unique<WriteRecordCommand<Access>>(
                               context, parent, before ? std::optional<Record>(before->record) : std::nullopt,
                               before ? std::optional<qint64>(before->version) : std::nullopt, std::move(after), text));
    } catch (const store::StaleRecordError &stale) {
        return {WriteOutcome::Stale, stale.changedBy(), stale.changedAt()};
    } catch (const store::StoreError &error) {
        QMessageBox::warning(parent, RecordEditor::tr("Not saved"), error.message());
        return {WriteOutcome::Refused, {}, {}};
    }
    return {WriteOutcome::Saved, {}, {}};
}

// Someone saved the record after this dialog read it: say who and when, and let the user choose between
// their version (reload) and their version with the user's own changes on top (keep editing), which a
// second OK saves.
enum class StaleChoice { Reload, KeepEditing };

StaleChoice askAboutStaleRecord(QWidget *parent, const QString &recordId, const QString &changedBy, const QDateTime &changedAt)
{
    const QString who = changedBy.isEmpty() ? RecordEditor::tr("someone else") : changedBy;
    const QString message =
        changedAt.isValid()
            ? RecordEditor::tr("%1 was changed by %2 at %3 since you opened it.")
                  .arg(recordId, who, QLocale().toString(changedAt.toLocalTime(), QLocale::ShortFormat))
            : RecordEditor::tr("%1 was changed by %2 since you opened it.").arg(recordId, who);
    QMessageBox box(QMessageBox::Warning, RecordEditor::tr("Changed by someone else"), message, QMessageBox::NoButton, parent);
    box.setInformativeText(RecordEditor::tr("Reload shows their version; what you typed here is dropped. Keep editing "
                                            "puts the fields you changed on top of their version, for you to check "
                                            "and save; where you both changed a field, yours is kept."));
    QPushButton *reload = box.addButton(RecordEditor::tr("Reload"), QMessageBox::AcceptRole);
    box.addButton(RecordEditor::tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload ? StaleChoice::Reload : StaleChoice::KeepEditing;
}

// Runs the dialog until the record is saved or the user gives up. `makeDialog(record)` makes the dialog for
// a record; it is made again when the user reloads someone else's newer version.
template<typename Access, typename Dialog, typename MakeDialog>
QString runDialog(QWidget *parent, const EditContext &context, std::optional<Versioned<typename Access::Record>> before,
                  const typename Access::Record &shown, MakeDialog makeDialog)
{
    // Whose version the dialog shows: the newest audit row of the record, when the user may read it.
    const auto showLastChange = [&](Dialog &dialog, const QString &id) {
        const QList<store::AuditEntry> latest =
            store::AuditLog(context.database).entries(QString::fromLatin1(Access::auditEntity), id, 1);
        if (!latest.isEmpty())
            dialog.setLastChange(latest.front().actor, latest.front().at);
    };
    std::unique_ptr<Dialog> dialog = makeDialog(shown);
    if (before)
        showLastChange(*dialog, before->record.id);
    while (dialog->exec() == QDialog::Accepted) {
        const auto after = dialog->record();
        if (before && before->record == after)
            return after.id;
        const QString text = before ? RecordEditor::tr("Edit %1").arg(after.id) : RecordEditor::tr("Add %1").arg(after.id);
        const WriteResult written = pushWrite<Access>(parent, context, before, after, text);
        if (written.outcome == WriteOutcome::Saved)
            return after.id;
        if (written.outcome == WriteOutcome::Refused)
            continue; // a rule the dialog could not see: keep the user's input and let them fix it
        const std::optional<Versioned<typename Access::Record>> newer = Access::read(context.database, after.id);
        if (!newer) {
            QMessageBox::warning(parent, RecordEditor::tr("Not saved"),
                                 RecordEditor::tr("%1 was deleted since you opened it.").arg(after.id));
            return {};
        }
        const StaleChoice choice = askAboutStaleRecord(parent, after.id, written.changedBy, written.changedAt);
        const auto shownNext = choice == StaleChoice::Reload
                                   ? newer->record
                                   : store::mergedEdits(before->record, after, newer->record);
        before = newer;
        dialog = makeDialog(shownNext);
        showLastChange(*dialog, newer->record.id);
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
        return runDialog<PartnerAccess, PartnerEditDialog>(parent, context, std::nullopt, fresh, [&](const Partner &p) {
            return partnerDialog(parent, context, p, true);
        });
    }
    Deal fresh;
    fresh.status = QStringLiteral("open");
    fresh.stage = QStringLiteral("prospecting");
    fresh.source = QStringLiteral("sourced");
    fresh.amount = Money::fromMinorUnits(0, *Currency::fromCode(u"USD"));
    return runDialog<DealAccess, DealEditDialog>(parent, context, std::nullopt, fresh,
                                                 [&](const Deal &d) { return dealDialog(parent, context, d, true); });
}

QString editRecord(QWidget *parent, store::TableKind kind, const QString &recordId, const EditContext &context)
{
    try {
        if (kind == TableKind::Partners) {
            const auto before = PartnerAccess::read(context.database, recordId);
            if (!before)
                return {};
            return runDialog<PartnerAccess, PartnerEditDialog>(parent, context, before, before->record, [&](const Partner &p) {
                return partnerDialog(parent, context, p, false);
            });
        }
        const auto before = DealAccess::read(context.database, recordId);
        if (!before)
            return {};
        return runDialog<DealAccess, DealEditDialog>(parent, context, before, before->record,
                                                     [&](const Deal &d) { return dealDialog(parent, context, d, false); });
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
        const QString text = RecordEditor::tr("Delete %1").arg(recordId);
        std::optional<WriteResult> written;
        if (kind == TableKind::Partners) {
            if (const auto before = PartnerAccess::read(context.database, recordId))
                written = pushWrite<PartnerAccess>(parent, context, before, std::nullopt, text);
        } else if (const auto before = DealAccess::read(context.database, recordId)) {
            written = pushWrite<DealAccess>(parent, context, before, std::nullopt, text);
        }
        // Changed between reading it here and deleting it: the user confirmed another version.
        if (written && written->outcome == WriteOutcome::Stale)
            QMessageBox::warning(parent, RecordEditor::tr("Not deleted"),
                                 RecordEditor::tr("%1 was changed by %2 just now; look at it again before deleting it.")
                                     .arg(recordId, written->changedBy.isEmpty() ? RecordEditor::tr("someone else")
                                                                                  : written->changedBy));
        return written && written->outcome == WriteOutcome::Saved;
    } catch (const store::StoreError &error) {
        QMessageBox::warning(parent, RecordEditor::tr("Could not delete"), error.message());
        return false;
    }
}

} // namespace cd::ui
