// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Log events cut into PutLogEvents batches within CloudWatch Logs' documented
// limits: at most 10,000 events and 1,048,576 bytes per batch, counting each
// message's UTF-8 size plus 26 bytes; one event at most 256 KB (longer messages
// are cut, at a character boundary, and marked); events in chronological order
// (a timestamp never goes back, even if the clock does); a batch spans at most
// 24 hours. CloudWatch refuses empty messages: empty lines are not queued.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <deque>

namespace Kiln {

struct LogEvent
{
    qint64 timestamp = 0; // ms since the epoch
    QByteArray message;   // UTF-8
};

class LogEventBatches
{
public:
    static constexpr qsizetype MaxEvents = 10000;
    static constexpr qsizetype MaxBatchBytes = 1048576;
    static constexpr qsizetype EventOverhead = 26;
    static constexpr qsizetype MaxEventBytes = 256 * 1024 - EventOverhead;
    static constexpr qint64 MaxSpanMs = 24 * 60 * 60 * 1000;

    // Queues each non-empty line of `text` as one event at `timestamp`.
    void add(const QString &text, qint64 timestamp);
    bool isEmpty() const { return m_events.empty(); }
    qsizetype size() const { return qsizetype(m_events.size()); }
    // Takes the oldest events that fit in one batch (empty when none are queued).
    QList<LogEvent> takeBatch();

private:
    std::deque<LogEvent> m_events;
    qint64 m_lastTimestamp = 0;
};

} // namespace Kiln
