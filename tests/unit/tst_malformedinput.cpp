// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Hostile and broken files through the whole pipeline (file → Document →
// Validator), as `kiln validate` and the studio see them: each must end in one
// clear diagnostic with file, line, column and code, never a crash, a hang or
// unbounded memory. Run under the asan preset too.
#include "diagnostics/codes.h"
#include "document/document.h"
#include "validate/validator.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

QByteArray billionLaughs()
{
    // Nine levels of ten aliases each: 10^9 nodes if expanded naively.
    QByteArray yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
        QByteArray refs;
        for (int k = 0; k < 10; ++k)
            refs += (k ? ", *a" : "*a") + QByteArray::number(i - 1);
        yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + refs + "]\n";
    }
    return yaml;
}

QByteArray junk()
{
    // Deterministic pseudo-random bytes (a fixed LCG), NULs included.
    QByteArray b(4096, '\0');
    quint32 x = 12345;
    for (char &c : b) {
        x = x * 1103515245u + 12345u;
        c = char(x >> 24);
    }
    return b;
}

QByteArray utf16WithBom(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

class TestMalformedInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearDiagnostic_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // "line:col:code" of the first diagnostic
        QTest::addColumn<int>("count");        // diagnostics in all

        QTest::newRow("binary junk") << junk() << u"1:74:K1002"_s << 1;
        QTest::newRow("ELF header") << QByteArray("\x7f"
                                                  "ELF\x02\x01\x01\0\0\0",
                                                  10)
                                    << u"1:8:K1002"_s << 1;
        QTest::newRow("50 MB") << QByteArray(50 * 1024 * 1024, 'a') << u"1:1:K1003"_s << 1;
        QTest::newRow("10000-deep flow sequence")
            << QByteArray(10000, '[') + QByteArray(10000, ']') << u"1:1:K1004"_s << 1;
        QTest::newRow("10000-deep flow mapping")
            << QByteArray("{a: ").repeated(10000) + "x" + QByteArray(10000, '}') << u"1:1:K1004"_s
            << 1;
        // `{{{{`: yaml-cpp rejects a mapping as a flow mapping's key before any depth.
        QTest::newRow("10000 open braces")
            << QByteArray(10000, '{') + QByteArray(10000, '}') << u"1:2:K1001"_s << 1;
        // The depth guard fires at the level it counts (column 1000 = 500 levels in).
        QTest::newRow("10000-deep block sequence") << QByteArray("- ").repeated(10000) + "x\n"
                                                   << u"1:1000:K1004"_s << 1;
        // A 10000-deep block mapping needs 50 MB of indentation (the size limit stops
        // it, as in "50 MB"); 2000 levels one space apart fit in 2 MB.
        QByteArray blockMap;
        for (int i = 0; i < 2000; ++i)
            blockMap += QByteArray(i, ' ') + "k:\n";
        QTest::newRow("2000-deep block mapping") << blockMap << u"499:501:K1004"_s << 1;
        QTest::newRow("billion laughs") << billionLaughs() << u"5:45:K1003"_s << 1;
        QTest::newRow("invalid UTF-8")
            << QByteArray("schemaVersion: 1.0\nname: caf\xe9\n") << u"2:10:K1002"_s << 1;
        QTest::newRow("NUL byte") << QByteArray("schemaVersion: 1.0\nna\0me: x\n", 27)
                                  << u"2:3:K1002"_s << 1;
        // UTF-16 with a BOM is read (Windows editors write it); positions are in characters.
        QTest::newRow("UTF-16 with BOM")
            << utf16WithBom(u"schemaVersion: 1.0\nnmae: x\nphases:\n  - name: build\n"
                            u"    steps:\n      - name: S\n        action: Reboot\n"_s)
            << u"2:1:K2005"_s << 1;
        QTest::newRow("UTF-16 BOM, odd byte count")
            << QByteArray("\xff\xfes\0c\0h", 7) << u"1:1:K1002"_s << 1;
        QTest::newRow("empty file") << QByteArray() << u"1:1:K2001"_s << 1;
        QTest::newRow("only comments")
            << QByteArray("# a component\n# nothing else\n") << u"1:1:K2001"_s << 1;
        QTest::newRow("only a BOM") << QByteArray("\xef\xbb\xbf") << u"1:1:K2001"_s << 1;
    }

    void clearDiagnostic()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, count);
        // Through a real file, as the CLI reads it (fromFile bounds the read).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"bad.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();

        ValidationOptions options;
        options.osPlatform = u"windows"_s; // Reboot exists everywhere; Windows for variety
        const Document doc = Document::fromFile(path);
        const Diagnostics diagnostics = Validator(options).validate(doc);
        QStringList got;
        for (const Diagnostic &d : diagnostics) {
            got << u"%1:%2:%3"_s.arg(d.location.line).arg(d.location.column).arg(d.code);
            QCOMPARE(d.location.file, path);
            QVERIFY2(findCode(d.code), qPrintable(d.code)); // every code is explained
            QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
        }
        QVERIFY2(!got.isEmpty() && got.first() == expected && got.size() == count,
                 qPrintable(got.join(u' ')));
        QVERIFY(diagnostics.front().isError());
    }
};

QTEST_GUILESS_MAIN(TestMalformedInput)
#include "tst_malformedinput.moc"
