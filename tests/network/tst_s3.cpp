// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// S3Download, S3Upload and S3Client against s3rver behind a SigV4-checking gate
// (s3gate.js) on 127.0.0.1: single and prefix downloads, uploads with wildcard and
// recurse, overwrite, missing parents, wrong keys, bucket-owner checks, a 200 MB
// multipart upload, pagination, the mode of downloaded files, and no secret in
// any output.
#include "aws/s3client.h"
#include "aws/s3downloadjob.h"
#include "aws/s3uploadjob.h"
#include "s3testserver.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <sys/stat.h>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString SessionToken = u"KilnSessionToken/abc+def=="_s;

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sha256File(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return hash.result().toHex();
}

} // namespace

class TestS3 : public QObject
{
    Q_OBJECT

private:
    S3TestServer m_server;
    QTemporaryDir m_home; // an empty HOME: no ~/.aws from the developer
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_allOutput; // every log line and error of every job, checked for secrets
    QList<std::pair<qint64, qint64>> m_progress; // (done, total) of the last job

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = m_server.environment(m_home.path());
        e.insert(u"AWS_SESSION_TOKEN"_s, SessionToken);
        return e;
    }

    template <typename Job>
    FileTransferResult run(const QJsonArray &entries, QProcessEnvironment environment = {})
    {
        TransferOptions options;
        options.workingDirectory = m_dir->path();
        options.environment = environment.isEmpty() ? env() : environment;
        options.retryDelayMs = 5;
        Job job(entries, options);
        connect(&job, &TransferJob::logLine, this,
                [this](const QString &l) { m_allOutput += l + u'\n'; });
        m_progress.clear();
        connect(&job, &TransferJob::progress, this, [this](qint64 done, qint64 total) {
            m_progress.append({done, total});
        });
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        if (!spy.wait(240000))
            return {false, false, u"test: timed out"_s, {}};
        const auto result = spy.at(0).at(0).value<FileTransferResult>();
        m_allOutput += result.error + u'\n';
        return result;
    }

    static QJsonObject entry(const QString &source, const QString &destination)
    {
        return {{u"source"_s, source}, {u"destination"_s, destination}};
    }

    QStringList listKeys(const QString &prefix, int pageSize = 1000, int maxKeys = 1000,
                         bool *truncated = nullptr)
    {
        QNetworkAccessManager network;
        S3Client client(AwsConfig::resolve(env()), &network);
        client.setListPageSize(pageSize);
        QStringList keys;
        bool done = false;
        client.listObjects(
            S3TestServer::Bucket, prefix, maxKeys,
            [&](const QList<S3Object> &objects, bool more, const std::optional<S3Error> &error) {
                if (error)
                    keys << u"ERROR "_s + error->message;
                for (const S3Object &o : objects)
                    keys << o.key;
                if (truncated)
                    *truncated = more;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            keys << u"ERROR timeout"_s;
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void uploadThenDownloadOneFile()
    {
        QVERIFY(writeFile(m_dir->filePath(u"hello.txt"_s), "hello, s3\n"));
        auto result =
            run<S3UploadJob>({entry(u"hello.txt"_s, u"s3://kiln-test/single/hello.txt"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.outputs.isEmpty());

        QVERIFY(QDir(m_dir->path()).mkpath(u"out"_s));
        result =
            run<S3DownloadJob>({entry(u"s3://kiln-test/single/hello.txt"_s, u"out/copy.txt"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"out/copy.txt"_s)), QByteArray("hello, s3\n"));
        QCOMPARE(QDir(m_dir->filePath(u"out"_s)).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"copy.txt"_s});
    }

    void documentsRoundTripThroughMemory()
    {
        // The path for S3 documents (--documents s3://...) and log upload.
        QNetworkAccessManager network;
        S3Client client(AwsConfig::resolve(env()), &network);
        const QByteArray doc = "name: doc\nschemaVersion: 1.0\n";
        std::optional<std::optional<S3Error>> put;
        client.putBytes(S3TestServer::Bucket, u"docs/a b+c.yaml"_s, doc, "application/x-yaml",
                        [&](const std::optional<S3Error> &e) { put = e; });
        QTRY_VERIFY_WITH_TIMEOUT(put.has_value(), 30000);
        QVERIFY2(!put->has_value(), put->has_value() ? qPrintable(put->value().message) : "");
        QByteArray fetched;
        bool done = false;
        client.getBytes(S3TestServer::Bucket, u"docs/a b+c.yaml"_s,
                        [&](const QByteArray &data, const std::optional<S3Error> &e) {
                            QVERIFY(!e);
                            fetched = data;
                            done = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(fetched, doc);
    }

    void keysWithSpecialCharacters_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("space") << u"special/with space.txt"_s;
        QTest::newRow("plus") << u"special/a+b.txt"_s;
        QTest::newRow("unicode") << u"special/ümlaut-ሴ.txt"_s;
        QTest::newRow("sub-delims") << u"special/paren(1)!*'.txt"_s;
        QTest::newRow("query-like") << u"special/semi;colon=eq&amp?.txt"_s;
        QTest::newRow("tilde and percent") << u"special/~50%.txt"_s;
    }

    void keysWithSpecialCharacters()
    {
        // Each key is signed by Kiln and re-verified by the gate's own SigV4 code.
        QFETCH(QString, key);
        QVERIFY(writeFile(m_dir->filePath(u"in.txt"_s), key.toUtf8()));
        auto result = run<S3UploadJob>({entry(u"in.txt"_s, u"s3://kiln-test/"_s + key)});
        QVERIFY2(result.ok, qPrintable(result.error));
        result = run<S3DownloadJob>({entry(u"s3://kiln-test/"_s + key, u"out.txt"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"out.txt"_s)), key.toUtf8());
    }

    void uploadToPrefixKeepsFileName()
    {
        QVERIFY(writeFile(m_dir->filePath(u"name.bin"_s), "x"));
        const auto result = run<S3UploadJob>({entry(u"name.bin"_s, u"s3://kiln-test/byprefix/"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(listKeys(u"byprefix/"_s), QStringList{u"byprefix/name.bin"_s});
    }

    void wildcardUploadWithAndWithoutRecurse_data()
    {
        QTest::addColumn<QJsonValue>("recurse");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("flat") << QJsonValue(false) << QStringList{u"a.txt"_s, u"b.log"_s};
        QTest::newRow("recurse as string")
            << QJsonValue(u"true"_s)
            << QStringList{u"a.txt"_s, u"b.log"_s, u"sub/c.txt"_s, u"sub/deeper/d.txt"_s};
    }

    void wildcardUploadWithAndWithoutRecurse()
    {
        QFETCH(QJsonValue, recurse);
        QFETCH(QStringList, expected);
        for (const QString &f : {u"a.txt"_s, u"b.log"_s, u"sub/c.txt"_s, u"sub/deeper/d.txt"_s})
            QVERIFY(writeFile(m_dir->filePath(u"tree/"_s + f), f.toUtf8()));
        const QString prefix =
            u"wild-%1/"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QJsonObject e = entry(m_dir->filePath(u"tree/*"_s), u"s3://kiln-test/"_s + prefix);
        e.insert(u"recurse"_s, recurse);
        const auto result = run<S3UploadJob>({e});
        QVERIFY2(result.ok, qPrintable(result.error));
        QStringList want;
        for (const QString &f : expected)
            want << prefix + f;
        QCOMPARE(listKeys(prefix), want);
    }

    void prefixDownloadRecreatesFolders()
    {
        for (const QString &f : {u"top.txt"_s, u"x/one.txt"_s, u"x/y/two.txt"_s})
            QVERIFY(writeFile(m_dir->filePath(u"src/"_s + f), u"content of %1"_s.arg(f).toUtf8()));
        QJsonObject up = entry(u"src/*"_s, u"s3://kiln-test/tree/"_s);
        up.insert(u"recurse"_s, true);
        auto result = run<S3UploadJob>({up});
        QVERIFY2(result.ok, qPrintable(result.error));

        result = run<S3DownloadJob>({entry(u"s3://kiln-test/tree/*"_s, u"dst"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"dst/top.txt"_s)), QByteArray("content of top.txt"));
        QCOMPARE(readFile(m_dir->filePath(u"dst/x/one.txt"_s)), QByteArray("content of x/one.txt"));
        QCOMPARE(readFile(m_dir->filePath(u"dst/x/y/two.txt"_s)),
                 QByteArray("content of x/y/two.txt"));
        // The listing's sizes make the total known: progress ends at done == total.
        const qint64 bytes = QByteArray("content of top.txt").size() +
                             QByteArray("content of x/one.txt").size() +
                             QByteArray("content of x/y/two.txt").size();
        QVERIFY(!m_progress.isEmpty());
        QCOMPARE(m_progress.last(), (std::pair<qint64, qint64>{bytes, bytes}));
    }

    void singleObjectDownloadKnowsItsSize()
    {
        // The GET's Content-Length gives the total: the studio shows a real bar, not a
        // busy one, for a single object too.
        QByteArray data(300 * 1024, 'a');
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char('a' + i % 26);
        QVERIFY(writeFile(m_dir->filePath(u"sized.bin"_s), data));
        QVERIFY(run<S3UploadJob>({entry(u"sized.bin"_s, u"s3://kiln-test/sized/sized.bin"_s)}).ok);

        const auto result =
            run<S3DownloadJob>({entry(u"s3://kiln-test/sized/sized.bin"_s, u"back.bin"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"back.bin"_s)), data);
        const qint64 size = data.size();
        QVERIFY(!m_progress.isEmpty());
        QCOMPARE(m_progress.last(), (std::pair<qint64, qint64>{size, size}));
        for (const auto &[done, total] : std::as_const(m_progress))
            QCOMPARE(total, size);
    }

    // A downloaded object is a new file like any other: 0666 & ~umask (as
    // CreateFile and WebDownload), not the 0600 of a temporary file.
    void downloadedFilesFollowTheUmask_data()
    {
        QTest::addColumn<int>("mask");
        QTest::addColumn<int>("mode");
        QTest::newRow("022") << 022 << 0644;
        QTest::newRow("077") << 077 << 0600;
    }
    void downloadedFilesFollowTheUmask()
    {
        QFETCH(int, mask);
        QFETCH(int, mode);
        QVERIFY(writeFile(m_dir->filePath(u"mode.txt"_s), "mode\n"));
        QVERIFY(run<S3UploadJob>({entry(u"mode.txt"_s, u"s3://kiln-test/mode/mode.txt"_s)}).ok);
        const mode_t previous = ::umask(mode_t(mask));
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        const auto result =
            run<S3DownloadJob>({entry(u"s3://kiln-test/mode/mode.txt"_s, u"back.txt"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        struct stat info{};
        QCOMPARE(::stat(QFile::encodeName(m_dir->filePath(u"back.txt"_s)).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), mode);
    }

    void singleObjectTotalFromHeaders_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentRange"); // empty: none
        QTest::addColumn<bool>("contentLength");
        QTest::addColumn<qint64>("expectedTotal");
        QTest::newRow("content-length") << 200 << QByteArray() << true << qint64(5000);
        QTest::newRow("content-range only")
            << 206 << QByteArray("bytes 0-4999/5000") << false << qint64(5000);
        QTest::newRow("content-range, unknown total")
            << 206 << QByteArray("bytes 0-4999/*") << false << qint64(-1);
        QTest::newRow("no length header") << 200 << QByteArray() << false << qint64(-1);
    }

    void singleObjectTotalFromHeaders()
    {
        // A scripted endpoint for the headers s3rver always sends the same way.
        QFETCH(int, status);
        QFETCH(QByteArray, contentRange);
        QFETCH(bool, contentLength);
        QFETCH(qint64, expectedTotal);
        TestHttpServer fake;
        QVERIFY(fake.listen());
        fake.route("/b/obj.bin", [&](const TestHttpRequest &, int) {
            TestHttpResponse response{status, QByteArray(5000, 'o'), {}, -1, 1000};
            if (!contentRange.isEmpty())
                response.headers.append({"Content-Range", contentRange});
            response.contentLength = contentLength;
            return response;
        });
        QProcessEnvironment e = env();
        e.insert(u"AWS_ENDPOINT_URL_S3"_s, fake.baseUrl());
        const auto result = run<S3DownloadJob>({entry(u"s3://b/obj.bin"_s, u"obj.bin"_s)}, e);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"obj.bin"_s)), QByteArray(5000, 'o'));
        QVERIFY(!m_progress.isEmpty());
        QCOMPARE(m_progress.last().first, qint64(5000));
        for (const auto &[done, total] : std::as_const(m_progress))
            QCOMPARE(total, expectedTotal);
    }

    void totalKnownOnceTheLastObjectStarts()
    {
        // As for WebDownload: the earlier entries are done when the last one's size
        // arrives, so the total is unknown (-1) until then and exact after.
        TestHttpServer fake;
        QVERIFY(fake.listen());
        fake.route("/b/one.bin", [](const TestHttpRequest &, int) {
            return TestHttpResponse{200, QByteArray(3000, '1'), {}, -1, 1000};
        });
        fake.route("/b/two.bin", [](const TestHttpRequest &, int) {
            return TestHttpResponse{200, QByteArray(5000, '2'), {}, -1, 1000};
        });
        QProcessEnvironment e = env();
        e.insert(u"AWS_ENDPOINT_URL_S3"_s, fake.baseUrl());
        const auto result = run<S3DownloadJob>(
            {entry(u"s3://b/one.bin"_s, u"one.bin"_s), entry(u"s3://b/two.bin"_s, u"two.bin"_s)},
            e);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!m_progress.isEmpty());
        QCOMPARE(m_progress.last(), (std::pair<qint64, qint64>{8000, 8000}));
        for (const auto &[done, total] : std::as_const(m_progress))
            QCOMPARE(total, done <= 3000 ? qint64(-1) : qint64(8000));
    }

    void listingPaginates()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeFile(m_dir->filePath(u"pages/f%1"_s.arg(i)), "p"));
        const auto result = run<S3UploadJob>({entry(u"pages/*"_s, u"s3://kiln-test/pages/"_s)});
        QVERIFY2(result.ok, qPrintable(result.error));
        bool truncated = true;
        const QStringList all = listKeys(u"pages/"_s, 2, 1000, &truncated);
        QVERIFY2(all.size() == 5, qPrintable(all.join(u", "_s)));
        QVERIFY(!truncated);
        QCOMPARE(listKeys(u"pages/"_s, 2, 3, &truncated).size(), 3);
        QVERIFY(truncated);
    }

    void overwriteFalseKeepsExistingFile()
    {
        QVERIFY(writeFile(m_dir->filePath(u"f.txt"_s), "local"));
        QVERIFY(writeFile(m_dir->filePath(u"up.txt"_s), "remote"));
        QVERIFY(run<S3UploadJob>({entry(u"up.txt"_s, u"s3://kiln-test/ow/f.txt"_s)}).ok);
        QJsonObject e = entry(u"s3://kiln-test/ow/f.txt"_s, u"f.txt"_s);
        e.insert(u"overwrite"_s, u"false"_s);
        auto result = run<S3DownloadJob>({e});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(
                     u"S3Download: File already exists and \"overwrite\" property"_s),
                 qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"f.txt"_s)), QByteArray("local"));

        e.insert(u"overwrite"_s, true);
        result = run<S3DownloadJob>({e});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readFile(m_dir->filePath(u"f.txt"_s)), QByteArray("remote"));
    }

    void parentFolderMustExist()
    {
        const auto result = run<S3DownloadJob>(
            {entry(u"s3://kiln-test/single/hello.txt"_s, u"missing/dir/f.txt"_s)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"does not exist"_s), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"missing"_s)));
    }

    void serverErrorsAreClear_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no such key") << u"s3://kiln-test/does/not/exist.bin"_s << u"NoSuchKey"_s;
        QTest::newRow("no such bucket") << u"s3://kiln-no-such-bucket/x.bin"_s << u"NoSuchBucket"_s;
    }

    void serverErrorsAreClear()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const auto result = run<S3DownloadJob>({entry(source, u"x.bin"_s)});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        // No partial or temp file is left behind.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void wrongCredentialsAreClear_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong secret")
            << S3TestServer::AccessKey << u"not/the+right-secret-key-0123456789"_s
            << u"SignatureDoesNotMatch"_s;
        QTest::newRow("unknown key id")
            << u"AKIAUNKNOWNKEY000000"_s << S3TestServer::SecretKey << u"InvalidAccessKeyId"_s;
    }

    void wrongCredentialsAreClear()
    {
        QFETCH(QString, keyId);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QProcessEnvironment e = env();
        e.insert(u"AWS_ACCESS_KEY_ID"_s, keyId);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, secret);
        const auto result =
            run<S3DownloadJob>({entry(u"s3://kiln-test/single/hello.txt"_s, u"x.txt"_s)}, e);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(!result.error.contains(secret));
        QVERIFY(!m_allOutput.contains(secret));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"x.txt"_s)));
    }

    void missingCredentialsListWhatWasTried()
    {
        QProcessEnvironment e;
        e.insert(u"HOME"_s, m_home.path());
        e.insert(u"AWS_ENDPOINT_URL_S3"_s, m_server.endpoint());
        e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        const auto result =
            run<S3DownloadJob>({entry(u"s3://kiln-test/single/hello.txt"_s, u"x.txt"_s)}, e);
        QVERIFY(!result.ok);
        QVERIFY2(
            result.error.contains(u"No AWS credentials found"_s) &&
                result.error.contains(u"AWS_ACCESS_KEY_ID"_s) &&
                result.error.contains(m_home.path() + u"/.aws/credentials"_s) &&
                result.error.contains(u"IMDS) was not queried: AWS_EC2_METADATA_DISABLED=true"_s),
            qPrintable(result.error));
    }

    void expectedBucketOwner()
    {
        QJsonObject e = entry(u"s3://kiln-test/single/hello.txt"_s, u"owned.txt"_s);
        e.insert(u"expectedBucketOwner"_s, u"999999999999"_s);
        auto result = run<S3DownloadJob>({e});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"AccessDenied"_s) &&
                     result.error.contains(u"999999999999"_s),
                 qPrintable(result.error));
        QVERIFY(m_server.requestLog().contains(
            u"GET /kiln-test/single/hello.txt owner=999999999999"_s));

        e.insert(u"expectedBucketOwner"_s, S3TestServer::Owner);
        result = run<S3DownloadJob>({e});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(m_server.requestLog().contains(
            u"GET /kiln-test/single/hello.txt owner=123456789000"_s));
    }

    void multipartUploadOf200MB()
    {
        // Generated here, never committed: 200 MiB of a non-repeating-per-part pattern.
        const QString big = m_dir->filePath(u"big.bin"_s);
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, '\0');
            for (int mb = 0; mb < 200; ++mb) {
                for (int i = 0; i < block.size(); i += 4)
                    qToLittleEndian<quint32>(quint32(mb * 1000003 + i), block.data() + i);
                QVERIFY(f.write(block) == block.size());
            }
        }
        const QByteArray expected = sha256File(big);
        qint64 lastProgress = 0;
        TransferOptions options;
        options.workingDirectory = m_dir->path();
        options.environment = env();
        S3UploadJob job({entry(big, u"s3://kiln-test/big/big.bin"_s)}, options);
        connect(&job, &TransferJob::logLine, this,
                [this](const QString &l) { m_allOutput += l + u'\n'; });
        connect(&job, &TransferJob::progress, this, [&](qint64 done, qint64 total) {
            QVERIFY(total == 200LL * 1024 * 1024);
            lastProgress = done;
        });
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        QVERIFY(spy.wait(240000));
        const auto result = spy.at(0).at(0).value<FileTransferResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(m_allOutput.contains(u"Multipart upload of 209715200 bytes"_s));
        QCOMPARE(lastProgress, 200LL * 1024 * 1024);
        QCOMPARE(m_server.requestLog().count(u"PUT /kiln-test/big/big.bin"_s), 25); // 8 MiB parts

        QFile::remove(big);
        const auto down =
            run<S3DownloadJob>({entry(u"s3://kiln-test/big/big.bin"_s, u"back.bin"_s)});
        QVERIFY2(down.ok, qPrintable(down.error));
        QCOMPARE(sha256File(m_dir->filePath(u"back.bin"_s)), expected);
    }

    void transientErrorsAreRetriedAndPartialFilesRemoved()
    {
        // A scripted S3 endpoint (no signature check) for failures s3rver cannot make.
        TestHttpServer fake;
        QVERIFY(fake.listen());
        fake.route("/b/flaky.bin", [](const TestHttpRequest &, int hit) {
            if (hit <= 2)
                return TestHttpResponse{503,
                                        "<Error><Code>SlowDown</Code><Message>Reduce your request "
                                        "rate.</Message></Error>",
                                        {},
                                        -1};
            return TestHttpResponse{200, "payload", {}, -1};
        });
        fake.route("/b/drop.bin", [](const TestHttpRequest &, int) {
            return TestHttpResponse{200, QByteArray(100000, 'z'), {}, 1000};
        });
        fake.route("/b/denied.bin", [](const TestHttpRequest &, int) {
            return TestHttpResponse{
                403,
                "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>",
                {},
                -1};
        });
        QProcessEnvironment e = env();
        e.insert(u"AWS_ENDPOINT_URL_S3"_s, fake.baseUrl());

        auto result = run<S3DownloadJob>({entry(u"s3://b/flaky.bin"_s, u"flaky.bin"_s)}, e);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(fake.hits("/b/flaky.bin"), 3);
        QCOMPARE(readFile(m_dir->filePath(u"flaky.bin"_s)), QByteArray("payload"));

        result = run<S3DownloadJob>({entry(u"s3://b/drop.bin"_s, u"drop.bin"_s)}, e);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"gave up after 5 attempts"_s), qPrintable(result.error));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"flaky.bin"_s});

        result = run<S3DownloadJob>({entry(u"s3://b/denied.bin"_s, u"denied.bin"_s)}, e);
        QVERIFY(!result.ok);
        QCOMPARE(fake.hits("/b/denied.bin"), 1); // 4xx: not retried
        QVERIFY2(result.error.contains(u"AccessDenied"_s), qPrintable(result.error));
    }

    void followsTheBucketRegion()
    {
        TestHttpServer fake;
        QVERIFY(fake.listen());
        fake.route("/b/r.txt", [](const TestHttpRequest &request, int) {
            if (!request.headers.value("authorization").contains("/eu-west-2/s3/aws4_request"))
                return TestHttpResponse{400,
                                        "<Error><Code>AuthorizationHeaderMalformed</"
                                        "Code><Region>eu-west-2</Region></Error>",
                                        {{"x-amz-bucket-region", "eu-west-2"}},
                                        -1};
            return TestHttpResponse{200, "regional", {}, -1};
        });
        QProcessEnvironment e = env();
        e.insert(u"AWS_ENDPOINT_URL_S3"_s, fake.baseUrl());
        const auto result = run<S3DownloadJob>({entry(u"s3://b/r.txt"_s, u"r.txt"_s)}, e);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(fake.hits("/b/r.txt"), 2);
        QCOMPARE(readFile(m_dir->filePath(u"r.txt"_s)), QByteArray("regional"));
        QVERIFY(m_allOutput.contains(u"Bucket 'b' is in region eu-west-2, not us-east-1"_s));
    }

    void cancelLeavesNoPartialFile()
    {
        QVERIFY(writeFile(m_dir->filePath(u"twelve.bin"_s), QByteArray(12 * 1024 * 1024, 'c')));
        QVERIFY(
            run<S3UploadJob>({entry(u"twelve.bin"_s, u"s3://kiln-test/cancel/twelve.bin"_s)}).ok);
        QVERIFY(QDir(m_dir->path()).mkpath(u"c"_s));
        TransferOptions options;
        options.workingDirectory = m_dir->path();
        options.environment = env();
        S3DownloadJob job({entry(u"s3://kiln-test/cancel/twelve.bin"_s, u"c/twelve.bin"_s)},
                          options);
        connect(&job, &TransferJob::progress, &job, [&job](qint64 done, qint64) {
            if (done > 0)
                job.cancel();
        });
        QSignalSpy spy(&job, &TransferJob::finished);
        job.start();
        QVERIFY(spy.wait(60000));
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        const auto result = spy.at(0).at(0).value<FileTransferResult>();
        QVERIFY(result.cancelled);
        QCOMPARE(QDir(m_dir->filePath(u"c"_s)).entryList(QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void badInputs_data()
    {
        QTest::addColumn<bool>("upload");
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("download not s3")
            << false << entry(u"http://x/y"_s, u"f"_s) << u"not an S3 URI"_s;
        QTest::newRow("download no key")
            << false << entry(u"s3://kiln-test/"_s, u"f"_s) << u"names no object"_s;
        QTest::newRow("upload missing source")
            << true << entry(u"nope.txt"_s, u"s3://kiln-test/k"_s) << u"does not exist"_s;
        QTest::newRow("upload no bucket")
            << true << entry(u"nope.txt"_s, u"s3:///k"_s) << u"no bucket name"_s;
    }

    void badInputs()
    {
        QFETCH(bool, upload);
        QFETCH(QJsonObject, input);
        QFETCH(QString, expected);
        const auto result = upload ? run<S3UploadJob>({input}) : run<S3DownloadJob>({input});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void cleanupTestCase()
    {
        // Every log line and error of every job above: no secret key, no session token.
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY(!m_allOutput.contains(S3TestServer::SecretKey));
        QVERIFY(!m_allOutput.contains(SessionToken));
        QVERIFY(m_allOutput.contains(u"credentials: environment variables"_s));
    }
};

QTEST_GUILESS_MAIN(TestS3)
#include "tst_s3.moc"
