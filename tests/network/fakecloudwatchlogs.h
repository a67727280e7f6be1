// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A fake CloudWatch Logs endpoint on a TestHttpServer (JSON 1.1 on "/"):
// CreateLogStream and PutLogEvents into the log groups a test creates. Every
// request is checked: the SigV4 signature for service "logs" in the fake's
// region, X-Amz-Target and Content-Type, the body against the published request
// shape (tests/data/aws/logs), and PutLogEvents' documented limits (events per
// batch, batch bytes with the 26-byte overhead, event size, chronological order,
// 24-hour span). A request that breaks one is recorded in problems() and answered
// with InvalidParameterException. Documented errors: ResourceNotFoundException,
// ResourceAlreadyExistsException, ThrottlingException (on demand).
#pragma once

#include "aws/credentials.h"
#include "testhttpserver.h"

#include <QHash>
#include <QStringList>

namespace KilnTest {

class FakeCloudWatchLogs
{
public:
    struct Event
    {
        qint64 timestamp;
        QString message;
    };

    FakeCloudWatchLogs(TestHttpServer &server, Kiln::AwsCredentials credentials, QString region);

    void addLogGroup(const QString &group) { m_groups << group; }
    // The next `n` PutLogEvents calls are answered with ThrottlingException.
    void throttleNext(int n) { m_throttle = n; }

    const QStringList &problems() const { return m_problems; }
    // Stream names of `group`, in creation order.
    QStringList streams(const QString &group) const;
    QList<Event> events(const QString &group, const QString &stream) const;
    QList<int> batchSizes() const { return m_batchSizes; }
    // Every request body received, as sent.
    const QByteArrayList &bodies() const { return m_bodies; }
    int throttled() const { return m_throttled; }
    void clear();

private:
    TestHttpResponse answer(const TestHttpRequest &request);
    TestHttpResponse createLogStream(const QJsonObject &in);
    TestHttpResponse putLogEvents(const QJsonObject &in);

    Kiln::AwsCredentials m_credentials;
    QString m_region;
    QStringList m_groups;
    QStringList m_streamOrder;             // "group:stream"
    QHash<QString, QList<Event>> m_events; // "group:stream" -> events
    QList<int> m_batchSizes;
    QByteArrayList m_bodies;
    QStringList m_problems;
    int m_throttle = 0;
    int m_throttled = 0;
};

} // namespace KilnTest
