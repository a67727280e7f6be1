// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The file modules refuse '/', paths that reach it ('/..', '/tmp/../..', '..' in '/', a link to
// '/') and the protected system folders — tested where a failure can only hurt a throw-away
// tree: the test re-runs itself under unshare(1) in a private mount namespace, mounts a tmpfs,
// and runs every case in a child process chroot()ed into a fresh fake root built on it. The
// modules run through the standard registry, as the executor runs them. A case passes when the
// module fails with the expected message and every entry of the fake root is unchanged
// (positive controls: only the entries they name are gone). Without a namespace the test is
// skipped: it never falls back to the host.
#include "actions/standardactions.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <dirent.h>
#include <linux/magic.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

constexpr int kUnavailable = 77; // the child could not build a throw-away root: skip
const char kInsideFlag[] = "--inside-namespace";
const char kReady[] = "KILN-NS-READY";

struct Case
{
    QString action;
    QString entry;            // JSON
    QString error;            // expected in the failure message; null: the module succeeds
    QStringList changes = {}; // positive controls: the entries the module deletes or changes
};

// Every path of the issue, for every module that deletes, moves away, replaces or changes a
// tree recursively, plus links to '/' and to /usr, a bind mount of /usr, '/*' and the /lib64
// link of a merged-/usr system. The working directory is '/'.
const QList<Case> &cases()
{
    static const QList<Case> all = [] {
        QList<Case> c;
        const QString refused = u"refusing to"_s;
        const auto each = [&](const QString &action, const QString &entryTemplate,
                              const QStringList &paths) {
            for (const QString &path : paths)
                c.append({action, entryTemplate.arg(path), refused});
        };
        each(u"DeleteFolder"_s, uR"({"path":"%1","force":true})"_s,
             {u"/.."_s, u"/../"_s, u"/./.."_s, u"/tmp/../.."_s, u"/x/../../"_s, u".."_s, u"../.."_s,
              u"/"_s, u"/usr"_s, u"/usr/.."_s, u"/etc"_s, u"/lib64"_s, u"/tmp/rootlink/.."_s,
              u"/tmp/rootlink/."_s, u"/tmp/rootlink/usr"_s, u"/tmp/usrlink/.."_s,
              u"/usr/lib/../.."_s, u"/*"_s, u"/mnt/usrbind"_s});
        each(u"DeleteFile"_s, uR"({"path":"%1"})"_s,
             {u"/.."_s, u"/tmp/../.."_s, u".."_s, u"/usr"_s, u"/lib64"_s, u"/*"_s,
              u"/tmp/rootlink/lib64"_s, u"/tmp/rootlink/."_s});
        each(u"MoveFolder"_s, uR"({"source":"%1","destination":"/tmp/moved"})"_s,
             {u"/.."_s, u"/./.."_s, u"/x/../../"_s, u"../.."_s, u"/usr"_s, u"/usr/.."_s,
              u"/tmp/rootlink/."_s, u"/tmp/rootlink/etc"_s, u"/mnt/usrbind"_s});
        each(u"MoveFile"_s, uR"({"source":"%1","destination":"/tmp/out/"})"_s,
             {u"/lib64"_s, u"/*"_s});
        // Destinations that would replace '/' or a system folder (/tmp/etc into '/' is /etc).
        for (const QString &module : {u"MoveFolder"_s, u"CopyFolder"_s}) {
            each(module, uR"({"source":"/tmp/src","destination":"%1"})"_s,
                 {u"/.."_s, u"/tmp/../.."_s, u"/tmp/rootlink/.."_s, u"/usr"_s});
            each(module, uR"({"source":"/tmp/etc","destination":"%1"})"_s,
                 {u"/"_s, u"/tmp/rootlink/"_s});
        }
        each(u"MoveFile"_s, uR"({"source":"/tmp/keep.txt","destination":"%1"})"_s, {u"/.."_s});
        const QStringList trees = {u"/.."_s, u".."_s, u"/usr/.."_s, u"/tmp/rootlink"_s,
                                   u"/tmp/usrlink"_s};
        each(u"SetFolderPermissions"_s, uR"({"path":"%1","permissions":"0777"})"_s, trees);
        each(u"SetFolderOwner"_s, uR"({"path":"%1","owner":"4242"})"_s, trees);
        each(u"CreateSymlink"_s, uR"({"path":"%1","target":"/tmp","force":true})"_s, {u"/lib64"_s});
        // A link to '/' is itself no folder: DeleteFolder refuses it as a link.
        for (const QString &path : {u"/tmp/rootlink"_s, u"/tmp/rootlink/"_s})
            c.append({u"DeleteFolder"_s, uR"({"path":"%1","force":true})"_s.arg(path),
                      u"is a symbolic link"_s});
        // Positive controls: ordinary work still happens, and the check sees it.
        const QStringList src = {u"/tmp/src"_s, u"/tmp/src/file"_s};
        c.append({u"DeleteFolder"_s, uR"({"path":"/tmp/src","force":true})"_s, {}, src});
        c.append({u"DeleteFolder"_s, uR"({"path":"../tmp/x/../src/","force":true})"_s, {}, src});
        c.append(
            {u"MoveFolder"_s, uR"({"source":"/tmp/src","destination":"/tmp/moved"})"_s, {}, src});
        c.append({u"DeleteFile"_s, uR"({"path":"/tmp/rootlink"})"_s, {}, {u"/tmp/rootlink"_s}});
        c.append({u"SetFolderPermissions"_s,
                  uR"({"path":"/tmp/src","permissions":"0700","recursive":false})"_s,
                  {},
                  {u"/tmp/src"_s}});
        return c;
    }();
    return all;
}

