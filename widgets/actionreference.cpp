// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "actionreference.h"

#include "schema/actioncatalogue.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {

ActionReference::ActionReference(QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_page(new QTextBrowser(this))
{
    setWindowTitle(tr("Action Reference — Kiln Studio"));
    m_filter->setPlaceholderText(tr("Filter modules"));
    m_filter->setClearButtonEnabled(true);
    for (const ActionSpec &spec : ActionCatalogue::instance().actions()) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(spec.icon), spec.name, m_list);
        item->setToolTip(spec.category);
    }
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_page);
    split->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(split);
    resize(900, 600);

    connect(m_list, &QListWidget::currentTextChanged, this, &ActionReference::showAction);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setHidden(
                !m_list->item(row)->text().contains(text, Qt::CaseInsensitive));
    });
    m_list->setCurrentRow(0);
}

bool ActionReference::showAction(const QString &action)
{
    const ActionSpec *spec = ActionCatalogue::instance().find(action);
    if (!spec)
        return false;
    const QList<QListWidgetItem *> items = m_list->findItems(action, Qt::MatchExactly);
    if (!items.isEmpty() && m_list->currentItem() != items.front())
        m_list->setCurrentItem(items.front());
    m_page->setHtml(html(*spec));
    return true;
}

QString ActionReference::html(const ActionSpec &spec)
{
    QString out = u"<h2>%1</h2><p><i>%2</i> · %3</p><p>%4</p>"_s.arg(
        spec.name.toHtmlEscaped(), spec.category.toHtmlEscaped(),
        tr("Platforms: %1").arg(platformNames(spec.platforms)).toHtmlEscaped(),
        spec.doc.toHtmlEscaped());
    if (!spec.inputs.empty()) {
        out += u"<h3>%1</h3><table border=1 cellpadding=4 cellspacing=0>"
               "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"_s.arg(
                   tr("Inputs"), tr("Name"), tr("Type"), tr("Default"), tr("Description"));
        for (const InputSpec &in : spec.inputs) {
            QString about = in.doc.toHtmlEscaped();
            if (!in.allowedValues.isEmpty())
                about += u"<br>"_s +
                         tr("Allowed: %1").arg(in.allowedValues.join(u", "_s)).toHtmlEscaped();
            out += u"<tr><td><code>%1</code>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
                in.name.toHtmlEscaped(), in.required ? tr(" (required)") : QString(),
                inputTypeName(in.type).toHtmlEscaped(), in.defaultValue.toHtmlEscaped(), about);
        }
        out += u"</table>"_s;
    }
    if (!spec.outputs.empty()) {
        out += u"<h3>%1</h3><ul>"_s.arg(tr("Outputs"));
        for (const OutputSpec &o : spec.outputs)
            out += u"<li><code>%1</code> — %2</li>"_s.arg(o.name.toHtmlEscaped(),
                                                          o.doc.toHtmlEscaped());
        out += u"</ul>"_s;
    }
    if (!spec.example.isEmpty())
        out += u"<h3>%1</h3><pre>%2</pre>"_s.arg(tr("Example"), spec.example.toHtmlEscaped());
    return out;
}

} // namespace Kiln
