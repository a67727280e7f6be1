// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/runoutputlog.h"

#include <algorithm>

namespace Kiln {

RunOutputLog::RunOutputLog(int maxLinesPerStep) : m_maxLines(std::max(1, maxLinesPerStep)) {}

void RunOutputLog::clear()
{
    m_steps.clear();
    m_index.clear();
    m_lineCount = 0;
}

int RunOutputLog::stepIndex(int document, const QString &phase, const QString &step)
{
    const StepAddress k{document, phase, step};
    const auto it = m_index.constFind(k);
    if (it != m_index.constEnd())
        return it.value();
    m_steps.push_back(StepOutput{document, phase, step, {}, 0});
    const int index = int(m_steps.size()) - 1;
    m_index.insert(k, index);
    return index;
}

int RunOutputLog::findStep(int document, const QString &phase, const QString &step) const
{
    return m_index.value(StepAddress{document, phase, step}, -1);
}

void RunOutputLog::append(int stepIndex, OutputChannel channel, const QString &text)
{
    if (stepIndex < 0 || stepIndex >= int(m_steps.size()))
        return;
    StepOutput &s = m_steps[size_t(stepIndex)];
    s.lines.push_back(Line{channel, text});
    ++m_lineCount;
    if (int(s.lines.size()) > m_maxLines) {
        s.lines.pop_front();
        ++s.dropped;
        --m_lineCount;
    }
}

void RunOutputLog::addDropped(int stepIndex, qint64 count)
{
    if (stepIndex >= 0 && stepIndex < int(m_steps.size()))
        m_steps[size_t(stepIndex)].dropped += std::max<qint64>(0, count);
}

void RunOutputLog::keepLast(int stepIndex, int count)
{
    if (stepIndex < 0 || stepIndex >= int(m_steps.size()))
        return;
    StepOutput &s = m_steps[size_t(stepIndex)];
    while (int(s.lines.size()) > std::max(0, count)) {
        s.lines.pop_front();
        ++s.dropped;
        --m_lineCount;
    }
}

} // namespace Kiln