// --- the fake root ---------------------------------------------------------------------------

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A few files in the system folders, /tmp with the cases' sources, links to '/' and /usr, the
// /lib64 link of a merged-/usr system and a bind mount of /usr.
QString buildFakeRoot(const QString &dir)
{
    QDir d(dir);
    for (const char *folder : {"bin", "etc/app", "home/user", "usr/bin", "usr/lib", "var/log",
                               "srv/data", "tmp/src", "tmp/etc", "mnt/usrbind"}) {
        if (!d.mkpath(QString::fromLatin1(folder)))
            return u"cannot create %1"_s.arg(QString::fromLatin1(folder));
    }
    const QList<std::pair<const char *, QByteArray>> files = {
        {".kiln-fake-root", "marker"},
        {"bin/sh", "#!fake"},
        {"etc/passwd", "root:x:0:0::/root:/bin/sh\n"},
        {"etc/app/app.conf", "port=1\n"},
        {"home/user/notes.txt", "notes"},
        {"usr/bin/tool", "tool"},
        {"usr/lib/libx.so", "lib"},
        {"var/log/syslog", "log"},
        {"srv/data/x", "x"},
        {"tmp/keep.txt", "keep"},
        {"tmp/src/file", "src"},
        {"tmp/etc/file", "etc"},
    };
    for (const auto &[name, bytes] : files) {
        if (!writeFile(d.filePath(QString::fromLatin1(name)), bytes))
            return u"cannot write %1"_s.arg(QString::fromLatin1(name));
    }
    const QList<std::pair<const char *, const char *>> links = {
        {"tmp/rootlink", "/"}, {"tmp/usrlink", "/usr"}, {"lib64", "usr/lib"}};
    for (const auto &[at, target] : links) {
        if (::symlink(target, QFile::encodeName(d.filePath(QString::fromLatin1(at)))) != 0)
            return u"cannot link %1"_s.arg(QString::fromLatin1(at));
    }
    if (::mount(QFile::encodeName(d.filePath(u"usr"_s)).constData(),
                QFile::encodeName(d.filePath(u"mnt/usrbind"_s)).constData(), nullptr, MS_BIND,
                nullptr) != 0)
        return u"cannot bind-mount usr: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
    return {};
}

