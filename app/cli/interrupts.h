// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// SIGHUP, SIGINT and SIGTERM during `kiln run`, turned into events: the handler
// only writes the signal number into a self-pipe, and the event loop calls
// `onSignal` like for any other event (the run is cancelled, not killed).
// SIGHUP too: a closed terminal or a dropped ssh session must not kill kiln
// mid-step (its steps' processes, in sessions of their own, would run on
// without it and the reports would be lost).
#pragma once

#include <QSocketNotifier>
#include <functional>
#include <memory>

namespace Kiln::Cli {

class Interrupts
{
public:
    // `onSignal(signal, again)`: `again` from the second signal on.
    explicit Interrupts(std::function<void(int signal, bool again)> onSignal);
    ~Interrupts();
    Interrupts(const Interrupts &) = delete;
    Interrupts &operator=(const Interrupts &) = delete;

    // The first signal received, or 0.
    int first() const { return m_first; }
    static QString name(int signal);

private:
    std::function<void(int, bool)> m_onSignal;
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_first = 0;
};

} // namespace Kiln::Cli
