// Issue #4's pages: Programs, Tier review, Scorecard and Lifecycle, each opening a partner's detail.
#include "ui/featurepages.h"

#include "ui/changenotifier.h"
#include "ui/programs/lifecyclepage.h"
#include "ui/records/partnerdetaildialog.h"
#include "ui/programs/programeditorpage.h"
#include "ui/programs/scorecardpage.h"
#include "ui/programs/tierreviewpage.h"

#include <QCoreApplication>
#include <QDate>

namespace cd::ui {

namespace {

struct ProgramPagesText
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::ProgramPages)
};

} // namespace

void addProgramPages(PageHost &host)
{
    store::Database &database = host.database();
    QWidget *window = host.hostWindow();
    auto showPartner = [&database, window](const QString &partnerId) {
        if (partnerId.isEmpty())
            return;
        auto *dialog = new PartnerDetailDialog(database, partnerId, QDate::currentDate(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };

    auto *programs = new ProgramEditorPage(database, host.undoStack());
    host.addPage(QStringLiteral("programs"), ProgramPagesText::tr("Programs"), programs);

    auto *review = new TierReviewPage(database, host.undoStack(), host.changeNotifier());
    host.addPage(QStringLiteral("tierreview"), ProgramPagesText::tr("Tier review"), review);
    QObject::connect(review, &TierReviewPage::partnerActivated, review, showPartner);

    auto *scorecard = new ScorecardPage(database);
    host.addPage(QStringLiteral("scorecard"), ProgramPagesText::tr("Scorecard"), scorecard);
    QObject::connect(scorecard, &ScorecardPage::partnerActivated, scorecard, showPartner);

    auto *lifecycle = new LifecyclePage(database, host.undoStack(), host.changeNotifier());
    host.addPage(QStringLiteral("lifecycle"), ProgramPagesText::tr("Lifecycle"), lifecycle);
    QObject::connect(lifecycle, &LifecyclePage::partnerActivated, lifecycle, showPartner);

    // Tier changes and stage moves made elsewhere show up on the next look.
    if (ChangeNotifier *notifier = host.changeNotifier()) {
        QObject::connect(notifier, &ChangeNotifier::tableReplaced, lifecycle, [lifecycle, scorecard, review] {
            lifecycle->refresh();
            scorecard->refresh();
            review->evaluate(QDate::currentDate());
        });
    }
}

} // namespace cd::ui
