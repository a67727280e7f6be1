// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The 17 file-system action modules against real temporary folders: success paths, every
// documented error case, wildcards, destination naming, encodings byte for byte, modes with the
// umask, ownership (as root), links, output merging and the cancel flag.
#include "actions/fileoperations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <clocale>
#include <functional>
#include <grp.h>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

QJsonObject entryFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test data: %s", json.constData());
    return doc.object();
}

struct stat statOf(const QString &path, bool follow = true)
{
    struct stat st = {};
    const QByteArray native = QFile::encodeName(path);
    if ((follow ? ::stat(native.constData(), &st) : ::lstat(native.constData(), &st)) != 0)
        st.st_mode = 0;
    return st;
}

} // namespace

class TestFileOperations : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString abs(const QString &relative) const { return m_dir->filePath(relative); }
    FileOperationContext context() const { return {m_dir->path(), nullptr}; }

    FileOperationResult run(const QString &action, const QByteArray &json,
                            const FileOperationContext *ctx = nullptr)
    {
        const QJsonValue value = QJsonDocument::fromJson(json).isArray()
                                     ? QJsonValue(QJsonDocument::fromJson(json).array())
                                     : QJsonValue(entryFrom(json));
        const QJsonArray entries = value.isArray() ? value.toArray() : QJsonArray{value};
        return runFileModule(action, entries, ctx ? *ctx : context());
    }

    void writeFile(const QString &relative, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(abs(relative)).path());
        QFile f(abs(relative));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QByteArray readBytes(const QString &relative) const
    {
        QFile f(abs(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    // Items of a tree spec, without the blanks after each ';' (content keeps trailing ones).
    static QStringList specItems(const QString &spec)
    {
        QStringList items = spec.split(u';', Qt::SkipEmptyParts);
        for (QString &item : items) {
            while (item.startsWith(u' '))
                item.remove(0, 1);
        }
        return items;
    }

    // "a.txt=text; dir/; dir/b=x; link->a.txt" — files with content, folders, symbolic links.
    void makeTree(const QString &spec)
    {
        for (const QString &item : specItems(spec)) {
            if (item.contains(u"->"_s)) {
                const QStringList parts = item.split(u"->"_s);
                QDir().mkpath(QFileInfo(abs(parts[0])).path());
                QVERIFY(QFile::link(parts[1], abs(parts[0])));
            } else if (item.endsWith(u'/')) {
                QVERIFY(QDir().mkpath(abs(item)));
            } else {
                const qsizetype eq = item.indexOf(u'=');
                writeFile(item.left(eq), item.mid(eq + 1).toUtf8());
            }
        }
    }

    // Same syntax as makeTree, plus "!path" for "must not exist".
    void checkTree(const QString &spec)
    {
        for (const QString &item : specItems(spec)) {
            if (item.startsWith(u'!')) {
                QVERIFY2(!QFileInfo(abs(item.mid(1))).exists() &&
                             !QFileInfo(abs(item.mid(1))).isSymLink(),
                         qPrintable(item));
            } else if (item.contains(u"->"_s)) {
                const QStringList parts = item.split(u"->"_s);
                const QFileInfo link(abs(parts[0]));
                QVERIFY2(link.isSymLink(), qPrintable(item));
                QCOMPARE(QFile::symLinkTarget(abs(parts[0])),
                         QDir::cleanPath(QDir(link.path()).filePath(parts[1])));
            } else if (item.endsWith(u'/')) {
                QVERIFY2(QFileInfo(abs(item)).isDir(), qPrintable(item));
            } else {
                const qsizetype eq = item.indexOf(u'=');
                QCOMPARE(QString::fromUtf8(readBytes(item.left(eq))), item.mid(eq + 1));
            }
        }
    }

private Q_SLOTS:
    // strerror() texts ("Permission denied") are compared: QCoreApplication set the
    // C library's locale from LANG, so a German developer would get "Keine Berechtigung".
    void initTestCase() { setlocale(LC_MESSAGES, "C"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    // Entries containing "/*" are ordinary string literals: moc (6.4) takes "/*" inside a raw
    // string for the start of a comment.
    void registry()
    {
        const QStringList names = fileOperationNames();
        QCOMPARE(names.size(), 17);
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        for (const QString &name : names)
            QVERIFY2(findFileOperation(name), qPrintable(name));
        QVERIFY(!findFileOperation(u"ExecuteBash"));
        QVERIFY(!findFileOperation(u"copyfile")); // module names are case-sensitive
    }

    // Every module through one table: setup, one inputs entry, the expected error (empty =
    // success) and the expected tree afterwards.
    void scenarios_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("expect");

        // --- CopyFile
        QTest::newRow("CopyFile new name, parents created")
            << u"CopyFile"_s << u"a.txt=A"_s
            << QByteArray(R"({"source":"a.txt","destination":"out/x/b.txt"})") << QString()
            << u"a.txt=A; out/x/b.txt=A; !out/x/a.txt"_s;
        QTest::newRow("CopyFile trailing separator keeps name")
            << u"CopyFile"_s << u"a.txt=A"_s
            << QByteArray(R"({"source":"a.txt","destination":"out/"})") << QString()
            << u"out/a.txt=A"_s;
        QTest::newRow("CopyFile overwrites by default")
            << u"CopyFile"_s << u"a.txt=new; b.txt=old"_s
            << QByteArray(R"({"source":"a.txt","destination":"b.txt"})") << QString()
            << u"b.txt=new"_s;
        QTest::newRow("CopyFile overwrite false")
            << u"CopyFile"_s << u"a.txt=new; b.txt=old"_s
            << QByteArray(R"({"source":"a.txt","destination":"b.txt","overwrite":false})")
            << u"already exists and overwrite is false"_s << u"b.txt=old"_s;
        QTest::newRow("CopyFile overwrite \"false\" string")
            << u"CopyFile"_s << u"a.txt=new; b.txt=old"_s
            << QByteArray(R"({"source":"a.txt","destination":"b.txt","overwrite":"False"})")
            << u"overwrite is false"_s << u"b.txt=old"_s;
        QTest::newRow("CopyFile wildcard into folder")
            << u"CopyFile"_s << u"s/a.txt=A; s/b.txt=B; s/c.log=C; s/d.txt/"_s
            << QByteArray("{\"source\":\"s/*.txt\",\"destination\":\"out/\"}") << QString()
            << u"out/a.txt=A; out/b.txt=B; !out/c.log; !out/d.txt"_s;
        QTest::newRow("CopyFile wildcard matches dot files")
            << u"CopyFile"_s << u"s/.env=E; s/x=X"_s
            << QByteArray("{\"source\":\"s/*\",\"destination\":\"out/\"}") << QString()
            << u"out/.env=E; out/x=X"_s;
        QTest::newRow("CopyFile wildcard single match, file destination")
            << u"CopyFile"_s << u"s/a.txt=A; s/b.log=B"_s
            << QByteArray("{\"source\":\"s/*.txt\",\"destination\":\"out/z.txt\"}") << QString()
            << u"out/z.txt=A"_s;
        QTest::newRow("CopyFile several matches need a folder")
            << u"CopyFile"_s << u"s/a.txt=A; s/b.txt=B"_s
            << QByteArray("{\"source\":\"s/*.txt\",\"destination\":\"out\"}")
            << u"matches 2 items, so the destination must be a folder ending in '/'"_s << u"!out"_s;
        QTest::newRow("CopyFile wildcard before the last component")
            << u"CopyFile"_s << u"s/a.txt=A"_s
            << QByteArray(R"({"source":"*/a.txt","destination":"out/"})")
            << u"allowed only in the last path component"_s << u"!out"_s;
        QTest::newRow("CopyFile wildcard matching nothing")
            << u"CopyFile"_s << u"s/a.txt=A"_s
            << QByteArray("{\"source\":\"s/*.log\",\"destination\":\"out/\"}")
            << u"no file matches 's/*.log'"_s << u"!out"_s;
        QTest::newRow("CopyFile missing source")
            << u"CopyFile"_s << QString()
            << QByteArray(R"({"source":"nope.txt","destination":"out/"})")
            << u"CopyFile: source '"_s << u"!out"_s;
        QTest::newRow("CopyFile source is a folder")
            << u"CopyFile"_s << u"d/"_s << QByteArray(R"({"source":"d","destination":"e"})")
            << u"is a folder; use CopyFolder"_s << u"!e"_s;
        QTest::newRow("CopyFile onto a folder without separator")
            << u"CopyFile"_s << u"a.txt=A; d/"_s
            << QByteArray(R"({"source":"a.txt","destination":"d"})")
            << u"is a folder; end the destination with '/'"_s << u"!d/a.txt"_s;
        QTest::newRow("CopyFile onto itself")
            << u"CopyFile"_s << u"a.txt=A"_s
            << QByteArray(R"({"source":"a.txt","destination":"./a.txt"})")
            << u"source and destination are the same"_s << u"a.txt=A"_s;
        QTest::newRow("CopyFile overwrite false checks every target first")
            << u"CopyFile"_s << u"s/a.txt=A; s/b.txt=B; out/b.txt=old"_s
            << QByteArray("{\"source\":\"s/*.txt\",\"destination\":\"out/\",\"overwrite\":false}")
            << u"out/b.txt' already exists and overwrite is false"_s
            << u"!out/a.txt; out/b.txt=old"_s;
        QTest::newRow("CopyFile reads through a source link")
            << u"CopyFile"_s << u"a.txt=A; l->a.txt"_s
            << QByteArray(R"({"source":"l","destination":"c.txt"})") << QString() << u"c.txt=A"_s;

        // --- CopyFolder
        QTest::newRow("CopyFolder tree")
            << u"CopyFolder"_s << u"s/a=A; s/sub/b=B; s/empty/; s/ln->a"_s
            << QByteArray(R"({"source":"s","destination":"t"})") << QString()
            << u"s/a=A; t/a=A; t/sub/b=B; t/empty/; t/ln->a"_s;
        QTest::newRow("CopyFolder trailing separator keeps name")
            << u"CopyFolder"_s << u"s/a=A"_s
            << QByteArray(R"({"source":"s","destination":"deep/t/"})") << QString()
            << u"deep/t/s/a=A"_s;
        QTest::newRow("CopyFolder replaces an existing folder")
            << u"CopyFolder"_s << u"s/a=A; t/old=O; t/a=X"_s
            << QByteArray(R"({"source":"s","destination":"t"})") << QString() << u"t/a=A; !t/old"_s;
        QTest::newRow("CopyFolder overwrite false")
            << u"CopyFolder"_s << u"s/a=A; t/old=O"_s
            << QByteArray(R"({"source":"s","destination":"t","overwrite":false})")
            << u"already exists and overwrite is false"_s << u"t/old=O; !t/a"_s;
        QTest::newRow("CopyFolder into itself")
            << u"CopyFolder"_s << u"s/a=A"_s
            << QByteArray(R"({"source":"s","destination":"s/inner"})") << u"into itself"_s
            << u"!s/inner"_s;
        QTest::newRow("CopyFolder missing source")
            << u"CopyFolder"_s << QString() << QByteArray(R"({"source":"s","destination":"t"})")
            << u"source folder '"_s << u"!t"_s;
        QTest::newRow("CopyFolder source is a file")
            << u"CopyFolder"_s << u"s=A"_s << QByteArray(R"({"source":"s","destination":"t"})")
            << u"is not a folder; use CopyFile"_s << u"!t"_s;
        QTest::newRow("CopyFolder onto a file") << u"CopyFolder"_s << u"s/a=A; t=T"_s
                                                << QByteArray(R"({"source":"s","destination":"t"})")
                                                << u"exists and is not a folder"_s << u"t=T"_s;
        QTest::newRow("CopyFolder into a linked folder")
            << u"CopyFolder"_s << u"s/f=1; dst/; dl->dst"_s
            << QByteArray(R"({"source":"s","destination":"dl/"})") << QString()
            << u"dst/s/f=1; dl->dst"_s;
        QTest::newRow("CopyFolder wildcard selects folders only")
            << u"CopyFolder"_s << u"p/s1/a=1; p/s2/b=2; p/s3=file"_s
            << QByteArray(R"({"source":"p/s*","destination":"out/"})") << QString()
            << u"out/s1/a=1; out/s2/b=2; !out/s3"_s;

        // --- MoveFile
        QTest::newRow("MoveFile rename")
            << u"MoveFile"_s << u"a.txt=A"_s
            << QByteArray(R"({"source":"a.txt","destination":"n/b.txt"})") << QString()
            << u"!a.txt; n/b.txt=A"_s;
        QTest::newRow("MoveFile into folder")
            << u"MoveFile"_s << u"a.txt=A; d/"_s
            << QByteArray(R"({"source":"a.txt","destination":"d/"})") << QString()
            << u"!a.txt; d/a.txt=A"_s;
        QTest::newRow("MoveFile overwrites by default")
            << u"MoveFile"_s << u"a.txt=A; b.txt=B"_s
            << QByteArray(R"({"source":"a.txt","destination":"b.txt"})") << QString()
            << u"!a.txt; b.txt=A"_s;
        QTest::newRow("MoveFile overwrite false keeps both")
            << u"MoveFile"_s << u"a.txt=A; b.txt=B"_s
            << QByteArray(R"({"source":"a.txt","destination":"b.txt","overwrite":false})")
            << u"overwrite is false"_s << u"a.txt=A; b.txt=B"_s;
        QTest::newRow("MoveFile wildcard")
            << u"MoveFile"_s << u"s/a.txt=A; s/b.txt=B; s/c.md=C"_s
            << QByteArray("{\"source\":\"s/*.txt\",\"destination\":\"o/\"}") << QString()
            << u"o/a.txt=A; o/b.txt=B; !s/a.txt; s/c.md=C"_s;
        QTest::newRow("MoveFile moves a link itself")
            << u"MoveFile"_s << u"a.txt=A; l->a.txt"_s
            << QByteArray(R"({"source":"l","destination":"m"})") << QString()
            << u"m->a.txt; !l; a.txt=A"_s;
        QTest::newRow("MoveFile missing source")
            << u"MoveFile"_s << QString() << QByteArray(R"({"source":"x","destination":"y"})")
            << u"does not exist"_s << u"!y"_s;
        QTest::newRow("MoveFile source is a folder")
            << u"MoveFile"_s << u"d/x=1"_s << QByteArray(R"({"source":"d","destination":"e"})")
            << u"use MoveFolder"_s << u"d/x=1; !e"_s;

        // --- MoveFolder
        QTest::newRow("MoveFolder rename") << u"MoveFolder"_s << u"s/a=A; s/sub/b=B"_s
                                           << QByteArray(R"({"source":"s","destination":"x/t"})")
                                           << QString() << u"!s; x/t/a=A; x/t/sub/b=B"_s;
        QTest::newRow("MoveFolder replaces an existing folder")
            << u"MoveFolder"_s << u"s/a=A; t/old=O"_s
            << QByteArray(R"({"source":"s","destination":"t"})") << QString()
            << u"!s; t/a=A; !t/old"_s;
        QTest::newRow("MoveFolder overwrite false")
            << u"MoveFolder"_s << u"s/a=A; t/old=O"_s
            << QByteArray(R"({"source":"s","destination":"t","overwrite":false})")
            << u"overwrite is false"_s << u"s/a=A; t/old=O"_s;
        QTest::newRow("MoveFolder into itself")
            << u"MoveFolder"_s << u"s/a=A"_s
            << QByteArray(R"({"source":"s","destination":"s/sub/"})") << u"into itself"_s
            << u"s/a=A"_s;
        QTest::newRow("MoveFolder wildcard")
            << u"MoveFolder"_s << u"p/a1/x=1; p/a2/y=2; p/b/z=3"_s
            << QByteArray(R"({"source":"p/a*","destination":"q/"})") << QString()
            << u"q/a1/x=1; q/a2/y=2; p/b/z=3; !p/a1"_s;

        // --- CreateFolder
        QTest::newRow("CreateFolder nested")
            << u"CreateFolder"_s << QString() << QByteArray(R"({"path":"a/b/c"})") << QString()
            << u"a/b/c/"_s;
        QTest::newRow("CreateFolder existing keeps contents")
            << u"CreateFolder"_s << u"a/f=1"_s << QByteArray(R"({"path":"a"})") << QString()
            << u"a/f=1"_s;
        QTest::newRow("CreateFolder existing, overwrite false")
            << u"CreateFolder"_s << u"a/"_s << QByteArray(R"({"path":"a","overwrite":false})")
            << u"already exists and overwrite is false"_s << u"a/"_s;
        QTest::newRow("CreateFolder over a file")
            << u"CreateFolder"_s << u"a=1"_s << QByteArray(R"({"path":"a"})")
            << u"exists and is not a folder"_s << u"a=1"_s;

        // --- CreateFile (content/encodings are in createFileBytes)
        QTest::newRow("CreateFile parents and content")
            << u"CreateFile"_s << QString()
            << QByteArray(R"({"path":"a/b/c.txt","content":"hi\nthere"})") << QString()
            << u"a/b/c.txt=hi\nthere"_s;
        QTest::newRow("CreateFile empty marker file")
            << u"CreateFile"_s << QString() << QByteArray(R"({"path":"skip"})") << QString()
            << u"skip="_s;
        QTest::newRow("CreateFile overwrites by default")
            << u"CreateFile"_s << u"f=old content"_s
            << QByteArray(R"({"path":"f","content":"new"})") << QString() << u"f=new"_s;
        QTest::newRow("CreateFile overwrite false")
            << u"CreateFile"_s << u"f=old"_s
            << QByteArray(R"({"path":"f","content":"new","overwrite":false})")
            << u"already exists and overwrite is false"_s << u"f=old"_s;
        QTest::newRow("CreateFile over a folder")
            << u"CreateFile"_s << u"d/"_s << QByteArray(R"({"path":"d"})") << u"is a folder"_s
            << u"d/"_s;
        QTest::newRow("CreateFile writes through a link")
            << u"CreateFile"_s << u"t=old; l->t"_s << QByteArray(R"({"path":"l","content":"x"})")
            << QString() << u"t=x; l->t"_s;

        // --- AppendFile
        QTest::newRow("AppendFile")
            << u"AppendFile"_s << u"f=one\n"_s << QByteArray(R"({"path":"f","content":"two\n"})")
            << QString() << u"f=one\ntwo\n"_s;
        QTest::newRow("AppendFile missing file")
            << u"AppendFile"_s << QString() << QByteArray(R"({"path":"f","content":"x"})")
            << u"AppendFile: file '"_s << u"!f"_s;
        QTest::newRow("AppendFile folder")
            << u"AppendFile"_s << u"d/"_s << QByteArray(R"({"path":"d","content":"x"})")
            << u"is a folder, not a file"_s << u"d/"_s;

        // --- CreateSymlink
        QTest::newRow("CreateSymlink") << u"CreateSymlink"_s << u"t.txt=T"_s
                                       << QByteArray(R"({"path":"sub/l","target":"../t.txt"})")
                                       << QString() << u"sub/l->../t.txt; sub/l=T"_s;
        QTest::newRow("CreateSymlink target missing")
            << u"CreateSymlink"_s << QString() << QByteArray(R"({"path":"l","target":"nope"})")
            << u"target 'nope' (resolved to '"_s << u"!l"_s;
        QTest::newRow("CreateSymlink existing link without force")
            << u"CreateSymlink"_s << u"a=A; b=B; l->a"_s
            << QByteArray(R"({"path":"l","target":"b"})") << u"set force: true"_s << u"l->a"_s;
        QTest::newRow("CreateSymlink existing link with force")
            << u"CreateSymlink"_s << u"a=A; b=B; l->a"_s
            << QByteArray(R"({"path":"l","target":"b","force":true})") << QString()
            << u"l->b; l=B; a=A"_s;
        QTest::newRow("CreateSymlink over a file, even with force")
            << u"CreateSymlink"_s << u"a=A; l=precious"_s
            << QByteArray(R"({"path":"l","target":"a","force":true})")
            << u"exists and is not a symbolic link"_s << u"l=precious"_s;
        QTest::newRow("CreateSymlink to a folder")
            << u"CreateSymlink"_s << u"d/x=1"_s << QByteArray(R"({"path":"l","target":"d"})")
            << QString() << u"l->d; l/x=1"_s;

        // --- DeleteFile
        QTest::newRow("DeleteFile") << u"DeleteFile"_s << u"a=1; b=2"_s
                                    << QByteArray(R"({"path":"a"})") << QString() << u"!a; b=2"_s;
        QTest::newRow("DeleteFile missing explicit path fails")
            << u"DeleteFile"_s << QString() << QByteArray(R"({"path":"a"})")
            << u"DeleteFile: file '"_s << QString();
        QTest::newRow("DeleteFile wildcard matching nothing succeeds")
            << u"DeleteFile"_s << u"d/x.log=1"_s << QByteArray("{\"path\":\"d/*.tmp\"}")
            << QString() << u"d/x.log=1"_s;
        QTest::newRow("DeleteFile wildcard spares folders and other names")
            << u"DeleteFile"_s << u"d/a.tmp=1; d/b.tmp=2; d/c.txt=3; d/e.tmp/f=4"_s
            << QByteArray("{\"path\":\"d/*.tmp\"}") << QString()
            << u"!d/a.tmp; !d/b.tmp; d/c.txt=3; d/e.tmp/f=4"_s;
        QTest::newRow("DeleteFile a folder")
            << u"DeleteFile"_s << u"d/"_s << QByteArray(R"({"path":"d"})") << u"use DeleteFolder"_s
            << u"d/"_s;
        QTest::newRow("DeleteFile a link keeps its target")
            << u"DeleteFile"_s << u"t=T; l->t"_s << QByteArray(R"({"path":"l"})") << QString()
            << u"!l; t=T"_s;

        // --- DeleteFolder
        QTest::newRow("DeleteFolder empty")
            << u"DeleteFolder"_s << u"d/"_s << QByteArray(R"({"path":"d"})") << QString()
            << u"!d"_s;
        QTest::newRow("DeleteFolder non-empty needs force")
            << u"DeleteFolder"_s << u"d/x=1"_s << QByteArray(R"({"path":"d"})")
            << u"is not empty (1 entries); set force: true"_s << u"d/x=1"_s;
        QTest::newRow("DeleteFolder force")
            << u"DeleteFolder"_s << u"d/x=1; d/s/y=2; d/l->../keep; keep=K"_s
            << QByteArray(R"({"path":"d","force":true})") << QString() << u"!d; keep=K"_s;
        QTest::newRow("DeleteFolder missing")
            << u"DeleteFolder"_s << QString() << QByteArray(R"({"path":"d"})") << u"folder '"_s
            << QString();
        QTest::newRow("DeleteFolder a file")
            << u"DeleteFolder"_s << u"f=1"_s << QByteArray(R"({"path":"f"})")
            << u"is not a folder; use DeleteFile"_s << u"f=1"_s;
        QTest::newRow("DeleteFolder a link to a folder")
            << u"DeleteFolder"_s << u"d/x=1; l->d"_s << QByteArray(R"({"path":"l","force":true})")
            << u"is a symbolic link"_s << u"d/x=1; l->d"_s;
        // Paths are walked as the kernel walks them: '..' in an ordinary place still deletes
        // the folder it names, and '..' after a link is taken in the folder the link leads to
        // (QDir::cleanPath made 'l/..' the folder holding l: here the whole test folder).
        QTest::newRow("DeleteFolder .. to an ordinary folder")
            << u"DeleteFolder"_s << u"d/x=1; e/y=2"_s
            << QByteArray(R"({"path":"d/../e","force":true})") << QString() << u"!e; d/x=1"_s;
        QTest::newRow("DeleteFolder relative with ./ and trailing /")
            << u"DeleteFolder"_s << u"d/x=1; e/y=2"_s
            << QByteArray(R"({"path":"./d/","force":true})") << QString() << u"!d; e/y=2"_s;
        QTest::newRow("DeleteFolder link/.. is the parent of the link's target")
            << u"DeleteFolder"_s << u"p/c/x=1; keep=K; l->p/c"_s
            << QByteArray(R"({"path":"l/..","force":true})") << QString()
            << u"!p; keep=K; l->p/c"_s;
        QTest::newRow("DeleteFolder through a link")
            << u"DeleteFolder"_s << u"p/c/x=1; l->p"_s
            << QByteArray(R"({"path":"l/c","force":true})") << QString() << u"!p/c; p/; l->p"_s;
        QTest::newRow("DeleteFolder loop of links")
            << u"DeleteFolder"_s << u"l1->l2; l2->l1"_s
            << QByteArray(R"({"path":"l1/x","force":true})")
            << u"too many levels of symbolic links"_s << u"l1->l2; l2->l1"_s;
        QTest::newRow("DeleteFile wildcard after ..")
            << u"DeleteFile"_s << u"d/a.tmp=1; e/b.tmp=2"_s
            << QByteArray("{\"path\":\"e/../d/*.tmp\"}") << QString() << u"!d/a.tmp; e/b.tmp=2"_s;
        QTest::newRow("DeleteFile wildcard then ..")
            << u"DeleteFile"_s << u"d/a.tmp=1"_s << QByteArray("{\"path\":\"d/*/..\"}")
            << u"allowed only in the last path component"_s << u"d/a.tmp=1"_s;

        // --- Input checking shared by all modules
        QTest::newRow("missing required input")
            << u"CreateFile"_s << QString() << QByteArray(R"({"content":"x"})")
            << u"CreateFile: input 'path' is required"_s << QString();
        QTest::newRow("unknown input")
            << u"CopyFile"_s << u"a=1"_s
            << QByteArray(R"({"source":"a","destination":"b","overWrite":false})")
            << u"unknown input 'overWrite' (this module takes: source, destination, overwrite)"_s
            << u"!b"_s;
        QTest::newRow("boolean that is not one")
            << u"DeleteFolder"_s << u"d/x=1"_s << QByteArray(R"({"path":"d","force":"yes"})")
            << u"input 'force' must be true or false, not 'yes'"_s << u"d/x=1"_s;
        QTest::newRow("list where a path belongs")
            << u"ReadFile"_s << QString() << QByteArray(R"({"path":["a","b"]})")
            << u"must be a single value"_s << QString();
        QTest::newRow("empty path") << u"ReadFile"_s << QString() << QByteArray(R"({"path":""})")
                                    << u"input 'path' must not be empty"_s << QString();
        QTest::newRow("unknown encoding")
            << u"CreateFile"_s << QString() << QByteArray(R"({"path":"f","encoding":"latin1"})")
            << u"input 'encoding' must be one of utf8, utf-8"_s << u"!f"_s;
        QTest::newRow("non-octal permissions")
            << u"SetFilePermissions"_s << u"f=1"_s
            << QByteArray(R"({"path":"f","permissions":"0789"})")
            << u"must be 1 to 4 octal digits (0-7) such as '0755' or '644', not '0789'"_s
            << QString();
        QTest::newRow("too many permission digits")
            << u"CreateFolder"_s << QString() << QByteArray(R"({"path":"d","permissions":"07777"})")
            << u"not '07777'"_s << u"!d"_s;
        QTest::newRow("unknown user")
            << u"SetFileOwner"_s << u"f=1"_s
            << QByteArray(R"({"path":"f","owner":"no-such-user-kiln"})")
            << u"SetFileOwner: unknown user 'no-such-user-kiln'"_s << QString();
        QTest::newRow("unknown group") << u"CreateFile"_s << QString()
                                       << QByteArray(R"({"path":"f","group":"no-such-group-kiln"})")
                                       << u"unknown group 'no-such-group-kiln'"_s << u"!f"_s;
        QTest::newRow("SetFileOwner missing file")
            << u"SetFileOwner"_s << QString() << QByteArray(R"({"path":"f","owner":"root"})")
            << u"file '"_s << QString();
        QTest::newRow("SetFilePermissions on a folder")
            << u"SetFilePermissions"_s << u"d/"_s
            << QByteArray(R"({"path":"d","permissions":"0700"})")
            << u"is a folder; use SetFolderPermissions"_s << QString();
        QTest::newRow("SetFolderPermissions on a file")
            << u"SetFolderPermissions"_s << u"f=1"_s
            << QByteArray(R"({"path":"f","permissions":"0700"})") << u"is not a folder"_s
            << QString();
        QTest::newRow("ReadFile missing")
            << u"ReadFile"_s << QString() << QByteArray(R"({"path":"f"})") << u"ReadFile: file '"_s
            << QString();
        QTest::newRow("ReadFile dangling link")
            << u"ReadFile"_s << u"l->gone"_s << QByteArray(R"({"path":"l"})")
            << u"symbolic link to a file that does not exist"_s << QString();
        QTest::newRow("SetFileEncoding missing")
            << u"SetFileEncoding"_s << QString() << QByteArray(R"({"path":"f"})")
            << u"does not exist"_s << QString();
        QTest::newRow("ListFiles missing folder")
            << u"ListFiles"_s << QString() << QByteArray(R"({"path":"d"})")
            << u"ListFiles: folder '"_s << QString();
        QTest::newRow("ListFiles on a file")
            << u"ListFiles"_s << u"f=1"_s << QByteArray(R"({"path":"f"})") << u"is not a folder"_s
            << QString();
    }

    void scenarios()
    {
        QFETCH(QString, action);
        QFETCH(QString, setup);
        QFETCH(QByteArray, entry);
        QFETCH(QString, error);
        QFETCH(QString, expect);

        makeTree(setup);
        const FileOperationResult result = run(action, entry);
        if (error.isEmpty()) {
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY(result.error.isEmpty());
            QVERIFY(!result.log.isEmpty());
        } else {
            QVERIFY(!result.ok);
            QVERIFY(!result.cancelled);
            QVERIFY2(result.error.startsWith(action + u": "_s), qPrintable(result.error));
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
        }
        checkTree(expect);
        // Nothing is left behind from staging or atomic writes.
        const QStringList leftovers =
            QDir(m_dir->path())
                .entryList({u"*.kiln-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }

    // A FIFO would block an open() or read() forever: every module that reads or writes file
    // contents refuses it up front.
    void specialFilesFailInsteadOfBlocking_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("error");
        QTest::newRow("ReadFile") << u"ReadFile"_s << QByteArray(R"({"path":"fifo"})")
                                  << u"is not a regular file"_s;
        QTest::newRow("AppendFile")
            << u"AppendFile"_s << QByteArray(R"({"path":"fifo","content":"x"})")
            << u"is not a regular file"_s;
        QTest::newRow("SetFileEncoding") << u"SetFileEncoding"_s << QByteArray(R"({"path":"fifo"})")
                                         << u"is not a regular file"_s;
        QTest::newRow("CreateFile") << u"CreateFile"_s << QByteArray(R"({"path":"fifo"})")
                                    << u"exists and is not a regular file"_s;
        QTest::newRow("CopyFile") << u"CopyFile"_s
                                  << QByteArray(R"({"source":"fifo","destination":"x"})")
                                  << u"is not a regular file"_s;
        QTest::newRow("CopyFolder")
            << u"CopyFolder"_s << QByteArray(R"({"source":"d","destination":"x"})")
            << u"it is not a regular file, folder or symbolic link"_s;
    }

    void specialFilesFailInsteadOfBlocking()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, entry);
        QFETCH(QString, error);
        makeTree(u"d/a=1"_s);
        QVERIFY(::mkfifo(QFile::encodeName(abs(u"fifo"_s)).constData(), 0600) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(abs(u"d/fifo"_s)).constData(), 0600) == 0);
        const FileOperationResult r = run(action, entry);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(abs(u"x"_s)));
        const QStringList leftovers =
            QDir(m_dir->path())
                .entryList({u"*.kiln-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
    }

    // "No permission" errors: a read-only folder with a read-only and an unreadable file. As
    // root (who bypasses permission checks) the module runs with the effective user `nobody`.
    void permissionDenied_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("error");
        QTest::newRow("CreateFile")
            << u"CreateFile"_s << QByteArray(R"({"path":"ro/new"})") << u"cannot create '"_s;
        QTest::newRow("CreateFolder") << u"CreateFolder"_s << QByteArray(R"({"path":"ro/sub"})")
                                      << u"cannot create folder '"_s;
        QTest::newRow("AppendFile")
            << u"AppendFile"_s << QByteArray(R"({"path":"ro/f","content":"x"})")
            << u"cannot open '"_s;
        QTest::newRow("ReadFile") << u"ReadFile"_s << QByteArray(R"({"path":"ro/secret"})")
                                  << u"cannot read '"_s;
        QTest::newRow("SetFileEncoding")
            << u"SetFileEncoding"_s << QByteArray(R"({"path":"ro/f","encoding":"utf16"})")
            << u"cannot create a file in '"_s;
        QTest::newRow("CopyFile") << u"CopyFile"_s
                                  << QByteArray(R"({"source":"ro/f","destination":"ro/g"})")
                                  << u"cannot create a file in '"_s;
        QTest::newRow("MoveFile") << u"MoveFile"_s
                                  << QByteArray(R"({"source":"ro/f","destination":"rw/f"})")
                                  << u"cannot move '"_s;
        QTest::newRow("DeleteFile")
            << u"DeleteFile"_s << QByteArray(R"({"path":"ro/f"})") << u"cannot delete '"_s;
        QTest::newRow("DeleteFolder")
            << u"DeleteFolder"_s << QByteArray(R"({"path":"ro/d","force":true})")
            << u"cannot delete '"_s;
    }

    void permissionDenied()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, entry);
        QFETCH(QString, error);
        makeTree(u"ro/f=keep; ro/secret=s; ro/d/x=1; rw/"_s);
        const auto mode = [this](const char *path, mode_t m) {
            return ::chmod(QFile::encodeName(abs(QString::fromLatin1(path))).constData(), m) == 0;
        };
        QVERIFY(mode("ro/f", 0444) && mode("ro/secret", 0000) && mode("ro/d", 0555) &&
                mode("ro", 0555) && mode("rw", 0777) && mode(".", 0755));
        const struct passwd *nobody = ::getpwnam("nobody");
        const bool root = ::geteuid() == 0;
        if (root && !nobody)
            QSKIP("running as root without a 'nobody' user to drop to");
        FileOperationResult r;
        {
            // Restores root (and the modes, so the temporary folder can be removed) however the
            // block is left.
            struct Restore
            {
                bool root;
                std::function<void()> modes;
                ~Restore()
                {
                    if (root && ::seteuid(0) != 0)
                        qFatal("cannot return to root");
                    modes();
                }
            } restore{root, [&] {
                          mode("ro", 0755);
                          mode("ro/d", 0755);
                      }};
            if (root)
                QVERIFY(::seteuid(nobody->pw_uid) == 0);
            r = run(action, entry);
        }
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"Permission denied"_s), qPrintable(r.error));
        checkTree(u"ro/f=keep; ro/d/x=1; !ro/new; !ro/sub; !ro/g; !rw/f"_s);
        const QStringList leftovers =
            QDir(abs(u"ro"_s)).entryList({u"*.kiln-*"_s}, QDir::AllEntries | QDir::Hidden);
        QVERIFY(leftovers.isEmpty());
    }

    void moveLinkOntoLinkToSameFile()
    {
        makeTree(u"t=T; l1->t; l2->t"_s);
        const FileOperationResult r = run(u"MoveFile"_s, R"({"source":"l1","destination":"l2"})");
        QVERIFY2(r.ok, qPrintable(r.error));
        checkTree(u"!l1; l2->t; t=T"_s);
    }

    void moduleErrorsNameTheModule()
    {
        const FileOperationResult unknown = runFileModule(u"ExecuteBash", {QJsonObject()}, {});
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.error.contains(u"not a file-system action module"_s));
        const FileOperationResult empty = runFileModule(u"ReadFile", {}, context());
        QVERIFY(!empty.ok);
        QVERIFY(empty.error.contains(u"at least one entry"_s));
        const FileOperationResult scalar = runFileModule(u"ReadFile", {u"x"_s}, context());
        QVERIFY(!scalar.ok);
        QVERIFY(scalar.error.contains(u"must be a mapping"_s));
    }

    void relativePathsUseTheWorkingDirectory()
    {
        makeTree(u"sub/a.txt=A"_s);
        const FileOperationContext ctx{abs(u"sub"_s), nullptr};
        const FileOperationResult r =
            run(u"CopyFile"_s, R"({"source":"a.txt","destination":"../b.txt"})", &ctx);
        QVERIFY2(r.ok, qPrintable(r.error));
        checkTree(u"b.txt=A"_s);
        // Absolute paths ignore it.
        const FileOperationResult a =
            run(u"ReadFile"_s, u"{\"path\":\"%1\"}"_s.arg(abs(u"b.txt"_s)).toUtf8(), &ctx);
        QCOMPARE(a.outputs.value(u"content"_s).toString(), u"A"_s);
    }

    void createFileBytes_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        // The text is "A é € 😀" (see createFileBytes); the rows are its bytes.
        QTest::newRow("default") << QString()
                                 << QByteArray("A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
        QTest::newRow("utf8") << u"utf8"_s << QByteArray("A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
        QTest::newRow("UTF-8") << u"UTF-8"_s << QByteArray("A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
        const QByteArray le16("A\0\xe9\0\xac\x20\x3d\xd8\x00\xde", 10);
        const QByteArray be16("\0A\0\xe9\x20\xac\xd8\x3d\xde\x00", 10);
        QTest::newRow("utf16 = LE") << u"utf16"_s << le16;
        QTest::newRow("utf-16") << u"utf-16"_s << le16;
        QTest::newRow("utf16-LE") << u"utf16-LE"_s << le16;
        QTest::newRow("utf-16-le") << u"utf-16-le"_s << le16;
        QTest::newRow("utf16-BE") << u"utf16-BE"_s << be16;
        QTest::newRow("UTF-16-BE") << u"UTF-16-BE"_s << be16;
        const QByteArray le32("A\0\0\0\xe9\0\0\0\xac\x20\0\0\x00\xf6\x01\x00", 16);
        const QByteArray be32("\0\0\0A\0\0\0\xe9\0\0\x20\xac\x00\x01\xf6\x00", 16);
        QTest::newRow("utf32 = LE") << u"utf32"_s << le32;
        QTest::newRow("utf-32") << u"utf-32"_s << le32;
        QTest::newRow("utf32-le") << u"utf32-le"_s << le32;
        QTest::newRow("utf-32-LE") << u"utf-32-LE"_s << le32;
        QTest::newRow("utf32-BE") << u"utf32-BE"_s << be32;
        QTest::newRow("utf-32-be") << u"utf-32-be"_s << be32;
    }

    // CreateFile writes the exact bytes (no BOM), AppendFile continues them, ReadFile gets the
    // text back and SetFileEncoding produces the same bytes from a UTF-8 file.
    void createFileBytes()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, bytes);
        const QString text = u"A\u00e9\u20ac"_s + QString::fromUcs4(U"\U0001F600", 1);
        QJsonObject entry{{u"path"_s, u"f"_s}, {u"content"_s, text}};
        if (!encoding.isEmpty())
            entry.insert(u"encoding"_s, encoding);

        FileOperationResult r = runFileModule(u"CreateFile", {entry}, context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readBytes(u"f"_s), bytes);

        r = runFileModule(u"AppendFile", {entry}, context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readBytes(u"f"_s), bytes + bytes);

        QJsonObject read{{u"path"_s, u"f"_s}};
        if (!encoding.isEmpty())
            read.insert(u"encoding"_s, encoding);
        r = runFileModule(u"ReadFile", {read}, context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.outputs.value(u"content"_s).toString(), text + text);
        QVERIFY(!r.log.join(u'\n').contains(u"Warning"_s));

        writeFile(u"g"_s, text.toUtf8());
        QJsonObject convert{{u"path"_s, u"g"_s}};
        if (!encoding.isEmpty())
            convert.insert(u"encoding"_s, encoding);
        r = runFileModule(u"SetFileEncoding", {convert}, context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readBytes(u"g"_s), bytes);
    }

    void readFileStripsByteOrderMark_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("utf8") << u"utf8"_s << QByteArray("\xef\xbb\xbfhi");
        QTest::newRow("utf16") << u"utf16"_s << QByteArray("\xff\xfeh\0i\0", 6);
        QTest::newRow("utf16-BE") << u"utf16-BE"_s << QByteArray("\xfe\xff\0h\0i", 6);
        QTest::newRow("utf32") << u"utf32"_s << QByteArray("\xff\xfe\0\0h\0\0\0i\0\0\0", 12);
        QTest::newRow("utf32-BE") << u"utf32-BE"_s << QByteArray("\0\0\xfe\xff\0\0\0h\0\0\0i", 12);
    }

    void readFileStripsByteOrderMark()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, bytes);
        writeFile(u"f"_s, bytes);
        const FileOperationResult r = runFileModule(
            u"ReadFile", {QJsonObject{{u"path"_s, u"f"_s}, {u"encoding"_s, encoding}}}, context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.outputs.value(u"content"_s).toString(), u"hi"_s);
    }

    void readFileOutputAndPrinting_data()
    {
        QTest::addColumn<QVariant>("print");
        QTest::addColumn<bool>("printed");
        QTest::newRow("default") << QVariant() << false;
        QTest::newRow("false") << QVariant(false) << false;
        QTest::newRow("true") << QVariant(true) << true;
        QTest::newRow("\"true\"") << QVariant(u"true"_s) << true;
    }

    void readFileOutputAndPrinting()
    {
        QFETCH(QVariant, print);
        QFETCH(bool, printed);
        makeTree(u"real.txt=line one\r\nline two\n; link->real.txt"_s);
        QJsonObject entry{{u"path"_s, u"link"_s}};
        if (print.isValid())
            entry.insert(u"printFileContent"_s, QJsonValue::fromVariant(print));
        const FileOperationResult r = runFileModule(u"ReadFile", {entry}, context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.outputs.value(u"content"_s).toString(), u"line one\r\nline two\n"_s);
        QCOMPARE(r.log.contains(u"line one"_s), printed);
        QCOMPARE(r.log.contains(u"line two"_s), printed);
    }

    void readFileInvalidBytesWarns()
    {
        writeFile(u"f"_s, QByteArray("ok\xff"));
        const FileOperationResult r = run(u"ReadFile"_s, R"({"path":"f"})");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.outputs.value(u"content"_s).toString(), u"ok\uFFFD"_s);
        QVERIFY(r.log.join(u'\n').contains(u"is not valid utf8 text"_s));
    }

    void setFileEncodingKeepsFileAndRefusesNonUtf8()
    {
        writeFile(u"bin"_s, QByteArray("\xff\xfe\x00", 3));
        FileOperationResult r = run(u"SetFileEncoding"_s, R"({"path":"bin","encoding":"utf16"})");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"is not valid UTF-8"_s), qPrintable(r.error));
        QCOMPARE(readBytes(u"bin"_s), QByteArray("\xff\xfe\x00", 3));

        // Through a link: the link stays a link, the file keeps its mode.
        makeTree(u"t.txt=hi; l->t.txt"_s);
        QVERIFY(::chmod(QFile::encodeName(abs(u"t.txt"_s)).constData(), 0640) == 0);
        r = run(u"SetFileEncoding"_s, R"({"path":"l","encoding":"utf-16-BE"})");
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(QFileInfo(abs(u"l"_s)).isSymLink());
        QCOMPARE(readBytes(u"t.txt"_s), QByteArray("\0h\0i", 4));
        QCOMPARE(statOf(abs(u"t.txt"_s)).st_mode & 07777, mode_t(0640));
    }

    void createModes_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QVariant>("permissions");
        QTest::addColumn<int>("requested");
        QTest::newRow("CreateFile default 0666") << u"CreateFile"_s << QVariant() << 0666;
        QTest::newRow("CreateFile 0600") << u"CreateFile"_s << QVariant(u"0600"_s) << 0600;
        QTest::newRow("CreateFile 777") << u"CreateFile"_s << QVariant(u"777"_s) << 0777;
        QTest::newRow("CreateFile number 640") << u"CreateFile"_s << QVariant(640) << 0640;
        QTest::newRow("CreateFolder default 0777") << u"CreateFolder"_s << QVariant() << 0777;
        QTest::newRow("CreateFolder 0750") << u"CreateFolder"_s << QVariant(u"0750"_s) << 0750;
        QTest::newRow("CreateFolder 1777") << u"CreateFolder"_s << QVariant(u"1777"_s) << 01777;
    }

    // The resulting mode is the requested one minus the umask (spec 5.3).
    void createModes()
    {
        QFETCH(QString, action);
        QFETCH(QVariant, permissions);
        QFETCH(int, requested);
        for (const mode_t mask : {mode_t(022), mode_t(077)}) {
            const mode_t old = ::umask(mask);
            const QString name = u"x%1"_s.arg(mask);
            QJsonObject entry{{u"path"_s, name}};
            if (permissions.isValid())
                entry.insert(u"permissions"_s, QJsonValue::fromVariant(permissions));
            const FileOperationResult r = runFileModule(action, {entry}, context());
            ::umask(old);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(statOf(abs(name)).st_mode & 07777, mode_t(requested) & ~mask);
        }
    }

    void setPermissions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("permissions");
        QTest::addColumn<QVariant>("recursive");
        QTest::addColumn<int>("top");
        QTest::addColumn<int>("inner"); // -1: unchanged
        QTest::newRow("file 0600")
            << u"SetFilePermissions"_s << u"0600"_s << QVariant() << 0600 << -1;
        QTest::newRow("file 766 (no umask)")
            << u"SetFilePermissions"_s << u"766"_s << QVariant() << 0766 << -1;
        QTest::newRow("file 4755")
            << u"SetFilePermissions"_s << u"4755"_s << QVariant() << 04755 << -1;
        QTest::newRow("folder recursive by default")
            << u"SetFolderPermissions"_s << u"0750"_s << QVariant() << 0750 << 0750;
        QTest::newRow("folder recursive false")
            << u"SetFolderPermissions"_s << u"0700"_s << QVariant(false) << 0700 << -1;
    }

    void setPermissions()
    {
        QFETCH(QString, action);
        QFETCH(QString, permissions);
        QFETCH(QVariant, recursive);
        QFETCH(int, top);
        QFETCH(int, inner);
        makeTree(u"d/sub/f=1; d/g=2; outside=3; d/ln->../outside"_s);
        QVERIFY(::chmod(QFile::encodeName(abs(u"outside"_s)).constData(), 0604) == 0);
        QVERIFY(::chmod(QFile::encodeName(abs(u"d/g"_s)).constData(), 0604) == 0);
        const bool folder = action == u"SetFolderPermissions"_s;
        const QString path = folder ? u"d"_s : u"d/g"_s;
        const mode_t before = statOf(abs(u"d/sub/f"_s)).st_mode & 07777;
        QJsonObject entry{{u"path"_s, path}, {u"permissions"_s, permissions}};
        if (recursive.isValid())
            entry.insert(u"recursive"_s, recursive.toBool());
        const FileOperationResult r = runFileModule(action, {entry}, context());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(statOf(abs(path)).st_mode & 07777, mode_t(top));
        if (folder) {
            const mode_t expected = inner < 0 ? before : mode_t(inner);
            QCOMPARE(statOf(abs(u"d/sub/f"_s)).st_mode & 07777, expected);
            QCOMPARE(statOf(abs(u"d/sub"_s)).st_mode & 07777,
                     inner < 0 ? statOf(abs(u"d/sub"_s)).st_mode & 07777 : mode_t(inner));
            // A link inside the tree is not followed out of it.
            QCOMPARE(statOf(abs(u"outside"_s)).st_mode & 07777, mode_t(0604));
        }
    }

    void setFilePermissionsFollowsLink()
    {
        makeTree(u"t=1; l->t"_s);
        const FileOperationResult r =
            run(u"SetFilePermissions"_s, R"({"path":"l","permissions":"0640"})");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(statOf(abs(u"t"_s)).st_mode & 07777, mode_t(0640));
    }

    void ownership_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("extra"); // JSON members added to {"path": ...}
        QTest::addColumn<QString>("user");     // expected owner name
        QTest::addColumn<QString>("group");    // expected group name
        QTest::newRow("SetFileOwner name, group = owner's")
            << u"SetFileOwner"_s << QByteArray(R"("owner":"nobody")") << u"nobody"_s
            << u"nogroup"_s;
        QTest::newRow("SetFileOwner numeric ids")
            << u"SetFileOwner"_s << QByteArray(R"("owner":"65534","group":"65534")") << u"nobody"_s
            << u"nogroup"_s;
        QTest::newRow("SetFileOwner owner and group")
            << u"SetFileOwner"_s << QByteArray(R"("owner":"nobody","group":"root")") << u"nobody"_s
            << u"root"_s;
        QTest::newRow("SetFolderOwner recursive")
            << u"SetFolderOwner"_s << QByteArray(R"("owner":"nobody","group":"nogroup")")
            << u"nobody"_s << u"nogroup"_s;
        QTest::newRow("SetFolderOwner not recursive")
            << u"SetFolderOwner"_s
            << QByteArray(R"("owner":"nobody","group":"nogroup","recursive":false)") << u"nobody"_s
            << u"nogroup"_s;
        QTest::newRow("CreateFile owner and group")
            << u"CreateFile"_s << QByteArray(R"("owner":"nobody","group":"nogroup")") << u"nobody"_s
            << u"nogroup"_s;
        QTest::newRow("CreateFolder owner only")
            << u"CreateFolder"_s << QByteArray(R"("owner":"nobody")") << u"nobody"_s << u"root"_s;
    }

    void ownership()
    {
        if (::geteuid() != 0)
            QSKIP("changing file ownership needs root (CI runs the suite as root)");
        if (!::getpwnam("nobody") || !::getgrnam("nogroup"))
            QSKIP("this system has no 'nobody' user or 'nogroup' group");
        QFETCH(QString, action);
        QFETCH(QByteArray, extra);
        QFETCH(QString, user);
        QFETCH(QString, group);
        const bool folder = action.contains(u"Folder"_s);
        const bool create = action.startsWith(u"Create"_s);
        if (!create)
            makeTree(folder ? u"d/sub/f=1; d/ln->../outside; outside=2"_s : u"d=1"_s);
        const FileOperationResult r = run(action, "{\"path\":\"d\"," + extra + '}');
        QVERIFY2(r.ok, qPrintable(r.error));
        const struct stat st = statOf(abs(u"d"_s));
        QCOMPARE(QString::fromLocal8Bit(::getpwuid(st.st_uid)->pw_name), user);
        QCOMPARE(QString::fromLocal8Bit(::getgrgid(st.st_gid)->gr_name), group);
        if (folder && !create) {
            const bool recursive = !extra.contains("false");
            QCOMPARE(statOf(abs(u"d/sub/f"_s)).st_uid, recursive ? st.st_uid : uid_t(0));
            QCOMPARE(statOf(abs(u"d/ln"_s), false).st_uid, recursive ? st.st_uid : uid_t(0));
            QCOMPARE(statOf(abs(u"outside"_s)).st_uid, uid_t(0)); // link not followed
        }
        // And back to root, by name.
        const QByteArray back = folder ? "SetFolderOwner" : "SetFileOwner";
        const FileOperationResult r2 =
            run(QString::fromLatin1(back), R"({"path":"d","owner":"root","group":"root"})");
        QVERIFY2(r2.ok, qPrintable(r2.error));
        QCOMPARE(statOf(abs(u"d"_s)).st_uid, uid_t(0));
        QCOMPARE(statOf(abs(u"d"_s)).st_gid, gid_t(0));
    }

    // chown clears the set-user-ID bit, so the owner must be set before the mode.
    void createFileWithOwnerKeepsSetUid()
    {
        if (::geteuid() != 0)
            QSKIP("changing file ownership needs root (CI runs the suite as root)");
        if (!::getpwnam("nobody"))
            QSKIP("this system has no 'nobody' user");
        const mode_t old = ::umask(022);
        const FileOperationResult r =
            run(u"CreateFile"_s, R"({"path":"tool","owner":"nobody","permissions":"4755"})");
        ::umask(old);
        QVERIFY2(r.ok, qPrintable(r.error));
        const struct stat st = statOf(abs(u"tool"_s));
        QCOMPARE(st.st_uid, ::getpwnam("nobody")->pw_uid);
        QCOMPARE(st.st_mode & 07777, mode_t(04755));
    }

    void setFileOwnerChangesLinkTarget()
    {
        if (::geteuid() != 0)
            QSKIP("changing file ownership needs root (CI runs the suite as root)");
        if (!::getpwnam("nobody"))
            QSKIP("this system has no 'nobody' user");
        makeTree(u"t=1; l->t"_s);
        const FileOperationResult r = run(u"SetFileOwner"_s, R"({"path":"l","owner":"nobody"})");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(statOf(abs(u"t"_s)).st_uid, ::getpwnam("nobody")->pw_uid);
        QCOMPARE(statOf(abs(u"l"_s), false).st_uid, uid_t(0));
    }

    void listFiles_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("top level") << QByteArray() << QStringList{u"a.txt"_s, u"b.log"_s, u"ln"_s};
        QTest::newRow("recursive")
            << QByteArray(R"(,"recursive":true)")
            << QStringList{u"a.txt"_s, u"b.log"_s, u"ln"_s, u"sub/c.txt"_s, u"sub/deep/.d.txt"_s};
        QTest::newRow("pattern") << QByteArray(R"(,"fileNamePattern":"*.txt")")
                                 << QStringList{u"a.txt"_s};
        QTest::newRow("recursive pattern")
            << QByteArray(R"(,"fileNamePattern":"*.txt","recursive":"true")")
            << QStringList{u"a.txt"_s, u"sub/c.txt"_s, u"sub/deep/.d.txt"_s};
        QTest::newRow("nothing matches")
            << QByteArray(R"(,"fileNamePattern":"*.zip","recursive":true)") << QStringList{};
    }

    void listFiles()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QStringList, files);
        makeTree(u"r/a.txt=1; r/b.log=2; r/sub/c.txt=3; r/sub/deep/.d.txt=4; r/empty/; "
                 u"r/ln->sub"_s);
        const FileOperationResult r = run(u"ListFiles"_s, "{\"path\":\"r\"" + extra + '}');
        QVERIFY2(r.ok, qPrintable(r.error));
        QStringList expected;
        for (const QString &f : files)
            expected.append(abs(u"r/"_s + f));
        QCOMPARE(r.outputs.value(u"files"_s).toString(), expected.join(u','));
    }

    void multipleEntries()
    {
        makeTree(u"a/x=1; b/y=2; one=first\n; two=second"_s);
        FileOperationResult r = run(u"ListFiles"_s, R"([{"path":"a"},{"path":"empty-later"}])");
        QVERIFY(!r.ok);
        QVERIFY2(r.error.endsWith(u"(inputs entry 2 of 2)"_s), qPrintable(r.error));

        r = run(u"ListFiles"_s, R"([{"path":"a"},{"path":"b"}])");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.outputs.value(u"files"_s).toString(), abs(u"a/x"_s) + u',' + abs(u"b/y"_s));
        QCOMPARE(r.log.size(), 2);

        r = run(u"ReadFile"_s, R"([{"path":"one"},{"path":"two"}])");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.outputs.value(u"content"_s).toString(), u"first\nsecond"_s);

        // Stops at the first failure: the third entry does not run.
        r = run(u"CreateFile"_s,
                R"([{"path":"n1"},{"path":"n1","overwrite":false},{"path":"n3"}])");
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"(inputs entry 2 of 3)"_s));
        checkTree(u"n1=; !n3"_s);
    }

    void cancelFlag_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("expect");
        QTest::newRow("CopyFolder")
            << u"CopyFolder"_s << QByteArray(R"({"source":"s","destination":"t"})")
            << u"!t; s/a=1; s/sub/b=2"_s;
        QTest::newRow("CopyFile wildcard")
            << u"CopyFile"_s << QByteArray("{\"source\":\"s/*\",\"destination\":\"t/\"}")
            << u"!t/a; s/a=1"_s;
        QTest::newRow("DeleteFolder")
            << u"DeleteFolder"_s << QByteArray(R"({"path":"s","force":true})")
            << u"s/a=1; s/sub/b=2"_s;
        QTest::newRow("SetFolderPermissions")
            << u"SetFolderPermissions"_s << QByteArray(R"({"path":"s","permissions":"0700"})")
            << u"s/a=1"_s;
        QTest::newRow("ListFiles")
            << u"ListFiles"_s << QByteArray(R"({"path":"s","recursive":true})") << u"s/a=1"_s;
    }

    // A set flag stops the operation with `cancelled` (not a plain failure) and nothing is left
    // half-done: a cancelled folder copy leaves no destination behind.
    void cancelFlag()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, entry);
        QFETCH(QString, expect);
        makeTree(u"s/a=1; s/sub/b=2"_s);
        const std::atomic_bool cancelled{true};
        const FileOperationContext ctx{m_dir->path(), &cancelled};
        const FileOperationResult r = run(action, entry, &ctx);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(r.error, action + u": cancelled"_s);
        QVERIFY(r.outputs.isEmpty());
        checkTree(expect);
        const QStringList leftovers =
            QDir(m_dir->path())
                .entryList({u"*.kiln-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
        QVERIFY(leftovers.isEmpty());
    }

    // A cancel that arrives in the middle of a folder copy: the copy stops between files, the
    // half-filled staging copy is removed and the source is untouched. The flag is raised as
    // soon as the first copied file shows up in the staging folder. Should a busy machine
    // let all 1000 files finish before that (the race is lost), the attempt is repeated.
    void cancelDuringFolderCopy()
    {
        for (int i = 0; i < 1000; ++i)
            writeFile(u"s/f%1"_s.arg(i, 4, 10, QChar(u'0')), QByteArray(4096, 'x'));
        QDir root(m_dir->path());
        FileOperationResult result;
        for (int attempt = 0; attempt < 5 && !result.cancelled; ++attempt) {
            QVERIFY(!QFileInfo::exists(abs(u"t"_s)) || QDir(abs(u"t"_s)).removeRecursively());
            std::atomic_bool cancelled{false};
            std::atomic_bool finished{false};
            const FileOperationContext ctx{m_dir->path(), &cancelled};
            std::thread worker([&] {
                result = runFileModule(
                    u"CopyFolder", {QJsonObject{{u"source"_s, u"s"_s}, {u"destination"_s, u"t"_s}}},
                    ctx);
                finished = true;
            });
            while (!finished && !cancelled) {
                const QStringList staging =
                    root.entryList({u".t.kiln-*"_s}, QDir::Dirs | QDir::Hidden);
                if (!staging.isEmpty() &&
                    !QDir(root.filePath(staging.first())).isEmpty(QDir::Files | QDir::Hidden))
                    cancelled = true;
            }
            worker.join();
            QVERIFY2(result.ok || result.cancelled, qPrintable(result.error));
        }
        QVERIFY2(result.cancelled, "the copy always finished before the cancel arrived");
        QCOMPARE(result.error, u"CopyFolder: cancelled"_s);
        QVERIFY(!QFileInfo::exists(abs(u"t"_s)));
        QCOMPARE(root.entryList({u"*.kiln-*"_s}, QDir::AllEntries | QDir::Hidden), QStringList());
        QCOMPARE(QDir(abs(u"s"_s)).entryList(QDir::Files).size(), qsizetype(1000));
    }

    void moveAcrossFileSystems_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("replace"); // the destination exists already
        QTest::newRow("MoveFile") << u"MoveFile"_s << u"a.txt"_s << false;
        QTest::newRow("MoveFile replacing") << u"MoveFile"_s << u"a.txt"_s << true;
        QTest::newRow("MoveFolder") << u"MoveFolder"_s << u"d"_s << false;
        QTest::newRow("MoveFolder replacing") << u"MoveFolder"_s << u"d"_s << true;
    }

    // rename(2) fails with EXDEV between file systems: the module copies, swaps the copy in and
    // deletes the source only then.
    void moveAcrossFileSystems()
    {
        QFETCH(QString, action);
        QFETCH(QString, source);
        QFETCH(bool, replace);
        QTemporaryDir other(u"/dev/shm/kiln-test-XXXXXX"_s);
        if (!other.isValid() || statOf(other.path()).st_dev == statOf(m_dir->path()).st_dev)
            QSKIP("no second file system (/dev/shm) to move across");
        makeTree(u"a.txt=A; d/x=1; d/sub/y=2; d/ln->x"_s);
        const QString target = other.filePath(u"moved"_s);
        if (replace) {
            if (action == u"MoveFile"_s) {
                QFile old(target);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("old");
            } else {
                QVERIFY(QDir().mkpath(target + u"/stale"_s));
            }
        }
        const FileOperationResult r = run(
            action, u"{\"source\":\"%1\",\"destination\":\"%2\"}"_s.arg(source, target).toUtf8());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(abs(source)));
        if (action == u"MoveFile"_s) {
            QFile f(target);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("A"));
        } else {
            QVERIFY(QFileInfo(target + u"/sub/y"_s).isFile());
            QVERIFY(QFileInfo(target + u"/ln"_s).isSymLink());
            QVERIFY(!QFileInfo::exists(target + u"/stale"_s));
        }
        QCOMPARE(
            QDir(other.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{u"moved"_s});
    }
};

QTEST_GUILESS_MAIN(TestFileOperations)
#include "tst_fileoperations.moc"
