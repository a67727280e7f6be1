// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A run's console.log streamed to CloudWatch Logs (awstoe run --cw-log-group and
// friends, behaviour-reference §6.2): CreateLogStream once (an existing stream is
// fine), then PutLogEvents (JSON 1.1, service "logs") with the lines queued since
// the last call, every few seconds and when close() is called at the end of the
// run, one call at a time so events arrive in order. Lines come from RunLogs'
// console tap, after masking: no secret is ever queued here. Throttling and 5xx
// answers are retried (AwsJsonClient); the first failure stops the stream, is
// reported once through failed() and again by close().
#pragma once

#include "aws/logeventbatches.h"
#include "net/transferjob.h"

#include <QMutex>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Kiln {

class AwsJsonClient;
struct AwsReply;

struct CloudWatchLogsTarget
{
    QString group;  // empty: no streaming
    QString stream; // empty: the caller's default (kiln run: the run folder's name)
    QString region; // empty: the AWS region of the environment
    bool ignoreFailures = false;

    bool isEnabled() const { return !group.isEmpty(); }
};

class CloudWatchLogStream : public QObject
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 5000;

    CloudWatchLogStream(CloudWatchLogsTarget target, QProcessEnvironment environment,
                        QObject *parent = nullptr);
    ~CloudWatchLogStream() override;

    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(ms); }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    const CloudWatchLogsTarget &target() const { return m_target; }

    // Resolves credentials and region (IMDS on EC2), then creates the log stream.
    // Lines appended meanwhile wait in the queue.
    void start();
    // Queues `maskedText` (one event per non-empty line), from any thread.
    void append(const QString &maskedText);
    // Events waiting to be sent.
    qsizetype queued() const;
    // Sends everything queued, then calls `done` with the first failure ("" when
    // every line arrived). Call once; nothing is sent after it.
    void close(std::function<void(const QString &error)> done);
    // close() as a TransferJob, for RunRequest::wait: ok unless logging failed
    // (with ignoreFailures a failure is only reported through failed()).
    std::unique_ptr<TransferJob> closeJob();

Q_SIGNALS:
    void failed(const QString &message); // once, at the first failure

private:
    void createStream();
    void flush();
    // The message for a failed call, naming the log group and stream; `action`
    // is the IAM action the call needs.
    QString describe(const AwsReply &reply, const QString &action) const;
    void fail(const QString &message);
    void closed();

    CloudWatchLogsTarget m_target;
    QProcessEnvironment m_environment;
    std::unique_ptr<QNetworkAccessManager> m_network;
    AwsJsonClient *m_client = nullptr;
    QTimer m_flushTimer;
    int m_retryDelayMs = 1000;
    mutable QMutex m_mutex; // guards m_queue and m_failed: append() may come from another thread
    LogEventBatches m_queue;
    bool m_failed = false;  // m_error's "set", for append()
    bool m_ready = false;   // the log stream exists
    bool m_sending = false; // a PutLogEvents is in flight
    bool m_closing = false;
    QString m_error;
    std::function<void(const QString &)> m_closeDone;
};

} // namespace Kiln
