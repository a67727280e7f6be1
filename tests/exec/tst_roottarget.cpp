// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The target seam (process/target.h) with its first target other than the
// host: a root file system reached through a directory. File modules act on
// paths inside it and cannot leave it, users and groups are its own, and a
// step's process starts chrooted into it. Everything happens in a temporary
// folder; nothing on the host is touched.
#include "actions/fileoperations.h"
#include "report/runlogs.h"
#include "run/runsession.h"
#include "sandbox/roottarget.h"
#include "sessionrun.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A root with its own users and groups, and a link planted to its '/'.
void makeRoot(const QString &root)
{
    writeFile(root + u"/etc/passwd"_s,
              "root:x:0:0:root:/root:/bin/bash\nkilnonly:x:4242:4343::/home/k:/bin/sh\n");
    writeFile(root + u"/etc/group"_s, "root:x:0:\nkilngroup:x:4344:\n");
    QDir().mkpath(root + u"/srv"_s);
    QFile::link(u"/"_s, root + u"/srv/to-root"_s);
    QFile::link(u"/proc/self/root"_s, root + u"/srv/to-proc"_s);
}

// bash, cat and the libraries they load, copied into `root` at their own paths:
// enough for ExecuteBash to run chrooted.
bool copyShell(const QString &root)
{
    QStringList files;
    for (const QString &program : {u"bash"_s, u"cat"_s}) {
        const QString path = QFileInfo(u"/usr/bin/"_s + program).canonicalFilePath();
        files << path;
        QProcess ldd;
        ldd.start(u"ldd"_s, {path});
        if (!ldd.waitForFinished(10000))
            return false;
        static const QRegularExpression library(u"(/\\S+) \\(0x"_s);
        for (auto it = library.globalMatch(QString::fromLocal8Bit(ldd.readAllStandardOutput()));
             it.hasNext();)
            files << it.next().captured(1);
    }
    for (const QString &file : std::as_const(files)) {
        const QString copy = root + file;
        QDir().mkpath(QFileInfo(copy).absolutePath());
        if (!QFile::exists(copy) && !QFile::copy(file, copy))
            return false;
    }
    QDir().mkpath(root + u"/usr/bin"_s);
    for (const QString &program : {u"bash"_s, u"cat"_s}) {
        const QString at = root + u"/usr/bin/"_s + program;
        const QString from = QFileInfo(u"/usr/bin/"_s + program).canonicalFilePath();
        if (!QFile::exists(at) && !QFile::copy(from, at))
            return false;
        QFile(at).setPermissions(QFile::ExeOwner | QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

const QByteArray InRoot = R"yaml(name: in-root
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Write
        action: CreateFile
        inputs:
          - path: /etc/kiln-motd
            content: written-inside
      - name: Shell
        action: ExecuteBash
        inputs:
          commands:
            - echo "pwd=$(pwd)" > /from-bash.txt
            - cat /etc/kiln-motd
)yaml";

// A whole run of `document` against the root, its run folder in `work`.
std::optional<ExecutionRecord> runInRoot(const QString &root, const QByteArray &document,
                                         const QTemporaryDir &work)
{
    RunRequest request;
    request.documents.push_back({u"doc.yaml"_s, {}, document, {}, {}});
    request.logParent = work.filePath(u"logs"_s);
    request.target = std::make_shared<RootTarget>(root);
    RunSession session(request);
    return KilnTest::runToEnd(session);
}

FileOperationResult inRoot(const Target &target, const QString &action, const QJsonObject &entry)
{
    FileOperationContext ctx;
    ctx.workingDirectory = target.workingDirectory();
    ctx.target = &target;
    return runFileModule(action, QJsonArray{entry}, ctx);
}

} // namespace

class TestRootTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesStayInsideTheRoot()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"root"_s);
        makeRoot(root);
        const RootTarget target(root);

        FileOperationResult r = inRoot(target, u"CreateFile"_s,
                                       {{u"path"_s, u"/etc/kiln-motd"_s}, {u"content"_s, u"hi"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readFile(root + u"/etc/kiln-motd"_s), QByteArray("hi"));

        // '..' above '/' stays at the root's '/', and links to '/' lead to the root's own.
        for (const QString &path :
             {u"/../../../kiln-escape-1"_s, u"/srv/to-root/../kiln-escape-2"_s,
              u"/srv/to-root/etc/kiln-escape-3"_s, u"/srv/to-proc/kiln-escape-4"_s}) {
            r = inRoot(target, u"CreateFile"_s, {{u"path"_s, path}, {u"content"_s, u"x"_s}});
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QVERIFY(QFile::exists(root + u"/kiln-escape-1"_s));
        QVERIFY(QFile::exists(root + u"/kiln-escape-2"_s));
        QVERIFY(QFile::exists(root + u"/etc/kiln-escape-3"_s));
        QVERIFY(!QFile::exists(u"/kiln-escape-1"_s));
        QVERIFY(!QFile::exists(u"/etc/kiln-escape-3"_s));
        // /proc/self/root is a name like any other inside: the root has no /proc.
        QVERIFY(QFile::exists(root + u"/proc/self/root/kiln-escape-4"_s));
        QVERIFY(!QFile::exists(u"/kiln-escape-4"_s));

        // ReadFile reads the root's file, not the host's /etc/passwd.
        r = inRoot(target, u"ReadFile"_s, {{u"path"_s, u"/etc/passwd"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.outputs.value(u"content"_s).toString().contains(u"kilnonly"_s));

        // The root's '/' is protected as '/' is on the host, also reached through a link.
        r = inRoot(target, u"DeleteFolder"_s,
                   {{u"path"_s, u"/srv/to-root/"_s}, {u"force"_s, true}});
        QVERIFY(!r.ok);
        r = inRoot(target, u"DeleteFolder"_s, {{u"path"_s, u"/etc/.."_s}, {u"force"_s, true}});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"'/'"_s), qPrintable(r.error));
        QVERIFY(QFile::exists(root + u"/etc/passwd"_s));

        // A file deleted inside is gone inside only.
        r = inRoot(target, u"DeleteFile"_s, {{u"path"_s, u"/srv/to-root/kiln-escape-1"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!QFile::exists(root + u"/kiln-escape-1"_s));
    }

    void usersAndGroupsAreTheRoots()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(u"root"_s);
        makeRoot(root);
        const RootTarget target(root);
        const std::optional<Account> user = target.user(u"kilnonly"_s);
        QVERIFY(user);
        QCOMPARE(user->uid, uid_t(4242));
        QCOMPARE(user->primaryGroup, gid_t(4343));
        QCOMPARE(target.user(u"4242"_s)->uid, uid_t(4242));
        QVERIFY(!target.user(u"nobody-here"_s));
        QCOMPARE(target.group(u"kilngroup"_s), std::optional<gid_t>(4344));
        if (::geteuid() != 0)
            QSKIP("setting an owner needs root");
        writeFile(root + u"/etc/owned"_s, "x");
        const FileOperationResult r = inRoot(
            target, u"SetFileOwner"_s, {{u"path"_s, u"/etc/owned"_s}, {u"owner"_s, u"kilnonly"_s}});
        QVERIFY2(r.ok, qPrintable(r.error));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(root + u"/etc/owned"_s).constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(4242));
        QCOMPARE(st.st_gid, gid_t(4343)); // the user's primary group in the root
    }

    // A whole run (RunSession) against the root: the file module and the shell
    // step see the same files, the shell runs chrooted.
    void runActsInsideTheRoot()
    {
        if (::geteuid() != 0)
            QSKIP("chroot needs root");
        QTemporaryDir dir;
        const QString root = dir.filePath(u"root"_s);
        makeRoot(root);
        QVERIFY(copyShell(root));
        const std::optional<ExecutionRecord> record = runInRoot(root, InRoot, dir);
        QVERIFY(record);
        QCOMPARE(record->status, RunStatus::Success);
        const StepRecord &shell = record->documents.front().phases.front().steps.at(1);
        QCOMPARE(shell.outputs.at(0).toObject().value(u"stdout"_s).toString(), u"written-inside"_s);
        QCOMPARE(readFile(root + u"/from-bash.txt"_s), QByteArray("pwd=/\n"));
        QVERIFY(!QFile::exists(u"/from-bash.txt"_s));
        QVERIFY(!QFile::exists(u"/etc/kiln-motd"_s));
    }

    // A download's destination is the root's: '/opt/dl/' inside it, whatever
    // the host has there.
    void transfersLandInsideTheRoot()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.route("/payload.txt", "downloaded-inside");
        QTemporaryDir dir;
        const QString root = dir.filePath(u"root"_s);
        makeRoot(root);
        const QByteArray document =
            u"name: dl\nschemaVersion: 1.0\nphases:\n  - name: build\n"
            u"    steps:\n      - name: Get\n        action: WebDownload\n"
            u"        inputs:\n          - source: %1/payload.txt\n"
            u"            destination: /srv/to-root/opt/dl/\n"_s.arg(server.baseUrl())
                .toUtf8();
        const std::optional<ExecutionRecord> record = runInRoot(root, document, dir);
        QVERIFY(record);
        QCOMPARE(record->status, RunStatus::Success);
        QCOMPARE(readFile(root + u"/opt/dl/payload.txt"_s), QByteArray("downloaded-inside"));
        QVERIFY(!QFile::exists(u"/opt/dl/payload.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestRootTarget)
#include "tst_roottarget.moc"
