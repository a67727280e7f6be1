// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include "documenttemplates.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

constexpr int PathRole = Qt::UserRole;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_templates(new QListWidget(this)), m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Kiln Studio"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Write, check and run EC2 Image Builder components on this "
                                   "machine before they reach the cloud."),
                                this);
    subtitle->setWordWrap(true);
    auto *newButton =
        new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("New Document"), this);
    auto *openButton = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("Open…"), this);

    for (const DocumentTemplate &t : documentTemplates()) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(u"text-x-generic"_s), t.title);
        item->setData(PathRole, t.resource);
        m_templates->addItem(item);
    }
    for (QListWidget *list : {m_templates, m_recent}) {
        list->setFrameShape(QFrame::NoFrame);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(heading(tr("Start from a template"), this), 0, 0);
    grid->addWidget(heading(tr("Recent files"), this), 0, 1);
    grid->addWidget(m_templates, 1, 0);
    grid->addWidget(m_recent, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addLayout(grid, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newDocumentRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    // One click, as links on a start page are (Enter too). Where the style
    // already activates on one click, a click must not open twice.
    const bool clickActivates = style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick);
    const auto onActivate = [this, clickActivates](QListWidget *list, auto emitFor) {
        connect(list, &QListWidget::itemActivated, this, emitFor);
        if (!clickActivates)
            connect(list, &QListWidget::itemClicked, this, emitFor);
    };
    onActivate(m_templates, [this](QListWidgetItem *item) {
        Q_EMIT templateRequested(item->data(PathRole).toString());
    });
    onActivate(m_recent, [this](QListWidgetItem *item) {
        if (const QString path = item->data(PathRole).toString(); !path.isEmpty())
            Q_EMIT recentRequested(path);
    });
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        auto *item = new QListWidgetItem(
            QIcon::fromTheme(u"text-x-generic"_s),
            u"%1 — %2"_s.arg(QFileInfo(path).fileName(),
                             QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        m_recent->addItem(item);
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("No recent files yet."));
        none->setFlags(Qt::NoItemFlags);
        m_recent->addItem(none);
    }
}

} // namespace Kiln
