// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln pull`'s usage, without any AWS endpoint: listed by `kiln help`, its
// usage errors (exit 2), a malformed ARN named, and an existing file refused
// before anything is fetched. Fetching itself: tests/network/tst_imagebuilderrun.
#include "kilnrun.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using KilnTest::Result;

class TestCliPull : public QObject
{
    Q_OBJECT

private:
    // Credentials and an endpoint nobody listens on: any fetch would fail.
    static QProcessEnvironment offline()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDOFFLINE"_s);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"offline"_s);
        e.insert(u"AWSTOE_IMAGEBUILDER_ENDPOINT"_s, u"http://127.0.0.1:9"_s);
        e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        return e;
    }

private Q_SLOTS:
    void listedInHelp()
    {
        const Result r = KilnTest::kilnCommand({u"help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"\n  pull       "_s), qPrintable(r.out));
        const Result help = KilnTest::kilnCommand({u"help"_s, u"pull"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(u"Usage: kiln pull [options] COMPONENT"_s),
                 qPrintable(help.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << u"give one component"_s;
        QTest::newRow("two") << QStringList{u"a/1.0.0"_s, u"b/1.0.0"_s} << u"give one component"_s;
        QTest::newRow("owner") << QStringList{u"a/1.0.0"_s, u"--owner"_s, u"Me"_s}
                               << u"unknown --owner 'Me'"_s;
        const QString bad = u"arn:aws:imagebuilder:us-east-1:aws:component/x/1.x.3"_s;
        QTest::newRow("malformed ARN")
            << QStringList{bad} << bad + u" is not an Image Builder component ARN"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = KilnTest::kilnCommand(QStringList{u"pull"_s} + args, offline());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void existingFileIsKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"x.yaml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        const Result r = KilnTest::kilnCommand(
            {u"pull"_s, u"arn:aws:imagebuilder:us-east-1:aws:component/x/1.0.0/1"_s, u"-o"_s, file},
            offline());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + u" exists; use --force"_s), qPrintable(r.err));
        QCOMPARE(KilnTest::readText(file), u"mine"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliPull)
#include "tst_cli_pull.moc"
