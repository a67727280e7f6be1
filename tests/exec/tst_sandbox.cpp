// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Sandboxed runs end to end (`kiln run --sandbox / --root / --image`, `kiln
// changes`): the built binary, real namespaces, overlays and processes, and
// the machine checked before and after. Destructive documents run only over a
// throw-away root this test makes (throwawayroot.h). A distribution's root
// comes from KILN_TEST_ROOT (CI sets it to its Debian 13 root); podman from
// Debian for --image.
#include "fakessm.h"
#include "kilnrun.h"
#include "throwawayroot.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace KilnTest;

namespace {

QString sandboxDoc(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/sandbox/") + name;
}

// A digest of every entry under `folder` (path, type, mode, owner, content),
// not following links: equal before and after means untouched.
QByteArray treeDigest(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(folder, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList entries;
    while (it.hasNext())
        entries << it.next();
    entries.sort();
    for (const QString &path : std::as_const(entries)) {
        const QFileInfo info(path);
        hash.addData(path.toUtf8());
        hash.addData(QByteArray::number(int(info.permissions())) + info.owner().toUtf8() +
                     info.symLinkTarget().toUtf8());
        QFile file(path);
        if (info.isFile() && !info.isSymLink() && file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    }
    return hash.result();
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return file.isOpen() ? hash.result() : QByteArray("missing");
}

QJsonObject changesJson(const QString &logDir)
{
    return QJsonDocument::fromJson(readText(runFolder(logDir) + u"/changes.json"_s).toUtf8())
        .object();
}

// "change path" for every file of every step, and the step names that changed something.
QStringList fileChanges(const QJsonObject &changes, const QString &step = {})
{
    QStringList out;
    for (const QJsonValue &s : changes.value(u"steps"_s).toArray()) {
        if (!step.isEmpty() && s[u"step"_s].toString() != step)
            continue;
        for (const QJsonValue &f : s[u"files"_s].toArray())
            out << f[u"change"_s].toString() + u' ' + f[u"path"_s].toString();
    }
    return out;
}

QJsonObject stepChanges(const QJsonObject &changes, const QString &step)
{
    for (const QJsonValue &s : changes.value(u"steps"_s).toArray()) {
        if (s[u"step"_s].toString() == step)
            return s.toObject();
    }
    return {};
}

// Writes a one-step document running `commands` (ExecuteBash) to `path`; returns `path`.
QString oneStepDocument(const QString &path, const QStringList &commands)
{
    QString text = u"name: test\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                   "      - name: Step\n        action: ExecuteBash\n        inputs:\n"
                   "          commands:\n"_s;
    for (const QString &command : commands)
        text += u"            - '%1'\n"_s.arg(QString(command).replace(u"'"_s, u"''"_s));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return {};
    return path;
}

bool mountedUnder(const QString &folder)
{
    return readText(u"/proc/self/mounts"_s).contains(folder);
}

// `command` as the unprivileged user nobody.
Result asNobody(const QStringList &command, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.setProgram(u"setpriv"_s);
    // LeakSanitizer (the asan preset) cannot stop the world from a user namespace
    // (it needs ptrace there) and fails the exit; other builds ignore the variable.
    p.setArguments(QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                               u"env"_s, u"HOME="_s + cwd, u"ASAN_OPTIONS=detect_leaks=0"_s} +
                   command);
    p.start();
    return finish(p);
}

bool runAs(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(300000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT
    QString m_noSandbox; // why kiln makes no sandbox here (a chroot); empty: it does

// Sandboxes are refused inside a chroot (the CI's Debian 13 leg runs there).
#define REQUIRE_SANDBOX()                                                                          \
    if (!m_noSandbox.isEmpty())                                                                    \
    QSKIP(qPrintable(m_noSandbox))

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
        if (::geteuid() != 0)
            QSKIP("a sandbox test needs root (CI runs as root); the unprivileged case is tested "
                  "as the user nobody from root");
    }

    // Here kiln either makes sandboxes, or it runs in a chroot and says that
    // this is why it does not: nothing else.
    void sandboxesOrTheReasonWhyNot()
    {
        QTemporaryDir work;
        const QString doc = oneStepDocument(work.filePath(u"true.yaml"_s), {u"true"_s});
        const Result r = kiln({u"--sandbox"_s, u"-d"_s, doc, u"-l"_s, work.path()});
        if (r.exitCode == 2 && r.err.contains(u"runs in a chroot"_s)) {
            QVERIFY(!mountedUnder(work.path()));
            QVERIFY(QDir(work.path()).entryList({u"TOE_*"_s}, QDir::Dirs).isEmpty());
            m_noSandbox = u"kiln refuses sandboxes here: "_s + r.err.trimmed();
            return;
        }
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    // --sandbox over this machine: the steps see and change its files, the
    // report lists exactly the changes, and the machine is as before.
    void hostSandboxLeavesTheHostUntouched()
    {
        REQUIRE_SANDBOX();
        QTemporaryDir logs;
        const QString marker = u"kiln-sandbox-"_s + QUuid::createUuid().toString(QUuid::Id128);
        const QByteArray hostsBefore = fileDigest(u"/etc/hosts"_s);
        const QByteArray versionBefore = fileDigest(u"/etc/debian_version"_s);
        const QByteArray aptBefore = treeDigest(u"/etc/apt"_s);
        const Result r = kiln({u"--sandbox"_s, u"-d"_s, sandboxDoc(u"hostchanges.yaml"_s),
                               u"--parameters"_s, u"marker="_s + marker, u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(fileDigest(u"/etc/hosts"_s), hostsBefore);
        QCOMPARE(fileDigest(u"/etc/debian_version"_s), versionBefore);
        QCOMPARE(treeDigest(u"/etc/apt"_s), aptBefore);
        QCOMPARE(QFileInfo(u"/etc/host.conf"_s).permissions() & QFileDevice::ReadOther,
                 QFileDevice::ReadOther);
        QVERIFY(!QFileInfo::exists(u"/etc/"_s + marker));
        const QJsonObject changes = changesJson(logs.path());
        QVERIFY(changes.value(u"complete"_s).toBool());
        QCOMPARE(fileChanges(changes),
                 QStringList({u"added /etc/"_s + marker, u"added /etc/"_s + marker + u"/app.conf"_s,
                              u"modified /etc/hosts"_s, u"deleted /etc/debian_version"_s,
                              u"replaced /etc/apt/apt.conf.d"_s, u"modified /etc/host.conf"_s}));
        const QJsonObject modeChange =
            stepChanges(changes, u"ReplaceFolder"_s)[u"files"_s][1].toObject();
        QCOMPARE(modeChange[u"aspects"_s].toArray(), QJsonArray({u"mode"_s}));
        QCOMPARE(modeChange[u"after"_s].toString(), u"0600 0:0"_s);
        QCOMPARE(stepChanges(changes, u"EditHosts"_s)[u"files"_s][0][u"aspects"_s].toArray(),
                 QJsonArray({u"content"_s}));
        QVERIFY(stepChanges(changes, u"ReadOnly"_s).isEmpty()); // changed nothing: not listed
        QVERIFY(r.out.contains(u"Changes made in a sandbox of this machine:"_s));
        QVERIFY(r.out.contains(u"    - /etc/debian_version"_s));
        // Nothing stays mounted, and the sandbox's layers are gone from the run folder.
        QVERIFY(!mountedUnder(logs.path()));
        QVERIFY(!QFileInfo::exists(runFolder(logs.path()) + u"/sandbox"_s));
        // kiln changes prints the same, from the file.
        const Result text = kilnCommand({u"changes"_s, runFolder(logs.path())});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"    ~ /etc/hosts (content)"_s));
        const Result diff = kilnCommand({u"changes"_s, u"--diff"_s, runFolder(logs.path())});
        QVERIFY2(diff.out.contains(u"        +127.0.0.2 "_s + marker), qPrintable(diff.out));
        QVERIFY(diff.out.contains(u"        +++ b/etc/"_s + marker + u"/app.conf"_s));
        const Result json =
            kilnCommand({u"changes"_s, u"--format"_s, u"json"_s, runFolder(logs.path())});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object(), changes);
    }

    // --root over another distribution: its own programs (dpkg, useradd,
    // systemctl) run against its files; packages, users and units are reported.
    void distributionRootReportsPackagesUsersUnits()
    {
        REQUIRE_SANDBOX();
        const QString root = qEnvironmentVariable("KILN_TEST_ROOT");
        if (root.isEmpty() || !QFileInfo::exists(root + u"/usr/bin/dpkg"_s))
            QSKIP("KILN_TEST_ROOT is not set to a Debian root (CI sets it to its Debian 13 root "
                  "for the legs that run on the host)");
        const QByteArray rootBefore = treeDigest(root + u"/etc"_s);
        const QByteArray hostBefore = fileDigest(u"/etc/passwd"_s);
        QTemporaryDir logs;
        const Result r =
            kiln({u"--root"_s, root, u"-d"_s, sandboxDoc(u"distro.yaml"_s), u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"running on Debian GNU/Linux 13"_s), qPrintable(r.out));
        const QJsonObject changes = changesJson(logs.path());
        QCOMPARE(fileChanges(changes, u"WriteConfig"_s),
                 QStringList({u"added /etc/kiln-demo"_s, u"added /etc/kiln-demo/app.conf"_s}));
        QCOMPARE(fileChanges(changes, u"DeleteIssue"_s), QStringList{u"deleted /etc/issue.net"_s});
        const QJsonObject user = stepChanges(changes, u"AddUser"_s);
        QCOMPARE(user[u"users"_s][u"added"_s].toArray(), QJsonArray{u"kilnsvc"_s});
        QCOMPARE(user[u"groups"_s][u"added"_s].toArray(), QJsonArray{u"kilnsvc"_s});
        QCOMPARE(stepChanges(changes, u"EnableUnit"_s)[u"units"_s][u"enabled"_s].toArray(),
                 QJsonArray{u"kiln-demo.service (multi-user.target.wants)"_s});
        const QJsonObject package = stepChanges(changes, u"InstallPackage"_s);
        QCOMPARE(package[u"packages"_s].toArray(),
                 QJsonArray({QJsonObject{
                     {u"name"_s, u"kiln-hello"_s}, {u"before"_s, u""_s}, {u"after"_s, u"1.0"_s}}}));
        QVERIFY(fileChanges(changes, u"InstallPackage"_s)
                    .contains(u"added /usr/share/kiln-hello/hello.txt"_s));
        QVERIFY(r.out.contains(u"package kiln-hello 1.0 installed"_s));
        QCOMPARE(treeDigest(root + u"/etc"_s), rootBefore);
        QCOMPARE(fileDigest(u"/etc/passwd"_s), hostBefore);
        QVERIFY(!mountedUnder(logs.path()));
    }

    // Every way out a document might try. The sandbox survives as a sandbox
    // (rm -rf / empties only its view), the host's sentinel and the lower root
    // are unchanged, and the files written through links land inside.
    void escapeAttemptsStayInside()
    {
        REQUIRE_SANDBOX();
        QTemporaryDir work;
        const QString root = work.filePath(u"root"_s);
        QVERIFY(makeThrowawayRoot(root, {u"bash"_s, u"rm"_s, u"ln"_s, u"cat"_s, u"mount"_s}));
        const QString sentinelDir = work.filePath(u"host"_s);
        QDir().mkpath(sentinelDir);
        const QString sentinel = sentinelDir + u"/sentinel"_s;
        QFile s(sentinel);
        QVERIFY(s.open(QIODevice::WriteOnly) && s.write("the host's") > 0);
        s.close();
        const QByteArray rootBefore = treeDigest(root);
        const QString logs = work.filePath(u"logs"_s);
        const Result r = kiln({u"--root"_s, root, u"-d"_s, sandboxDoc(u"escape.yaml"_s),
                               u"--parameters"_s, u"sentinel="_s + sentinel, u"-l"_s, logs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"host not visible"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"mount refused"_s), qPrintable(r.out)); // no CAP_SYS_ADMIN
        QVERIFY(r.out.contains(u"wiped"_s));
        QCOMPARE(readText(sentinel), u"the host's"_s);
        QCOMPARE(treeDigest(root), rootBefore);
        QVERIFY(QFileInfo::exists(work.filePath(u"host"_s)));
        // What the links led to was written inside the sandbox, where the report shows it.
        const QStringList written = fileChanges(changesJson(logs), u"WriteThroughLinks"_s);
        QVERIFY2(written.contains(u"added "_s + sentinel), qPrintable(written.join(u", "_s)));
        QVERIFY(!mountedUnder(logs));
    }

    // A step past its timeout is stopped with its process group, and a daemon
    // it started (setsid) ends with the sandbox: nothing outlives the run.
    void nothingOutlivesTheRun()
    {
        REQUIRE_SANDBOX();
        QTemporaryDir work;
        const QString root = work.filePath(u"root"_s);
        QVERIFY(makeThrowawayRoot(root, {u"bash"_s, u"sleep"_s, u"setsid"_s}));
        const QString marker = u"%1.%2"_s.arg(600 + ::getpid() % 100).arg(::getpid());
        QElapsedTimer timer;
        timer.start();
        const Result r = kiln({u"--root"_s, root, u"-d"_s, sandboxDoc(u"idle.yaml"_s),
                               u"--parameters"_s, u"marker="_s + marker, u"-l"_s,
                               work.filePath(u"logs"_s), u"--grace-period"_s, u"1"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(timer.elapsed() < 30000, "the step ran to its end: the timeout did not stop it");
        QProcess pgrep;
        pgrep.start(u"pgrep"_s, {u"-f"_s, u"sleep "_s + marker});
        pgrep.waitForFinished();
        QCOMPARE(pgrep.readAllStandardOutput(), QByteArray());
    }

    // kill -9 of kiln: the kernel takes the mounts with its namespace, and the
    // next sandboxed run in the same log folder removes the stale layers.
    void killedRunLeavesNoMountAndIsCleanedUp()
    {
        REQUIRE_SANDBOX();
        QTemporaryDir work;
        const QString root = work.filePath(u"root"_s);
        QVERIFY(makeThrowawayRoot(root, {u"bash"_s, u"sleep"_s}));
        const QString logs = work.filePath(u"logs"_s);
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"--root"_s, root, u"-d"_s, sandboxDoc(u"idle.yaml"_s),
                        u"--parameters"_s, u"marker=30"_s, u"-l"_s, logs});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(runFolder(logs) + u"/sandbox/owner"_s), 30000);
        const QString stale = runFolder(logs) + u"/sandbox"_s;
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QVERIFY(QFileInfo::exists(stale)); // left behind: nobody could remove it
        QVERIFY(!mountedUnder(logs));
        QTemporaryDir next;
        const QString nextDoc = oneStepDocument(next.filePath(u"true.yaml"_s), {u"true"_s});
        const Result r = kiln({u"--root"_s, root, u"-d"_s, nextDoc, u"-l"_s, logs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(stale));
    }

    // As a normal user: a root of one's own works through a user namespace;
    // a sandbox of this machine is refused with the reason. Where the kernel
    // gives no user namespace (a chroot, a policy) both say why.
    void unprivilegedUser()
    {
        QTemporaryDir work;
        QFile::setPermissions(work.path(), QFileDevice::Permissions(0x7777));
        const QString root = work.filePath(u"root"_s);
        QVERIFY(makeThrowawayRoot(root, {u"bash"_s, u"id"_s, u"cat"_s}));
        QVERIFY(runAs(u"chown"_s, {u"-R"_s, u"65534:65534"_s, root}));
        const QString userDoc =
            oneStepDocument(work.filePath(u"id.yaml"_s),
                            {u"echo \"uid $(id -u)\" > /etc/whoami"_s, u"cat /etc/whoami"_s});
        QFile::setPermissions(userDoc, QFileDevice::Permissions(0x6444));
        const QString kiln = QStringLiteral(KILN_CLI_BINARY);
        const Result inRoot =
            asNobody({kiln, u"run"_s, u"--root"_s, root, u"-d"_s, userDoc, u"-l"_s, work.path()},
                     work.path());
        const Result onHost = asNobody(
            {kiln, u"run"_s, u"--sandbox"_s, u"-d"_s, userDoc, u"-l"_s, work.path()}, work.path());
        QCOMPARE(onHost.exitCode, 2);
        QVERIFY2(onHost.err.contains(u"kiln run: no sandbox: "_s), qPrintable(onHost.err));
        if (inRoot.exitCode == 2 && inRoot.err.contains(u"user namespace"_s)) {
            // The kernel's refusal, worded: the CI's Debian 13 leg runs in a chroot.
            QVERIFY(onHost.err.contains(u"user namespace"_s));
            return;
        }
        QVERIFY2(inRoot.exitCode == 0, qPrintable(inRoot.out + inRoot.err));
        QVERIFY(inRoot.out.contains(u"uid 0"_s)); // root inside, nobody outside
        QVERIFY(onHost.err.contains(u"as a normal user"_s));
        QVERIFY(!QFileInfo::exists(root + u"/etc/whoami"_s));
    }

    // --image: a real podman, with an image imported from a throw-away root.
    void containerImage()
    {
        REQUIRE_SANDBOX();
        const QString podman = QStandardPaths::findExecutable(u"podman"_s);
        if (podman.isEmpty())
            QSKIP("podman is not installed (scripts/setup.sh installs it)");
        QTemporaryDir work;
        const QString root = work.filePath(u"root"_s);
        QVERIFY(makeThrowawayRoot(root, {u"bash"_s, u"cat"_s}));
        QFile release(root + u"/etc/os-release"_s);
        QVERIFY(release.open(QIODevice::WriteOnly));
        release.write("PRETTY_NAME=\"Kiln test image\"\n");
        release.close();
        const QString tar = work.filePath(u"root.tar"_s);
        QVERIFY(runAs(u"tar"_s, {u"-C"_s, root, u"-cf"_s, tar, u"."_s}));
        const QString image = u"localhost/kiln-test-image:%1"_s.arg(::getpid());
        if (!runAs(podman, {u"import"_s, tar, image}))
            QSKIP("podman cannot import an image here (no usable storage in this root)");
        const auto removeImage = qScopeGuard([&] { runAs(podman, {u"rmi"_s, u"-f"_s, image}); });
        const QString probe = u"kiln-test-probe-%1"_s.arg(::getpid());
        if (!runAs(podman, {u"create"_s, u"--name"_s, probe, image, u"/none"_s}))
            QSKIP("podman cannot create a container here (the engine, not kiln)");
        runAs(podman, {u"rm"_s, probe});
        const QString doc = oneStepDocument(
            work.filePath(u"image.yaml"_s),
            {u". /etc/os-release; echo \"in $PRETTY_NAME\""_s, u"echo changed > /etc/motd"_s});
        const QString cache = work.filePath(u"cache"_s);
        qputenv("XDG_CACHE_HOME", cache.toUtf8()); // not used as root; /var/cache/kiln is
        QTemporaryDir logs;
        const Result r = kiln({u"--image"_s, image, u"-d"_s, doc, u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"in Kiln test image"_s), qPrintable(r.out));
        QCOMPARE(fileChanges(changesJson(logs.path())), QStringList{u"added /etc/motd"_s});
        QVERIFY(changesJson(logs.path())[u"target"_s].toString().contains(image));
        // An image that is not there is named, with the command that would fetch it.
        const Result missing = kiln(
            {u"--image"_s, u"localhost/kiln-no-such-image"_s, u"-d"_s, doc, u"-l"_s, logs.path()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"podman pull localhost/kiln-no-such-image"_s),
                 qPrintable(missing.err));
    }

    // --check-idempotence runs every step again in the same sandbox and names
    // those that change files again, print another output or fail.
    void idempotenceCheck()
    {
        REQUIRE_SANDBOX();
        QTemporaryDir work;
        const QString root = work.filePath(u"root"_s);
        QVERIFY(makeThrowawayRoot(root, {u"bash"_s, u"mkdir"_s, u"install"_s}));
        const QString logs = work.filePath(u"logs"_s);
        const QString junit = work.filePath(u"junit.xml"_s);
        Result r = kiln({u"--root"_s, root, u"--check-idempotence"_s, u"-d"_s,
                         sandboxDoc(u"idempotence.yaml"_s), u"-l"_s, logs, u"--junit"_s, junit});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"Idempotence check: 3 step(s) are not idempotent:"_s));
        QVERIFY(r.out.contains(u"build/Append: changes files again: /etc/profile.d/a.sh"_s));
        QVERIFY(r.out.contains(u"build/Nonce: prints a different output the second time"_s));
        QVERIFY(r.out.contains(u"build/MakeOnce: fails when run again"_s));
        QCOMPARE(r.summary.value(u"failureMessage"_s).toString(),
                 u"3 step(s) are not idempotent"_s);
        QStringList flagged;
        for (const QJsonValue &f : changesJson(logs)[u"notIdempotent"_s].toArray())
            flagged << f[u"step"_s].toString();
        QCOMPARE(flagged, QStringList({u"Append"_s, u"Nonce"_s, u"MakeOnce"_s}));
        // CI sees it in JUnit: a suite of its own, a case per step, three failed.
        const QString xml = readText(junit);
        QVERIFY2(xml.contains(u"<testsuite name=\"idempotence\" tests=\"5\" failures=\"3\">"_s),
                 qPrintable(xml));
        QVERIFY(xml.contains(u"changes files again: /etc/profile.d/a.sh"_s));
        // What a step may change again is the user's call.
        QDir(runFolder(logs)).removeRecursively();
        r = kiln({u"--root"_s, root, u"--check-idempotence"_s, u"--ignore-changes"_s,
                  u"/etc/profile.d/*"_s, u"-d"_s, sandboxDoc(u"idempotence.yaml"_s), u"-l"_s,
                  logs});
        QVERIFY(r.out.contains(u"Idempotence check: 2 step(s) are not idempotent:"_s));
        QVERIFY(!r.out.contains(u"build/Append: changes files again"_s));
    }

