// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The output of one run, per step, with bounded memory: each step keeps its
// last `maxLinesPerStep` lines and counts the ones it dropped (the whole output
// is in the run folder's console.log). The studio's output pane renders from it
// when the filter or the step shown changes; QtCore only, tested headless.
#pragma once

#include "exec/stepaddress.h"
#include "process/processrunner.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <deque>
#include <vector>

namespace Kiln {

class RunOutputLog
{
public:
    static constexpr int DefaultMaxLinesPerStep = 10000;

    struct Line
    {
        OutputChannel channel = OutputChannel::StdOut;
        QString text;
    };
    struct StepOutput
    {
        int document = 0;
        QString phase;
        QString step;
        std::deque<Line> lines; // the last maxLinesPerStep() lines
        qint64 dropped = 0;     // older lines no longer kept
    };

    explicit RunOutputLog(int maxLinesPerStep = DefaultMaxLinesPerStep);

    int maxLinesPerStep() const { return m_maxLines; }
    void clear();
    // The index of the step's entry, created on first use (run order).
    int stepIndex(int document, const QString &phase, const QString &step);
    // -1 when the step printed nothing yet.
    int findStep(int document, const QString &phase, const QString &step) const;
    void append(int stepIndex, OutputChannel channel, const QString &text);
    // Counts lines a step printed before the ones kept (a log read back from a file).
    void addDropped(int stepIndex, qint64 count);
    // Keeps only the step's last `count` lines (the others count as dropped).
    void keepLast(int stepIndex, int count);

    const std::vector<StepOutput> &steps() const { return m_steps; }
    qint64 lineCount() const { return m_lineCount; }

private:
    int m_maxLines;
    qint64 m_lineCount = 0; // lines kept, all steps
    std::vector<StepOutput> m_steps;
    QHash<StepAddress, int> m_index;
};

} // namespace Kiln
