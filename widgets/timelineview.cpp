// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "model/timelinemodel.h"
#include "report/runjournal.h"
#include "steptreeview.h"

#include <QDir>
#include <QFileInfo>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

constexpr int Margin = 8;
constexpr int TickInterval = 250; // ms between repaints of running bars
const QColor RebootColor(0x8a, 0x5a, 0x9e);

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent), m_model(new TimelineModel(this)), m_tick(new QTimer(this))
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(RowHeight);
    m_tick->setInterval(TickInterval);
    connect(m_tick, &QTimer::timeout, this, [this] {
        viewport()->update();
        if (!m_model->isLive())
            m_tick->stop();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::relayout);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::lanesInserted);
    connect(m_model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    setWhatsThis(tr("The run on a time axis: one row per step, its attempts and loop iterations, "
                    "reboots as dashed lines. Click a step to select it."));
}

void TimelineView::attach(Executor *executor)
{
    m_selected = -1;
    m_model->attach(executor);
    relayout();
    m_tick->start();
}

void TimelineView::showRun(const QString &runFolder, const ExecutionRecord &record)
{
    m_tick->stop();
    m_selected = -1;
    const QString journal = QDir(runFolder).filePath(TimelineModel::fileName());
    if (!runFolder.isEmpty() && QFileInfo::exists(journal) &&
        RunJournal::read(journal, m_model, nullptr, nullptr) &&
        m_model->executionId() == record.executionId)
        return;
    m_model->setRecord(record);
}

void TimelineView::measure()
{
    // As wide as the longest name up to a third of the view, so long names
    // do not squeeze the time axis.
    int widest = fontMetrics().horizontalAdvance(tr("Step"));
    for (const TimelineLane &lane : m_model->lanes())
        widest =
            std::max(widest, fontMetrics().horizontalAdvance(lane.phase + u" / "_s + lane.step));
    m_labelWidth = std::clamp(widest + 3 * Margin, 120, std::max(120, viewport()->width() / 3));
    m_totalMs = std::max<qint64>(1, m_model->durationMs());
}

qreal TimelineView::timeToX(qint64 ms) const
{
    const int width = std::max(1, viewport()->width() - m_labelWidth - Margin);
    return m_labelWidth + qreal(ms) * width / qreal(m_totalMs);
}

QRect TimelineView::laneRect(int lane) const
{
    return QRect(0, AxisHeight + lane * RowHeight - verticalScrollBar()->value(),
                 viewport()->width(), RowHeight);
}

QRectF TimelineView::barRect(int lane, const TimelineBar &bar) const
{
    const QRect row = laneRect(lane);
    const qreal x0 = timeToX(bar.startMs);
    const qreal x1 = timeToX(bar.running() ? m_model->nowMs() : bar.endMs);
    const QRectF full(x0, row.top() + 4, std::max<qreal>(3, x1 - x0), RowHeight - 8);
    if (bar.kind == TimelineBar::Kind::Iteration)
        return full.adjusted(0, full.height() * 0.62, 0, 0);
    return full;
}

int TimelineView::laneAt(const QPoint &point) const
{
    if (point.y() < AxisHeight)
        return -1;
    const int lane = (point.y() - AxisHeight + verticalScrollBar()->value()) / RowHeight;
    return lane >= 0 && lane < int(m_model->lanes().size()) ? lane : -1;
}

QString TimelineView::toolTipAt(const QPoint &point) const
{
    const int lane = laneAt(point);
    if (lane < 0)
        return {};
    const TimelineLane &l = m_model->lanes()[size_t(lane)];
    // The most specific bar under the point: an iteration, else an attempt, else the step.
    // One attempt is the step itself (attempts are drawn only after a retry).
    const TimelineBar *best = &l.stepBar();
    const bool retried = l.attemptCount() > 1;
    for (const TimelineBar &b : l.bars) {
        if (b.kind == TimelineBar::Kind::Step || !barRect(lane, b).contains(point) ||
            (b.kind == TimelineBar::Kind::Attempt && !retried))
            continue;
        if (b.kind == TimelineBar::Kind::Iteration || best->kind == TimelineBar::Kind::Step)
            best = &b;
    }
    return m_model->describe(lane, *best);
}

void TimelineView::relayout()
{
    measure();
    const int content = AxisHeight + int(m_model->lanes().size()) * RowHeight + Margin;
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, content - viewport()->height()));
    viewport()->update();
}

