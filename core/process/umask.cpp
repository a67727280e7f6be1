// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/umask.h"

#include <QFile>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Kiln {

mode_t currentUmask()
{
    // umask() can only be read by setting it, which races with other threads creating files;
    // Linux publishes it in /proc/self/status, so read it there when possible.
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

} // namespace Kiln
