// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Quick fixes (core/fix): for each fixable diagnostic a document before and
// after its fix, applied through the one core API the CLI (--fix), the
// language server and the studio share; plus the text-edit positions (code
// points vs UTF-16) and the unified diff --diff prints.
#include "diagnostics/codes.h"
#include "document/document.h"
#include "fix/codeactions.h"
#include "fix/fixdocument.h"
#include "fix/unifieddiff.h"
#include "validate/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kiln;

namespace {

const QByteArray kHead = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n";

Diagnostics validate(const Document &doc)
{
    ValidationOptions options;
    options.osPlatform = u"linux"_s;
    return Validator(options).validate(doc);
}

// The text after the first action for the first diagnostic with `code`.
QString fixed(const QByteArray &yaml, const QString &code, QString *title = nullptr,
              bool *preferred = nullptr)
{
    const Document doc = Document::fromText(yaml, u"t.yaml"_s);
    for (const Diagnostic &d : validate(doc)) {
        if (d.code != code)
            continue;
        const QList<CodeAction> actions = codeActionsFor(doc, d);
        if (actions.isEmpty())
            return u"<no action>"_s;
        if (title)
            *title = actions.front().title;
        if (preferred)
            *preferred = actions.front().preferred;
        return applyEdits(QString::fromUtf8(yaml), actions.front().edits);
    }
    return u"<no diagnostic>"_s;
}

} // namespace

class TestCodeActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixes_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("title");

        QTest::newRow("misspelt action")
            << kHead + "      - name: A\n        action: ExecuteBsh\n        inputs:\n"
                       "          commands: [echo]\n"
            << u"K3007"_s
            << kHead + "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                       "          commands: [echo]\n"
            << u"Change to 'ExecuteBash'"_s;
        QTest::newRow("quoted misspelt action keeps its quotes")
            << kHead + "      - name: A\n        action: \"executebash\"\n        inputs:\n"
                       "          commands: [echo]\n"
            << u"K3007"_s
            << kHead + "      - name: A\n        action: \"ExecuteBash\"\n        inputs:\n"
                       "          commands: [echo]\n"
            << u"Change to 'ExecuteBash'"_s;
        QTest::newRow("misspelt input")
            << kHead + "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                       "          comands: [echo]\n"
            << u"K3016"_s
            << kHead + "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                       "          commands: [echo]\n"
            << u"Change to 'commands'"_s;
        QTest::newRow("misspelt step key")
            << kHead + "      - name: A\n        action: UpdateOS\n        onFailre: Abort\n"
            << u"K3002"_s
            << kHead + "      - name: A\n        action: UpdateOS\n        onFailure: Abort\n"
            << u"Change to 'onFailure'"_s;
        QTest::newRow("misspelt phase")
            << kHead + "      - name: A\n        action: UpdateOS\n"
                       "  - name: tset\n    steps:\n      - name: B\n        action: UpdateOS\n"
            << u"K2012"_s
            << kHead + "      - name: A\n        action: UpdateOS\n"
                       "  - name: test\n    steps:\n      - name: B\n        action: UpdateOS\n"
            << u"Change to 'test'"_s;
        // The only phase misspelt: K2009 (no build, validate or test) fixes it too.
        QTest::newRow("only phase misspelt")
            << QByteArray("schemaVersion: 1.0\nphases:\n  - name: biuld\n    steps:\n"
                          "      - name: A\n        action: UpdateOS\n")
            << u"K2009"_s
            << QByteArray("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                          "      - name: A\n        action: UpdateOS\n")
            << u"Change to 'build'"_s;
        QTest::newRow("misspelt phase key")
            << QByteArray("schemaVersion: 1.0\nphases:\n  - name: build\n    stesp:\n"
                          "      - name: A\n        action: UpdateOS\n")
            << u"K2005"_s
            << QByteArray("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                          "      - name: A\n        action: UpdateOS\n")
            << u"Change to 'steps'"_s;
        // The first input level with `inputs:` instead of under it.
        QTest::newRow("first input not indented")
            << kHead + "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                       "        commands:\n          - echo one\n\n          - echo two\n"
                       "      - name: B\n        action: UpdateOS\n"
            << u"K3002"_s
            << kHead + "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                       "          commands:\n            - echo one\n\n            - echo two\n"
                       "      - name: B\n        action: UpdateOS\n"
            << u"Move 'commands' under 'inputs'"_s;
        QTest::newRow("missing required input in a list entry")
            << kHead + "      - name: A\n        action: S3Download\n        inputs:\n"
                       "          - source: s3://bucket/k\n"
            << u"K3017"_s
            << kHead + "      - name: A\n        action: S3Download\n        inputs:\n"
                       "          - destination: ''\n            source: s3://bucket/k\n"
            << u"Add the input 'destination'"_s;
        QTest::newRow("missing required input, CRLF line breaks")
            << QByteArray(kHead +
                          "      - name: A\n        action: ExecuteBinary\n        inputs:\n"
                          "          arguments: [x]\n")
                   .replace("\n", "\r\n")
            << u"K3017"_s
            << QByteArray(kHead +
                          "      - name: A\n        action: ExecuteBinary\n        inputs:\n"
                          "          path: ''\n          arguments: [x]\n")
                   .replace("\n", "\r\n")
            << u"Add the input 'path'"_s;
        QTest::newRow("missing required input in a mapping")
            << kHead + "      - name: A\n        action: ExecuteBinary\n        inputs:\n"
                       "          arguments: [x]\n"
            << u"K3017"_s
            << kHead + "      - name: A\n        action: ExecuteBinary\n        inputs:\n"
                       "          path: ''\n          arguments: [x]\n"
            << u"Add the input 'path'"_s;
        QTest::newRow("flattened parameter")
            << QByteArray("schemaVersion: 1.0\nparameters:\n  - Name:\n    type: string\n"
                          "    default: x\n    description: >-\n      two\n      lines\n") +
                   "phases:\n  - name: build\n    steps:\n      - name: A\n"
                   "        action: ExecuteBash\n        inputs:\n          commands: ['{{ Name "
                   "}}']\n"
            << u"K7005"_s
            << QByteArray("schemaVersion: 1.0\nparameters:\n  - Name:\n      type: string\n"
                          "      default: x\n      description: >-\n        two\n        lines\n") +
                   "phases:\n  - name: build\n    steps:\n      - name: A\n"
                   "        action: ExecuteBash\n        inputs:\n          commands: ['{{ Name "
                   "}}']\n"
            << u"Indent the attributes of 'Name' under it"_s;
        QTest::newRow("yes becomes true")
            << kHead + "      - name: A\n        action: S3Upload\n        inputs:\n"
                       "          - source: /x/*\n            destination: s3://bucket/p/\n"
                       "            recurse: yes\n"
            << u"K3022"_s
            << kHead + "      - name: A\n        action: S3Upload\n        inputs:\n"
                       "          - source: /x/*\n            destination: s3://bucket/p/\n"
                       "            recurse: true\n"
            << u"Change to true"_s;
        QTest::newRow("Go-template reference")
            << QByteArray("schemaVersion: 1.0\nparameters:\n  - Name:\n      type: string\n"
                          "      default: x\nphases:\n  - name: build\n    steps:\n"
                          "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                          "          commands:\n            - echo {{ .Name }} done\n")
            << u"K4002"_s
            << QByteArray("schemaVersion: 1.0\nparameters:\n  - Name:\n      type: string\n"
                          "      default: x\nphases:\n  - name: build\n    steps:\n"
                          "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                          "          commands:\n            - echo {{ Name }} done\n")
            << u"Change to '{{ Name }}'"_s;
        // A YAML error the parser blames on indentation: the line gets the
        // indentation the message names.
        QTest::newRow("block opener indented off its block")
            << kHead + "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                       "           commands:\n          - echo hi\n"
            << u"K1001"_s
            << kHead + "      - name: A\n        action: ExecuteBash\n        inputs:\n"
                       "          commands:\n          - echo hi\n"
            << u"Indent line 8 with 10 spaces"_s;
        QTest::newRow("key deeper than its sibling")
            << kHead + "      - name: A\n          action: ExecuteBash\n"
            << u"K1001"_s << kHead + "      - name: A\n        action: ExecuteBash\n"
            << u"Indent line 6 with 8 spaces"_s;
        QTest::newRow("other YAML errors have no fix")
            << kHead + "      - name: \"A\n"
            << u"K1001"_s << QByteArray() << u"<no action>"_s;
        // Columns are code points: a character outside the BMP before the name
        // (two UTF-16 units) moves nothing.
        QTest::newRow("non-BMP text before the fix")
            << kHead + "      - {name: \"A\xf0\x9f\x98\x80\", action: ExecuteBsh}\n"
            << u"K3007"_s << kHead + "      - {name: \"A\xf0\x9f\x98\x80\", action: ExecuteBash}\n"
            << u"Change to 'ExecuteBash'"_s;
    }

    void fixes()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, code);
        QFETCH(QByteArray, after);
        QFETCH(QString, title);
        QString gotTitle;
        const QString got = fixed(before, code, &gotTitle);
        if (title.startsWith(u'<')) {
            QCOMPARE(got, title);
            return;
        }
        QCOMPARE(got, QString::fromUtf8(after));
        QCOMPARE(gotTitle, title);
    }

    // Changing onFailure changes what the document means: offered, never applied by --fix.
    void onFailureIgnoreIsNotPreferred()
    {
        bool preferred = true;
        const QString got = fixed(
            kHead + "      - name: A\n        action: UpdateOS\n        onFailure: Continue\n",
            u"K3011"_s, nullptr, &preferred);
        QVERIFY(got.endsWith(u"onFailure: Ignore\n"_s));
        QVERIFY(!preferred);
    }

    void noGuessNoAction()
    {
        // Nothing close to a known action: no fix rather than a wrong one.
        QCOMPARE(fixed(kHead + "      - name: A\n        action: Frobnicate\n", u"K3007"_s),
                 u"<no action>"_s);
    }

    // --fix repeats until nothing is left: the action is fixed first, then the
    // now-checkable input name.
    void fixSourceRunsUntilStable()
    {
        const QByteArray before = kHead + "      - name: A\n        action: ExecuteBsh\n"
                                          "        inputs:\n          comands: [echo]\n";
        ValidationOptions options;
        options.osPlatform = u"linux"_s;
        const FixOutcome outcome = fixSource(before, u"t.yaml"_s, Validator(options));
        QCOMPARE(outcome.applied, 2);
        QCOMPARE(outcome.text, kHead + "      - name: A\n        action: ExecuteBash\n"
                                       "        inputs:\n          commands: [echo]\n");
    }

    void sourceLinesConvertPositions()
    {
        // "a😀b": the emoji is one code point, two UTF-16 units.
        const SourceLines lines(u"x\r\na\U0001F600b\n"_s);
        QCOMPARE(lines.lineCount(), 3);
        QCOMPARE(lines.line(1), u"x"_s);
        QCOMPARE(lines.utf16OfColumn(2, 3), 3);
        QCOMPARE(lines.columnOfUtf16(2, 3), 3);
        QCOMPARE(lines.offsetOf(Mark{2, 3}), 6);
        QCOMPARE(lines.markOf(6).column, 3);
        QCOMPARE(applyEdits(lines.text(), {TextEdit{Mark{2, 3}, Mark{2, 4}, u"c"_s}}),
                 u"x\r\na\U0001F600c\n"_s);
    }

    void unifiedDiffLooksLikeDiff()
    {
        const QString a = u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"_s;
        QString b = a;
        b.replace(u"5\n"_s, u"five\n"_s);
        QCOMPARE(unifiedDiff(a, b, u"t.yaml"_s, u"t.yaml"_s),
                 u"--- t.yaml\n+++ t.yaml\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_s);
        QCOMPARE(unifiedDiff(a, a, u"x"_s, u"x"_s), QString());
        QCOMPARE(unifiedDiff(u"a\n"_s, u"a\nb"_s, u"x"_s, u"x"_s),
                 u"--- x\n+++ x\n@@ -1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n"_s);
        // Two changes far apart: two hunks.
        QString c = a + u"11\n12\n13\n14\n15\n"_s;
        QString d = c;
        d.replace(u"2\n3\n"_s, u"2\nthree\n"_s).replace(u"14\n"_s, u"fourteen\n"_s);
        QCOMPARE(unifiedDiff(c, d, u"x"_s, u"x"_s).count(u"@@ -"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestCodeActions)
#include "tst_codeactions.moc"