    // --keep-sandbox copies the upper layer out, --export-changes tars what
    // was added or modified.
    void keepAndExportTheChanges()
    {
        REQUIRE_SANDBOX();
        QTemporaryDir work;
        const QString root = work.filePath(u"root"_s);
        QVERIFY(makeThrowawayRoot(root, {u"bash"_s}));
        const QString doc =
            oneStepDocument(work.filePath(u"keep.yaml"_s), {u"echo kept > /etc/kept.conf"_s});
        const QString kept = work.filePath(u"kept"_s);
        const QString tar = work.filePath(u"changes.tar"_s);
        const Result r = kiln({u"--root"_s, root, u"-d"_s, doc, u"-l"_s, work.filePath(u"logs"_s),
                               u"--keep-sandbox"_s, kept, u"--export-changes"_s, tar});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(readText(kept + u"/etc/kept.conf"_s), u"kept\n"_s);
        QVERIFY(r.out.contains(u"The changed files are kept in "_s + kept));
        QCOMPARE(changesJson(work.filePath(u"logs"_s))[u"keptUpperLayer"_s].toString(), kept);
        QProcess list;
        list.start(u"tar"_s, {u"-tf"_s, tar});
        QVERIFY(list.waitForFinished());
        QCOMPARE(list.readAllStandardOutput().trimmed(), QByteArray("etc/kept.conf"));
        QVERIFY(!QFileInfo::exists(root + u"/etc/kept.conf"_s));
    }

