// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "interrupts.h"

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Cli {
namespace {

int g_signalPipe[2] = {-1, -1};

void writeSignal(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

Interrupts::Interrupts(std::function<void(int, bool)> onSignal) : m_onSignal(std::move(onSignal))
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction sa = {};
    sa.sa_handler = writeSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (const int signal : {SIGHUP, SIGINT, SIGTERM})
        ::sigaction(signal, &sa, nullptr);
    m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
        unsigned char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) == 1) {
            const bool again = m_first != 0;
            if (!again)
                m_first = byte;
            m_onSignal(byte, again);
        }
    });
}

// The handlers stay: a signal after the run (while the reports are written)
// only fills the pipe, which is closed with the process.
Interrupts::~Interrupts() = default;

QString Interrupts::name(int signal)
{
    return signal == SIGINT ? u"SIGINT"_s : signal == SIGHUP ? u"SIGHUP"_s : u"SIGTERM"_s;
}

} // namespace Kiln::Cli
