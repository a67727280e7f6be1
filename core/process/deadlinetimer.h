// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A single-shot timer that never fires before its time, for the deadlines
// whose early end is a wrong result: a step's timeoutSeconds (for a loop, the
// budget of all its iterations) and the grace period before SIGKILL.
//
// QTimer's default CoarseTimer may fire up to 5 % early (it moves the wake-up
// to a round boundary), and Qt turns a coarse timer of 20 s or more into a
// VeryCoarseTimer that fires on the full second, up to a second early: with
// timeoutSeconds 2, `sleep 1.95` was stopped as timed out. This timer uses a
// PreciseTimer and, when it fires, checks a monotonic deadline (QDeadlineTimer)
// and re-arms for the rest if it woke too soon, so expired() is never early.
// It may be late by however long the event loop is busy.
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace Kiln {

class DeadlineTimer : public QObject
{
    Q_OBJECT
public:
    explicit DeadlineTimer(QObject *parent = nullptr);

    // (Re)starts the countdown: expired() once, `duration` from now or later.
    void start(std::chrono::milliseconds duration);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void expired();

private:
    void onTimeout();

    QTimer m_timer;
    QDeadlineTimer m_deadline;
};

} // namespace Kiln
