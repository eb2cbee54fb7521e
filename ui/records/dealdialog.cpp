#include "ui/records/dealdialog.h"

#include "ui/format.h"
#include "ui/records/partnerdialog.h"

#include "store/records/recordrules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace cd::ui {

DealDialog::DealDialog(const Deal &deal, bool isNew, std::function<bool(const QString &)> idTaken,
                       std::function<QString(const QString &)> partnerName, QWidget *parent)
    : RecordDialog(parent), m_isNew(isNew), m_idTaken(std::move(idTaken)), m_partnerName(std::move(partnerName))
{
    setWindowTitle(isNew ? tr("New Deal") : tr("Deal %1").arg(deal.id));
    setObjectName(QStringLiteral("dealDialog"));
    m_id = new QLineEdit(deal.id, this);
    m_id->setReadOnly(!isNew);
    m_partners = new QLineEdit(deal.partners.isEmpty() ? QString() : formatPartnerSplit(deal.partners), this);
    m_partners->setPlaceholderText(tr("P1, or a split such as P2=60;P1=40"));
    m_customer = new QLineEdit(deal.customer, this);
    m_domain = new QLineEdit(deal.customerDomain, this);
    m_name = new QLineEdit(deal.name, this);
    m_product = new QLineEdit(deal.product, this);
    m_status = makeCodeCombo(QStringLiteral("deal_status"), false, this);
    selectCode(m_status, deal.status.isEmpty() ? QStringLiteral("open") : deal.status);
    m_stage = makeCodeCombo(QStringLiteral("deal_stage"), true, this);
    selectCode(m_stage, deal.stage);
    m_amount = new QLineEdit(deal.amount.currency().isValid() && !deal.amount.isZero() ? formatMoney(deal.amount) : QString(), this);
    m_amount->setAlignment(Qt::AlignRight);
    m_currency = makeCurrencyCombo(false, this);
    selectCode(m_currency, deal.amount.currency().isValid() ? deal.amount.currency().code() : QStringLiteral("USD"));
    m_probability = new QLineEdit(deal.probability ? ui::formatPercent(*deal.probability) : QString(), this);
    m_probability->setPlaceholderText(tr("e.g. 60%"));
    m_closeDate = makeOptionalDateEdit(this);
    setOptionalDate(m_closeDate, deal.closeDate);
    m_cancelledOn = makeOptionalDateEdit(this);
    setOptionalDate(m_cancelledOn, deal.cancelledOn);
    m_source = makeCodeCombo(QStringLiteral("source"), true, this);
    selectCode(m_source, deal.source);
    m_regId = new QLineEdit(deal.regId, this);

    addField(QStringLiteral("deal_id"), tr("Deal &ID:"), m_id);
    addField(QStringLiteral("partners"), tr("&Partners:"), m_partners);
    addField(QStringLiteral("customer"), tr("&Customer:"), m_customer);
    addField(QStringLiteral("customer_domain"), tr("Customer &domain:"), m_domain);
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("product"), tr("P&roduct:"), m_product);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("stage"), tr("S&tage:"), m_stage);
    addField(QStringLiteral("amount"), tr("&Amount:"), m_amount);
    addField(QStringLiteral("currency"), tr("C&urrency:"), m_currency);
    addField(QStringLiteral("probability"), tr("Pro&bability:"), m_probability);
    addField(QStringLiteral("close_date"), tr("C&lose date:"), m_closeDate);
    addField(QStringLiteral("cancelled_on"), tr("Cancell&ed on:"), m_cancelledOn);
    addField(QStringLiteral("source"), tr("S&ource:"), m_source);
    addField(QStringLiteral("reg_id"), tr("Re&gistration:"), m_regId);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DealDialog::updateDependentFields);
    updateDependentFields();
    resize(520, sizeHint().height());
    revalidate();
}

