// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The studio's Timeline: the current run (live, bars growing as it goes) or a
// past one on a time axis, painted from a TimelineModel. One row per step:
// its name, the step bar in its status colour, one segment per attempt with a
// notch at each retry, the loop iterations as a strip along the bar's foot,
// reboots as dashed lines. Hovering a bar shows its status, duration and
// failure; a click emits stepActivated() (the main window selects the step in
// the tree, the editor and the output). Colours other than the statuses come
// from the palette, so the light and dark themes both read well.
#pragma once

#include "exec/runrecord.h"

#include <QAbstractScrollArea>

class QTimer;

namespace Kiln {

class Executor;
class TimelineModel;
struct TimelineBar;

class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int RowHeight = 22;
    static constexpr int AxisHeight = 24;

    explicit TimelineView(QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    // Follows `executor`'s run from now on (clears what was shown).
    void attach(Executor *executor);
    // A past run: its folder's kiln-timeline.json when it has one for this
    // run (milliseconds, attempts, iterations), else `record` (whole seconds).
    void showRun(const QString &runFolder, const ExecutionRecord &record);

    // Viewport coordinates of a lane's row, and of a bar in it.
    QRect laneRect(int lane) const;
    QRectF barRect(int lane, const TimelineBar &bar) const;
    // The lane at a viewport point (-1 for none) and the tooltip there.
    int laneAt(const QPoint &point) const;
    QString toolTipAt(const QPoint &point) const;

Q_SIGNALS:
    void stepActivated(int document, const QString &phase, const QString &step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // Caches the label column's width and the time axis' length: painting asks
    // for them per bar, and both depend on all lanes.
    void measure();
    qreal timeToX(qint64 ms) const;
    void relayout();
    void lanesInserted();

    TimelineModel *m_model;
    QTimer *m_tick; // repaints running bars while the run goes on
    int m_selected = -1;
    int m_labelWidth = 120;
    qint64 m_totalMs = 1;
};

} // namespace Kiln
