// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// resolvePath() and resolveLexically() (core/actions/pathresolution.h): the kernel's walk of a
// path — '..' never above the root, links followed, loops bounded — on a temporary tree used
// as the root, so links to '/' stay inside it. Nothing is deleted: these tests only look.
#include "actions/pathresolution.h"
#include "process/target.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Kiln::FileOps;
using namespace Qt::StringLiterals;

class TestPathResolution : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    void link(const QString &at, const QString &target)
    {
        QVERIFY2(QFile::link(target, m_root.filePath(at.mid(1))), qPrintable(at));
    }

private Q_SLOTS:
    // The tree: /d/sub/f, /tmp, and links of every kind.
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(QDir(m_root.path()).mkpath(u"d/sub"_s));
        QVERIFY(QDir(m_root.path()).mkpath(u"tmp"_s));
        QFile f(m_root.filePath(u"d/sub/f"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        link(u"/tmp/rootlink"_s, u"/"_s);         // absolute: the root, not the host's '/'
        link(u"/rel"_s, u"d/sub"_s);              // relative to the link's folder
        link(u"/d/up"_s, u"../.."_s);             // climbs above the root
        link(u"/etclink"_s, u"/etc"_s);           // absolute, missing inside the root
        link(u"/dangling"_s, u"/nowhere/file"_s); // missing target
        link(u"/chain1"_s, u"chain2"_s);
        link(u"/chain2"_s, u"d"_s);
        link(u"/loop1"_s, u"loop2"_s);
        link(u"/loop2"_s, u"loop1"_s);
        link(u"/self"_s, u"self"_s);
    }

    void lexical_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("workingDirectory");
        QTest::addColumn<QString>("expected");
        // The paths: QDir::cleanPath keeps a leading '/..', the kernel does not.
        QTest::newRow("/..") << u"/.."_s << u"/w"_s << u"/"_s;
        QTest::newRow("/../") << u"/../"_s << u"/w"_s << u"/"_s;
        QTest::newRow("/./..") << u"/./.."_s << u"/w"_s << u"/"_s;
        QTest::newRow("/tmp/../..") << u"/tmp/../.."_s << u"/w"_s << u"/"_s;
        QTest::newRow("/x/../../") << u"/x/../../"_s << u"/w"_s << u"/"_s;
        QTest::newRow(".. in /") << u".."_s << u"/"_s << u"/"_s;
        QTest::newRow("../.. in /") << u"../.."_s << u"/"_s << u"/"_s;
        QTest::newRow("/usr/..") << u"/usr/.."_s << u"/w"_s << u"/"_s;
        QTest::newRow("/../../usr") << u"/../../usr"_s << u"/w"_s << u"/usr"_s;
        // Ordinary paths keep their meaning.
        QTest::newRow("clean absolute") << u"/a/b"_s << u"/w"_s << u"/a/b"_s;
        QTest::newRow("dots and doubled slashes") << u"/a/./b//c/"_s << u"/w"_s << u"/a/b/c"_s;
        QTest::newRow("relative") << u"a/b"_s << u"/w/x"_s << u"/w/x/a/b"_s;
        QTest::newRow("relative parent") << u"../b"_s << u"/w/x"_s << u"/w/b"_s;
        QTest::newRow("relative to a normal folder") << u"../../.."_s << u"/w/x/y"_s << u"/"_s;
        QTest::newRow("dot") << u"."_s << u"/w"_s << u"/w"_s;
        QTest::newRow("root") << u"/"_s << u"/w"_s << u"/"_s;
        QTest::newRow("names with dots") << u"/a/..b/.c/..."_s << u"/"_s << u"/a/..b/.c/..."_s;
        QTest::newRow("pattern kept") << u"/tmp/../*"_s << u"/"_s << u"/*"_s;
    }
    void lexical()
    {
        QFETCH(QString, path);
        QFETCH(QString, workingDirectory);
        QFETCH(QString, expected);
        QCOMPARE(resolveLexically(path, workingDirectory), expected);
        // Without links on the way, the file-system walk agrees (inside an empty root).
        QTemporaryDir empty;
        QCOMPARE(resolvePath(path, workingDirectory, FinalLink::Keep, empty.path()).path, expected);
    }

    void links_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("workingDirectory");
        QTest::addColumn<bool>("followFinal");
        QTest::addColumn<QString>("expected");
        // A link to '/' is the root: '..' and '.' after it are taken there, as the kernel does
        // (QDir::cleanPath would make '/tmp/rootlink/..' into '/tmp').
        QTest::newRow("link to / then ..") << u"/tmp/rootlink/.."_s << u"/"_s << false << u"/"_s;
        QTest::newRow("link to / then .") << u"/tmp/rootlink/."_s << u"/"_s << false << u"/"_s;
        QTest::newRow("through link to /")
            << u"/tmp/rootlink/d/sub"_s << u"/"_s << false << u"/d/sub"_s;
        // The last component: the entry itself, or what it leads to.
        QTest::newRow("final link kept")
            << u"/tmp/rootlink"_s << u"/"_s << false << u"/tmp/rootlink"_s;
        QTest::newRow("final link followed") << u"/tmp/rootlink"_s << u"/"_s << true << u"/"_s;
        QTest::newRow("trailing slash keeps the link")
            << u"/tmp/rootlink/"_s << u"/"_s << false << u"/tmp/rootlink"_s;
        // A relative target continues from the link's folder.
        QTest::newRow("relative link") << u"/rel/f"_s << u"/"_s << false << u"/d/sub/f"_s;
        QTest::newRow("relative link then ..") << u"/rel/.."_s << u"/"_s << false << u"/d"_s;
        QTest::newRow("link climbing above the root")
            << u"/d/up/tmp"_s << u"/"_s << false << u"/tmp"_s;
        QTest::newRow("link climbing then ..") << u"/d/up/.."_s << u"/"_s << false << u"/"_s;
        // An absolute target starts again at the root: the host's /etc is never reached.
        QTest::newRow("absolute link inside the root")
            << u"/etclink/passwd"_s << u"/"_s << false << u"/etc/passwd"_s;
        QTest::newRow("dangling kept") << u"/dangling"_s << u"/"_s << false << u"/dangling"_s;
        QTest::newRow("dangling followed")
            << u"/dangling"_s << u"/"_s << true << u"/nowhere/file"_s;
        QTest::newRow("chain followed") << u"/chain1"_s << u"/"_s << true << u"/d"_s;
        QTest::newRow("chain through") << u"/chain1/sub/f"_s << u"/"_s << false << u"/d/sub/f"_s;
        QTest::newRow("loop kept as the last component")
            << u"/loop1"_s << u"/"_s << false << u"/loop1"_s;
        // The working directory is walked too, like the kernel's resolved current folder.
        QTest::newRow("relative from a linked working folder")
            << u".."_s << u"/rel"_s << false << u"/d"_s;
        QTest::newRow("missing components as written")
            << u"/missing/../d/new/x"_s << u"/"_s << false << u"/d/new/x"_s;
    }
    void links()
    {
        QFETCH(QString, path);
        QFETCH(QString, workingDirectory);
        QFETCH(bool, followFinal);
        QFETCH(QString, expected);
        const ResolvedPath resolved =
            resolvePath(path, workingDirectory, followFinal ? FinalLink::Follow : FinalLink::Keep,
                        m_root.path());
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.path, expected);
    }

    void loopsAreBounded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("followFinal");
        QTest::newRow("loop followed") << u"/loop1"_s << true;
        QTest::newRow("loop in the middle") << u"/loop1/x"_s << false;
        QTest::newRow("link to itself") << u"/self/x"_s << false;
    }
    void loopsAreBounded()
    {
        QFETCH(QString, path);
        QFETCH(bool, followFinal);
        const ResolvedPath resolved = resolvePath(
            path, u"/"_s, followFinal ? FinalLink::Follow : FinalLink::Keep, m_root.path());
        QVERIFY(!resolved.ok());
        QVERIFY(resolved.path.isEmpty());
        QVERIFY2(resolved.error.contains(u"too many levels of symbolic links"_s),
                 qPrintable(resolved.error));
    }

    // With the default root '/', the results are host paths.
    void hostRoot()
    {
        const QString root = QDir(m_root.path()).canonicalPath();
        QCOMPARE(resolvePath(root + u"/rel/.."_s, u"/"_s).path, root + u"/d"_s);
        QCOMPARE(resolvePath(u"sub/f"_s, root + u"/d"_s).path, root + u"/d/sub/f"_s);
        QCOMPARE(resolvePath(u"/.."_s, u"/"_s).path, u"/"_s);
    }

    void hostPaths()
    {
        QCOMPARE(hostPathUnder(u"/"_s, u"/usr"_s), u"/usr"_s);
        QCOMPARE(hostPathUnder(u"/sandbox"_s, u"/"_s), u"/sandbox"_s);
        QCOMPARE(hostPathUnder(u"/sandbox/"_s, u"/usr"_s), u"/sandbox/usr"_s);
    }
};

QTEST_GUILESS_MAIN(TestPathResolution)
#include "tst_pathresolution.moc"
