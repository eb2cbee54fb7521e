#include "ui/registrations/registrationdialog.h"

#include "ui/format.h"

#include "core/money/currency.h"
#include "core/registrations/customerkey.h"
#include "core/registrations/similarity.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

namespace {

QString when(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return QLocale().toString(utc.date(), QLocale::ShortFormat) + QLatin1Char(' ') + utc.toString(QStringLiteral("HH:mm"))
           + QStringLiteral(" UTC");
}

} // namespace

RegistrationDialog::RegistrationDialog(RegistrationDialogContext context, const QString &suggestedId, QWidget *parent)
    : QDialog(parent), m_context(std::move(context))
{
    setWindowTitle(tr("New deal registration"));
    if (!m_context.now.isValid())
        m_context.now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_context.registrations.size(); ++i)
        m_indexOf.insert(m_context.registrations[i].id, i);

    m_id = new QLineEdit(suggestedId, this);
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("partner"));
    QStringList partnerIds = m_context.partnerNames.keys();
    std::sort(partnerIds.begin(), partnerIds.end(), [this](const QString &a, const QString &b) {
        return QString::localeAwareCompare(m_context.partnerNames.value(a), m_context.partnerNames.value(b)) < 0;
    });
    m_partner->addItem(tr("Choose a partner"), QString());
    for (const QString &id : std::as_const(partnerIds))
        m_partner->addItem(QStringLiteral("%1 (%2)").arg(m_context.partnerNames.value(id), id), id);
    m_customer = new QLineEdit(this);
    m_customer->setPlaceholderText(tr("Company name, e.g. ACME Corp."));
    m_domain = new QLineEdit(this);
    m_domain->setPlaceholderText(tr("acme.example (optional, decides the customer when given)"));
    m_product = new QLineEdit(this);
    m_product->setPlaceholderText(tr("Empty: every product of the customer"));
    m_amount = new QLineEdit(this);
    m_amount->setAlignment(Qt::AlignRight);
    m_currency = new QComboBox(this);
    for (const QString &code : Currency::knownCodes())
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(QStringLiteral("USD"))));
    m_submitted = new QDateTimeEdit(m_context.now.toUTC(), this);
    m_submitted->setTimeSpec(Qt::UTC);
    m_submitted->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_submitted->setCalendarPopup(true);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *form = new QFormLayout;
    form->addRow(tr("Registration &id"), m_id);
    form->addRow(tr("&Partner"), m_partner);
    form->addRow(tr("&Customer"), m_customer);
    form->addRow(tr("Customer &domain"), m_domain);
    form->addRow(tr("P&roduct"), m_product);
    form->addRow(tr("&Amount"), amountRow);
    form->addRow(tr("&Submitted"), m_submitted);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdict->setMargin(8);
    m_similar = new QLabel(this);
    m_similar->setObjectName(QStringLiteral("similar"));
    m_similar->setWordWrap(true);
    m_similar->setTextFormat(Qt::PlainText);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_similar);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_id, m_customer, m_domain, m_product, m_amount})
        connect(edit, &QLineEdit::textChanged, this, &RegistrationDialog::evaluate);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &RegistrationDialog::evaluate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &RegistrationDialog::evaluate);
    connect(m_submitted, &QDateTimeEdit::dateTimeChanged, this, &RegistrationDialog::evaluate);
    evaluate();
}

std::optional<Money> RegistrationDialog::amount(QString *error) const
{
    const std::optional<Currency> currency = Currency::fromCode(m_currency->currentData().toString());
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty() || !currency) {
        *error = tr("Amount: is required");
        return std::nullopt;
    }
    const TypedAmount typed = parseLocalizedMoney(text, *currency, AmountSign::NotNegative);
    if (typed.problem == AmountProblem::NotAnAmount)
        *error = tr("Amount: \"%1\" is not an amount").arg(text);
    else if (typed.problem == AmountProblem::TooManyDecimals)
        *error = tr("Amount: has more decimals than %1 allows (%2)").arg(currency->code()).arg(currency->minorDigits());
    return typed.money;
}

Registration RegistrationDialog::registration() const
{
    Registration r;
    r.id = m_id->text().trimmed();
    r.partnerId = m_partner->currentData().toString();
    r.customer = m_customer->text().trimmed();
    r.customerDomain = m_domain->text().trimmed();
    r.product = m_product->text().trimmed();
    QString error;
    if (const std::optional<Money> money = amount(&error))
        r.amount = *money;
    r.submittedAt = m_submitted->dateTime().toUTC();
    return r;
}

QStringList RegistrationDialog::problems() const
{
    QStringList problems;
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        problems << tr("Registration id: is required");
    else if (m_context.takenIds.contains(id))
        problems << tr("Registration id: %1 exists already").arg(id);
    if (m_partner->currentData().toString().isEmpty())
        problems << tr("Partner: choose one");
    if (m_customer->text().trimmed().isEmpty() && m_domain->text().trimmed().isEmpty())
        problems << tr("Customer: a name or a domain is required");
    QString error;
    if (!amount(&error))
        problems << error;
    return problems;
}

