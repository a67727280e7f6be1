// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// WebDownload against real HTTP and HTTPS servers on 127.0.0.1 (TestHttpServer):
// status handling, redirects, checksums, overwrite, retries with hit counts,
// dropped connections, TLS, file modes, a disk slower than the network and a run
// stopped mid-download, always checking that nothing partial is left.
#include "actions/standardactions.h"
#include "document/document.h"
#include "exec/executor.h"
#include "net/environmentproxy.h"
#include "net/webdownload.h"
#include "testhttpserver.h"
#include "threadedhttpsource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

QByteArray payload()
{
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data += char('a' + i % 26);
    return data;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}

// Lets the server send the rest of the body, then blocks this thread, as a disk
// slower than the network would, until the server has sent everything or has been
// held back (nothing sent for half a second).
qint64 blockWhileServerSends(ThreadedHttpSource &source)
{
    source.release();
    qint64 last = -1;
    int still = 0;
    while (source.sent() < source.size() && still < 10) {
        QThread::msleep(50);
        still = source.sent() == last ? still + 1 : 0;
        last = source.sent();
    }
    return source.sent();
}

} // namespace

class TestWebDownload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_http;
    std::unique_ptr<TestHttpServer> m_https;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_certDir;
    QByteArray m_body = payload();
    QStringList m_log;

    FileTransferResult run(const QJsonArray &entries, int maxAttempts = 5,
                           const QProcessEnvironment &environment = {})
    {
        TransferOptions options;
        options.environment = environment;
        options.workingDirectory = m_dir->path();
        options.retryDelayMs = 5;
        options.maxAttempts = maxAttempts;
        options.stallTimeoutMs = 10000;
        WebDownloadJob job(entries, options);
        m_log.clear();
        connect(&job, &TransferJob::logLine, this, [this](const QString &l) { m_log << l; });
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        if (!spy.wait(60000))
            return {false, false, u"test: timed out"_s, {}};
        return spy.at(0).at(0).value<FileTransferResult>();
    }

    TransferOptions bigDownloadOptions() const
    {
        TransferOptions options;
        options.workingDirectory = m_dir->path();
        return options;
    }

    QJsonObject entry(const QString &source, const QString &destination)
    {
        return QJsonObject{{u"source"_s, source}, {u"destination"_s, destination}};
    }

    // Nothing but `expected` files in the folder: no temp or partial file left.
    QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                                      QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_http = std::make_unique<TestHttpServer>();
        QVERIFY(m_http->listen());
        m_http->route("/file.bin", m_body);
        m_http->route("/forbidden", [](const TestHttpRequest &, int) {
            return TestHttpResponse{403, "denied", {}, -1};
        });
        m_http->route("/redirect", [this](const TestHttpRequest &, int) {
            return TestHttpResponse{
                302, {}, {{"Location", m_http->baseUrl().toUtf8() + "/file.bin"}}, -1};
        });
        m_http->route("/drop", [this](const TestHttpRequest &, int) {
            return TestHttpResponse{200, m_body, {}, 1000};
        });
        m_http->route("/flaky", [this](const TestHttpRequest &, int hit) {
            return hit <= 2 ? TestHttpResponse{503, "busy", {}, -1}
                            : TestHttpResponse{200, m_body, {}, -1};
        });
        m_http->route("/always500", [](const TestHttpRequest &, int) {
            return TestHttpResponse{500, "broken", {}, -1};
        });
        m_http->route("/identity", [this](const TestHttpRequest &request, int) {
            // The client must ask for the bytes as stored, not a gzip of them.
            return TestHttpResponse{
                request.headers.value("accept-encoding") == "identity" ? 200 : 400, m_body, {}, -1};
        });

        // A self-signed certificate for 127.0.0.1, made now: nothing secret is committed.
        QProcess openssl;
        openssl.setWorkingDirectory(m_certDir.path());
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                       u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 "openssl is needed to make the test certificate (scripts/setup.sh installs it)");
        QFile certFile(m_certDir.filePath(u"cert.pem"_s));
        QFile keyFile(m_certDir.filePath(u"key.pem"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());
        m_https = std::make_unique<TestHttpServer>(cert, key);
        QVERIFY(m_https->listen());
        m_https->route("/secure.bin", m_body);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void downloadsToFile()
    {
        const auto result = run({entry(m_http->baseUrl() + u"/file.bin"_s, u"out/file.bin"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString path = m_dir->filePath(u"out/file.bin"_s);
        QCOMPARE(readFile(path).toLatin1(), m_body);
        QCOMPARE(result.outputs.value(u"destination"_s).toString(), path);
        QCOMPARE(filesIn(m_dir->filePath(u"out"_s)), QStringList{u"file.bin"_s});
    }

    void folderDestinationTakesNameFromUrl()
    {
        const auto result = run({entry(m_http->baseUrl() + u"/file.bin"_s, u"a/b/c/"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.outputs.value(u"destination"_s).toString(),
                 m_dir->filePath(u"a/b/c/file.bin"_s));
        QVERIFY(QFile::exists(m_dir->filePath(u"a/b/c/file.bin"_s)));
    }

    void asksForIdentityEncoding()
    {
        const auto result = run({entry(m_http->baseUrl() + u"/identity"_s, u"x"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    void severalEntriesListAllDestinations()
    {
        const auto result = run({entry(m_http->baseUrl() + u"/file.bin"_s, u"one.bin"_s),
                                 entry(m_http->baseUrl() + u"/file.bin"_s, u"dir/"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.outputs.value(u"destination"_s).toString(),
                 m_dir->filePath(u"one.bin"_s) + u'\n' + m_dir->filePath(u"dir/file.bin"_s));
    }

    void checksumMatches_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("qtAlgorithm");
        QTest::newRow("MD5") << u"MD5"_s << int(QCryptographicHash::Md5);
        QTest::newRow("SHA1") << u"SHA1"_s << int(QCryptographicHash::Sha1);
        QTest::newRow("SHA256") << u"SHA256"_s << int(QCryptographicHash::Sha256);
        QTest::newRow("sha512 lower-case") << u"sha512"_s << int(QCryptographicHash::Sha512);
    }

    void checksumMatches()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, qtAlgorithm);
        QJsonObject e = entry(m_http->baseUrl() + u"/file.bin"_s, u"f.bin"_s);
        e.insert(u"algorithm"_s, algorithm);
        e.insert(u"checksum"_s,
                 QString::fromLatin1(
                     QCryptographicHash::hash(m_body, QCryptographicHash::Algorithm(qtAlgorithm))
                         .toHex()
                         .toUpper()));
        const auto result = run({e});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(QFile::exists(m_dir->filePath(u"f.bin"_s)));
    }

    void checksumMismatchLeavesNothing()
    {
        QJsonObject e = entry(m_http->baseUrl() + u"/file.bin"_s, u"f.bin"_s);
        e.insert(u"algorithm"_s, u"SHA256"_s);
        e.insert(u"checksum"_s, QString(64, u'0'));
        const auto result = run({e});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"checksum mismatch"_s), qPrintable(result.error));
        QVERIFY(filesIn(m_dir->path()).isEmpty());
    }

    void unknownAlgorithmIsAnError()
    {
        QJsonObject e = entry(m_http->baseUrl() + u"/file.bin"_s, u"f.bin"_s);
        e.insert(u"algorithm"_s, u"CRC32"_s);
        e.insert(u"checksum"_s, u"abc"_s);
        const auto result = run({e});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"CRC32"_s), qPrintable(result.error));
        QCOMPARE(m_http->hits("/never"), 0);
    }

    void httpErrorsAreNotRetried_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << QByteArray("/missing") << u"HTTP 404"_s;
        QTest::newRow("403") << QByteArray("/forbidden") << u"HTTP 403"_s;
    }

    void httpErrorsAreNotRetried()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, expected);
        const int before = m_http->hits(path);
        const auto result = run({entry(m_http->baseUrl() + QString::fromLatin1(path), u"f.bin"_s)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"WebDownload: "_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QCOMPARE(m_http->hits(path) - before, 1);
        QVERIFY(filesIn(m_dir->path()).isEmpty());
    }

    void followsRedirects()
    {
        const auto result = run({entry(m_http->baseUrl() + u"/redirect"_s, u"r.bin"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"r.bin"_s)).toLatin1(), m_body);
    }

    void droppedConnectionIsRetriedAndLeavesNothing()
    {
        const int before = m_http->hits("/drop");
        const auto result = run({entry(m_http->baseUrl() + u"/drop"_s, u"d.bin"_s)});
        QVERIFY(!result.ok);
        // Five attempts of ours; Qt's HTTP layer may itself re-send a GET once when the
        // connection is reset, so the server can see up to twice as many requests.
        QCOMPARE(m_log.filter(u"retrying"_s).size(), 4);
        QVERIFY(m_http->hits("/drop") - before >= 5);
        QVERIFY(m_http->hits("/drop") - before <= 10);
        QVERIFY2(result.error.contains(u"5 attempts"_s), qPrintable(result.error));
        QVERIFY(filesIn(m_dir->path()).isEmpty());
    }

    void transientErrorsAreRetried()
    {
        const auto result = run({entry(m_http->baseUrl() + u"/flaky"_s, u"f.bin"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(m_http->hits("/flaky"), 3);
        QCOMPARE(readFile(m_dir->filePath(u"f.bin"_s)).toLatin1(), m_body);
    }

    void serverErrorGivesUpAfterMaxAttempts()
    {
        const int before = m_http->hits("/always500");
        const auto result = run({entry(m_http->baseUrl() + u"/always500"_s, u"f.bin"_s)}, 3);
        QVERIFY(!result.ok);
        QCOMPARE(m_http->hits("/always500") - before, 3);
        QVERIFY2(result.error.contains(u"HTTP 500"_s), qPrintable(result.error));
    }

    void connectionRefusedIsRetried()
    {
        QTcpServer probe; // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto result = run({entry(u"http://127.0.0.1:%1/x"_s.arg(port), u"x"_s)}, 3);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"3 attempts"_s), qPrintable(result.error));
        QCOMPARE(m_log.filter(u"retrying"_s).size(), 2);
    }

    void unresolvableHostIsAClearError()
    {
        const auto result = run({entry(u"http://kiln-test-host.invalid/x"_s, u"x"_s)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"cannot resolve"_s), qPrintable(result.error));
    }

    void overwriteFalseFails()
    {
        QFile existing(m_dir->filePath(u"f.bin"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        QJsonObject e = entry(m_http->baseUrl() + u"/file.bin"_s, u"f.bin"_s);
        e.insert(u"overwrite"_s, u"false"_s);
        const auto result = run({e});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"\"overwrite\" property"_s), qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"f.bin"_s)), u"old"_s);
    }

    void overwriteReplacesExisting()
    {
        QFile existing(m_dir->filePath(u"f.bin"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        const auto result = run({entry(m_http->baseUrl() + u"/file.bin"_s, u"f.bin"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"f.bin"_s)).toLatin1(), m_body);
    }

    void matchingExistingFileSkipsDownload()
    {
        QFile existing(m_dir->filePath(u"f.bin"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write(m_body);
        existing.close();
        QJsonObject e = entry(m_http->baseUrl() + u"/flaky-never"_s, u"f.bin"_s);
        e.insert(u"algorithm"_s, u"SHA1"_s);
        e.insert(u"checksum"_s,
                 QString::fromLatin1(
                     QCryptographicHash::hash(m_body, QCryptographicHash::Sha1).toHex()));
        e.insert(u"overwrite"_s, true);
        const auto result = run({e});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(m_http->hits("/flaky-never"), 0);
        QCOMPARE(result.outputs.value(u"destination"_s).toString(), m_dir->filePath(u"f.bin"_s));
    }

    void tlsErrorUnlessIgnored()
    {
        const QString url = m_https->baseUrl() + u"/secure.bin"_s;
        auto result = run({entry(url, u"s.bin"_s)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"TLS error"_s) &&
                     result.error.contains(u"ignoreCertificateErrors"_s),
                 qPrintable(result.error));
        QVERIFY(filesIn(m_dir->path()).isEmpty());

        QJsonObject e = entry(url, u"s.bin"_s);
        e.insert(u"ignoreCertificateErrors"_s, u"true"_s);
        result = run({e});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"s.bin"_s)).toLatin1(), m_body);
    }

    void badInputs_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no source")
            << QJsonObject{{u"destination"_s, u"x"_s}} << u"'source' is required"_s;
        QTest::newRow("ftp") << entry(u"ftp://example.com/x"_s, u"x"_s) << u"not a valid http"_s;
        QTest::newRow("bad bool") << QJsonObject{{u"source"_s, u"http://127.0.0.1:1/x"_s},
                                                 {u"destination"_s, u"x"_s},
                                                 {u"overwrite"_s, u"maybe"_s}}
                                  << u"true or false"_s;
        QTest::newRow("folder without name")
            << entry(u"http://127.0.0.1:1/"_s, u"dir/"_s) << u"no file name"_s;
    }

    void badInputs()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, expected);
        const auto result = run({input});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void secretsInUrlsAreRedacted()
    {
        const auto result = run(
            {entry(m_http->baseUrl() + u"/missing?X-Amz-Signature=deadbeefsecret&a=1"_s, u"x"_s)});
        QVERIFY(!result.ok);
        QVERIFY2(!result.error.contains(u"deadbeefsecret"_s), qPrintable(result.error));
        QVERIFY(!m_log.join(u'\n').contains(u"deadbeefsecret"_s));
        QVERIFY(result.error.contains(u"a=1"_s));
    }

    void usesProxyFromEnvironment()
    {
        // The test server plays the proxy: it receives absolute-URI requests.
        m_http->route("http://example.test/proxied.bin", m_body);
        QProcessEnvironment env;
        env.insert(u"HTTP_PROXY"_s, m_http->baseUrl());
        auto result = run({entry(u"http://example.test/proxied.bin"_s, u"p.bin"_s)}, 5, env);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(m_http->hits("http://example.test/proxied.bin"), 1);
        QCOMPARE(readFile(m_dir->filePath(u"p.bin"_s)).toLatin1(), m_body);

        env.insert(u"NO_PROXY"_s, u"other.example, .test"_s);
        result = run({entry(u"http://example.test/proxied.bin"_s, u"q.bin"_s)}, 5, env);
        QVERIFY(!result.ok); // straight to example.test, which does not resolve
        QCOMPARE(m_http->hits("http://example.test/proxied.bin"), 1);
    }

    void proxyBypassRules_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("bypass");
        QTest::newRow("loopback always") << QString() << u"127.0.0.1"_s << true;
        QTest::newRow("localhost always") << QString() << u"localhost"_s << true;
        QTest::newRow("not listed") << u"a.com"_s << u"b.com"_s << false;
        QTest::newRow("exact") << u"a.com"_s << u"a.com"_s << true;
        QTest::newRow("domain suffix") << u"a.com"_s << u"x.a.com"_s << true;
        QTest::newRow("dot suffix") << u".a.com"_s << u"x.a.com"_s << true;
        QTest::newRow("no partial label") << u"a.com"_s << u"xa.com"_s << false;
        QTest::newRow("port ignored") << u"a.com:8443"_s << u"a.com"_s << true;
        QTest::newRow("star") << u"*"_s << u"any.where"_s << true;
    }

    void proxyBypassRules()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(bool, bypass);
        QProcessEnvironment env;
        env.insert(u"no_proxy"_s, noProxy);
        QCOMPARE(EnvironmentProxyFactory(env).bypasses(host), bypass);
    }

    void finishedIsNeverEmittedFromStart()
    {
        TransferOptions options;
        WebDownloadJob job(QJsonArray{}, options);
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.at(0).at(0).value<FileTransferResult>().ok);
    }

    // A new file gets 0666 & ~umask, like any other (CreateFile, AWSTOE), not 0600.
    void createsFilesWithTheUmask_data()
    {
        QTest::addColumn<int>("mask");
        QTest::addColumn<int>("mode");
        QTest::newRow("022") << 022 << 0644;
        QTest::newRow("077") << 077 << 0600;
        QTest::newRow("002") << 002 << 0664;
    }
    void createsFilesWithTheUmask()
    {
        QFETCH(int, mask);
        QFETCH(int, mode);
        const mode_t previous = ::umask(mode_t(mask));
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        const auto result = run({entry(m_http->baseUrl() + u"/file.bin"_s, u"m.bin"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(u"m.bin"_s)).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), mode);
    }

    // A network faster than the disk: Qt must stop reading the socket once a bounded
    // buffer is full, instead of holding the rest of the body in memory.
    void slowDiskHoldsTheServerBack()
    {
        ThreadedHttpSource source(128 * 1024 * 1024);
        QVERIFY(source.isListening());
        WebDownloadJob job({entry(source.url(), u"big.bin"_s)}, bigDownloadOptions());
        qint64 sentWhileBlocked = -1;
        connect(&job, &TransferJob::progress, this, [&] {
            if (sentWhileBlocked < 0)
                sentWhileBlocked = blockWhileServerSends(source);
        });
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        QVERIFY(spy.wait(120000));
        const auto result = spy.at(0).at(0).value<FileTransferResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(QFileInfo(m_dir->filePath(u"big.bin"_s)).size(), source.size());
        // The read buffer plus the kernel's socket buffers, far from the 128 MiB.
        QVERIFY2(sentWhileBlocked < 32 * 1024 * 1024,
                 qPrintable(u"%1 bytes sent while the client was blocked"_s.arg(sentWhileBlocked)));
    }

    // A stop while the disk lags behind is handled at once, not after the whole
    // body has been written: the result is cancelled and nothing is left.
    void cancelWhileTheDiskLagsIsPrompt()
    {
        ThreadedHttpSource source(128 * 1024 * 1024);
        QVERIFY(source.isListening());
        WebDownloadJob job({entry(source.url(), u"big.bin"_s)}, bigDownloadOptions());
        bool blocked = false;
        connect(&job, &TransferJob::progress, this, [&] {
            if (std::exchange(blocked, true))
                return;
            blockWhileServerSends(source);
            // Queued like a stop from a signal handler or the Stop button.
            QMetaObject::invokeMethod(&job, &WebDownloadJob::cancel, Qt::QueuedConnection);
        });
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        QVERIFY(spy.wait(120000));
        const auto result = spy.at(0).at(0).value<FileTransferResult>();
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QVERIFY(filesIn(m_dir->path()).isEmpty());
    }

    // The same stop seen by a run: the step is recorded cancelled, like the run.
    // (07c4813 handled it only after the whole body had arrived, and recorded the
    // step as a success in a cancelled run.)
    void stoppedRunRecordsTheDownloadCancelled()
    {
        ThreadedHttpSource source(128 * 1024 * 1024);
        QVERIFY(source.isListening());
        const QString destination = m_dir->filePath(u"big.bin"_s);
        const QByteArray text = "name: Fetch\nschemaVersion: 1.0\nphases:\n  - name: build\n"
                                "    steps:\n      - name: Fetch\n        action: WebDownload\n"
                                "        inputs:\n          - source: " +
                                source.url().toUtf8() +
                                "\n            destination: " + destination.toUtf8() + "\n";
        ExecutorOptions options;
        options.actions = standardActions();
        RunDocument document;
        document.path = m_dir->filePath(u"fetch.yaml"_s);
        document.document = std::make_shared<Document>(Document::fromText(text, document.path));
        options.documents.push_back(document);
        options.workDirectory = m_dir->filePath(u"work"_s);
        Executor executor(std::move(options));
        bool blocked = false;
        connect(&executor, &Executor::stepProgress, this, [&] {
            if (std::exchange(blocked, true))
                return;
            blockWhileServerSends(source);
            QMetaObject::invokeMethod(&executor, &Executor::cancel, Qt::QueuedConnection);
        });
        QSignalSpy finished(&executor, &Executor::runFinished);
        executor.start();
        QVERIFY(finished.wait(120000));
        QVERIFY(blocked);
        QCOMPARE(executor.record().status, RunStatus::Cancelled);
        const StepRecord *step = executor.record().documents.at(0).phases.at(0).step(u"Fetch");
        QVERIFY(step);
        QCOMPARE(step->status, RunStatus::Cancelled);
        QVERIFY(!QFileInfo::exists(destination));
    }

    void cancelRemovesPartialFile()
    {
        QJsonArray entries{entry(m_http->baseUrl() + u"/file.bin"_s, u"h.bin"_s)};
        TransferOptions options;
        options.workingDirectory = m_dir->path();
        WebDownloadJob job(entries, options);
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        job.cancel();
        QCOMPARE(spy.size(), 1);
        QTest::qWait(200); // nothing may arrive after a cancel
        const auto result = spy.at(0).at(0).value<FileTransferResult>();
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QVERIFY(filesIn(m_dir->path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebDownload)
#include "tst_webdownload.moc"
