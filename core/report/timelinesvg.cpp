// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/timelinesvg.h"

#include "model/steptreemodel.h"
#include "model/timelinemodel.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

constexpr int LabelWidth = 250;
constexpr int ChartWidth = 870;
constexpr int AxisHeight = 24;
// Above this many bars in one row, the bars' own tooltips are left out (the
// row's tooltip stays): a 10,000-iteration loop must not weigh megabytes.
constexpr int MaxBarTitles = 60;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString timelineSvg(const TimelineModel &model, const std::function<QString(int)> &anchor)
{
    const auto &lanes = model.lanes();
    const int count = int(lanes.size());
    const int rowHeight = count <= 60 ? 20 : count <= 300 ? 12 : 5;
    const bool labels = rowHeight >= 12;
    const int width = LabelWidth + ChartWidth + 10;
    const int height = AxisHeight + count * rowHeight + 6;
    const qint64 total = std::max<qint64>(1, model.durationMs());
    const auto x = [&](qint64 ms) { return LabelWidth + double(ms) * ChartWidth / double(total); };

    QString svg;
    svg.reserve(256 + count * 320);
    svg +=
        u"<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" font-size=\"%3\">"_s
            .arg(width)
            .arg(height)
            .arg(rowHeight >= 20 ? 12 : 10);
    svg += u"<title>%1</title>"_s.arg(esc(QCoreApplication::translate(
        "Kiln::HtmlReport", "Timeline: one row per step, time from the start of the run")));

    // Axis and grid.
    const qint64 step = TimelineModel::tickInterval(total, 8);
    for (qint64 t = 0; t <= total; t += step) {
        const QString tx = num(x(t));
        svg += u"<line class=\"grid\" x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\"/>"_s.arg(tx)
                   .arg(AxisHeight - 4)
                   .arg(height);
        svg += u"<text class=\"tick\" x=\"%1\" y=\"%2\">%3</text>"_s.arg(tx)
                   .arg(AxisHeight - 8)
                   .arg(TimelineModel::tickLabel(t, step));
    }

    for (int lane = 0; lane < count; ++lane) {
        const TimelineLane &l = lanes[size_t(lane)];
        const int top = AxisHeight + lane * rowHeight;
        const double barY = top + (rowHeight >= 12 ? 3 : 0.5);
        const double barH = rowHeight >= 12 ? rowHeight - 6 : rowHeight - 1;
        const QString link = anchor ? anchor(lane) : QString();
        if (!link.isEmpty())
            svg += u"<a href=\"#%1\">"_s.arg(esc(link));
        svg += u"<g class=\"lane\"><title>%1</title>"_s.arg(esc(model.describe(lane, l.stepBar())));
        svg += u"<rect class=\"row\" x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\"/>"_s.arg(top)
                   .arg(width)
                   .arg(rowHeight);
        if (labels)
            svg += u"<text class=\"label\" x=\"4\" y=\"%1\">%2</text>"_s.arg(top + rowHeight - 6)
                       .arg(esc(l.phase + u" / "_s + l.step));
        const auto rect = [&](const TimelineBar &b, const QString &cls, double y, double h,
                              bool title) {
            const double x0 = x(b.startMs);
            const double w = std::max(2.0, x(b.running() ? model.durationMs() : b.endMs) - x0);
            svg += u"<rect class=\"%1 st-%2\" x=\"%3\" y=\"%4\" width=\"%5\" height=\"%6\">"_s.arg(
                cls, statusName(b.status), num(x0), num(y), num(w), num(h));
            if (title)
                svg += u"<title>%1</title>"_s.arg(esc(model.describe(lane, b)));
            svg += u"</rect>"_s;
        };
        rect(l.stepBar(), u"bar"_s, barY, barH, false);
        const bool retried = l.attemptCount() > 1;
        const bool titles = int(l.bars.size()) <= MaxBarTitles;
        for (const TimelineBar &b : l.bars) {
            // One attempt is the step itself; more are drawn over it, each in its colour.
            if (b.kind == TimelineBar::Kind::Attempt && retried) {
                rect(b, u"attempt"_s, barY, barH, titles);
                if (b.attempt > 1)
                    svg += u"<line class=\"retry\" x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\"/>"_s.arg(
                        num(x(b.startMs)), num(barY - 2), num(barY + barH + 2));
            } else if (b.kind == TimelineBar::Kind::Iteration && rowHeight >= 12) {
                rect(b, u"iteration"_s, barY + barH * 0.62, barH * 0.38, titles);
            }
        }
        svg += u"</g>"_s;
        if (!link.isEmpty())
            svg += u"</a>"_s;
    }
    for (const TimelineMarker &m : model.markers()) {
        const int top = AxisHeight + m.lane * rowHeight;
        const QString mx = num(x(m.atMs));
        svg +=
            u"<g class=\"reboot\"><title>%1</title><line x1=\"%2\" x2=\"%2\" y1=\"%3\" y2=\"%4\"/>"
            "<path d=\"M%2 %3 l-4 -5 h8 z\"/></g>"_s
                .arg(esc(QCoreApplication::translate("Kiln::HtmlReport", "Reboot after %1 (at %2)")
                             .arg(lanes[size_t(m.lane)].step, formatDuration(m.atMs))),
                     mx)
                .arg(top + 1)
                .arg(top + rowHeight);
    }
    svg += u"</svg>"_s;
    return svg;
}

} // namespace Kiln
