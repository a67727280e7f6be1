// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/cloudwatchlogstream.h"

#include "aws/awsjsonclient.h"
#include "aws/imdsclient.h"
#include "net/environmentproxy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

// close() for RunRequest::wait.
class CloseJob : public TransferJob
{
public:
    explicit CloseJob(CloudWatchLogStream *stream) : TransferJob({}, {}), m_stream(stream) {}

    void start() override
    {
        m_running = true;
        // close() may answer at once (the stream failed already): finished() must
        // still come later, as TransferJob promises.
        QTimer::singleShot(0, this, [this] {
            m_stream->close([this](const QString &error) {
                FileTransferResult result;
                result.ok = error.isEmpty() || m_stream->target().ignoreFailures;
                result.error = error;
                finish(result);
            });
        });
    }
    void cancel() override
    {
        FileTransferResult result;
        result.cancelled = true;
        result.error = u"cancelled"_s;
        finish(result);
    }

private:
    void startEntry(const QJsonObject &) override {}
    CloudWatchLogStream *m_stream;
};

} // namespace

CloudWatchLogStream::CloudWatchLogStream(CloudWatchLogsTarget target,
                                         QProcessEnvironment environment, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_environment(std::move(environment))
{
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CloudWatchLogStream::flush);
}

CloudWatchLogStream::~CloudWatchLogStream() = default;

void CloudWatchLogStream::start()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxyFactory(new EnvironmentProxyFactory(m_environment));
    ImdsClient::completeConfig(AwsConfig::resolve(m_environment), m_environment, m_network.get(),
                               this, [this](const AwsConfig &config) {
                                   m_client = new AwsJsonClient(config, u"logs"_s, m_target.region,
                                                                m_network.get(), this);
                                   m_client->setRetryDelayMs(m_retryDelayMs);
                                   createStream();
                               });
    m_flushTimer.start();
}

void CloudWatchLogStream::append(const QString &maskedText)
{
    const QMutexLocker lock(&m_mutex);
    // After a failure (--cw-ignore-failures: the run goes on) nothing is kept:
    // a long run's output must not pile up for a stream that is gone.
    if (!m_failed)
        m_queue.add(maskedText, QDateTime::currentMSecsSinceEpoch());
}

qsizetype CloudWatchLogStream::queued() const
{
    const QMutexLocker lock(&m_mutex);
    return m_queue.size();
}

void CloudWatchLogStream::createStream()
{
    AwsCall call;
    call.operation = u"CreateLogStream"_s;
    call.target = "Logs_20140328.CreateLogStream";
    call.body =
        QJsonObject{{u"logGroupName"_s, m_target.group}, {u"logStreamName"_s, m_target.stream}};
    m_client->call(call, [this](const AwsReply &reply) {
        // An existing stream (a resumed run, a fixed --cw-log-stream) takes more events.
        if (!reply.ok() && reply.errorCode != u"ResourceAlreadyExistsException"_s)
            return fail(describe(reply, u"logs:CreateLogStream"_s));
        m_ready = true;
        flush();
    });
}

void CloudWatchLogStream::flush()
{
    if (!m_ready || m_sending || !m_error.isEmpty())
        return;
    QList<LogEvent> batch;
    {
        const QMutexLocker lock(&m_mutex);
        batch = m_queue.takeBatch();
    }
    if (batch.isEmpty()) {
        if (m_closing)
            closed();
        return;
    }
    QJsonArray events;
    for (const LogEvent &event : std::as_const(batch))
        events.append(QJsonObject{{u"timestamp"_s, event.timestamp},
                                  {u"message"_s, QString::fromUtf8(event.message)}});
    AwsCall call;
    call.operation = u"PutLogEvents"_s;
    call.target = "Logs_20140328.PutLogEvents";
    call.body = QJsonObject{{u"logGroupName"_s, m_target.group},
                            {u"logStreamName"_s, m_target.stream},
                            {u"logEvents"_s, events}};
    m_sending = true;
    m_client->call(call, [this](const AwsReply &reply) {
        m_sending = false;
        if (!reply.ok())
            return fail(describe(reply, u"logs:PutLogEvents"_s));
        // A full batch leaves more behind; at the end everything goes now.
        bool more = false;
        {
            const QMutexLocker lock(&m_mutex);
            more = !m_queue.isEmpty();
        }
        if (more || m_closing)
            flush();
    });
}

QString CloudWatchLogStream::describe(const AwsReply &reply, const QString &action) const
{
    const AwsConfig &config = m_client->config();
    const QString &code = reply.errorCode;
    QString why;
    if (code == u"NoCredentials"_s)
        why = config.credentialsError;
    else if (reply.status == 0)
        why = u"cannot reach CloudWatch Logs at %1: %2"_s.arg(m_client->endpoint().host(),
                                                              reply.message);
    else if (code == u"ResourceNotFoundException"_s)
        why = u"the log group does not exist in region %1 (%2: %3)"_s.arg(m_client->region(), code,
                                                                          reply.message);
    else if (code == u"UnrecognizedClientException"_s || code == u"InvalidSignatureException"_s)
        why = u"CloudWatch Logs rejected the credentials from %1 (%2)"_s.arg(
            config.credentials.source, code);
    else if (code == u"AccessDeniedException"_s || reply.status == 403)
        why = u"access denied (%1): the credentials from %2 need %3"_s.arg(
            code, config.credentials.source, action);
    else
        why = u"%1 failed: HTTP %2 %3 %4"_s
                  .arg(action.section(u':', 1), QString::number(reply.status), code, reply.message)
                  .trimmed();
    if (reply.attempts > 1)
        why += u" (gave up after %1 attempts)"_s.arg(reply.attempts);
    return u"CloudWatch Logs (log group %1, stream %2): %3"_s.arg(m_target.group, m_target.stream,
                                                                  why);
}

void CloudWatchLogStream::fail(const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    m_flushTimer.stop();
    {
        const QMutexLocker lock(&m_mutex);
        m_queue = LogEventBatches(); // nothing more is sent
        m_failed = true;
    }
    Q_EMIT failed(message);
    if (m_closing)
        closed();
}

void CloudWatchLogStream::close(std::function<void(const QString &error)> done)
{
    m_closeDone = std::move(done);
    m_closing = true;
    if (!m_error.isEmpty())
        return closed();
    // Before the stream exists, createStream() flushes when it does.
    flush();
}

void CloudWatchLogStream::closed()
{
    m_flushTimer.stop();
    if (const auto done = std::exchange(m_closeDone, {}))
        done(m_error);
}

std::unique_ptr<TransferJob> CloudWatchLogStream::closeJob()
{
    return std::make_unique<CloseJob>(this);
}

} // namespace Kiln
