// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln logs` against s3rver: a run folder that kiln run uploaded comes back
// byte for byte; the newest TOE_* folder under a prefix is chosen unless the
// URI names one; an empty prefix, a used destination and usage errors fail
// clearly; kiln run --replay takes an s3:// prefix the same way.
// runFolderKeyPrefix()'s choice is checked on its own too.
#include "aws/s3client.h"
#include "aws/s3runfiles.h"
#include "kilnrun.h"
#include "s3testserver.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using KilnTest::Result;

namespace {

const QString OldRun = u"TOE_2000-01-01_00-00-00_UTC-0_old"_s;

// relative path -> bytes, for every file below `folder`.
QMap<QString, QByteArray> filesBelow(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(path), f.readAll());
    }
    return files;
}

} // namespace

class TestLogs : public QObject
{
    Q_OBJECT

private:
    S3TestServer m_s3;
    QTemporaryDir m_home;
    QTemporaryDir m_runs; // the run's own folder, as kiln run left it
    QString m_runFolder;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_s3.environment(m_home.path());
        e.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        e.insert(u"LANG"_s, u"C.UTF-8"_s);
        return e;
    }

    Result kiln(const QStringList &args, const QString &cwd)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments(args);
        p.setWorkingDirectory(cwd);
        p.start();
        return KilnTest::finishServing(p);
    }

    bool put(const QString &key, const QByteArray &data)
    {
        QNetworkAccessManager network;
        Kiln::S3Client client(Kiln::AwsConfig::resolve(env()), &network);
        bool done = false;
        bool ok = false;
        client.putBytes(S3TestServer::Bucket, key, data, "application/octet-stream",
                        [&](const std::optional<Kiln::S3Error> &error) {
                            ok = !error;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 30000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_s3.start(&error), qPrintable(error));
        const QString document = m_home.filePath(u"two.yaml"_s);
        QFile f(document);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: two\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                "      - name: One\n        action: ExecuteBash\n        inputs:\n"
                "          commands: ['echo one']\n"
                "      - name: Two\n        action: ExecuteBash\n        inputs:\n"
                "          commands: ['echo two >&2; exit 3']\n");
        f.close();
        const Result r = kiln({u"run"_s, u"-d"_s, document, u"-l"_s, m_runs.path(), u"-b"_s,
                               S3TestServer::Bucket, u"-k"_s, u"runs"_s},
                              m_home.path());
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err)); // step Two fails
        m_runFolder = KilnTest::runFolder(m_runs.path());
        QVERIFY(!m_runFolder.isEmpty());
        // An older run beside it.
        QVERIFY(put(u"runs/%1/detailedoutput.json"_s.arg(OldRun), "{\"old\": true}\n"));
        QVERIFY(put(u"runs/%1/console.log"_s.arg(OldRun), "old run\n"));
    }

    // The newest run under the prefix, into its own name in the working directory,
    // identical to the folder kiln run uploaded.
    void newestRunComesBackByteIdentical()
    {
        QTemporaryDir cwd;
        const Result r =
            kiln({u"logs"_s, u"s3://%1/runs/"_s.arg(S3TestServer::Bucket)}, cwd.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString name = QFileInfo(m_runFolder).fileName();
        QCOMPARE(r.out.trimmed(), QDir(cwd.path()).filePath(name));
        const auto local = filesBelow(m_runFolder);
        QVERIFY(local.contains(u"detailedoutput.json"_s) && local.contains(u"console.log"_s));
        QCOMPARE(filesBelow(r.out.trimmed()), local);
    }

    // A URI that names a folder (with or without the last '/') gets that one, into -o.
    void namedRunIntoOutput()
    {
        QTemporaryDir cwd;
        const Result r = kiln({u"logs"_s, u"s3://%1/runs/%2"_s.arg(S3TestServer::Bucket, OldRun),
                               u"-o"_s, u"fetched"_s},
                              cwd.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out.trimmed(), QDir(cwd.path()).filePath(u"fetched"_s));
        QCOMPARE(filesBelow(r.out.trimmed()),
                 (QMap<QString, QByteArray>{{u"detailedoutput.json"_s, "{\"old\": true}\n"},
                                            {u"console.log"_s, "old run\n"}}));
    }

    // kiln run --replay s3://...: the newest run under the prefix is fetched and replayed.
    void replayFromS3()
    {
        QTemporaryDir cwd;
        const Result r =
            kiln({u"run"_s, u"--replay"_s, u"s3://%1/runs/"_s.arg(S3TestServer::Bucket), u"-l"_s,
                  cwd.filePath(u"logs"_s)},
                 cwd.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"fetched s3://%1/runs/%2/"_s.arg(
                     S3TestServer::Bucket, QFileInfo(m_runFolder).fileName())),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Reproduced"_s), qPrintable(r.out));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString bucket = S3TestServer::Bucket;
        QTest::newRow("empty prefix") << QStringList{u"s3://%1/nothing-here/"_s.arg(bucket)} << 1
                                      << u"no run folder under s3://%1/nothing-here/"_s.arg(bucket);
        QTest::newRow("used destination")
            << QStringList{u"s3://%1/runs/"_s.arg(bucket), u"-o"_s, u"used"_s} << 1
            << u"exists and is not an empty folder"_s;
        QTest::newRow("no URI") << QStringList{} << 2 << u"give one s3://bucket/prefix/"_s;
        QTest::newRow("not S3") << QStringList{u"/tmp/runs"_s} << 2
                                << u"give one s3://bucket/prefix/"_s;
    }
    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        QTemporaryDir cwd;
        QVERIFY(QDir(cwd.path()).mkpath(u"used/something"_s));
        const Result r = kiln(QStringList{u"logs"_s} + args, cwd.path());
        QCOMPARE(r.exitCode, status);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void choosesTheRunFolder_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("chosen");
        const QStringList two{u"p/TOE_2024-01-02_00-00-00_UTC-0_b/console.log"_s,
                              u"p/TOE_2024-03-01_00-00-00_UTC-0_a/detailedoutput.json"_s,
                              u"p/notes/TOE_2099-01-01_00-00-00_UTC-0_deeper/x"_s,
                              u"p/TOE_2099-loose-file"_s};
        QTest::newRow("newest") << u"p/"_s << two << u"p/TOE_2024-03-01_00-00-00_UTC-0_a/"_s;
        QTest::newRow("named") << u"p/TOE_2024-01-02_00-00-00_UTC-0_b/"_s << two
                               << u"p/TOE_2024-01-02_00-00-00_UTC-0_b/"_s;
        QTest::newRow("a run folder by another name")
            << u"copy/"_s << QStringList{u"copy/detailedoutput.json"_s} << u"copy/"_s;
        QTest::newRow("none") << u"q/"_s << QStringList{u"q/readme.txt"_s} << QString();
        QTest::newRow("bucket root")
            << QString() << QStringList{u"TOE_2024-01-01_00-00-00_UTC-0_c/console.log"_s}
            << u"TOE_2024-01-01_00-00-00_UTC-0_c/"_s;
    }
    void choosesTheRunFolder()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, keys);
        QFETCH(QString, chosen);
        QCOMPARE(Kiln::runFolderKeyPrefix(prefix, keys), chosen);
    }
};

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
