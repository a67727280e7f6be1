// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln run` and `kiln validate` with S3: documents given as s3:// URIs (also
// inside ExecuteDocument), the log folder uploaded with --log-s3-bucket-name, and
// the Linux corpus documents that download (S3Download, WebDownload) run end to
// end against s3rver (behind the SigV4 gate) and a local HTTP server, with
// AWS_ENDPOINT_URL_S3 pointing at the fixture. Commands a document would use to
// change the machine (sudo, package managers, chef-client, ansible-playbook) are
// fakes on a PATH made by the test; nothing is installed.
#include "aws/credentials.h"
#include "aws/s3client.h"
#include "kilnrun.h"
#include "s3testserver.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

using KilnTest::detailed; // and Result, runFolder(), stepsByName(): tests/common/kilnrun.h
using KilnTest::Result;
using KilnTest::runFolder;
using KilnTest::stepsByName;

QString runDoc(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/run/") + name;
}

QString corpusDoc(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return true;
}

} // namespace

class TestS3Run : public QObject
{
    Q_OBJECT

private:
    S3TestServer m_server;
    TestHttpServer m_http;
    QTemporaryDir m_home; // HOME for kiln: no ~/.aws from the developer
    QTemporaryDir m_fakeBin;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_server.environment(m_home.path());
        e.insert(u"PATH"_s, m_fakeBin.path() + u':' + qEnvironmentVariable("PATH"));
        e.insert(u"LANG"_s, u"C.UTF-8"_s);
        return e;
    }

    // Runs the kiln binary while this thread's event loop keeps serving HTTP.
    Result kiln(const QStringList &args, const QString &cwd = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments(args);
        p.setProcessEnvironment(env());
        p.setWorkingDirectory(cwd.isEmpty() ? m_home.path() : cwd);
        p.start();
        return KilnTest::finishServing(p); // the fake server answers from this thread
    }

    bool put(const QString &bucket, const QString &key, const QByteArray &data)
    {
        QNetworkAccessManager network;
        S3Client client(AwsConfig::resolve(env()), &network);
        bool done = false;
        bool ok = false;
        client.putBytes(bucket, key, data, "application/octet-stream",
                        [&](const std::optional<S3Error> &error) {
                            ok = !error;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 30000) && ok;
    }

    QStringList keys(const QString &bucket, const QString &prefix)
    {
        QNetworkAccessManager network;
        S3Client client(AwsConfig::resolve(env()), &network);
        QStringList out;
        bool done = false;
        client.listObjects(
            bucket, prefix, 1000,
            [&](const QList<S3Object> &objects, bool, const std::optional<S3Error> &error) {
                if (error)
                    out << u"ERROR "_s + error->message;
                for (const S3Object &o : objects)
                    out << o.key;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            out << u"ERROR timeout"_s;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // kiln's English texts are compared: no German from a developer's locale.
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
        m_server.addBuckets({u"mybucket"_s, u"orca-bucket"_s, u"chef-bucket"_s});
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_http.listen());
        // Fakes for the commands that would change the machine or need software
        // that is not installed; each says what it was asked to do.
        const QByteArray echoFake = "#!/bin/sh\necho \"fake $(basename \"$0\"): $*\"\n";
        for (const char *name : {"amazon-linux-extras", "ansible-playbook", "chef-client"})
            QVERIFY(writeFile(m_fakeBin.filePath(QString::fromLatin1(name)), echoFake, true));
        // sudo runs its command without privileges (the fakes above or a script of ours).
        QVERIFY(writeFile(m_fakeBin.filePath(u"sudo"_s), "#!/bin/sh\nexec \"$@\"\n", true));
        // curl of the playbook's web page: what the playbook would have served.
        QVERIFY(writeFile(m_fakeBin.filePath(u"curl"_s),
                          "#!/bin/sh\necho 'Hello world from EC2 Image Builder and Ansible'\n",
                          true));
        m_http.route("/install.sh", "#!/bin/sh\necho \"chef installer ran with: $*\"\n");
        m_http.route("/artifact.bin", "artifact bytes\n");
    }

    void runsAnS3DocumentAndUploadsTheLogs()
    {
        QVERIFY(put(S3TestServer::Bucket, u"docs/hello.yaml"_s,
                    readFile(QStringLiteral(KILN_SOURCE_DIR "/examples/hello-world.yaml"))));
        QTemporaryDir logs;
        const QString uri = u"s3://%1/docs/hello.yaml"_s.arg(S3TestServer::Bucket);
        const Result r =
            kiln({u"run"_s, u"-d"_s, uri, u"--document-s3-bucket-owner"_s, S3TestServer::Owner,
                  u"-l"_s, logs.path(), u"-b"_s, S3TestServer::Bucket, u"-k"_s, u"/runs/ci/"_s,
                  u"--log-s3-bucket-owner"_s, S3TestServer::Owner});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString folder = QFileInfo(runFolder(logs.path())).fileName();
        QVERIFY(!folder.isEmpty());
        QCOMPARE(r.summary.value(u"logUrl"_s).toString(),
                 u"s3://%1/runs/ci/%2/"_s.arg(S3TestServer::Bucket, folder));
        // Reports name the document by its URI; the copy is the downloaded text.
        QCOMPARE(detailed(logs.path())
                     .value(u"documents"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"filePath"_s)
                     .toString(),
                 uri);
        QCOMPARE(readFile(QDir(runFolder(logs.path())).filePath(u"document.yaml"_s)),
                 readFile(QStringLiteral(KILN_SOURCE_DIR "/examples/hello-world.yaml")));
        const QStringList uploaded = keys(S3TestServer::Bucket, u"runs/ci/%1/"_s.arg(folder));
        for (const QString &file :
             {u"console.log"_s, u"application.log"_s, u"detailedoutput.json"_s, u"chaining.json"_s,
              u"document.yaml"_s})
            QVERIFY2(uploaded.contains(u"runs/ci/%1/%2"_s.arg(folder, file)),
                     qPrintable(uploaded.join(u", "_s)));
        // The uploaded console.log ends with the summary that names its own location.
        QNetworkAccessManager network;
        S3Client client(AwsConfig::resolve(env()), &network);
        QByteArray console;
        bool done = false;
        client.getBytes(S3TestServer::Bucket, u"runs/ci/%1/console.log"_s.arg(folder),
                        [&](const QByteArray &data, const std::optional<S3Error> &) {
                            console = data;
                            done = true;
                        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY2(console.contains(r.summary.value(u"logUrl"_s).toString().toUtf8()),
                 console.constData());
        // The expected owner went with the document download and the uploads.
        const QString requests = m_server.requestLog();
        QVERIFY2(requests.contains(u"GET /%1/docs/hello.yaml owner=%2"_s.arg(S3TestServer::Bucket,
                                                                             S3TestServer::Owner)),
                 qPrintable(requests));
        QVERIFY2(requests.contains(u"PUT /%1/runs/ci/%2/console.log owner=%3"_s.arg(
                     S3TestServer::Bucket, folder, S3TestServer::Owner)),
                 qPrintable(requests));
    }

    void configFromS3()
    {
        QVERIFY(
            put(S3TestServer::Bucket, u"docs/params.yaml"_s, readFile(runDoc(u"params.yaml"_s))));
        QVERIFY(put(
            S3TestServer::Bucket, u"config/run.json"_s,
            QJsonDocument(
                QJsonObject{
                    {u"documents"_s,
                     QJsonArray{QJsonObject{
                         {u"path"_s, u"s3://%1/docs/params.yaml"_s.arg(S3TestServer::Bucket)}}}},
                    {u"parameters"_s, QJsonArray{QJsonObject{{u"name"_s, u"FromCli"_s},
                                                             {u"value"_s, u"from-s3-config"_s}}}},
                    {u"logS3BucketName"_s, S3TestServer::Bucket},
                    {u"logS3KeyPrefix"_s, u"from-config"_s}})
                .toJson()));
        QTemporaryDir logs;
        const Result r =
            kiln({u"run"_s, u"-c"_s, u"s3://%1/config/run.json"_s.arg(S3TestServer::Bucket),
                  u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"from-s3-config"_s), qPrintable(r.out));
        QVERIFY(r.summary.value(u"logUrl"_s)
                    .toString()
                    .startsWith(u"s3://%1/from-config/TOE_"_s.arg(S3TestServer::Bucket)));
    }

    // A handed-off reboot of an S3 document resumes from the URI (the first
    // download was temporary) and keeps the log upload settings.
    void rebootHandoffOfAnS3DocumentResumes()
    {
        QVERIFY(
            put(S3TestServer::Bucket, u"docs/reboot.yaml"_s, readFile(runDoc(u"reboot.yaml"_s))));
        QTemporaryDir logs;
        QTemporaryDir work;
        QTemporaryDir state;
        const QString uri = u"s3://%1/docs/reboot.yaml"_s.arg(S3TestServer::Bucket);
        Result r = kiln({u"run"_s, u"-d"_s, uri, u"-l"_s, logs.path(), u"-s"_s, state.path(),
                         u"--reboot=handoff"_s, u"-b"_s, S3TestServer::Bucket, u"-k"_s,
                         u"resumed"_s, u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 194);
        for (int i = 0; i < 3 && r.exitCode == 194; ++i)
            r = kiln({u"run"_s, u"-s"_s, state.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(readFile(work.filePath(u"log"_s)),
                 QByteArray("before\nfirst-run\nsecond-run\nafter\n"));
        const QString folder = QFileInfo(runFolder(logs.path())).fileName();
        QCOMPARE(r.summary.value(u"logUrl"_s).toString(),
                 u"s3://%1/resumed/%2/"_s.arg(S3TestServer::Bucket, folder));
        QCOMPARE(detailed(logs.path())
                     .value(u"documents"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"filePath"_s)
                     .toString(),
                 uri);
    }

    void logsAreUploadedAfterAFailedRun()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"run"_s, u"-d"_s, runDoc(u"onfailure.yaml"_s), u"-l"_s, logs.path(),
                               u"--log-s3-bucket-name"_s, S3TestServer::Bucket,
                               u"--log-s3-key-prefix"_s, u"failed-runs"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"failed"_s);
        const QString folder = QFileInfo(runFolder(logs.path())).fileName();
        QCOMPARE(r.summary.value(u"logUrl"_s).toString(),
                 u"s3://%1/failed-runs/%2/"_s.arg(S3TestServer::Bucket, folder));
        QVERIFY(keys(S3TestServer::Bucket, u"failed-runs/%1/"_s.arg(folder))
                    .contains(u"failed-runs/%1/detailedoutput.json"_s.arg(folder)));
    }

    void logsAreUploadedAfterACancelledRun()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, runDoc(u"longstep.yaml"_s), u"-l"_s, logs.path(),
                        u"-b"_s, S3TestServer::Bucket, u"-k"_s, u"cancelled"_s, u"--parameters"_s,
                        u"Dir="_s + work.path()});
        p.setProcessEnvironment(env());
        p.start();
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(work.filePath(u"grandchild.pid"_s)); },
                                30000));
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(p.exitCode(), 130);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString folder = QFileInfo(runFolder(logs.path())).fileName();
        QVERIFY2(out.contains(
                     u"\"logUrl\": \"s3://%1/cancelled/%2/\""_s.arg(S3TestServer::Bucket, folder)),
                 qPrintable(out));
        QVERIFY(keys(S3TestServer::Bucket, u"cancelled/%1/"_s.arg(folder))
                    .contains(u"cancelled/%1/detailedoutput.json"_s.arg(folder)));
    }

    void wrongLogBucketOwnerFailsLoudly()
    {
        QTemporaryDir logs;
        const Result r =
            kiln({u"run"_s, u"-d"_s, QStringLiteral(KILN_SOURCE_DIR "/examples/hello-world.yaml"),
                  u"-l"_s, logs.path(), u"-b"_s, S3TestServer::Bucket, u"--log-s3-bucket-owner"_s,
                  u"999999999999"_s});
        // The steps succeeded, the upload did not: the summary says what the exit status says.
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(
            r.summary.value(u"failureMessage"_s)
                .toString()
                .startsWith(u"the logs were not uploaded to s3://%1/"_s.arg(S3TestServer::Bucket)));
        QCOMPARE(r.summary.value(u"failedStepCount"_s).toInt(), 0);
        QCOMPARE(r.summary.value(u"logUrl"_s).toString(), QString());
        QVERIFY2(r.err.contains(u"were not uploaded"_s), qPrintable(r.err));
        QVERIFY(!detailed(logs.path()).isEmpty()); // the local folder is complete
    }

    void documentErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = u"s3://%1/docs/missing.yaml"_s.arg(S3TestServer::Bucket);
        QTest::newRow("run: no such key")
            << QStringList{u"run"_s, u"-d"_s, missing} << 2 << u"cannot download "_s + missing;
        QTest::newRow("validate: no such key")
            << QStringList{u"validate"_s, u"-d"_s, missing} << 2 << u"cannot download "_s + missing;
        QTest::newRow("run: wrong document owner")
            << QStringList{u"run"_s, u"-d"_s,
                           u"s3://%1/docs/hello.yaml"_s.arg(S3TestServer::Bucket),
                           u"--document-s3-bucket-owner"_s, u"999999999999"_s}
            << 2 << u"cannot download"_s;
    }
    void documentErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir logs;
        const Result r = kiln(
            args + (args.first() == u"run" ? QStringList{u"-l"_s, logs.path()} : QStringList{}));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(runFolder(logs.path()).isEmpty());
    }

    void validateNamesTheS3Uri()
    {
        QVERIFY(
            put(S3TestServer::Bucket, u"docs/invalid.yaml"_s, readFile(runDoc(u"invalid.yaml"_s))));
        const QString uri = u"s3://%1/docs/invalid.yaml"_s.arg(S3TestServer::Bucket);
        const Result r = kiln({u"validate"_s, u"-d"_s, uri});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(uri + u':'), qPrintable(r.out));
        const Result json = kiln({u"validate"_s, u"--format"_s, u"json"_s, u"-d"_s, uri});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .object()
                     .value(u"documents"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"file"_s)
                     .toString(),
                 uri);
    }

    void executeDocumentFromS3()
    {
        QVERIFY(put(S3TestServer::Bucket, u"docs/child.yaml"_s,
                    readFile(runDoc(u"nested-child.yaml"_s))));
        QTemporaryDir dir;
        const QString parent = dir.filePath(u"parent.yaml"_s);
        QVERIFY(writeFile(
            parent, u"name: s3-parent\nschemaVersion: 1.0\nphases:\n"
                    "  - name: build\n    steps:\n"
                    "      - name: Nested\n        action: ExecuteDocument\n"
                    "        inputs:\n          document: s3://%1/docs/child.yaml\n"
                    "          document-s3-bucket-owner: '%2'\n"
                    "          phases: build\n"_s.arg(S3TestServer::Bucket, S3TestServer::Owner)
                        .toUtf8()));
        QTemporaryDir logs;
        const Result r = kiln({u"run"_s, u"-d"_s, parent, u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject nested = stepsByName(detailed(logs.path())).value(u"Nested"_s);
        QCOMPARE(nested.value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(nested.value(u"detailedOutput"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"documents"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"filePath"_s)
                     .toString(),
                 u"s3://%1/docs/child.yaml"_s.arg(S3TestServer::Bucket));
    }

    // Corpus documents that download, run against the local servers. Statuses
    // asserted here are listed in tests/data/run/corpus-fixed/README.md.
    void corpus020AnsiblePlaybook()
    {
        QVERIFY(put(u"mybucket"_s, u"playbooks/my-playbook.yml"_s, "- hosts: localhost\n"));
        QTemporaryDir logs;
        const Result r = kiln({u"run"_s, u"-d"_s, corpusDoc(u"020_ansible-playbook-al2.yaml"_s),
                               u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 6);
        QVERIFY(r.out.contains(u"fake ansible-playbook: /tmp/my-playbook.yml"_s));
        QVERIFY(!QFile::exists(u"/tmp/my-playbook.yml"_s)); // the document deletes it
    }

    void corpus013LinuxBinFixed()
    {
        QVERIFY(put(u"mybucket"_s, u"myapplication"_s, "#!/bin/sh\necho \"myapplication $*\"\n"));
        QTemporaryDir logs;
        const Result r = kiln(
            {u"run"_s, u"-d"_s, runDoc(u"corpus-fixed/013_linuxbin.yaml"_s), u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"success"_s);
        QVERIFY(r.out.contains(u"myapplication --install"_s));
        QVERIFY(!QFile::exists(u"/tmp/myapplication"_s));
    }

    void corpus021ChefRecipeFixed()
    {
        QVERIFY(put(u"chef-bucket"_s, u"recipes/default.rb"_s, "log 'hello'\n"));
        QTemporaryDir logs;
        const Result r = kiln(
            {u"run"_s, u"-d"_s, runDoc(u"corpus-fixed/021_chef-recipe-linux.yaml"_s), u"-l"_s,
             logs.path(), u"--parameters"_s,
             u"ChefInstallationScriptSource=%1/install.sh,RecipeSource=s3://chef-bucket/recipes/default.rb"_s
                 .arg(m_http.baseUrl())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 8);
        QVERIFY(r.out.contains(u"chef installer ran with: -c stable"_s));
        QVERIFY(
            r.out.contains(u"fake chef-client: --local-mode %1/recipe.rb"_s.arg(m_home.path())));
        // Cleanup deleted both downloads.
        QVERIFY(!QFile::exists(m_home.filePath(u"recipe.rb"_s)));
        QVERIFY(!QFile::exists(m_home.filePath(u"chef_install.sh"_s)));
    }

    void corpus023OrcaScanFixed()
    {
        QVERIFY(put(u"orca-bucket"_s, u"orca/orca_scan_test.sh"_s,
                    "#!/bin/sh\necho \"orca scan with $*\"\n"));
        QVERIFY(put(u"orca-bucket"_s, u"orca/README.txt"_s, "notes\n"));
        QTemporaryDir logs;
        QTemporaryDir target;
        // RunOrcaScan runs ./orca_scan_test.sh: the document expects the working
        // directory to be the download folder (Image Builder runs in /tmp).
        const Result r = kiln(
            {u"run"_s, u"-d"_s, runDoc(u"corpus-fixed/023_orca-scan-test.yaml"_s), u"-l"_s,
             logs.path(), u"--parameters"_s,
             u"Bucket=orca-bucket,Folder=orca,ApiToken=t0ken,Destination=%1/"_s.arg(target.path())},
            target.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"success"_s);
        QVERIFY(QFileInfo(target.filePath(u"orca_scan_test.sh"_s)).isExecutable());
        QVERIFY(r.out.contains(u"orca scan with --api-token t0ken"_s));
    }

    void corpus039WebDownloadChecksum()
    {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash("artifact bytes\n", QCryptographicHash::Sha256).toHex());
        QTemporaryDir logs;
        Result r = kiln({u"run"_s, u"-d"_s, corpusDoc(u"039_cookbook-webdownload-checksum.yaml"_s),
                         u"-l"_s, logs.path(), u"--parameters"_s,
                         u"source=%1/artifact.bin,sha256=%2"_s.arg(m_http.baseUrl(), sha)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 2);
        // A wrong checksum fails the download step and aborts the run.
        QTemporaryDir logs2;
        r = kiln({u"run"_s, u"-d"_s, corpusDoc(u"039_cookbook-webdownload-checksum.yaml"_s),
                  u"-l"_s, logs2.path(), u"--parameters"_s,
                  u"source=%1/artifact.bin,sha256=%2"_s.arg(m_http.baseUrl(), QString(64, u'0'))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(stepsByName(detailed(logs2.path()))
                     .value(u"ArtifactPresent"_s)
                     .value(u"status"_s)
                     .toString(),
                 u"notRun"_s);
        QFile::remove(u"/tmp/downloaded-artifact"_s);
    }
};

QTEST_GUILESS_MAIN(TestS3Run)
#include "tst_s3run.moc"
