// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/actionrun.h"

#include <QTimer>

namespace Kiln {

void ImmediateActionRun::start()
{
    QTimer::singleShot(0, this, [this] {
        for (const QString &line : std::as_const(m_log))
            Q_EMIT output(OutputChannel::Info, line);
        Q_EMIT finished(m_result);
    });
}

} // namespace Kiln
