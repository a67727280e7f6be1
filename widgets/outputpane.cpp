// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "outputpane.h"

#include "exec/executor.h"
#include "model/steptreemodel.h"
#include "process/failuretext.h"
#include "steptreeview.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// Whole view: old lines scroll out of the widget once this many are shown, so
// painting cost and memory stay flat however much a step prints.
constexpr int MaxViewBlocks = 20000;

} // namespace

OutputPane::OutputPane(QWidget *parent, int maxLinesPerStep)
    : QWidget(parent), m_view(new QPlainTextEdit(this)), m_filter(new QLineEdit(this)),
      m_onlyStep(new QCheckBox(tr("Only the selected step"), this)), m_info(new QLabel(this)),
      m_timer(new QTimer(this)), m_log(maxLinesPerStep)
{
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(MaxViewBlocks);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlaceholderText(tr("Run the document (Run › Run, F5) to see its output here."));
    m_filter->setPlaceholderText(tr("Filter lines"));
    m_filter->setClearButtonEnabled(true);
    m_info->setText(tr("Keeps the last %L1 lines of each step; console.log in the run folder has "
                       "everything.")
                        .arg(m_log.maxLinesPerStep()));
    m_info->setEnabled(false); // dimmed: a hint, not a message
    m_info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_info->setMinimumWidth(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    m_filter->setMaximumWidth(320);
    bar->addWidget(m_filter);
    bar->addWidget(m_onlyStep);
    bar->addWidget(m_info, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_timer->setInterval(FlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { paintPending(MaxLinesPerFlush); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { rebuild(); });
    connect(m_onlyStep, &QCheckBox::toggled, this, [this] { rebuild(); });
}

void OutputPane::attach(Executor *executor)
{
    clear();
    connect(
        executor, &Executor::stepStarted, this,
        [this](int document, const QString &phase, const QString &step, const QString &action) {
            const int index = m_log.stepIndex(document, phase, step);
            if (index >= int(m_decor.size())) {
                m_decor.resize(size_t(index) + 1);
                m_order.emplace_back(index, -1);
            }
            m_decor[size_t(index)].header = tr("▶ %1 › %2 (%3)").arg(phase, step, action);
            queue({ItemKind::Header, index, OutputChannel::Info, m_decor[size_t(index)].header});
            m_timer->start();
        });
    connect(executor, &Executor::stepOutput, this,
            [this](int document, const QString &phase, const QString &step, OutputChannel channel,
                   const QString &line) {
                const int index = m_log.stepIndex(document, phase, step);
                m_log.append(index, channel, line);
                queue({ItemKind::Line, index, channel, line});
            });
    connect(executor, &Executor::stepFinished, this,
            [this](int document, const QString &phase, const StepRecord &record) {
                const int index = m_log.stepIndex(document, phase, record.name);
                if (index >= int(m_decor.size()))
                    return;
                const qint64 ms = record.startTime.isValid() && record.endTime.isValid()
                                      ? record.startTime.msecsTo(record.endTime)
                                      : -1;
                QString footer =
                    tr("■ %1: %2 · %3")
                        .arg(record.name, runStatusText(record.status), formatDuration(ms));
                if (!record.failureMessage.isEmpty())
                    footer += u" — "_s + FailureText::localized(record.failureMessage);
                m_decor[size_t(index)].footer = footer;
                m_decor[size_t(index)].status = record.status;
                queue({ItemKind::Footer, index, OutputChannel::Info, footer});
            });
    connect(executor, &Executor::message, this, &OutputPane::addNote);
    // What is still buffered at the end is painted by the next ticks, in
    // slices: painting a flood's backlog at once would freeze the window.
    connect(executor, &Executor::runFinished, m_timer, qOverload<>(&QTimer::start));
    connect(executor, &QObject::destroyed, this, [this] {
        flush();
        m_timer->stop();
    });
    m_timer->start();
}

void OutputPane::clear()
{
    m_log.clear();
    m_decor.clear();
    m_pending.clear();
    m_notes.clear();
    m_order.clear();
    m_pendingDropped = 0;
    m_view->clear();
}

void OutputPane::addNote(const QString &text)
{
    Pending note{ItemKind::Note, -1, OutputChannel::Info, text};
    m_order.emplace_back(-1, int(m_notes.size()));
    m_notes.push_back(note);
    queue(note);
}

void OutputPane::setSelectedStep(int document, const QString &phase, const QString &step)
{
    if (document == m_selectedDocument && phase == m_selectedPhase && step == m_selectedStep)
        return;
    m_selectedDocument = document;
    m_selectedPhase = phase;
    m_selectedStep = step;
    if (m_onlyStep->isChecked())
        rebuild();
}

void OutputPane::setOnlySelectedStep(bool only)
{
    m_onlyStep->setChecked(only);
}

void OutputPane::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void OutputPane::queue(Pending item)
{
    if (!visible(item))
        return;
    m_pending.push_back(std::move(item));
    // A flood between two flushes: keep only what the view could show anyway.
    if (m_pending.size() > size_t(2 * MaxViewBlocks)) {
        const size_t drop = m_pending.size() - size_t(MaxViewBlocks);
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(drop));
        m_pendingDropped += qint64(drop);
    }
}

bool OutputPane::visible(const Pending &item) const
{
    if (m_onlyStep->isChecked()) {
        if (item.step < 0)
            return false;
        const RunOutputLog::StepOutput &s = m_log.steps()[size_t(item.step)];
        if (s.document != m_selectedDocument || s.phase != m_selectedPhase ||
            (!m_selectedStep.isEmpty() && s.step != m_selectedStep))
            return false;
    }
    const QString filter = m_filter->text();
    if (item.kind == ItemKind::Line && !filter.isEmpty())
        return item.text.contains(filter, Qt::CaseInsensitive);
    return true;
}

void OutputPane::flush()
{
    paintPending(m_pending.size());
}

void OutputPane::paintPending(size_t maxItems)
{
    if (m_pending.empty() && m_pendingDropped == 0)
        return;
    std::vector<Pending> items;
    if (m_pending.size() <= maxItems) {
        items = std::exchange(m_pending, {});
    } else {
        const auto end = m_pending.begin() + qsizetype(maxItems);
        items.assign(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(end));
        m_pending.erase(m_pending.begin(), end);
    }
    if (m_pendingDropped > 0) {
        items.insert(items.begin(),
                     Pending{ItemKind::Note, -1, OutputChannel::Info,
                             tr("… %L1 lines not shown here (output too fast); console.log has "
                                "them")
                                 .arg(m_pendingDropped)});
        m_pendingDropped = 0;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    paint(items, bar->value() >= bar->maximum() - 2);
}

void OutputPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_order.empty())
        rebuild();
}

void OutputPane::rebuild()
{
    m_view->clear();
    m_pending.clear();
    m_pendingDropped = 0;
    std::vector<Pending> items;
    for (const auto &[step, note] : m_order) {
        if (step < 0) {
            if (visible(m_notes[size_t(note)]))
                items.push_back(m_notes[size_t(note)]);
            continue;
        }
        const RunOutputLog::StepOutput &s = m_log.steps()[size_t(step)];
        const StepDecor &decor = m_decor[size_t(step)];
        const Pending header{ItemKind::Header, step, OutputChannel::Info, decor.header};
        if (!visible(header))
            continue;
        items.push_back(header);
        if (s.dropped > 0)
            items.push_back(
                {ItemKind::Note, step, OutputChannel::Info,
                 tr("… %L1 earlier lines of this step are only in console.log").arg(s.dropped)});
        for (const RunOutputLog::Line &line : s.lines) {
            Pending item{ItemKind::Line, step, line.channel, line.text};
            if (visible(item))
                items.push_back(std::move(item));
        }
        if (!decor.footer.isEmpty())
            items.push_back({ItemKind::Footer, step, OutputChannel::Info, decor.footer});
    }
    paint(items, true);
}

void OutputPane::paint(const std::vector<Pending> &items, bool keepBottom)
{
    if (items.empty())
        return;
    // The pane's palette, not the view's: on a theme change the pane hears of
    // it first and repaints before the view's palette has followed.
    const QPalette palette = this->palette();
    QTextCharFormat plain;
    plain.setForeground(palette.color(QPalette::Text));
    QTextCharFormat error = plain;
    error.setForeground(QColor(0xd0, 0x2b, 0x2b));
    QTextCharFormat info = plain;
    info.setForeground(palette.color(QPalette::PlaceholderText));
    QTextCharFormat header = plain;
    header.setFontWeight(QFont::Bold);

    QTextDocument *document = m_view->document();
    // Lines that would scroll out of the view at once are not inserted at all.
    const size_t skip =
        items.size() > size_t(MaxViewBlocks) ? items.size() - size_t(MaxViewBlocks) : 0;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // Make room before inserting. QTextDocument's own block limit (kept as a
    // safety net) trims with QTextCursor::movePosition(NextBlock), which lays
    // out and shapes every line it removes: under a flood that made each
    // flush take most of a second. Selecting up to a position lays out nothing.
    const int room = MaxViewBlocks - int(items.size() - skip);
    const int excess = document->isEmpty() ? 0 : document->blockCount() - room;
    if (excess >= document->blockCount()) {
        cursor.select(QTextCursor::Document);
        cursor.removeSelectedText();
    } else if (excess > 0) {
        cursor.setPosition(document->findBlockByNumber(excess).position(), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    cursor.movePosition(QTextCursor::End);
    bool first = document->isEmpty();
    for (auto it = items.begin() + qsizetype(skip); it != items.end(); ++it) {
        const Pending &item = *it;
        if (!first)
            cursor.insertBlock();
        first = false;
        switch (item.kind) {
        case ItemKind::Header:
            cursor.insertText(item.text, header);
            break;
        case ItemKind::Footer: {
            QTextCharFormat f = header;
            const RunStatus status = item.step >= 0 && item.step < int(m_decor.size())
                                         ? m_decor[size_t(item.step)].status
                                         : RunStatus::Success;
            f.setForeground(runStatusColor(status));
            cursor.insertText(item.text, f);
            break;
        }
        case ItemKind::Note:
            cursor.insertText(item.text, info);
            break;
        case ItemKind::Line:
            // Indented under the step header; stderr in red with a marker, so
            // it reads without colour too.
            if (item.channel == OutputChannel::StdErr)
                cursor.insertText(u"  ! "_s + item.text, error);
            else if (item.channel == OutputChannel::Info)
                cursor.insertText(u"    "_s + item.text, info);
            else
                cursor.insertText(u"    "_s + item.text, plain);
            break;
        }
    }
    cursor.endEditBlock();
    if (keepBottom)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

} // namespace Kiln