// Every entry below `base` (links not followed) with its kind, mode, owner and content.
void snapshot(const QString &base, const QString &relative, QMap<QString, QString> *out)
{
    const QString path = relative.isEmpty() ? base : base + relative;
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return;
    QString what = u"mode %1 owner %2:%3 "_s.arg(st.st_mode, 0, 8).arg(st.st_uid).arg(st.st_gid);
    if (S_ISLNK(st.st_mode)) {
        char target[4096] = {};
        const ssize_t n =
            ::readlink(QFile::encodeName(path).constData(), target, sizeof target - 1);
        what += u"link -> "_s + QFile::decodeName(QByteArray(target, n < 0 ? 0 : int(n)));
    } else if (S_ISREG(st.st_mode)) {
        QFile f(path);
        what += u"file "_s + QString::fromLatin1(f.open(QIODevice::ReadOnly) ? f.readAll() : "?");
    }
    out->insert(relative.isEmpty() ? u"/"_s : relative, what);
    if (!S_ISDIR(st.st_mode))
        return;
    const QStringList names =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        snapshot(base, relative + u'/' + name, out);
}

ActionResult runModule(const Case &c)
{
    ActionContext context;
    context.action = c.action;
    context.inputs = QJsonArray{QJsonDocument::fromJson(c.entry.toUtf8()).object()};
    std::unique_ptr<ActionRun> run = standardActions()->create(context);
    ActionResult result;
    QEventLoop loop;
    QObject::connect(run.get(), &ActionRun::finished, &loop, [&](const ActionResult &r) {
        result = r;
        loop.quit();
    });
    run->start();
    loop.exec();
    return result;
}

bool isTmpfs(const QString &path)
{
    struct statfs fs = {};
    return ::statfs(QFile::encodeName(path).constData(), &fs) == 0 && fs.f_type == TMPFS_MAGIC;
}

// One case, in a forked child: build, chroot, run, compare. Returns the process exit code.
int runCase(int argc, char **argv, const QString &dir, const Case &c)
{
    const QString label = c.action + u' ' + c.entry;
    const auto report = [&](bool ok, const QString &why) {
        std::printf("%s %s%s\n", ok ? "PASS" : "FAIL", qPrintable(label),
                    why.isEmpty() ? "" : qPrintable(u": "_s + why));
        std::fflush(stdout);
        return ok ? 0 : 1;
    };
    if (const QString error = buildFakeRoot(dir); !error.isEmpty())
        return report(false, u"fake root: "_s + error);
    QMap<QString, QString> before;
    snapshot(dir, {}, &before);
    QCoreApplication app(argc, argv);
    if (::chroot(QFile::encodeName(dir).constData()) != 0 || ::chdir("/") != 0)
        return report(false, u"chroot: "_s + QString::fromLocal8Bit(strerror(errno)));
    // Belt and braces: '/' must now be the fake root on the private tmpfs.
    if (!isTmpfs(u"/"_s) || !QFile::exists(u"/.kiln-fake-root"_s)) {
        std::printf("KILN-NS-ABORT: '/' is not the fake root\n");
        std::_Exit(3);
    }

    const ActionResult result = runModule(c);
    QMap<QString, QString> after;
    snapshot(u"/"_s, {}, &after);
    QStringList damage;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const bool gone = !after.contains(it.key());
        if (c.changes.contains(it.key()))
            continue;
        if (gone)
            damage << it.key() + u" is gone"_s;
        else if (after.value(it.key()) != it.value())
            damage << it.key() + u" changed (was: "_s + it.value() + u"; now: "_s +
                          after.value(it.key()) + u')';
    }
    for (const QString &path : c.changes) {
        if (after.value(path) == before.value(path))
            damage << path + u" is unchanged, but the module should have acted on it"_s;
    }
    if (!damage.isEmpty())
        return report(false, damage.mid(0, 5).join(u"; "_s) +
                                 (damage.size() > 5 ? u" (and %1 more)"_s.arg(damage.size() - 5)
                                                    : QString()) +
                                 u" [module: "_s + result.failureMessage + u']');
    if (c.error.isNull())
        return report(result.kind == ActionResult::Kind::Success, result.failureMessage);
    if (result.kind != ActionResult::Kind::Failure)
        return report(false, u"the module did not fail"_s);
    if (!result.failureMessage.contains(c.error))
        return report(false, u"message '%1' lacks '%2'"_s.arg(result.failureMessage, c.error));
    return report(true, result.failureMessage);
}

QString mountNamespace()
{
    return QFile::symLinkTarget(u"/proc/self/ns/mnt"_s);
}

