// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "changesview.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

constexpr int DiffRole = Qt::UserRole + 1;

// Added lines green, removed lines red, hunk headers in the link colour: the
// palette's own colours, so that the dark theme reads as well.
class DiffHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        if (text.startsWith(u"+++") || text.startsWith(u"---"))
            format.setFontWeight(QFont::Bold);
        else if (text.startsWith(u'+'))
            format.setForeground(QColor(0x2e, 0x9e, 0x44));
        else if (text.startsWith(u'-'))
            format.setForeground(QColor(0xd0, 0x3b, 0x3b));
        else if (text.startsWith(u"@@"))
            format.setForeground(QPalette().color(QPalette::Link));
        else
            return;
        setFormat(0, int(text.size()), format);
    }
};

QString mark(Sandbox::FileChange::Kind kind)
{
    using Kind = Sandbox::FileChange::Kind;
    switch (kind) {
    case Kind::Added:
        return ChangesView::tr("added");
    case Kind::Modified:
        return ChangesView::tr("modified");
    case Kind::Deleted:
        return ChangesView::tr("deleted");
    case Kind::Replaced:
        return ChangesView::tr("replaced");
    }
    return {};
}

QString stepSummary(const Sandbox::StepChanges &step)
{
    int counts[4] = {};
    for (const Sandbox::FileChange &c : step.files)
        ++counts[int(c.kind)];
    QStringList parts;
    if (counts[0])
        parts << ChangesView::tr("%n added", nullptr, counts[0]);
    if (counts[1])
        parts << ChangesView::tr("%n modified", nullptr, counts[1]);
    if (counts[2])
        parts << ChangesView::tr("%n deleted", nullptr, counts[2]);
    if (counts[3])
        parts << ChangesView::tr("%n replaced", nullptr, counts[3]);
    if (!step.packages.empty())
        parts << ChangesView::tr("%n package(s)", nullptr, int(step.packages.size()));
    return parts.join(u", "_s);
}

void addNames(QTreeWidgetItem *parent, const QString &what, const QStringList &names)
{
    if (!names.isEmpty())
        new QTreeWidgetItem(parent, {what, names.join(u", "_s)});
}

void addStep(QTreeWidget *tree, const Sandbox::StepChanges &step)
{
    auto *item =
        new QTreeWidgetItem(tree, {u"%1/%2"_s.arg(step.phase, step.step), stepSummary(step)});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    for (const Sandbox::FileChange &c : step.files) {
        QString detail = mark(c.kind);
        if (!c.aspects.isEmpty())
            detail += u" (%1)"_s.arg(c.aspects.join(u", "_s));
        if (c.kind == Sandbox::FileChange::Kind::Added && c.type == u"link")
            detail += u" → "_s + c.after;
        auto *file = new QTreeWidgetItem(
            item, {c.path + (c.type == u"folder" ? u"/"_s : QString()), detail});
        file->setData(0, DiffRole, c.diff);
        if (!c.diff.isEmpty())
            file->setToolTip(0, ChangesView::tr("Select to see the diff"));
    }
    for (const Sandbox::PackageChange &p : step.packages) {
        const QString what = p.before.isEmpty()  ? ChangesView::tr("%1 installed").arg(p.after)
                             : p.after.isEmpty() ? ChangesView::tr("%1 removed").arg(p.before)
                                                 : u"%1 → %2"_s.arg(p.before, p.after);
        new QTreeWidgetItem(item, {ChangesView::tr("package %1").arg(p.name), what});
    }
    addNames(item, ChangesView::tr("users added"), step.usersAdded);
    addNames(item, ChangesView::tr("users removed"), step.usersRemoved);
    addNames(item, ChangesView::tr("groups added"), step.groupsAdded);
    addNames(item, ChangesView::tr("groups removed"), step.groupsRemoved);
    addNames(item, ChangesView::tr("units enabled"), step.unitsEnabled);
    addNames(item, ChangesView::tr("units disabled"), step.unitsDisabled);
}

} // namespace

ChangesView::ChangesView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_diff(new QPlainTextEdit(this))
{
    m_title->setWordWrap(true);
    m_tree->setHeaderLabels({tr("Step / path"), tr("Change")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 320);
    m_tree->setUniformRowHeights(true);
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("Select a changed text file to see its diff."));
    new DiffHighlighter(m_diff->document());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChangesView::showDiff);
    clear(tr("Runs in a sandbox show here what each step changed."));
}

void ChangesView::showReport(const Sandbox::ChangeReport &report)
{
    m_tree->clear();
    m_diff->clear();
    for (const Sandbox::StepChanges &step : report.steps)
        addStep(m_tree, step);
    QString title = tr("Changes made in %1").arg(report.target);
    if (report.steps.empty())
        title += tr(": none so far");
    if (report.idempotence) {
        auto *check = new QTreeWidgetItem(
            m_tree, {tr("Idempotence check"), report.idempotence->empty()
                                                  ? tr("every step can run twice")
                                                  : tr("%n step(s) are not idempotent", nullptr,
                                                       int(report.idempotence->size()))});
        for (const Sandbox::IdempotenceFinding &f : *report.idempotence)
            new QTreeWidgetItem(check, {u"%1/%2"_s.arg(f.phase, f.step), f.reasons.join(u"; "_s)});
        check->setExpanded(true);
    }
    m_title->setText(title);
    m_tree->expandToDepth(0);
}

bool ChangesView::showRunFolder(const QString &folder)
{
    QFile file(QDir(folder).filePath(QLatin1StringView(Sandbox::ChangesFileName)));
    if (!file.open(QIODevice::ReadOnly)) {
        clear(tr("This run did not run in a sandbox: it has no change report."));
        return false;
    }
    QString error;
    const auto report =
        Sandbox::ChangeReport::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
    if (!report) {
        clear(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(file.fileName()), error));
        return false;
    }
    showReport(*report);
    return true;
}

void ChangesView::clear(const QString &why)
{
    m_tree->clear();
    m_diff->clear();
    m_title->setText(why);
}

void ChangesView::showDiff()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_diff->setPlainText(item ? item->data(0, DiffRole).toString() : QString());
}

} // namespace Kiln