    // A SecureString a step writes into a file is masked in the change
    // report's diff, as everywhere else text leaves kiln.
    void secretsInTheChangeReportAreMasked()
    {
        REQUIRE_SANDBOX();
        FakeSsm ssm("hunter2-secret");
        QVERIFY(ssm.isListening());
        QTemporaryDir work;
        QProcess p;
        p.setProcessEnvironment(ssm.environment(work.filePath(u"none"_s)));
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"--sandbox"_s, u"-d"_s,
                        QStringLiteral(KILN_TEST_DATA_DIR "/run/ssm.yaml"), u"-l"_s, work.path(),
                        u"--parameters"_s, u"Dir="_s + work.path()});
        p.start();
        const Result r = finishServing(p);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(work.filePath(u"secret"_s))); // written in the sandbox only
        const QString changes = readText(runFolder(work.path()) + u"/changes.json"_s);
        QVERIFY2(changes.contains(u"+****"_s), qPrintable(changes));
        QVERIFY(!changes.contains(u"hunter2"_s));
        const Result text = kilnCommand({u"changes"_s, u"--diff"_s, runFolder(work.path())});
        QVERIFY(!text.out.contains(u"hunter2"_s));
    }

    // Wrong uses are refused before anything runs.
    void refusals()
    {
        QTemporaryDir logs;
        const QString doc = sandboxDoc(u"idle.yaml"_s);
        Result r = kiln({u"--sandbox"_s, u"--root"_s, u"/"_s, u"-d"_s, doc, u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"alternatives"_s));
        r = kiln({u"--keep-sandbox"_s, logs.filePath(u"k"_s), u"-d"_s, doc, u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--keep-sandbox needs --sandbox, --root or --image"_s));
        r = kiln({u"--root"_s, logs.path(), u"-d"_s, doc, u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"is not a root file system"_s));
        r = kiln({u"--sandbox"_s, u"--reboot"_s, u"handoff"_s, u"-s"_s, logs.path(), u"-d"_s, doc,
                  u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(m_noSandbox.isEmpty() ? u"cannot hand a reboot off"_s
                                                     : u"runs in a chroot"_s));
        QVERIFY(!mountedUnder(logs.path()));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
