// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The protected system folders (core/actions/protectedfolders.h): by name, as `kiln validate`
// and the modules share them, and by identity on a temporary tree laid out like a merged-/usr
// system (/bin -> usr/bin). Nothing is deleted: these tests only look.
#include "actions/pathbasics.h"
#include "actions/protectedfolders.h"
#include "sandbox/roottarget.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Kiln::FileOps;
using namespace Qt::StringLiterals;

class TestProtectedFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("folder");
        const int name = ProtectedMatch::Name;
        const int pattern = ProtectedMatch::Pattern;
        const int none = ProtectedMatch::None;
        QTest::newRow("root") << u"/"_s << name << u"/"_s;
        for (const QString &f : {u"/bin"_s, u"/boot"_s, u"/dev"_s, u"/etc"_s, u"/home"_s, u"/lib"_s,
                                 u"/lib32"_s, u"/lib64"_s, u"/libx32"_s, u"/proc"_s, u"/root"_s,
                                 u"/run"_s, u"/sbin"_s, u"/srv"_s, u"/sys"_s, u"/usr"_s, u"/var"_s})
            QTest::newRow(qPrintable(f)) << f << name << f;
        QTest::newRow("lib* family") << u"/libexec"_s << name << u"/libexec"_s;
        // Inside a system folder, and other top-level folders, are ordinary.
        QTest::newRow("below /usr") << u"/usr/lib"_s << none << QString();
        QTest::newRow("below /home") << u"/home/user"_s << none << QString();
        QTest::newRow("/tmp") << u"/tmp"_s << none << QString();
        QTest::newRow("/opt") << u"/opt"_s << none << QString();
        QTest::newRow("case matters") << u"/Usr"_s << none << QString();
        QTest::newRow("prefix only") << u"/usrx"_s << none << QString();
        // A pattern is refused when it can select a protected folder.
        QTest::newRow("/*") << u"/*"_s << pattern << u"/bin"_s;
        QTest::newRow("/u*") << u"/u*"_s << pattern << u"/usr"_s;
        QTest::newRow("/*64") << u"/*64"_s << pattern << u"/lib64"_s;
        QTest::newRow("/*.log") << u"/*.log"_s << none << QString();
        QTest::newRow("/tmp/*") << u"/tmp/*"_s << none << QString();
    }
    void byName()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, folder);
        const ProtectedMatch match = protectedFolderNamed(path);
        QCOMPARE(int(match.kind), kind);
        QCOMPARE(match.folder, folder);
        QCOMPARE(bool(match), kind != ProtectedMatch::None);
    }

    // /usr/bin is /bin under another name when /bin leads there; the identities are those of
    // the folders inside the running module's target, here another root.
    void byIdentity()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QDir dir(root.path());
        QVERIFY(dir.mkpath(u"usr/bin"_s));
        QVERIFY(dir.mkpath(u"usr/lib"_s));
        QVERIFY(dir.mkpath(u"usr/share"_s));
        QVERIFY(dir.mkpath(u"opt/app"_s));
        QVERIFY(QFile::link(u"usr/bin"_s, root.filePath(u"bin"_s)));
        QVERIFY(QFile::link(u"/usr/lib"_s, root.filePath(u"lib"_s))); // absolute: inside root
        QVERIFY(QFile::link(u"/"_s, root.filePath(u"opt/rootlink"_s)));

        const RootTarget target(root.path());
        const TargetScope scope(&target);
        const ProtectedFolders folders;
        QCOMPARE(folders.match(u"/usr/bin"_s).kind, ProtectedMatch::Identity);
        QCOMPARE(folders.match(u"/usr/bin"_s).folder, u"/bin"_s);
        QCOMPARE(folders.match(u"/usr/lib"_s).folder, u"/lib"_s);
        QCOMPARE(folders.match(u"/bin"_s).kind, ProtectedMatch::Name);
        QCOMPARE(folders.match(u"/usr/share"_s).kind, ProtectedMatch::None);
        QCOMPARE(folders.match(u"/opt/app"_s).kind, ProtectedMatch::None);
        // A link is an entry of its own: deleting or moving it leaves its target alone.
        QCOMPARE(folders.match(u"/opt/rootlink"_s).kind, ProtectedMatch::None);
        QCOMPARE(folders.match(u"/missing"_s).kind, ProtectedMatch::None);
    }
};

QTEST_GUILESS_MAIN(TestProtectedFolders)
#include "tst_protectedfolders.moc"