QString RegistrationDialog::verdictText() const
{
    return m_verdict->text();
}

QString RegistrationDialog::similarText() const
{
    return m_similar->text();
}

void RegistrationDialog::evaluate()
{
    const Registration candidate = registration();
    const QStringList problems = this->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
    m_decision.reset();
    if (candidate.partnerId.isEmpty() || (candidate.customer.isEmpty() && candidate.customerDomain.isEmpty())) {
        m_verdict->setText(tr("Enter a partner and a customer to see whether this registration would win."));
        m_verdict->setStyleSheet(QString());
        m_similar->clear();
        return;
    }
    Registration evaluated = candidate;
    if (evaluated.id.isEmpty() || m_indexOf.contains(evaluated.id))
        evaluated.id = QStringLiteral("\x7f") + evaluated.id; // sorts after the stored ids on a tie, never equal
    QList<Registration> all = m_context.registrations;
    QList<QDateTime> ends = m_context.windowEnds;
    ends.resize(all.size());
    all << evaluated;
    ends << QDateTime();
    const RegistrationDecision decision =
        evaluateRegistrations(all, m_context.now, m_context.protectionDays, ends).constLast();
    m_decision = RegistrationDecision{candidate.id, decision.status, decision.winner};

    const QString product = candidate.product.isEmpty() ? tr("any product") : candidate.product;
    const QString key = customerKey(candidate.customer, candidate.customerDomain);
    QString text;
    QString colour;
    if (decision.status == RegistrationStatus::Approved || decision.status == RegistrationStatus::Expired) {
        const QDateTime end = protectionEnd(candidate.submittedAt, m_context.protectionDays);
        text = decision.status == RegistrationStatus::Approved
                   ? tr("Approved: the first registration of customer \"%1\" for %2. The partner is protected until %3.")
                         .arg(key, product, when(end))
                   : tr("First for customer \"%1\" and %2, but its protection ended on %3 (expired).")
                         .arg(key, product, when(end));
        colour = QStringLiteral("#e6f4ea");
    } else {
        const int index = m_indexOf.value(decision.winner, -1);
        const Registration *winner = index >= 0 ? &m_context.registrations[index] : nullptr;
        const QString winnerPartner = winner ? QStringLiteral("%1 (%2)").arg(m_context.partnerNames.value(winner->partnerId),
                                                                             winner->partnerId)
                                             : QString();
        const QDateTime end = winner && index < m_context.windowEnds.size() && m_context.windowEnds[index].isValid()
                                  ? m_context.windowEnds[index]
                                  : protectionEnd(winner ? winner->submittedAt : QDateTime(), m_context.protectionDays);
        if (decision.status == RegistrationStatus::Duplicate) {
            text = tr("Duplicate of %1: the same partner registered customer \"%2\" on %3; it is protected until %4. "
                      "Registering again extends nothing.")
                       .arg(decision.winner, key, winner ? when(winner->submittedAt) : QString(), when(end));
            colour = QStringLiteral("#fff4ce");
        } else {
            text = tr("Conflict: %1 by %2 registered customer \"%3\" first, on %4, and is protected until %5. "
                      "The winner is %1; saving opens a conflict case.")
                       .arg(decision.winner, winnerPartner, key, winner ? when(winner->submittedAt) : QString(),
                            when(end));
            colour = QStringLiteral("#fde7e9");
        }
    }
    m_verdict->setText(text);
    m_verdict->setStyleSheet(QStringLiteral("QLabel { background: %1; }").arg(colour));

    // Registrations the key misses but that may be the same customer (shown for review only).
    QList<std::pair<int, QString>> similar;
    for (const Registration &other : std::as_const(m_context.registrations)) {
        if (other.partnerId == candidate.partnerId || !productsCompete(other.product, candidate.product)
            || customerKey(other.customer, other.customerDomain) == key)
            continue;
        const SimilarPair pair = compareRegistrations(other, candidate);
        if (pair.score >= 50)
            similar.append({pair.score, tr("%1 – %2 (%3), %4%: %5")
                                            .arg(other.id, other.customer.isEmpty() ? other.customerDomain : other.customer,
                                                 m_context.partnerNames.value(other.partnerId, other.partnerId))
                                            .arg(pair.score)
                                            .arg(pair.reason)});
    }
    std::stable_sort(similar.begin(), similar.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList lines;
    for (int i = 0; i < std::min<qsizetype>(3, similar.size()); ++i)
        lines << similar[i].second;
    m_similar->setText(lines.isEmpty() ? QString()
                                       : tr("May be the same customer (for review, does not change the status):\n%1")
                                             .arg(lines.join(QLatin1Char('\n'))));
}

} // namespace cd::ui
