// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Embedded script lint (K8xxx): ExecuteBash commands through ShellCheck, with
// each finding placed at the YAML line and column of the shell text it is
// about. Rows are a document and the expected `line:col:code:SCnnnn` of every
// K8xxx diagnostic. Skipped where shellcheck is not installed (scripts/setup.sh
// installs it), except the parts that need no shellcheck.
#include "document/document.h"
#include "validate/scriptlint.h"
#include "validate/validator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

Diagnostics lint(const QByteArray &yaml, ValidationOptions options = {})
{
    options.lintScripts = true;
    const Document doc = Document::fromText(yaml, u"t.yaml"_s);
    Diagnostics out;
    for (const Diagnostic &d : Validator(options).validate(doc)) {
        if (d.code.startsWith(u"K8"))
            out.push_back(d);
    }
    return out;
}

QStringList summary(const Diagnostics &diagnostics)
{
    static const QRegularExpression sc(u"^(SC\\d+):"_s);
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        out << u"%1:%2:%3:%4"_s.arg(d.location.line)
                   .arg(d.location.column)
                   .arg(d.code, sc.match(d.message).captured(1));
    }
    return out;
}

// Lines 1-8; the first command item is on line 9.
QByteArray bash(const QByteArray &commands)
{
    return "schemaVersion: 1.0\n"
           "phases:\n"
           "  - name: build\n"
           "    steps:\n"
           "      - name: S\n"
           "        action: ExecuteBash\n"
           "        inputs:\n"
           "          commands:\n" +
           commands;
}

} // namespace

class TestScriptLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("clean script") << bash("            - echo hello\n") << QStringList{};
        // Several items: each finding lands on its own item's line; `x` is assigned in
        // one item and used in the next, which is fine because they form one script.
        QTest::newRow("list of several commands")
            << bash("            - cd /tmp\n"
                    "            - echo $1\n"
                    "            - x=1\n"
                    "            - echo \"$x\" $2\n")
            << QStringList{u"9:15:K8001:SC2164"_s, u"10:20:K8001:SC2086"_s,
                           u"12:25:K8001:SC2086"_s};
        // A literal block: script line 2 is YAML line 11, same indentation offset.
        QTest::newRow("literal block scalar")
            << bash("            - |\n"
                    "              set -e\n"
                    "              for f in $(ls /tmp); do\n"
                    "                  echo $f\n"
                    "              done\n")
            << QStringList{u"11:24:K8001:SC2045"_s, u"12:24:K8001:SC2086"_s};
        // Items after a block item keep their own positions.
        QTest::newRow("block then plain item") << bash("            - |\n"
                                                       "              a=1\n"
                                                       "              echo \"$a\"\n"
                                                       "            - echo $3\n")
                                               << QStringList{u"12:20:K8001:SC2086"_s};
        // A `{{ }}` reference is masked with a word of the same length: what follows
        // it keeps its column, and the reference itself draws no finding.
        QTest::newRow("reference keeps columns")
            << bash("            - echo {{ build.S.outputs.stdout }} $1\n")
            << QStringList{u"9:49:K8001:SC2086"_s};
        QTest::newRow("reference in double quotes")
            << bash("            - 'cp \"{{ Source }}\" /tmp/x; echo $1'\n")
            << QStringList{u"9:47:K8001:SC2086"_s};
        // Escapes in a double-quoted YAML scalar: ScalarLocator maps through them.
        QTest::newRow("double-quoted scalar with escapes")
            << bash("            - \"echo \\\"a\\\" $1\"\n") << QStringList{u"9:27:K8001:SC2086"_s};
        // The placeholder is a constant word, the real value is not: "constant" and
        // "not a number" findings on a reference's line are dropped, others stay.
        QTest::newRow("placeholder artifacts are dropped")
            << bash("            - 'if [ \"{{ Mode }}\" = \"fast\" ]; then echo; fi'\n"
                    "            - 'for i in {{ List }}; do echo \"$i\"; done'\n"
                    "            - case {{ Mode }} in a) echo ;; esac\n"
                    "            - 'if [ {{ Count }} -gt 3 ]; then echo $1; fi'\n"
                    "            - exit {{ Code }}\n")
            << QStringList{u"12:52:K8001:SC2086"_s};
        QTest::newRow("artifact codes stay without a reference")
            << bash("            - exit abc\n") << QStringList{u"9:20:K8001:SC2242"_s};
        // ShellCheck's own directives work in the commands.
        QTest::newRow("disable directive") << bash("            - '# shellcheck disable=SC2086'\n"
                                                   "            - echo $1\n")
                                           << QStringList{};
        // A shell syntax error is ShellCheck's "error" level: still only a warning
        // (severityFollowsTheLevel).
        QTest::newRow("syntax error")
            << bash("            - if true; then\n"
                    "            - echo x\n")
            << QStringList{u"9:15:K8001:SC1046"_s, u"9:15:K8001:SC1073"_s, u"10:21:K8001:SC1047"_s,
                           u"10:21:K8001:SC1072"_s};
        QTest::newRow("PowerShell is not linted")
            << QByteArray("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                          "      - name: P\n        action: ExecutePowerShell\n"
                          "        inputs:\n          commands:\n            - echo $1\n")
            << QStringList{};
        // Two steps: one shellcheck run, each finding mapped back to its step.
        QTest::newRow("two steps")
            << QByteArray("schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                          "      - name: A\n        action: ExecuteBash\n"
                          "        inputs:\n          commands: [echo $1]\n"
                          "      - name: B\n        action: ExecuteBash\n"
                          "        inputs:\n          commands:\n            - ls $2\n")
            << QStringList{u"8:27:K8001:SC2086"_s, u"13:18:K8001:SC2086"_s};
    }

    void findings()
    {
        if (findShellcheck().isEmpty())
            QSKIP("shellcheck is not installed");
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const Diagnostics found = lint(yaml);
        QStringList messages;
        for (const Diagnostic &d : found)
            messages << d.message;
        QVERIFY2(summary(found) == expected,
                 qPrintable(summary(found).join(u' ') + u"\n"_s + messages.join(u'\n')));
        for (const Diagnostic &d : found)
            QVERIFY(d.length >= 1);
    }

    // ShellCheck's level decides the severity, never above a warning: error and
    // warning are warnings, info is info, style is a hint.
    void severityFollowsTheLevel_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QString>("level");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("error") << QByteArray("for f in $(ls /tmp); do echo \"$f\"; done")
                               << u"error"_s << Severity::Warning;
        QTest::newRow("warning") << QByteArray("cd /tmp") << u"warning"_s << Severity::Warning;
        QTest::newRow("info") << QByteArray("echo $1") << u"info"_s << Severity::Info;
        QTest::newRow("style") << QByteArray("cat x | grep y") << u"style"_s << Severity::Hint;
    }

    void severityFollowsTheLevel()
    {
        if (findShellcheck().isEmpty())
            QSKIP("shellcheck is not installed");
        QFETCH(QByteArray, command);
        QFETCH(QString, level);
        QFETCH(Severity, severity);
        const Diagnostics found = lint(bash("            - '" + command + "'\n"));
        QCOMPARE(found.size(), size_t(1));
        QVERIFY2(found[0].message.endsWith(u"(shellcheck "_s + level + u")"_s),
                 qPrintable(found[0].message));
        QCOMPARE(found[0].severity, severity);
    }

    // "Not following" a sourced file says nothing about the document: the file is
    // on the image. Off by default; with the exclusions cleared, the message quotes
    // the path as the document writes it, never the placeholder.
    void notFollowingIsOffAndUnmasked()
    {
        if (findShellcheck().isEmpty())
            QSKIP("shellcheck is not installed");
        const QByteArray yaml = bash("            - source {{ build.S.outputs.stdout }}/a.cfg\n"
                                     "            - . /etc/{{ Dir }}\n");
        QCOMPARE(summary(lint(yaml)), QStringList{});
        ValidationOptions all;
        all.shellcheckExclude.clear();
        const Diagnostics found = lint(yaml, all);
        QCOMPARE(summary(found), (QStringList{u"9:22:K8001:SC1091"_s, u"10:17:K8001:SC1091"_s}));
        QCOMPARE(found[0].message,
                 u"SC1091: Not following: {{ build.S.outputs.stdout }}/a.cfg was not specified "
                 u"as input (see shellcheck -x). (shellcheck info)"_s);
        QCOMPARE(found[1].message, u"SC1091: Not following: /etc/{{ Dir }} was not specified as "
                                   u"input (see shellcheck -x). (shellcheck info)"_s);
    }

    void messageNamesTheShellcheckCode()
    {
        if (findShellcheck().isEmpty())
            QSKIP("shellcheck is not installed");
        const Diagnostics found = lint(bash("            - echo $1\n"));
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].message, u"SC2086: Double quote to prevent globbing and word splitting. "
                                   u"(shellcheck info)"_s);
        QCOMPARE(found[0].length, 2); // "$1"
    }

    void offByDefault()
    {
        const Document doc = Document::fromText(bash("            - echo $1\n"), u"t.yaml"_s);
        for (const Diagnostic &d : Validator().validate(doc))
            QVERIFY2(!d.code.startsWith(u"K8"), qPrintable(d.message));
    }

    void maskKeepsLengthAndLines()
    {
        const QString script =
            u"echo {{ a }} \"{{ b.c.outputs.stdout }}\" {{x}}\n{{ unterminated"_s;
        const QString masked = maskReferences(script);
        QCOMPARE(masked.size(), script.size());
        QCOMPARE(masked, u"echo KILN_RE \"KILN_REF________________\" KILN_\n{{ unterminated"_s);
    }

    void brokenShellcheckIsAWarning_data()
    {
        QTest::addColumn<QByteArray>("program");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("why");
        QTest::newRow("garbage output") << QByteArray("#!/bin/sh\necho not json\nexit 1\n") << 10000
                                        << u"cannot read shellcheck's output"_s;
        QTest::newRow("exit status 3")
            << QByteArray("#!/bin/sh\necho bad >&2\nexit 3\n") << 10000 << u"exit status 3"_s;
        QTest::newRow("hangs") << QByteArray("#!/bin/sh\nexec sleep 30\n") << 300
                               << u"did not finish within 0.3 s"_s;
    }

    void brokenShellcheckIsAWarning()
    {
        QFETCH(QByteArray, program);
        QFETCH(int, timeoutMs);
        QFETCH(QString, why);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile fake(dir.filePath(u"shellcheck"_s));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(program);
        fake.close();
        fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        ValidationOptions options;
        options.shellcheckProgram = fake.fileName();
        options.scriptLintTimeoutMs = timeoutMs;
        const Diagnostics found = lint(bash("            - echo $1\n"), options);
        QCOMPARE(summary(found), QStringList{u"9:13:K8002:"_s});
        QCOMPARE(found[0].severity, Severity::Warning);
        QVERIFY2(found[0].message.contains(why), qPrintable(found[0].message));
    }
};

QTEST_GUILESS_MAIN(TestScriptLint)
#include "tst_scriptlint.moc"
