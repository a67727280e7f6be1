// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The YAML layer: source marks, scalar styles, and bounded, located errors for
// every kind of hostile or broken input an editor or CI can feed it.
#include "diagnostics/codes.h"
#include "document/yamlparser.h"

#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestYamlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksAreOneBasedCodePoints()
    {
        // "é" is two UTF-8 bytes: the value's column must count it as one character.
        const auto r = parseYaml("a: 1\nkey_é: value\nlist:\n  - x\n", u"f.yaml"_s);
        QVERIFY(r.diagnostics.empty());
        QVERIFY(r.root && r.root->isMap());
        const YamlEntry *e = r.root->entry(u"key_é");
        QVERIFY(e);
        QCOMPARE(e->key.mark.line, 2);
        QCOMPARE(e->key.mark.column, 1);
        QCOMPARE(e->value.mark.line, 2);
        QCOMPARE(e->value.mark.column, 8);
        const YamlNode *list = r.root->value(u"list");
        QVERIFY(list && list->isSequence());
        QCOMPARE(list->items.at(0).mark.line, 4);
        QCOMPARE(list->items.at(0).mark.column, 5);
    }

    void scalarStyles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("plain");
        QTest::newRow("plain float") << QByteArray("v: 1.0") << u"1.0"_s << true;
        QTest::newRow("double quoted") << QByteArray("v: \"1.0\"") << u"1.0"_s << false;
        QTest::newRow("single quoted") << QByteArray("v: '{{ X }}'") << u"{{ X }}"_s << false;
        QTest::newRow("literal block") << QByteArray("v: |\n  a\n  b\n") << u"a\nb\n"_s << false;
        QTest::newRow("octal-looking stays text") << QByteArray("v: 0755") << u"0755"_s << true;
    }
    void scalarStyles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, text);
        QFETCH(bool, plain);
        const auto r = parseYaml(yaml, u"f.yaml"_s);
        QVERIFY(r.root);
        const YamlNode *v = r.root->value(u"v");
        QVERIFY(v && v->isScalar());
        QCOMPARE(v->text, text);
        QCOMPARE(v->plain, plain);
    }

    void nullValues()
    {
        const auto r = parseYaml("a:\nb: ~\nc: null\nd: 'null'\n", u"f.yaml"_s);
        QVERIFY(r.root);
        QVERIFY(r.root->value(u"a")->isNull());
        QVERIFY(r.root->value(u"b")->isNull());
        QVERIFY(r.root->value(u"c")->isNull());
        QVERIFY(!r.root->value(u"d")->isNull()); // quoted: the text "null"
        // An empty value is placed on its key's line (yaml-cpp marks the next
        // token, a line further): a problem with it is shown where it is.
        const auto empty = parseYaml("step:\n  onFailure:\n  inputs: x\n", u"f.yaml"_s);
        QVERIFY(empty.root);
        const YamlNode *onFailure = empty.root->value(u"step")->value(u"onFailure");
        QVERIFY(onFailure && onFailure->isNull());
        QCOMPARE(onFailure->mark.line, 2);
        QCOMPARE(onFailure->mark.column, 3);
    }

    void duplicateKeysAreKept()
    {
        const auto r = parseYaml("a: 1\na: 2\n", u"f.yaml"_s);
        QVERIFY(r.root);
        QCOMPARE(r.root->entries.size(), size_t(2));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("mapping value in a plain scalar")
            << QByteArray("steps:\n  - name: a\n      action: b\n") << u"K1001"_s << 3 << 7;
        // The mistake is line 3 (one space too deep); yaml-cpp stops on line 4.
        QTest::newRow("block key indented off the step")
            << QByteArray("a:\n  inputs:\n     commands:\n    - echo hi\n") << u"K1001"_s << 3 << 6;
        QTest::newRow("key deeper than the item's keys")
            << QByteArray("steps:\n  - name: a\n     action: b\n") << u"K1001"_s << 3 << 6;
        // After a plain item there is no key to align with: yaml-cpp's place (the ':').
        QTest::newRow("key under a plain item")
            << QByteArray("  - x\n     y: 1\n") << u"K1001"_s << 2 << 7;
        QTest::newRow("item key indented off the step")
            << QByteArray("a:\n  steps:\n     - name:\n    - x\n") << u"K1001"_s << 3 << 6;
        // A line that fits nowhere while the block above is on the step: that line.
        QTest::newRow("item under-indented")
            << QByteArray("a:\n  b:\n    - x\n   - y\n") << u"K1001"_s << 4 << 4;
        QTest::newRow("unquoted {{ at the start of a value")
            << QByteArray("x:\n  - {{ Param }} more\n") << u"K1001"_s << 2 << 17;
        QTest::newRow("unterminated quote")
            << QByteArray("a: 1\nb: 'open\n") << u"K1001"_s << 2 << 4;
        QTest::newRow("bad escape in double quotes")
            << QByteArray("p: \"C:\\Users\\x\"\n") << u"K1001"_s << 1 << 7;
        QTest::newRow("invalid UTF-8 after two lines")
            << QByteArray("a: 1\nb: 2\nc: \xff\xfe\n") << u"K1002"_s << 3 << 4;
        QTest::newRow("truncated multibyte sequence")
            << QByteArray("a: \xc3") << u"K1002"_s << 1 << 4;
        QTest::newRow("overlong encoding") << QByteArray("a: \xc0\xaf") << u"K1002"_s << 1 << 4;
        QTest::newRow("binary (NUL byte)") << QByteArray("\x7f"
                                                         "ELF\x02\x01\x01\x00\x00",
                                                         9)
                                           << u"K1002"_s << 1 << 8;
    }
    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto r = parseYaml(yaml, u"bad.yaml"_s);
        QVERIFY(!r.root);
        QCOMPARE(r.diagnostics.size(), size_t(1));
        const Diagnostic &d = r.diagnostics.front();
        QCOMPARE(d.code, code);
        QCOMPARE(d.location.file, u"bad.yaml"_s);
        QCOMPARE(d.location.line, line);
        QCOMPARE(d.location.column, column);
        QVERIFY(findCode(d.code)); // every code is explained by `kiln validate --explain`
        QVERIFY(!d.message.isEmpty());
    }

    void utf16WithBomIsAccepted()
    {
        const QString text = u"\uFEFFschemaVersion: 1.0\nname: é\n"_s;
        QByteArray utf16;
        for (QChar c : text) {
            utf16.append(char(c.unicode() & 0xff));
            utf16.append(char(c.unicode() >> 8));
        }
        const auto r = parseYaml(utf16, u"win.yaml"_s);
        QVERIFY(r.diagnostics.empty());
        QVERIFY(r.root);
        QCOMPARE(r.root->value(u"name")->text, u"é"_s);
    }

    void secondDocumentWarns()
    {
        const auto r = parseYaml("a: 1\n---\nb: 2\n", u"f.yaml"_s);
        QVERIFY(r.root);
        QVERIFY(r.root->value(u"a"));
        QCOMPARE(r.diagnostics.size(), size_t(1));
        QCOMPARE(r.diagnostics.front().severity, Severity::Warning);
        QCOMPARE(r.diagnostics.front().code, QString::fromLatin1(Codes::ExtraYamlDocument));
        QCOMPARE(r.diagnostics.front().location.line, 2);
    }

    void emptyInputIsANullDocument()
    {
        const auto r = parseYaml("", u"empty.yaml"_s);
        QVERIFY(r.diagnostics.empty());
        QVERIFY(r.root && r.root->isNull());
    }

    void deepNestingIsBounded()
    {
        QByteArray deep(10000, '[');
        deep += QByteArray(10000, ']');
        const auto r = parseYaml(deep, u"deep.yaml"_s);
        QVERIFY(!r.root);
        QCOMPARE(r.diagnostics.front().code, QString::fromLatin1(Codes::TooDeep));
        QCOMPARE(r.diagnostics.front().location.line, 1);
    }

    void aliasBombIsBounded()
    {
        // Nine levels of ten aliases each: 10^9 nodes if expanded naively.
        QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i <= 9; ++i) {
            QByteArray refs;
            for (int k = 0; k < 10; ++k)
                refs += (k ? ", *a" : "*a") + QByteArray::number(i - 1);
            yaml +=
                "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [" + refs + "]\n";
        }
        const auto r = parseYaml(yaml, u"bomb.yaml"_s);
        QVERIFY(!r.root);
        QCOMPARE(r.diagnostics.front().code, QString::fromLatin1(Codes::TooLarge));
        QVERIFY(r.diagnostics.front().location.line >= 1);
    }

    void smallAliasesExpand()
    {
        const auto r = parseYaml("base: &b {x: 1}\nuse: *b\n", u"f.yaml"_s);
        QVERIFY(r.root);
        const YamlNode *use = r.root->value(u"use");
        QVERIFY(use && use->isMap());
        QCOMPARE(use->value(u"x")->text, u"1"_s);
    }

    void oversizedInputIsRefused()
    {
        YamlLimits limits;
        limits.maxBytes = 1024;
        const auto r = parseYaml(QByteArray(4096, 'a'), u"big.yaml"_s, limits);
        QVERIFY(!r.root);
        QCOMPARE(r.diagnostics.front().code, QString::fromLatin1(Codes::TooLarge));
    }

    void fiftyMegabytesAreRefusedQuickly()
    {
        const QByteArray big(50 * 1024 * 1024, 'x');
        const auto r = parseYaml(big, u"big.yaml"_s);
        QVERIFY(!r.root);
        QCOMPARE(r.diagnostics.front().code, QString::fromLatin1(Codes::TooLarge));
    }
};

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
