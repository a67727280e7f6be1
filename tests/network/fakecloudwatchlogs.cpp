// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "fakecloudwatchlogs.h"

#include "fakeaws.h"
#include "sigv4check.h"

using namespace Qt::StringLiterals;

namespace KilnTest {

namespace {
constexpr qsizetype MaxEvents = 10000;
constexpr qsizetype MaxBatchBytes = 1048576;
constexpr qsizetype EventOverhead = 26;
constexpr qsizetype MaxEventBytes = 256 * 1024;
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
} // namespace

FakeCloudWatchLogs::FakeCloudWatchLogs(TestHttpServer &server, Kiln::AwsCredentials credentials,
                                       QString region)
    : m_credentials(std::move(credentials)), m_region(std::move(region))
{
    server.route("/", [this](const TestHttpRequest &r, int) { return answer(r); });
}

QStringList FakeCloudWatchLogs::streams(const QString &group) const
{
    QStringList out;
    for (const QString &key : m_streamOrder) {
        if (key.section(u':', 0, 0) == group)
            out << key.section(u':', 1);
    }
    return out;
}

QList<FakeCloudWatchLogs::Event> FakeCloudWatchLogs::events(const QString &group,
                                                            const QString &stream) const
{
    return m_events.value(group + u':' + stream);
}

void FakeCloudWatchLogs::clear()
{
    m_streamOrder.clear();
    m_events.clear();
    m_batchSizes.clear();
    m_bodies.clear();
    m_problems.clear();
    m_throttled = 0;
}

TestHttpResponse FakeCloudWatchLogs::answer(const TestHttpRequest &request)
{
    m_bodies << request.body;
    const auto problem = [&](const QString &what) {
        m_problems << what;
        return json11Error(400, u"InvalidParameterException"_s, what);
    };
    if (const QString p = sigV4Problem(request, m_credentials, m_region, u"logs"_s); !p.isEmpty()) {
        m_problems << p;
        return json11Error(400, u"InvalidSignatureException"_s, p);
    }
    if (request.method != "POST" ||
        request.headers.value("content-type") != "application/x-amz-json-1.1")
        return problem(u"JSON 1.1 wants POST with Content-Type application/x-amz-json-1.1"_s);
    const QByteArray target = request.headers.value("x-amz-target");
    const QString operation = QString::fromLatin1(target.mid(target.indexOf('.') + 1));
    if (!target.startsWith("Logs_20140328.") ||
        (operation != u"CreateLogStream" && operation != u"PutLogEvents"))
        return json11Error(400, u"UnknownOperationException"_s, QString::fromLatin1(target));
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    if (!body.isObject())
        return problem(u"the body is not a JSON object"_s);
    if (const QString p =
            jsonShapeProblem(body.object(), awsShape(u"logs/%1.request.json"_s.arg(operation)));
        !p.isEmpty())
        return problem(operation + u": "_s + p);
    return operation == u"CreateLogStream" ? createLogStream(body.object())
                                           : putLogEvents(body.object());
}

TestHttpResponse FakeCloudWatchLogs::createLogStream(const QJsonObject &in)
{
    const QString group = in.value(u"logGroupName"_s).toString();
    const QString stream = in.value(u"logStreamName"_s).toString();
    if (group.isEmpty() || stream.isEmpty() || stream.contains(u':') || stream.contains(u'*') ||
        stream.size() > 512) {
        m_problems << u"CreateLogStream: bad names '%1' '%2'"_s.arg(group, stream);
        return json11Error(400, u"InvalidParameterException"_s, u"names"_s);
    }
    if (!m_groups.contains(group))
        return json11Error(400, u"ResourceNotFoundException"_s,
                           u"The specified log group does not exist."_s);
    const QString key = group + u':' + stream; // neither name may hold ':'
    if (m_streamOrder.contains(key))
        return json11Error(400, u"ResourceAlreadyExistsException"_s,
                           u"The specified log stream already exists"_s);
    m_streamOrder << key;
    m_events.insert(key, {});
    return {200, {}, {{"Content-Type", "application/x-amz-json-1.1"}}, -1};
}

TestHttpResponse FakeCloudWatchLogs::putLogEvents(const QJsonObject &in)
{
    const QString key =
        in.value(u"logGroupName"_s).toString() + u':' + in.value(u"logStreamName"_s).toString();
    const auto problem = [&](const QString &what) {
        m_problems << u"PutLogEvents: "_s + what;
        return json11Error(400, u"InvalidParameterException"_s, what);
    };
    if (!m_groups.contains(in.value(u"logGroupName"_s).toString()))
        return json11Error(400, u"ResourceNotFoundException"_s,
                           u"The specified log group does not exist."_s);
    if (!m_events.contains(key))
        return json11Error(400, u"ResourceNotFoundException"_s,
                           u"The specified log stream does not exist."_s);
    if (m_throttle > 0) {
        --m_throttle;
        ++m_throttled;
        return json11Error(400, u"ThrottlingException"_s, u"Rate exceeded"_s);
    }
    const QJsonArray events = in.value(u"logEvents"_s).toArray();
    if (events.isEmpty() || events.size() > MaxEvents)
        return problem(u"%1 events (1 to 10,000 allowed)"_s.arg(events.size()));
    qsizetype bytes = 0;
    QList<Event> received;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (!e.value(u"timestamp"_s).isDouble() || !e.value(u"message"_s).isString())
            return problem(u"an event without timestamp and message"_s);
        const QByteArray message = e.value(u"message"_s).toString().toUtf8();
        if (message.isEmpty())
            return problem(u"an empty message"_s);
        if (message.size() + EventOverhead > MaxEventBytes)
            return problem(u"an event of %1 bytes"_s.arg(message.size()));
        bytes += message.size() + EventOverhead;
        const qint64 timestamp = qint64(e.value(u"timestamp"_s).toDouble());
        if (!received.isEmpty() && timestamp < received.last().timestamp)
            return problem(u"events out of chronological order"_s);
        if (!received.isEmpty() && timestamp - received.first().timestamp >= DayMs)
            return problem(u"a batch spanning 24 hours"_s);
        received.append({timestamp, QString::fromUtf8(message)});
    }
    if (bytes > MaxBatchBytes)
        return problem(u"a batch of %1 bytes"_s.arg(bytes));
    QList<Event> &stream = m_events[key];
    if (!stream.isEmpty() && received.first().timestamp < stream.last().timestamp)
        m_problems << u"PutLogEvents: a batch older than the one before"_s;
    stream += received;
    m_batchSizes << int(received.size());
    return {
        200,
        QJsonDocument(QJsonObject{{u"nextSequenceToken"_s,
                                   u"4954267248683107400957960456765678821480686328246960%1"_s.arg(
                                       m_batchSizes.size())}})
            .toJson(),
        {{"Content-Type", "application/x-amz-json-1.1"}},
        -1};
}

} // namespace KilnTest
