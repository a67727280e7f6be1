// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/logeventbatches.h"

#include <QStringList>

namespace Kiln {

namespace {

// `bytes` cut to at most `limit` bytes without splitting a UTF-8 sequence.
QByteArray cutUtf8(const QByteArray &bytes, qsizetype limit)
{
    qsizetype end = limit;
    while (end > 0 && (uchar(bytes.at(end)) & 0xC0) == 0x80)
        --end; // a continuation byte: back to the sequence's start
    return bytes.left(end);
}

} // namespace

void LogEventBatches::add(const QString &text, qint64 timestamp)
{
    // Chronological order is required within a batch: never earlier than the last one.
    m_lastTimestamp = std::max(m_lastTimestamp, timestamp);
    for (const QString &line : text.split(u'\n')) {
        if (line.isEmpty())
            continue;
        QByteArray message = line.toUtf8();
        if (message.size() > MaxEventBytes) {
            static const QByteArray mark = " [cut: longer than a CloudWatch log event]";
            message = cutUtf8(message, MaxEventBytes - mark.size()) + mark;
        }
        m_events.push_back({m_lastTimestamp, message});
    }
}

QList<LogEvent> LogEventBatches::takeBatch()
{
    QList<LogEvent> batch;
    qsizetype bytes = 0;
    while (!m_events.empty() && batch.size() < MaxEvents) {
        const LogEvent &next = m_events.front();
        const qsizetype size = next.message.size() + EventOverhead;
        if (bytes + size > MaxBatchBytes)
            break;
        if (!batch.isEmpty() && next.timestamp - batch.front().timestamp >= MaxSpanMs)
            break;
        bytes += size;
        batch.append(next);
        m_events.pop_front();
    }
    return batch;
}

} // namespace Kiln