void TimelineView::lanesInserted()
{
    // Follow the run, unless the user scrolled up to look at something.
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    relayout();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    const int width = viewport()->width();
    const int height = viewport()->height();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const auto &lanes = m_model->lanes();
    if (lanes.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Run a document, or open a run in the Run History, to see its steps on a "
                      "time axis."));
        return;
    }
    measure(); // live, the axis grows with every paint
    const int left = m_labelWidth;
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);

    const int first = std::max(0, verticalScrollBar()->value() / RowHeight);
    const int last =
        std::min(int(lanes.size()) - 1, (verticalScrollBar()->value() + height) / RowHeight + 1);
    p.setRenderHint(QPainter::Antialiasing, false);
    // Back to front: row shading, the grid, the bars and labels, the axis band.
    for (int lane = first; lane <= last; ++lane) {
        if (lane == m_selected) {
            QColor hl = pal.color(QPalette::Highlight);
            hl.setAlpha(60);
            p.fillRect(laneRect(lane), hl);
        } else if (lane % 2) {
            p.fillRect(laneRect(lane), pal.color(QPalette::AlternateBase));
        }
    }
    const qint64 total = m_totalMs;
    const int ticks = std::max(2, (width - left) / 90);
    const qint64 interval = TimelineModel::tickInterval(total, ticks);
    p.setPen(grid);
    for (qint64 t = 0; t <= total; t += interval)
        p.drawLine(int(timeToX(t)), AxisHeight - 4, int(timeToX(t)), height);
    for (int lane = first; lane <= last; ++lane) {
        const QRect row = laneRect(lane);
        const TimelineLane &l = lanes[size_t(lane)];
        p.setPen(text);
        p.drawText(QRect(Margin, row.top(), left - 2 * Margin, RowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(l.phase + u" / "_s + l.step, Qt::ElideMiddle,
                                            left - 2 * Margin));
        // The step bar; attempts over it when there were retries; iterations at its foot.
        p.fillRect(barRect(lane, l.stepBar()), runStatusColor(l.stepBar().status));
        const bool retried = l.attemptCount() > 1;
        qreal painted = -1; // right edge of the last iteration drawn
        for (const TimelineBar &b : l.bars) {
            if (b.kind == TimelineBar::Kind::Attempt && retried) {
                const QRectF r = barRect(lane, b);
                p.fillRect(r, runStatusColor(b.status));
                if (b.attempt > 1)
                    p.fillRect(QRectF(r.left() - 1, r.top() - 2, 2, r.height() + 4), text);
            } else if (b.kind == TimelineBar::Kind::Iteration) {
                // Thousands of short iterations share a few pixels: draw one per pixel,
                // but every failed one.
                const QRectF r = barRect(lane, b);
                if (r.right() <= painted && b.status == RunStatus::Success)
                    continue;
                painted = r.right();
                const QColor c = runStatusColor(b.status);
                p.fillRect(r, b.iteration % 2 ? c.darker(125) : c.lighter(125));
            }
        }
    }
    p.fillRect(QRect(0, 0, width, AxisHeight), pal.color(QPalette::Base));
    p.setPen(muted);
    for (qint64 t = 0; t <= total; t += interval)
        p.drawText(QRect(int(timeToX(t)) - 45, 0, 90, AxisHeight - 4), Qt::AlignCenter,
                   TimelineModel::tickLabel(t, interval));
    p.setPen(grid);
    p.drawLine(0, AxisHeight - 1, width, AxisHeight - 1);
    p.setPen(QPen(RebootColor, 2, Qt::DashLine));
    for (const TimelineMarker &m : m_model->markers()) {
        const QRect row = laneRect(m.lane);
        if (row.bottom() < AxisHeight || row.top() > height)
            continue;
        const int x = int(timeToX(m.atMs));
        p.drawLine(x, row.top() - 2, x, row.bottom() + 2);
        // A small flag on top, so a reboot in a short step is still seen.
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(RebootColor);
        p.drawPolygon(QPolygonF({QPointF(x - 5, row.top() - 3), QPointF(x + 5, row.top() - 3),
                                 QPointF(x, row.top() + 4)}));
        p.restore();
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const int lane = laneAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || lane < 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_selected = lane;
    viewport()->update();
    const TimelineLane &l = m_model->lanes()[size_t(lane)];
    Q_EMIT stepActivated(l.document, l.phase, l.step);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Kiln
