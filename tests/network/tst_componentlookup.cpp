// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// ComponentLookup, which `kiln pull` and the studio's Open Component from
// Image Builder share, against the fake Image Builder (signatures and bodies
// checked): NAME/VERSION made into an ARN (Amazon's account without a call,
// another owner's from ListComponents), the failures it names (not found,
// access denied, no credentials, neither an ARN nor NAME/VERSION), the
// listing of an ownership over several pages (each component once, at its
// newest version), and abort() dropping the answers in flight. Every answer
// comes later, never inside the call.
#include "aws/componentlookup.h"
#include "fakeimagebuilder.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;
using KilnTest::FakeImageBuilder;

namespace {

const QString Region = u"ap-southeast-2"_s;
const AwsCredentials Credentials{u"AKIDCOMPONENTLOOKUP"_s, u"lookup/Secret+Key"_s, {}, {}};
const QString Shared = u"210987654321"_s; // another account that shares a component

struct Resolved
{
    QString arn;
    QString error;
};

struct Listed
{
    std::vector<ComponentSummary> components;
    QString error;
};

} // namespace

class TestComponentLookup : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    FakeImageBuilder m_fake{m_server, Credentials, Region};
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    QStringList m_problems; // of the helpers below: cleanup() fails the test

    QProcessEnvironment environment(bool withKeys = true) const
    {
        return m_fake.environment(m_home.path(), withKeys);
    }

    Resolved resolve(const QString &given, const QString &ownership, bool withKeys = true,
                     const QString &region = {})
    {
        ComponentLookup lookup(AwsConfig::resolve(environment(withKeys)), region, &m_network);
        Resolved out;
        bool done = false;
        lookup.resolve(given, ownership, [&](const QString &arn, const QString &error) {
            out = {arn, error};
            done = true;
        });
        if (done)
            m_problems << u"resolve(%1) answered inside the call"_s.arg(given);
        else if (!QTest::qWaitFor([&] { return done; }, 10000))
            m_problems << u"resolve(%1) never answered"_s.arg(given);
        return out;
    }

    Listed list(const QString &ownership)
    {
        ComponentLookup lookup(AwsConfig::resolve(environment()), {}, &m_network);
        Listed out;
        bool done = false;
        lookup.list(ownership,
                    [&](const std::vector<ComponentSummary> &components, const QString &error) {
                        out = {components, error};
                        done = true;
                    });
        if (done)
            m_problems << u"list(%1) answered inside the call"_s.arg(ownership);
        else if (!QTest::qWaitFor([&] { return done; }, 10000))
            m_problems << u"list(%1) never answered"_s.arg(ownership);
        return out;
    }

    QString arn(const QString &account, const QString &nameAndVersion) const
    {
        return u"arn:aws:imagebuilder:%1:%2:component/%3"_s.arg(Region, account, nameAndVersion);
    }

    void add(const QString &owner, const QString &name, const QString &version, int build,
             const QString &description = {})
    {
        m_fake.addBuild(m_fake.buildArn(owner, name, version, build),
                        "name: " + name.toUtf8() + "\n", description);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_fake.setPageSize(2); // below the client's maxResults: listings take several pages
        const QString self = QLatin1String(FakeImageBuilder::Account);
        add(u"aws"_s, u"update-linux"_s, u"1.0.1"_s, 1, u"Updates Linux"_s);
        add(u"aws"_s, u"update-linux"_s, u"1.0.2"_s, 1);
        add(u"aws"_s, u"update-linux"_s, u"1.0.2"_s, 4, u"Updates Linux (newer)"_s);
        add(u"aws"_s, u"aws-cli-version-2-linux"_s, u"1.0.4"_s, 1, u"Installs the AWS CLI"_s);
        add(u"aws"_s, u"hello-world-linux"_s, u"1.0.0"_s, 1);
        add(u"aws"_s, u"reboot-linux"_s, u"1.1.0"_s, 2);
        add(u"aws"_s, u"reboot-linux"_s, u"1.0.9"_s, 1);
        add(u"aws"_s, u"stig-build-linux-high"_s, u"2025.1.0"_s, 1);
        add(self, u"mine"_s, u"2.1.0"_s, 3);
        add(Shared, u"theirs"_s, u"1.0.0"_s, 1);
    }

    void init()
    {
        m_fake.clearCalls();
        m_fake.denyListComponents(false);
        m_problems.clear();
    }
    void cleanup()
    {
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
        QVERIFY2(m_fake.problems().isEmpty(), qPrintable(m_fake.problems().join(u'\n')));
    }

    void partitions()
    {
        QCOMPARE(awsPartitionOf(u"eu-west-1"_s), u"aws"_s);
        QCOMPARE(awsPartitionOf(u"cn-northwest-1"_s), u"aws-cn"_s);
        QCOMPARE(awsPartitionOf(u"us-gov-west-1"_s), u"aws-us-gov"_s);
    }

    void anArnIsAnsweredAsItIs()
    {
        const QString given = arn(Shared, u"theirs/1.0.0/1"_s);
        const Resolved r = resolve(given, u"Self"_s);
        QCOMPARE(r.arn, given);
        QVERIFY(r.error.isEmpty());
        QVERIFY(m_fake.calls().isEmpty());
    }

    void amazonsAccountNeedsNoCall()
    {
        Resolved r = resolve(u"update-linux/1.0.x"_s, u"Amazon"_s);
        QCOMPARE(r.arn, arn(u"aws"_s, u"update-linux/1.0.x"_s));
        QVERIFY(r.error.isEmpty());
        // Not even credentials are needed to name the ARN.
        r = resolve(u"update-linux/1.0.2/4"_s, u"Amazon"_s, false);
        QCOMPARE(r.arn, arn(u"aws"_s, u"update-linux/1.0.2/4"_s));
        // The partition follows the region.
        r = resolve(u"update-linux/1.x.x"_s, u"Amazon"_s, true, u"cn-north-1"_s);
        QCOMPARE(r.arn, u"arn:aws-cn:imagebuilder:cn-north-1:aws:component/update-linux/1.x.x"_s);
        QVERIFY(m_fake.calls().isEmpty());
    }

    void anotherOwnersAccountComesFromListComponents()
    {
        Resolved r = resolve(u"mine/2.1.0/3"_s, u"Self"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.arn, arn(QLatin1String(FakeImageBuilder::Account), u"mine/2.1.0/3"_s));
        QCOMPARE(m_fake.calls(), QStringList{u"ListComponents Self mine"_s});

        r = resolve(u"theirs/1.x.x"_s, u"Shared"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.arn, arn(Shared, u"theirs/1.x.x"_s));
    }

    void notFound()
    {
        const Resolved r = resolve(u"nothing/1.0.0"_s, u"Self"_s);
        QVERIFY(r.arn.isEmpty());
        QCOMPARE(r.error, u"cannot find nothing/1.0.0: no component 'nothing' with owner Self in "
                          "region %1"_s.arg(Region));
        // Amazon's update-linux is not the account's own.
        QVERIFY(resolve(u"update-linux/1.0.2"_s, u"Self"_s).arn.isEmpty());
    }

    void accessDeniedNamesTheAction()
    {
        m_fake.denyListComponents(true);
        const Resolved r = resolve(u"mine/2.1.0"_s, u"Self"_s);
        QVERIFY(r.arn.isEmpty());
        QVERIFY2(
            r.error.startsWith(u"cannot find mine/2.1.0: access denied (ForbiddenException)"_s) &&
                r.error.endsWith(u"need imagebuilder:ListComponents"_s),
            qPrintable(r.error));
    }

    void noCredentials()
    {
        const Resolved r = resolve(u"mine/2.1.0"_s, u"Self"_s, false);
        QVERIFY(r.arn.isEmpty());
        QVERIFY2(r.error.startsWith(u"cannot find mine/2.1.0: "_s) &&
                     r.error.contains(u"credentials"_s, Qt::CaseInsensitive),
                 qPrintable(r.error));
        QVERIFY(m_fake.calls().isEmpty());
    }

    void neitherAnArnNorNameAndVersion_data()
    {
        QTest::addColumn<QString>("given");
        QTest::newRow("name only") << u"update-linux"_s;
        QTest::newRow("no name") << u"/1.0.0"_s;
        QTest::newRow("trailing slash") << u"update-linux/"_s;
    }
    void neitherAnArnNorNameAndVersion()
    {
        QFETCH(QString, given);
        const Resolved r = resolve(given, u"Self"_s);
        QVERIFY(r.arn.isEmpty());
        QCOMPARE(r.error,
                 u"'%1' is neither an ARN nor NAME/VERSION (e.g. update-linux/1.0.x)"_s.arg(given));
        QVERIFY(m_fake.calls().isEmpty());
    }

    void listsEachComponentOnceAtItsNewestVersion()
    {
        const Listed l = list(u"Amazon"_s);
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QStringList got;
        for (const ComponentSummary &c : l.components)
            got << c.name + u'/' + c.version;
        QCOMPARE(got, (QStringList{u"aws-cli-version-2-linux/1.0.4"_s, u"hello-world-linux/1.0.0"_s,
                                   u"reboot-linux/1.1.0"_s, u"stig-build-linux-high/2025.1.0"_s,
                                   u"update-linux/1.0.2"_s}));
        // Five components at two a page: three calls, the request without a name filter.
        QCOMPARE(m_fake.calls(),
                 (QStringList{u"ListComponents Amazon "_s, u"ListComponents Amazon  (next page)"_s,
                              u"ListComponents Amazon  (next page)"_s}));
        const ComponentSummary &update = l.components.back();
        QCOMPARE(update.arn, arn(u"aws"_s, u"update-linux/1.0.2"_s));
        QCOMPARE(update.owner, u"aws"_s);
        QCOMPARE(update.platform, u"Linux"_s);
        QCOMPARE(update.type, u"BUILD"_s);
        QCOMPARE(update.description, u"Updates Linux (newer)"_s);
        QCOMPARE(l.components.front().description, u"Installs the AWS CLI"_s);
        QVERIFY(l.components[1].description.isEmpty());
    }

    void listsOnlyTheOwnership()
    {
        Listed l = list(u"Self"_s);
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QCOMPARE(int(l.components.size()), 1);
        QCOMPARE(l.components[0].name, u"mine"_s);
        l = list(u"ThirdParty"_s);
        QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
        QVERIFY(l.components.empty());
    }

    void listingDenied()
    {
        m_fake.denyListComponents(true);
        const Listed l = list(u"Amazon"_s);
        QVERIFY(l.components.empty());
        QVERIFY2(l.error.startsWith(u"access denied (ForbiddenException)"_s) &&
                     l.error.endsWith(u"need imagebuilder:ListComponents"_s),
                 qPrintable(l.error));
    }

    void abortDropsTheAnswersInFlight()
    {
        ComponentLookup lookup(AwsConfig::resolve(environment()), {}, &m_network);
        int answers = 0;
        lookup.list(u"Amazon"_s,
                    [&](const std::vector<ComponentSummary> &, const QString &) { ++answers; });
        lookup.resolve(u"mine/2.1.0"_s, u"Self"_s,
                       [&](const QString &, const QString &) { ++answers; });
        lookup.resolve(u"update-linux/1.0.2"_s, u"Amazon"_s, // answered without a call
                       [&](const QString &, const QString &) { ++answers; });
        lookup.abort();
        QTest::qWait(300);
        QCOMPARE(answers, 0);
        // The lookup still works afterwards.
        lookup.resolve(u"mine/2.1.0"_s, u"Self"_s,
                       [&](const QString &, const QString &) { ++answers; });
        QTRY_COMPARE(answers, 1);
    }
};

QTEST_GUILESS_MAIN(TestComponentLookup)
#include "tst_componentlookup.moc"
