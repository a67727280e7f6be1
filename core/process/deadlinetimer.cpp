// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/deadlinetimer.h"

namespace Kiln {

DeadlineTimer::DeadlineTimer(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineTimer::onTimeout);
}

void DeadlineTimer::start(std::chrono::milliseconds duration)
{
    m_deadline = QDeadlineTimer(duration, Qt::PreciseTimer);
    m_timer.start(duration);
}

void DeadlineTimer::stop()
{
    m_timer.stop();
}

void DeadlineTimer::onTimeout()
{
    const qint64 leftNs = m_deadline.remainingTimeNSecs();
    if (leftNs > 0) {
        // Woken early: wait for the rest, rounded up to a whole millisecond.
        m_timer.start(std::chrono::milliseconds((leftNs + 999'999) / 1'000'000));
        return;
    }
    Q_EMIT expired();
}

} // namespace Kiln
