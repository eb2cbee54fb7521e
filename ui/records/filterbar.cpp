#include "ui/records/filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace cd::ui {

FilterBar::FilterBar(const QList<Choice> &choices, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setObjectName(QStringLiteral("searchField"));
    layout->addWidget(m_search, 2);
    for (const Choice &choice : choices) {
        auto *box = new QComboBox(this);
        box->setObjectName(choice.key + QStringLiteral("Filter"));
        box->addItem(choice.title, QString());
        for (qsizetype i = 0; i < choice.codes.size(); ++i)
            box->addItem(choice.labels.value(i, choice.codes[i]), choice.codes[i]);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(box, 1);
        m_boxes.append({choice.key, box});
        connect(box, &QComboBox::currentIndexChanged, this, [this] { emit filterChanged(filter()); });
    }
    m_others = new QToolButton(this);
    m_others->setObjectName(QStringLiteral("otherConditions"));
    m_others->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_others->setToolTip(tr("Conditions set from elsewhere; click to remove them"));
    m_others->hide();
    layout->addWidget(m_others);
    connect(m_others, &QToolButton::clicked, this, [this] {
        m_otherConditions.clear();
        showOtherConditions();
        emit filterChanged(filter());
    });
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear filters"));
    clear->setObjectName(QStringLiteral("clearFilters"));
    layout->addWidget(clear);
    connect(clear, &QToolButton::clicked, this, [this] { setFilter({}); });

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitSoon);
    // Enter applies at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        emit filterChanged(filter());
    });
}

void FilterBar::emitSoon()
{
    m_debounce.start();
}

store::TableFilter FilterBar::filter() const
{
    store::TableFilter filter;
    filter.text = m_search->text().trimmed();
    filter.equals = m_otherConditions;
    for (const auto &[key, box] : m_boxes) {
        const QString code = box->currentData().toString();
        if (!code.isEmpty())
            filter.equals.insert(key, code);
    }
    return filter;
}

void FilterBar::showOtherConditions()
{
    QStringList shown;
    for (auto it = m_otherConditions.cbegin(); it != m_otherConditions.cend(); ++it)
        shown << tr("%1: %2").arg(m_keyTitles.value(it.key(), it.key()), it.value());
    //: A button in the filter row listing conditions it has no list for; the cross removes them.
    m_others->setText(tr("%1 ✕").arg(shown.join(QStringLiteral(", "))));
    m_others->setVisible(!shown.isEmpty());
}

void FilterBar::setFilter(const store::TableFilter &filter)
{
    const QSignalBlocker blockSearch(m_search);
    m_search->setText(filter.text);
    m_otherConditions = filter.equals;
    for (const auto &[key, box] : m_boxes) {
        const QSignalBlocker blockBox(box);
        const int index = box->findData(filter.equals.value(key));
        box->setCurrentIndex(index < 0 ? 0 : index);
        m_otherConditions.remove(key);
    }
    showOtherConditions();
    m_debounce.stop();
    emit filterChanged(this->filter());
}

QComboBox *FilterBar::choiceBox(const QString &key) const
{
    for (const auto &[boxKey, box] : m_boxes) {
        if (boxKey == key)
            return box;
    }
    return nullptr;
}

} // namespace cd::ui
