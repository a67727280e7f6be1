// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A fake EC2 Image Builder endpoint on a TestHttpServer: GetComponent,
// ListComponents and ListComponentBuildVersions over the components a test
// adds, and CreateComponent, which adds one (build 1 of the caller's account). Every request is
// checked (SigV4 signature for service "imagebuilder" in the fake's region, method and path, the
// body against the published request shape of tests/data/aws); a request that fails a check is
// answered with an error and recorded in problems(), which a test expects empty. Answers follow the
// API reference: pagination with nextToken, version ARNs with x wildcards resolved to the newest
// matching build, documented error codes.
#pragma once

#include "aws/credentials.h"
#include "testhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>

namespace KilnTest {

// A one-step component document that echoes `marker`: what a test expects back.
inline QByteArray componentDocument(const QString &marker)
{
    return "name: " + marker.toUtf8() +
           "\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n"
           "        action: ExecuteBash\n        inputs:\n          commands: ['echo " +
           marker.toUtf8() + "']\n";
}

class FakeImageBuilder
{
public:
    static constexpr const char *Account = "123456789012"; // "Self"

    FakeImageBuilder(TestHttpServer &server, Kiln::AwsCredentials credentials, QString region);

    // An environment that reaches this fake and nothing else: `home` for HOME and the
    // component cache, no AWS config files, no IMDS, the fake's region, and (with
    // `withKeys`) its credentials.
    QProcessEnvironment environment(const QString &home, bool withKeys = true) const;

    // arn:aws:imagebuilder:<region>:<owner>:component/<name>/<x.y.z>/<build>; ListComponents
    // reports the description when there is one.
    void addBuild(const QString &buildArn, const QByteArray &document,
                  const QString &description = {});
    QString buildArn(const QString &owner, const QString &name, const QString &version,
                     int build) const;

    // GetComponent of this component is answered with ForbiddenException (403).
    void deny(const QString &name) { m_denied << name; }
    // ListComponents is answered with ForbiddenException (403) while set.
    void denyListComponents(bool deny) { m_denyListComponents = deny; }
    // The next `n` requests are answered with CallRateLimitExceededException (429).
    void throttleNext(int n) { m_throttle = n; }
    // Items per page of the listings (below the client's maxResults: pagination is used).
    void setPageSize(int n) { m_pageSize = n; }
    const QStringList &problems() const { return m_problems; }
    // "GetComponent <arn>", "ListComponents <owner> <name>", "ListComponentBuildVersions <arn>",
    // "CreateComponent <name> <version>"
    const QStringList &calls() const { return m_calls; }
    void clearCalls() { m_calls.clear(); }
    // The bodies of the CreateComponent requests that passed the checks.
    const QList<QJsonObject> &created() const { return m_created; }

private:
    struct Build
    {
        QString owner, name;
        int major, minor, patch, build;
        QByteArray document;
        QString arn;
        QString description;
        QString versionArn() const;
        QString version() const;
    };
    TestHttpResponse checked(const TestHttpRequest &request, const QByteArray &method,
                             const QString &shape, std::function<TestHttpResponse()> answer);
    TestHttpResponse getComponent(const TestHttpRequest &request);
    TestHttpResponse listComponents(const TestHttpRequest &request);
    TestHttpResponse listBuildVersions(const TestHttpRequest &request);
    TestHttpResponse createComponent(const TestHttpRequest &request);
    // One page of `items` from the request's nextToken.
    TestHttpResponse page(const QJsonObject &in, const QString &listKey, const QJsonArray &items);

    TestHttpServer *m_server;
    Kiln::AwsCredentials m_credentials;
    QString m_region;
    QList<Build> m_builds;
    int m_throttle = 0;
    int m_pageSize = 2;
    QStringList m_problems;
    QStringList m_calls;
    QStringList m_denied;
    QList<QJsonObject> m_created;
    bool m_denyListComponents = false;
};

} // namespace KilnTest
