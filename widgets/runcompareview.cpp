// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "runcompareview.h"

#include "model/steptreemodel.h"
#include "steptreeview.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

QString statusCell(const std::optional<RunStatus> &status)
{
    return status ? runStatusText(*status) : RunCompareView::tr("not in this run");
}

QString durationCell(qint64 ms)
{
    return ms < 0 ? QString() : formatDuration(ms);
}

void setStatus(QTreeWidgetItem *item, int column, const std::optional<RunStatus> &status)
{
    item->setText(column, statusCell(status));
    if (status) {
        item->setIcon(column, runStatusIcon(*status));
        item->setForeground(column, runStatusColor(*status));
    }
}

} // namespace

RunCompareView::RunCompareView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_steps(new QTreeWidget(this)),
      m_labelA(new QLabel(this)), m_labelB(new QLabel(this)), m_outputA(new QPlainTextEdit(this)),
      m_outputB(new QPlainTextEdit(this)), m_notes(new QPlainTextEdit(this)), m_titleA(tr("A")),
      m_titleB(tr("B")), m_nameA(m_titleA), m_nameB(m_titleB)
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setHeaderLabels({tr("Step"), tr("A"), tr("B"), tr("Duration A"), tr("Duration B")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : {m_outputA, m_outputB, m_notes}) {
        text->setReadOnly(true);
        text->setFont(fixed);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_notes->setPlaceholderText(tr("Failures and changed files of the selected step."));

    auto *outputs = new QWidget(this);
    auto *grid = new QGridLayout(outputs);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_labelA, 0, 0);
    grid->addWidget(m_labelB, 0, 1);
    grid->addWidget(m_outputA, 1, 0);
    grid->addWidget(m_outputB, 1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_steps);
    split->addWidget(outputs);
    split->addWidget(m_notes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &RunCompareView::showStep);
}

RunCompareView *RunCompareView::openWindow(QWidget *parent, const QString &title)
{
    auto *view = new RunCompareView(parent);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(title);
    view->resize(900, 600);
    view->show();
    return view;
}

QString RunCompareView::summaryText() const
{
    return m_summary->text();
}

void RunCompareView::setComparison(RunComparison comparison)
{
    m_comparison = std::move(comparison);
    const RunComparison &c = m_comparison;
    const int differing = int(std::count_if(c.steps.begin(), c.steps.end(),
                                            [](const StepComparison &s) { return s.differs(); }));
    m_summary->setText(tr("%1: %2 — %3, %4\n%5: %6 — %7, %8\n%9 of %10 steps differ.")
                           .arg(m_titleA, c.labelA, runStatusText(c.statusA), durationCell(c.msA))
                           .arg(m_titleB, c.labelB, runStatusText(c.statusB), durationCell(c.msB))
                           .arg(differing)
                           .arg(c.steps.size()));
    m_labelA->setText(tr("Output in %1").arg(m_nameA));
    m_labelB->setText(tr("Output in %1").arg(m_nameB));
    m_steps->clear();
    QTreeWidgetItem *first = nullptr;
    for (size_t i = 0; i < c.steps.size(); ++i) {
        const StepComparison &s = c.steps[i];
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, u"%1 › %2 (%3)"_s.arg(s.phase, s.step, s.action));
        item->setData(StepColumn, Qt::UserRole, int(i));
        setStatus(item, StatusAColumn, s.statusA);
        setStatus(item, StatusBColumn, s.statusB);
        item->setText(DurationAColumn, durationCell(s.msA));
        item->setText(DurationBColumn, durationCell(s.msB));
        if (s.differs()) {
            QFont bold = item->font(StepColumn);
            bold.setBold(true);
            item->setFont(StepColumn, bold);
            QStringList what;
            if (s.statusDiffers())
                what << tr("status");
            if (s.outputDiffers())
                what << tr("output");
            if (s.changesDiffer())
                what << tr("changed files");
            item->setToolTip(StepColumn, tr("Differs: %1").arg(what.join(u", "_s)));
            if (!first)
                first = item;
        }
    }
    m_steps->setCurrentItem(first ? first : m_steps->topLevelItem(0));
    showStep();
}

void RunCompareView::setReplayOutcome(const ReplayOutcome &outcome, const QString &verdict)
{
    m_titleA = tr("Original");
    m_titleB = tr("Replay");
    m_nameA = tr("the original run");
    m_nameB = tr("the replay");
    setComparison(outcome.comparison);
    m_summary->setText(verdict + u'\n' + m_summary->text());
    m_steps->setHeaderLabels({tr("Step"), tr("Original"), tr("Replay"), tr("Duration (original)"),
                              tr("Duration (replay)")});
    // The step the original failed at is what the user came for.
    for (int row = 0; outcome.failedStep && row < m_steps->topLevelItemCount(); ++row) {
        const StepComparison &s = m_comparison.steps[size_t(row)];
        if (s.document == outcome.failedStep->document && s.phase == outcome.failedStep->phase &&
            s.step == outcome.failedStep->step)
            m_steps->setCurrentItem(m_steps->topLevelItem(row));
    }
}

void RunCompareView::showStep()
{
    const QTreeWidgetItem *item = m_steps->currentItem();
    if (!item) {
        m_outputA->clear();
        m_outputB->clear();
        m_notes->clear();
        return;
    }
    const StepComparison &s =
        m_comparison.steps[size_t(item->data(StepColumn, Qt::UserRole).toInt())];
    m_outputA->setPlainText(s.outputA);
    m_outputB->setPlainText(s.outputB);
    QStringList notes;
    if (!s.failureA.isEmpty())
        notes << tr("Failure in %1: %2").arg(m_nameA, s.failureA);
    if (!s.failureB.isEmpty())
        notes << tr("Failure in %1: %2").arg(m_nameB, s.failureB);
    for (const QString &change : s.changesOnlyA)
        notes << tr("Only in %1: %2").arg(m_nameA, change);
    for (const QString &change : s.changesOnlyB)
        notes << tr("Only in %1: %2").arg(m_nameB, change);
    if (notes.isEmpty())
        notes << (s.differs() ? tr("The outputs differ.") : tr("The runs agree on this step."));
    m_notes->setPlainText(notes.join(u'\n'));
}

} // namespace Kiln