void DealDialog::updateDependentFields()
{
    const QString status = m_status->currentData().toString();
    m_stage->setEnabled(status == QLatin1String("open"));
    m_cancelledOn->setEnabled(status == QLatin1String("cancelled"));
}

std::optional<Money> DealDialog::amount(QString *error) const
{
    const std::optional<Currency> currency = Currency::fromCode(m_currency->currentData().toString());
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty() || !currency) {
        *error = tr("is required");
        return std::nullopt;
    }
    const TypedAmount typed = parseLocalizedMoney(text, *currency);
    if (typed.problem == AmountProblem::NotAnAmount)
        *error = tr("\"%1\" is not an amount").arg(text);
    else if (typed.problem == AmountProblem::TooManyDecimals)
        *error = tr("has more decimals than %1 allows (%2)").arg(currency->code()).arg(currency->minorDigits());
    return typed.money;
}

std::optional<Decimal> DealDialog::probability(QString *error) const
{
    if (m_probability->text().trimmed().isEmpty())
        return std::nullopt;
    const std::optional<TypedPercent> typed = parseLocalizedPercent(m_probability->text());
    if (!typed) {
        *error = tr("\"%1\" is not a percentage").arg(m_probability->text());
        return std::nullopt;
    }
    return typed->number;
}

Deal DealDialog::deal() const
{
    Deal deal;
    deal.id = m_id->text().trimmed();
    QString ignored;
    if (const auto shares = parsePartnerSplit(m_partners->text().trimmed(), &ignored))
        deal.partners = *shares;
    deal.customer = m_customer->text().trimmed();
    deal.customerDomain = m_domain->text().trimmed();
    deal.name = m_name->text().trimmed();
    deal.product = m_product->text().trimmed();
    deal.status = m_status->currentData().toString();
    deal.stage = deal.status == QLatin1String("open") ? m_stage->currentData().toString() : QString();
    if (const auto money = amount(&ignored))
        deal.amount = *money;
    else if (const auto currency = Currency::fromCode(m_currency->currentData().toString()))
        deal.amount = Money::fromMinorUnits(0, *currency);
    deal.probability = probability(&ignored);
    deal.closeDate = optionalDate(m_closeDate);
    deal.cancelledOn = deal.status == QLatin1String("cancelled") ? optionalDate(m_cancelledOn) : QDate();
    deal.source = m_source->currentData().toString();
    deal.regId = m_regId->text().trimmed();
    return deal;
}

Diagnostics DealDialog::validate() const
{
    const Deal edited = deal();
    Diagnostics problems = store::validateDeal(edited);
    if (m_isNew && !edited.id.isEmpty() && m_idTaken && m_idTaken(edited.id))
        problems << Diagnostic{QString(), 0, QStringLiteral("deal_id"), tr("is already used by another deal")};
    QString splitError;
    if (!m_partners->text().trimmed().isEmpty()) {
        if (const auto shares = parsePartnerSplit(m_partners->text().trimmed(), &splitError)) {
            for (const DealShare &share : *shares) {
                if (m_partnerName && m_partnerName(share.partnerId).isEmpty())
                    problems << Diagnostic{QString(), 0, QStringLiteral("partners"),
                                           tr("there is no partner %1").arg(share.partnerId)};
            }
        } else {
            problems << Diagnostic{QString(), 0, QStringLiteral("partners"), splitError};
        }
    }
    QString amountError;
    amount(&amountError);
    if (!amountError.isEmpty()) {
        problems.erase(std::remove_if(problems.begin(), problems.end(),
                                      [](const Diagnostic &d) { return d.field == QLatin1String("amount"); }),
                       problems.end());
        problems << Diagnostic{QString(), 0, QStringLiteral("amount"), amountError};
    }
    QString probabilityError;
    probability(&probabilityError);
    if (!probabilityError.isEmpty())
        problems << Diagnostic{QString(), 0, QStringLiteral("probability"), probabilityError};
    return problems;
}

} // namespace cd::ui