// The child under unshare: check that this is a new mount namespace, make every mount private,
// mount a tmpfs on the scratch folder, then run each case in a fork of its own, in its own
// folder on the tmpfs. Forking before any Qt object exists keeps the children single-threaded.
int insideNamespace(int argc, char **argv)
{
    const QString scratch = QString::fromLocal8Bit(argv[2]);
    const QString hostNamespace = QString::fromLocal8Bit(argv[3]);
    const auto unavailable = [](const QString &why) {
        std::printf("KILN-NS-SKIP: %s\n", qPrintable(why));
        return kUnavailable;
    };
    if (mountNamespace().isEmpty() || mountNamespace() == hostNamespace)
        return unavailable(u"not in a private mount namespace"_s);
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return unavailable(u"cannot make the mounts private: "_s +
                           QString::fromLocal8Bit(strerror(errno)));
    if (::mount("kiln-fake-root", QFile::encodeName(scratch).constData(), "tmpfs",
                MS_NOSUID | MS_NODEV, "size=64m,mode=0755") != 0 ||
        !isTmpfs(scratch))
        return unavailable(u"cannot mount a tmpfs: "_s + QString::fromLocal8Bit(strerror(errno)));
    std::printf("%s\n", kReady);
    std::fflush(stdout);

    int failures = 0;
    for (qsizetype i = 0; i < cases().size(); ++i) {
        const QString dir = u"%1/case-%2"_s.arg(scratch).arg(i);
        if (::mkdir(QFile::encodeName(dir).constData(), 0755) != 0)
            return unavailable(u"cannot create "_s + dir);
        const pid_t pid = ::fork();
        if (pid == 0)
            std::_Exit(runCase(argc, argv, dir, cases().at(i)));
        int status = 0;
        if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
            WEXITSTATUS(status) != 0) {
            ++failures;
            if (pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 3)
                return 3; // '/' was not the fake root: stop at once
            if (pid > 0 && WIFSIGNALED(status))
                std::printf("FAIL case %lld: killed by signal %d\n", qlonglong(i),
                            WTERMSIG(status));
        }
    }
    std::printf("%d of %lld cases failed\n", failures, qlonglong(cases().size()));
    return failures == 0 ? 0 : 1;
}

} // namespace

class TestFileGuardNamespace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalsInsideAThrowAwayRoot()
    {
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty())
            QSKIP("unshare(1) is not installed: no private mount namespace, and this test never "
                  "runs against the host");
        QTemporaryDir scratch; // empty on the host; the tmpfs is mounted on it in the namespace
        QVERIFY(scratch.isValid());
        const QStringList self = {QCoreApplication::applicationFilePath(),
                                  QString::fromLatin1(kInsideFlag), scratch.path(),
                                  mountNamespace()};
        // As root a mount namespace is enough; otherwise a user namespace maps us to root.
        QList<QStringList> variants;
        if (::geteuid() == 0)
            variants << QStringList{u"--mount"_s, u"--propagation"_s, u"private"_s};
        variants << QStringList{u"--map-root-user"_s, u"--mount"_s, u"--propagation"_s,
                                u"private"_s};
        QStringList unavailable;
        for (const QStringList &variant : std::as_const(variants)) {
            QProcess child;
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(unshare, variant + QStringList{u"--"_s} + self);
            QVERIFY(child.waitForFinished(300000));
            const QString out = QString::fromLocal8Bit(child.readAll());
            if (!out.contains(QString::fromLatin1(kReady))) {
                unavailable << u"unshare %1: %2"_s.arg(variant.join(u' '), out.trimmed());
                continue;
            }
            qInfo().noquote() << out.trimmed();
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     qPrintable(out));
            QVERIFY(QDir(scratch.path()).isEmpty()); // the tmpfs went with the namespace
            return;
        }
        QSKIP(qPrintable(u"no private mount namespace to build a throw-away root in ("_s +
                         unavailable.join(u"; "_s) +
                         u"); this test never runs against the host"_s));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], kInsideFlag) == 0)
        return insideNamespace(argc, argv);
    QCoreApplication app(argc, argv);
    TestFileGuardNamespace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fileguard_ns.moc"
