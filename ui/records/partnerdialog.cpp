#include "ui/records/partnerdialog.h"

#include "ui/format.h"
#include "ui/vocabulary.h"

#include "store/records/recordrules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace cd::ui {

namespace {
const QDate noDate(1900, 1, 1);
}

QComboBox *makeCodeCombo(const QString &vocabulary, bool allowEmpty, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (allowEmpty)
        combo->addItem(QString(), QString());
    for (const QString &code : vocabularyCodes(vocabulary))
        combo->addItem(codeLabel(vocabulary, code), code);
    return combo;
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QComboBox *makeCurrencyCombo(bool allowEmpty, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (allowEmpty)
        combo->addItem(QString(), QString());
    for (const QString &code : Currency::knownCodes())
        combo->addItem(code, code);
    return combo;
}

QDateEdit *makeOptionalDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(noDate);
    // The minimum date stands for "no date".
    edit->setSpecialValueText(PartnerDialog::tr("none"));
    edit->setDate(noDate);
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, QDate date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

PartnerDialog::PartnerDialog(const Partner &partner, bool isNew, std::function<bool(const QString &)> idTaken,
                             QWidget *parent)
    : RecordDialog(parent), m_isNew(isNew), m_idTaken(std::move(idTaken))
{
    setWindowTitle(isNew ? tr("New Partner") : tr("Partner %1").arg(partner.name));
    setObjectName(QStringLiteral("partnerDialog"));
    m_id = new QLineEdit(partner.id, this);
    m_id->setReadOnly(!isNew);
    m_name = new QLineEdit(partner.name, this);
    m_type = makeCodeCombo(QStringLiteral("type"), false, this);
    selectCode(m_type, partner.type);
    m_region = makeCodeCombo(QStringLiteral("region"), false, this);
    selectCode(m_region, partner.region);
    m_country = new QLineEdit(partner.country, this);
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("ISO code, e.g. DE"));
    m_program = new QLineEdit(partner.program, this);
    m_tier = new QLineEdit(partner.tier, this);
    m_stage = makeCodeCombo(QStringLiteral("stage"), true, this);
    selectCode(m_stage, partner.stage);
    m_status = makeCodeCombo(QStringLiteral("status"), false, this);
    selectCode(m_status, partner.status.isEmpty() ? QStringLiteral("active") : partner.status);
    m_manager = new QLineEdit(partner.manager, this);
    m_joined = makeOptionalDateEdit(this);
    setOptionalDate(m_joined, partner.joinedOn);
    m_commitment = new QLineEdit(partner.revenueCommitment ? formatMoney(*partner.revenueCommitment) : QString(), this);
    m_commitment->setAlignment(Qt::AlignRight);
    m_currency = makeCurrencyCombo(true, this);
    selectCode(m_currency, partner.revenueCommitment ? partner.revenueCommitment->currency().code() : QString());
    m_website = new QLineEdit(partner.website, this);
    m_vertical = new QLineEdit(partner.vertical, this);

    addField(QStringLiteral("partner_id"), tr("Partner &ID:"), m_id);
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("type"), tr("&Type:"), m_type);
    addField(QStringLiteral("region"), tr("&Region:"), m_region);
    addField(QStringLiteral("country"), tr("&Country:"), m_country);
    addField(QStringLiteral("program"), tr("&Program:"), m_program);
    addField(QStringLiteral("tier"), tr("Ti&er:"), m_tier);
    addField(QStringLiteral("stage"), tr("&Stage:"), m_stage);
    addField(QStringLiteral("status"), tr("St&atus:"), m_status);
    addField(QStringLiteral("manager"), tr("&Manager:"), m_manager);
    addField(QStringLiteral("joined_on"), tr("&Joined:"), m_joined);
    addField(QStringLiteral("revenue_commitment"), tr("Revenue c&ommitment:"), m_commitment);
    addField(QStringLiteral("currency"), tr("C&urrency:"), m_currency);
    addField(QStringLiteral("website"), tr("&Website:"), m_website);
    addField(QStringLiteral("vertical"), tr("&Vertical:"), m_vertical);
    resize(480, sizeHint().height());
    revalidate();
}

std::optional<Money> PartnerDialog::commitment(QString *error) const
{
    const QString text = m_commitment->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<Currency> currency = Currency::fromCode(m_currency->currentData().toString());
    if (!currency) {
        *error = tr("needs a currency");
        return std::nullopt;
    }
    const TypedAmount typed = parseLocalizedMoney(text, *currency);
    if (typed.problem == AmountProblem::NotAnAmount)
        *error = tr("\"%1\" is not an amount").arg(text);
    else if (typed.problem == AmountProblem::TooManyDecimals)
        *error = tr("has more decimals than %1 allows (%2)").arg(currency->code()).arg(currency->minorDigits());
    return typed.money;
}

Partner PartnerDialog::partner() const
{
    Partner partner;
    partner.id = m_id->text().trimmed();
    partner.name = m_name->text().trimmed();
    partner.type = m_type->currentData().toString();
    partner.region = m_region->currentData().toString();
    partner.country = m_country->text().trimmed().toUpper();
    partner.program = m_program->text().trimmed();
    partner.tier = m_tier->text().trimmed();
    partner.stage = m_stage->currentData().toString();
    partner.status = m_status->currentData().toString();
    partner.manager = m_manager->text().trimmed();
    partner.joinedOn = optionalDate(m_joined);
    QString ignored;
    partner.revenueCommitment = commitment(&ignored);
    partner.website = m_website->text().trimmed();
    partner.vertical = m_vertical->text().trimmed();
    return partner;
}

Diagnostics PartnerDialog::validate() const
{
    const Partner edited = partner();
    Diagnostics problems = store::validatePartner(edited);
    if (m_isNew && !edited.id.isEmpty() && m_idTaken && m_idTaken(edited.id))
        problems << Diagnostic{QString(), 0, QStringLiteral("partner_id"), tr("is already used by another partner")};
    QString commitmentError;
    commitment(&commitmentError);
    if (!commitmentError.isEmpty())
        problems << Diagnostic{QString(), 0, QStringLiteral("revenue_commitment"), commitmentError};
    return problems;
}

} // namespace cd::ui
