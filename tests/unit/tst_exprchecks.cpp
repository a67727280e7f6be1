// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The validator's expression-side checks, one minimal document per rule:
// the document, then the expected `line:column:code` of every K4xxx-K7xxx
// diagnostic (other checks are filtered out so these rows stay minimal).
#include "document/document.h"
#include "validate/runoptions.h"
#include "validate/validator.h"

#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

// `unused`: include K7009 (declared but never referenced), which most rows
// would otherwise collect from their minimal declarations.
QStringList exprDiagnostics(const QByteArray &yaml, const ValidationOptions &options = {},
                            bool unused = false)
{
    const Document doc = Document::fromText(yaml, u"t.yaml"_s);
    QStringList out;
    for (const Diagnostic &d : Validator(options).validate(doc)) {
        const QChar range = d.code.size() == 5 ? d.code.at(1) : QChar();
        if (range >= u'4' && range <= u'7' && (unused || d.code != u"K7009"))
            out << u"%1:%2:%3"_s.arg(d.location.line).arg(d.location.column).arg(d.code);
    }
    return out;
}

// Lines 1-4 of every document; its first step starts on line 5.
const QByteArray kHead = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n";

} // namespace

class TestExprChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnostics_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");

        const QByteArray bash =
            "      - name: S\n        action: ExecuteBash\n        inputs:\n          commands:\n";

        // --- parameters and constants (K7xxx)
        QTest::newRow("valid variables")
            << QByteArray("parameters:\n  - Dir:\n      type: string\n      default: /opt\n"
                          "constants:\n  - Pkg:\n      type: string\n      value: jq\n"
                          "      description: the package\n") +
                   kHead + bash + "            - echo {{ Dir }} {{ Pkg }}\n"
            << QStringList{};
        QTest::newRow("short name") << QByteArray("parameters:\n  - ab:\n      type: string\n") +
                                           kHead + bash + "            - x\n"
                                    << QStringList{u"2:5:K7001"_s};
        QTest::newRow("bad char") << QByteArray(
                                         "parameters:\n  - my.param:\n      type: string\n") +
                                         kHead + bash + "            - x\n"
                                  << QStringList{u"2:5:K7001"_s};
        QTest::newRow("duplicate across sections")
            << QByteArray("parameters:\n  - Source:\n      type: string\nconstants:\n  - Source:\n"
                          "      type: string\n      value: x\n") +
                   kHead + bash + "            - x\n"
            << QStringList{u"5:5:K7002"_s};
        QTest::newRow("allowedValues accepted")
            << QByteArray("parameters:\n  - Arch:\n      type: string\n      default: x86\n"
                          "      allowedValues: [x86, arm]\n") +
                   kHead + bash + "            - echo {{ Arch }}\n"
            << QStringList{};
        QTest::newRow("default outside allowedValues")
            << QByteArray("parameters:\n  - Arch:\n      type: string\n      default: mips\n"
                          "      allowedValues: [x86, arm]\n") +
                   kHead + bash + "            - echo {{ Arch }}\n"
            << QStringList{u"4:16:K7011"_s};
        QTest::newRow("allowedValues not a list")
            << QByteArray("parameters:\n  - Arch:\n      type: string\n"
                          "      allowedValues: x86\n") +
                   kHead + bash + "            - echo {{ Arch }}\n"
            << QStringList{u"4:22:K7005"_s};
        QTest::newRow("missing type") << QByteArray("parameters:\n  - Name1:\n      default: x\n") +
                                             kHead + bash + "            - x\n"
                                      << QStringList{u"2:5:K7003"_s};
        QTest::newRow("wrong type")
            << QByteArray("parameters:\n  - Name1:\n      type: integer\n") + kHead + bash +
                   "            - x\n"
            << QStringList{u"3:13:K7003"_s};
        QTest::newRow("constant without value")
            << QByteArray("constants:\n  - Name1:\n      type: string\n") + kHead + bash +
                   "            - x\n"
            << QStringList{u"2:5:K7004"_s};
        QTest::newRow("not single-key")
            << QByteArray("parameters:\n  - Name1:\n    type: string\n") + kHead + bash +
                   "            - x\n"
            << QStringList{u"2:5:K7005"_s};
        QTest::newRow("section not list") << QByteArray("parameters:\n  Name1: {type: string}\n") +
                                                 kHead + bash + "            - x\n"
                                          << QStringList{u"2:3:K7005"_s};

        // --- references (K4xxx)
        QTest::newRow("undeclared") << kHead + bash + "            - echo {{ Missing }}\n"
                                    << QStringList{u"9:20:K4001"_s};
        QTest::newRow("position in literal block")
            << kHead + bash +
                   "            - |\n              set -e\n              echo {{ Nope }}\n"
            << QStringList{u"11:20:K4001"_s};
        QTest::newRow("position after escape")
            << kHead + bash + "            - \"a\\tb {{ Nope }}\"\n"
            << QStringList{u"9:21:K4001"_s};
        QTest::newRow("malformed") << kHead + bash + "            - 'echo {{ build.x.stdout }}'\n"
                                   << QStringList{u"9:21:K4002"_s};
        QTest::newRow("unterminated warns") << kHead + bash + "            - echo {{ x\n"
                                            << QStringList{u"9:20:K4003"_s};
        QTest::newRow("chaining earlier ok")
            << kHead + bash +
                   "            - echo hi\n      - name: T\n        action: ExecuteBash\n"
                   "        inputs:\n          commands:\n            - echo {{ "
                   "build.S.outputs.stdout }}\n"
            << QStringList{};
        QTest::newRow("chaining later")
            << kHead + bash +
                   "            - echo {{ build.T.outputs.stdout }}\n      - name: T\n"
                   "        action: ExecuteBash\n        inputs:\n          commands: [x]\n"
            << QStringList{u"9:20:K4005"_s};
        QTest::newRow("chaining self")
            << kHead + bash + "            - echo {{ build.S.inputs.commands }}\n"
            << QStringList{u"9:20:K4005"_s};
        QTest::newRow("chaining unknown phase")
            << kHead + bash + "            - echo {{ validate.S.outputs.stdout }}\n"
            << QStringList{u"9:20:K4004"_s};
        QTest::newRow("chaining unknown step")
            << kHead + bash + "            - echo {{ build.Nope.outputs.stdout }}\n"
            << QStringList{u"9:20:K4004"_s};
        QTest::newRow("chaining later phase")
            << kHead + bash +
                   "            - echo {{ test.T.outputs.stdout }}\n  - name: test\n    steps:\n"
                   "      - name: T\n        action: ExecuteBash\n        inputs:\n          "
                   "commands: [x]\n"
            << QStringList{u"9:20:K4005"_s};
        QTest::newRow("chaining unknown output")
            << kHead + bash +
                   "            - echo hi\n      - name: T\n        action: ExecuteBash\n"
                   "        inputs:\n          commands:\n            - echo {{ "
                   "build.S.outputs.stdot }}\n"
            << QStringList{u"14:20:K4006"_s};
        QTest::newRow("chaining unknown input")
            << kHead + bash +
                   "            - echo hi\n      - name: T\n        action: ExecuteBash\n"
                   "        inputs:\n          commands:\n            - echo {{ "
                   "build.S.inputs.file }}\n"
            << QStringList{u"14:20:K4006"_s};
        QTest::newRow("chaining index out of range")
            << kHead +
                   "      - name: Dl\n        action: S3Download\n        inputs:\n"
                   "          - source: s3://b/k\n            destination: /tmp/k\n" +
                   bash + "            - cat {{ build.Dl.inputs[1].destination }}\n"
            << QStringList{u"14:19:K4006"_s};
        QTest::newRow("loop var without loop")
            << kHead + bash + "            - echo {{ loop.value }}\n"
            << QStringList{u"9:20:K4007"_s};
        QTest::newRow("named loop ok")
            << kHead + "      - name: S\n        action: ExecuteBash\n        loop:\n          "
                       "name: L1\n"
                       "          forEach: [a]\n        inputs:\n          commands:\n"
                       "            - echo {{ L1.value }} {{ loop.index }}\n"
            << QStringList{};
        QTest::newRow("wrong loop name")
            << kHead + "      - name: S\n        action: ExecuteBash\n        loop:\n          "
                       "name: L1\n"
                       "          forEach: [a]\n        inputs:\n          commands:\n            "
                       "- echo {{ L2.value }}\n"
            << QStringList{u"12:20:K4007"_s};
        QTest::newRow("loop var in forEach item")
            << kHead + "      - name: S\n        action: ExecuteBash\n        loop:\n"
                       "          forEach: ['{{ loop.index }}']\n        inputs:\n          "
                       "commands: [x]\n"
            << QStringList{u"8:22:K4007"_s};
        QTest::newRow("forEach list undeclared")
            << kHead + "      - name: S\n        action: ExecuteBash\n        loop:\n"
                       "          forEach:\n            list: '{{ Hosts }}'\n        inputs:\n     "
                       "     commands: [x]\n"
            << QStringList{u"9:20:K4001"_s};
        QTest::newRow("namespaces ok")
            << QByteArray(
                   "parameters:\n  - SecretPath:\n      type: string\n      default: /a/b\n") +
                   kHead + bash +
                   "            - echo {{ env:PATH }} {{ context:region }} {{ aws:imds:instance-id "
                   "}}"
                   " {{ aws:ssm:/my/param }} {{ aws:ssm:resolve(SecretPath) }}\n"
            << QStringList{};
        QTest::newRow("context key") << kHead + bash + "            - echo {{ context:regoin }}\n"
                                     << QStringList{u"9:20:K4008"_s};
        QTest::newRow("imds iam")
            << kHead + bash + "            - echo {{ aws:imds:iam/security-credentials/r }}\n"
            << QStringList{u"9:20:K4009"_s};
        QTest::newRow("imds credentials")
            << kHead + bash + "            - echo {{ aws:imds:/identity-credentials/ec2 }}\n"
            << QStringList{u"9:20:K4009"_s};
        QTest::newRow("ssm name") << kHead + bash + "            - echo {{ aws:ssm:my param }}\n"
                                  << QStringList{u"9:20:K4010"_s};
        QTest::newRow("ssm relative path")
            << kHead + bash + "            - echo {{ aws:ssm:a/b }}\n"
            << QStringList{u"9:20:K4010"_s};
        QTest::newRow("resolve undeclared")
            << kHead + bash + "            - echo {{ aws:ssm:resolve(Nope) }}\n"
            << QStringList{u"9:20:K4011"_s};
        QTest::newRow("resolve ssm")
            << kHead + bash + "            - echo {{ aws:ssm:resolve(aws:ssm:/x) }}\n"
            << QStringList{};
        QTest::newRow("reference in step name")
            << kHead + "      - name: 'S{{ X }}'\n        action: ExecuteBash\n        inputs:\n   "
                       "       commands: [x]\n"
            << QStringList{u"5:17:K4012"_s};
        QTest::newRow("reference in default warns")
            << QByteArray(
                   "parameters:\n  - Dir:\n      type: string\n      default: '{{ Other }}'\n") +
                   kHead + bash + "            - x\n"
            << QStringList{u"4:17:K4012"_s};

        // --- loops (K5xxx)
        QTest::newRow("duplicate loop name")
            << kHead + "      - name: A\n        action: ExecuteBash\n        loop: {name: L1, "
                       "forEach: [a]}\n"
                       "        inputs: {commands: [x]}\n"
                       "      - name: B\n        action: ExecuteBash\n        loop: {name: L1, "
                       "forEach: [a]}\n"
                       "        inputs: {commands: [x]}\n"
            << QStringList{u"11:22:K5008"_s};
        QTest::newRow("same loop name in two phases")
            << kHead + "      - name: A\n        action: ExecuteBash\n        loop: {name: L1, "
                       "forEach: [a]}\n"
                       "        inputs: {commands: [x]}\n  - name: test\n    steps:\n"
                       "      - name: B\n        action: ExecuteBash\n        loop: {name: L1, "
                       "forEach: [a]}\n"
                       "        inputs: {commands: [x]}\n"
            << QStringList{};
        QTest::newRow("loop name clashes with phase")
            << kHead + "      - name: A\n        action: ExecuteBash\n        loop: {name: build, "
                       "forEach: [a]}\n"
                       "        inputs: {commands: [x]}\n"
            << QStringList{u"7:22:K5009"_s};
        QTest::newRow("loop zero step")
            << kHead + "      - name: A\n        action: ExecuteBash\n        loop:\n          "
                       "for: {start: 1, end: 2, updateBy: 0}\n"
                       "        inputs: {commands: [x]}\n"
            << QStringList{u"8:45:K5003"_s};

        // --- conditions (K6xxx) and their operands
        QTest::newRow("if ok with chaining")
            << kHead + bash +
                   "            - echo s3\n      - name: T\n        action: ExecuteBash\n"
                   "        if:\n          stringEquals: s3\n          value: '{{ "
                   "build.S.outputs.stdout }}'\n"
                   "        inputs: {commands: [x]}\n"
            << QStringList{};
        QTest::newRow("if typo")
            << kHead + "      - name: A\n        action: ExecuteBash\n        if:\n"
                       "          stringlessThan: a\n          value: b\n        inputs: "
                       "{commands: [x]}\n"
            << QStringList{u"8:11:K6002"_s};
        QTest::newRow("if value undeclared")
            << kHead + "      - name: A\n        action: ExecuteBash\n        if:\n"
                       "          stringEquals: a\n          value: '{{ Nope }}'\n        inputs: "
                       "{commands: [x]}\n"
            << QStringList{u"9:19:K4001"_s};
        QTest::newRow("if loop variable")
            << kHead + "      - name: A\n        action: ExecuteBash\n        loop: {forEach: "
                       "[a]}\n        if:\n"
                       "          fileExists: '{{ loop.value }}'\n        inputs: {commands: [x]}\n"
            << QStringList{u"9:24:K4007"_s};
        QTest::newRow("assert later step")
            << kHead +
                   "      - name: A\n        action: Assert\n        inputs:\n          "
                   "stringEquals: '2.1.1'\n"
                   "          value: '{{ build.S.outputs.stdout }}'\n" +
                   bash + "            - x\n"
            << QStringList{u"9:19:K4005"_s};
        QTest::newRow("assert two operators")
            << kHead + "      - name: A\n        action: Assert\n        inputs:\n          "
                       "fileExists: /a\n"
                       "          folderExists: /b\n"
            << QStringList{u"9:11:K6001"_s};
    }

    void diagnostics()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        QCOMPARE(exprDiagnostics(yaml), expected);
    }

    void unusedVariables()
    {
        const QByteArray yaml =
            "parameters:\n  - Used1:\n      type: string\n  - Unused1:\n      type: string\n"
            "constants:\n  - Resolved:\n      type: string\n      value: /p\n"
            "  - Unused2:\n      type: string\n      value: x\n" +
            kHead +
            "      - name: S\n        action: ExecuteBash\n        inputs:\n"
            "          commands: ['{{ Used1 }} {{ aws:ssm:resolve(Resolved) }}']\n";
        QCOMPARE(exprDiagnostics(yaml, {}, true), (QStringList{u"4:5:K7009"_s, u"10:5:K7009"_s}));
    }

    void runOptions_data()
    {
        QTest::addColumn<QString>("parameters"); // "-" = not given
        QTest::addColumn<QString>("phases");     // "-" = not given
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("not given") << u"-"_s << u"-"_s << QStringList{};
        QTest::newRow("all passed") << u"Required=x"_s << u"build"_s << QStringList{};
        QTest::newRow("missing required")
            << u"Optional=y"_s << u"-"_s << QStringList{u"2:5:K7007"_s};
        QTest::newRow("undeclared name")
            << u"Required=x,Requird=y"_s << u"-"_s << QStringList{u"1:1:K7006"_s};
        QTest::newRow("constant passed")
            << u"Required=x,Konst=y"_s << u"-"_s << QStringList{u"1:1:K7006"_s};
        QTest::newRow("no phase selected")
            << u"-"_s << u"biuld,tset"_s << QStringList{u"11:1:K7008"_s};
        QTest::newRow("one phase matches") << u"-"_s << u"build,nope"_s << QStringList{};
    }

    void runOptions()
    {
        QFETCH(QString, parameters);
        QFETCH(QString, phases);
        QFETCH(QStringList, expected);
        const QByteArray yaml =
            "parameters:\n  - Required:\n      type: string\n  - Optional:\n      type: string\n"
            "      default: x\nconstants:\n  - Konst:\n      type: string\n      value: k\n"
            "phases:\n  - name: build\n    steps:\n      - name: S\n        action: ExecuteBash\n"
            "        inputs:\n          commands: ['{{ Required }}{{ Optional }}{{ Konst }}']\n";
        ValidationOptions options;
        if (parameters != u"-") {
            QString why;
            options.runParameters = parseRunParameters(parameters, &why);
            QVERIFY2(options.runParameters, qPrintable(why));
        }
        if (phases != u"-")
            options.selectedPhases = parsePhaseList(phases);
        QCOMPARE(exprDiagnostics(yaml, options), expected);
    }

    void chainingAcrossPhaseSelection_data()
    {
        QTest::addColumn<QString>("phases");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("both selected") << u"build,test"_s << QStringList{};
        QTest::newRow("only the reader") << u"test"_s << QStringList{u"14:20:K7010"_s};
        QTest::newRow("only the source") << u"build"_s << QStringList{};
    }

    void chainingAcrossPhaseSelection()
    {
        QFETCH(QString, phases);
        QFETCH(QStringList, expected);
        const QByteArray yaml =
            kHead +
            "      - name: S\n        action: ExecuteBash\n        inputs: {commands: [x]}\n"
            "  - name: test\n    steps:\n      - name: T\n        action: ExecuteBash\n"
            "        inputs:\n          commands:\n            - echo {{ build.S.outputs.stdout "
            "}}\n";
        ValidationOptions options;
        options.selectedPhases = parsePhaseList(phases);
        QCOMPARE(exprDiagnostics(yaml, options), expected);
    }

    void parameterSyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // name=value pairs; empty = rejected
        QTest::newRow("two") << u"a=b,c=d"_s << QStringList{u"a=b"_s, u"c=d"_s};
        QTest::newRow("first equals splits")
            << u"url=http://x?a=b"_s << QStringList{u"url=http://x?a=b"_s};
        QTest::newRow("no equals") << u"a"_s << QStringList{};
        QTest::newRow("empty name") << u"=b"_s << QStringList{};
        QTest::newRow("empty value") << u"ntp-server="_s << QStringList{};
        QTest::newRow("empty item") << u"a=b,"_s << QStringList{};
    }

    void parameterSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QString why;
        const std::optional<RunParameters> parsed = parseRunParameters(text, &why);
        QCOMPARE(parsed.has_value(), !expected.isEmpty());
        if (!parsed) {
            QVERIFY(!why.isEmpty());
            return;
        }
        QStringList got;
        for (const auto &[name, value] : *parsed)
            got << name + u'=' + value;
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestExprChecks)
#include "tst_exprchecks.moc"
