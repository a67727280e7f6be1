// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Runs the built `kiln` binary the way CI users do and checks its contract:
// compiler-style diagnostics, JSON output, and exit codes 0 / 1 / 2.
#include "kilnrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using KilnTest::Result;

Result kiln(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return KilnTest::kilnCommand(args, env);
}

QString corpus(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/") + name;
}

QString example(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/../../examples/") + name;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The checks read kiln's English texts: a developer's LANG=de_DE (or LANGUAGE=de)
    // must not turn them German. Children inherit this environment.
    void initTestCase()
    {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }

    void validDocumentExitsZeroQuietly()
    {
        const Result r = kiln({u"validate"_s, u"--documents"_s, example(u"hello-world.yaml"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
    }

    void yamlErrorsNameFileLineColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        // Positions agree with PyYAML's for the same files.
        QTest::newRow("stray quote") << u"025_chef-recipe-windows.yaml"_s
                                     << u"025_chef-recipe-windows.yaml:50:63: error[K1001]: "_s;
        QTest::newRow("bad indent")
            << u"049_workshop-snippet-bad-indent.yaml"_s
            << u"049_workshop-snippet-bad-indent.yaml:5:9: error[K1001]: "_s;
        QTest::newRow("script not a list")
            << u"072_vscode-commands-not-list.yaml"_s
            << u"072_vscode-commands-not-list.yaml:17:13: error[K1001]: "_s;
        QTest::newRow("no schemaVersion")
            << u"016_chaining-fragment-no-schema.yaml"_s
            << u"016_chaining-fragment-no-schema.yaml:1:1: error[K2002]: "_s;
    }
    void yamlErrorsNameFileLineColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const Result r = kiln({u"validate"_s, u"-d"_s, corpus(file)});
        QCOMPARE(r.exitCode, 1);
        const QString firstLine = r.out.section(u'\n', 0, 0);
        QVERIFY2(firstLine.startsWith(corpus(expected)), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"error"_s), qPrintable(r.err));
    }

    void severalDocumentsAreAllChecked()
    {
        const Result r = kiln({u"validate"_s, u"--documents"_s,
                               example(u"hello-world.yaml"_s) + u',' +
                                   corpus(u"049_workshop-snippet-bad-indent.yaml"_s) + u',' +
                                   corpus(u"016_chaining-fragment-no-schema.yaml"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(u"049_workshop-snippet-bad-indent.yaml:5:9"_s));
        QVERIFY(r.out.contains(u"016_chaining-fragment-no-schema.yaml:1:1"_s));
        QVERIFY(!r.out.contains(u"hello-world.yaml"_s));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrMentions");
        QTest::newRow("unknown flag") << QStringList{u"validate"_s, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("missing file")
            << QStringList{u"validate"_s, u"-d"_s, u"/nonexistent/x.yaml"_s}
            << u"/nonexistent/x.yaml"_s;
        QTest::newRow("no documents") << QStringList{u"validate"_s} << u"no documents"_s;
        QTest::newRow("bad format")
            << QStringList{u"validate"_s, u"--format"_s, u"xml"_s, example(u"loop.yaml"_s)}
            << u"xml"_s;
        QTest::newRow("bad platform")
            << QStringList{u"validate"_s, u"--os-platforms"_s, u"beos"_s, example(u"loop.yaml"_s)}
            << u"beos"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("parameter without =")
            << QStringList{u"validate"_s, u"--parameters"_s, u"a=b,c"_s, example(u"loop.yaml"_s)}
            << u"'c' has no '='"_s;
        QTest::newRow("parameter without value")
            << QStringList{u"validate"_s, u"--parameters"_s, u"ntp-server="_s,
                           example(u"loop.yaml"_s)}
            << u"no value"_s;
        QTest::newRow("unknown code")
            << QStringList{u"validate"_s, u"--explain"_s, u"K9999"_s} << u"K9999"_s;
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrMentions);
        const Result r = kiln(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(stderrMentions), qPrintable(r.err));
    }

    void jsonFormat()
    {
        const Result r = kiln({u"validate"_s, u"--format"_s, u"json"_s, u"-d"_s,
                               corpus(u"049_workshop-snippet-bad-indent.yaml"_s)});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"errors"_s).toInt(), 1);
        const QJsonObject doc = root.value(u"documents"_s).toArray().at(0).toObject();
        QCOMPARE(doc.value(u"valid"_s).toBool(true), false);
        const QJsonObject d = doc.value(u"diagnostics"_s).toArray().at(0).toObject();
        QCOMPARE(d.value(u"line"_s).toInt(), 5);
        QCOMPARE(d.value(u"column"_s).toInt(), 9);
        QCOMPARE(d.value(u"code"_s).toString(), u"K1001"_s);
        QCOMPARE(d.value(u"severity"_s).toString(), u"error"_s);
    }

    void explainPrintsTheRule()
    {
        const Result r = kiln({u"validate"_s, u"--explain"_s, u"k2002"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"K2002: "_s));
        QVERIFY(r.out.contains(u"schemaVersion"_s));
    }

    void versionAndHelp()
    {
        const Result v = kiln({u"--version"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(u"kiln "_s));
        const Result h = kiln({u"validate"_s, u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(u"--documents"_s));
    }

    void runOptionsWarn()
    {
        // 039 declares `source` and `sha256` without defaults.
        const Result r =
            kiln({u"validate"_s, u"--parameters"_s, u"source=https://x,sha265=abc"_s, u"--phases"_s,
                  u"biuld"_s, corpus(u"039_cookbook-webdownload-checksum.yaml"_s)});
        QCOMPARE(r.exitCode, 0); // warnings only
        QVERIFY2(r.out.contains(u"warning[K7006]: 'sha265'"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"did you mean 'sha256'"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u":12:5: warning[K7007]: parameter 'sha256'"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"parameter 'source' has no default"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"warning[K7008]"_s), qPrintable(r.out));
    }

    void scriptLintIsOnByDefault()
    {
        if (QStandardPaths::findExecutable(u"shellcheck"_s).isEmpty())
            QSKIP("shellcheck is not installed");
        // 024: `WP_ADMIN_USER_PASS=`...`` on line 33, the backtick at column 38.
        const QString doc = corpus(u"024_wordpress-db-pma.yaml"_s);
        const Result on = kiln({u"validate"_s, u"--os-platforms"_s, u"linux"_s, doc});
        QCOMPARE(on.exitCode, 0); // lint findings are never errors
        QVERIFY2(on.out.contains(u"024_wordpress-db-pma.yaml:38:"_s) &&
                     on.out.contains(u": warning[K8001]: SC2024: "_s),
                 qPrintable(on.out));
        // SC2006 is ShellCheck's style level: a hint, shown only on request.
        QVERIFY2(!on.out.contains(u"SC2006"_s), qPrintable(on.out));
        const Result verbose =
            kiln({u"validate"_s, u"--verbose"_s, u"--os-platforms"_s, u"linux"_s, doc});
        QVERIFY2(verbose.out.contains(u"024_wordpress-db-pma.yaml:33:38: hint[K8001]: SC2006: "_s),
                 qPrintable(verbose.out));
        const Result explicitOn =
            kiln({u"validate"_s, u"--lint"_s, u"--os-platforms"_s, u"linux"_s, doc});
        QCOMPARE(explicitOn.out, on.out);
        const Result off =
            kiln({u"validate"_s, u"--no-lint"_s, u"--os-platforms"_s, u"linux"_s, doc});
        QCOMPARE(off.exitCode, 0);
        QVERIFY2(!off.out.contains(u"K8001"_s), qPrintable(off.out));
    }

    // Text shows errors and warnings; info and hints with --verbose or --min-severity.
    // The exit status counts errors only; JSON carries every severity by name.
    void severityLevels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.yaml"_s);
        writeFile(path, "schemaVersion: 1.0\nparameters:\n  - Unused:\n      type: string\n"
                        "      default: x\nphases:\n  - name: build\n    steps:\n"
                        "      - name: A\n        action: UpdateOS\n        onFailure: Continue\n");
        const Result quiet = kiln({u"validate"_s, u"--no-lint"_s, path});
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out, QString());
        QVERIFY2(quiet.err.contains(u"2 more below --min-severity"_s), qPrintable(quiet.err));
        const Result verbose = kiln({u"validate"_s, u"--no-lint"_s, u"--verbose"_s, path});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.out.contains(u"t.yaml:3:5: info[K7009]: "_s), qPrintable(verbose.out));
        QVERIFY2(verbose.out.contains(u"t.yaml:11:20: hint[K3011]: "_s), qPrintable(verbose.out));
        const Result info =
            kiln({u"validate"_s, u"--no-lint"_s, u"--min-severity"_s, u"info"_s, path});
        QVERIFY2(info.out.contains(u"info[K7009]"_s) && !info.out.contains(u"hint[K3011]"_s),
                 qPrintable(info.out));
        const Result json = kiln({u"validate"_s, u"--no-lint"_s, u"--format"_s, u"json"_s, path});
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(u"info"_s).toInt(), 1);
        QCOMPARE(root.value(u"hints"_s).toInt(), 1);
        const QJsonArray diagnostics =
            root.value(u"documents"_s).toArray().at(0).toObject().value(u"diagnostics"_s).toArray();
        QCOMPARE(diagnostics.at(0).toObject().value(u"severity"_s).toString(), u"info"_s);
        QCOMPARE(diagnostics.at(1).toObject().value(u"severity"_s).toString(), u"hint"_s);
        // SARIF has no info or hint level: both are notes.
        const Result sarif = kiln({u"validate"_s, u"--no-lint"_s, u"--format"_s, u"sarif"_s, path});
        const QJsonArray results = QJsonDocument::fromJson(sarif.out.toUtf8())
                                       .object()
                                       .value(u"runs"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(u"results"_s)
                                       .toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &result : results)
            QCOMPARE(result.toObject().value(u"level"_s).toString(), u"note"_s);
        const Result bad = kiln({u"validate"_s, u"--min-severity"_s, u"note"_s, path});
        QCOMPARE(bad.exitCode, 2);
    }

    // --diff prints what --fix would change and writes nothing; --fix writes it
    // and reports what is left.
    void fixAndDiff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.yaml"_s);
        const QByteArray broken = "schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                                  "      - name: A\n        action: ExecuteBsh\n        inputs:\n"
                                  "          commands: [echo hi]\n";
        writeFile(path, broken);
        const Result diff = kiln({u"validate"_s, u"--diff"_s, path});
        QCOMPARE(diff.exitCode, 0); // nothing would be left
        QCOMPARE(diff.out, u"--- %1\n+++ %1\n@@ -3,6 +3,6 @@\n   - name: build\n     steps:\n"
                           u"       - name: A\n-        action: ExecuteBsh\n"
                           u"+        action: ExecuteBash\n         inputs:\n"
                           u"           commands: [echo hi]\n"_s.arg(path));
        QCOMPARE(readFile(path), broken);
        const Result fix = kiln({u"validate"_s, u"--fix"_s, path});
        QCOMPARE(fix.exitCode, 0);
        QVERIFY2(fix.err.contains(u"t.yaml: applied 1 fix"_s), qPrintable(fix.err));
        QCOMPARE(readFile(path), QByteArray(broken).replace("ExecuteBsh", "ExecuteBash"));
        const Result s3 = kiln({u"validate"_s, u"--fix"_s, u"s3://bucket/doc.yaml"_s});
        QCOMPARE(s3.exitCode, 2);
    }

    void lintWithoutShellcheck()
    {
        // No shellcheck on PATH: silently no lint, unless --lint asked for it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, u"/nonexistent"_s);
        const QString doc = corpus(u"024_wordpress-db-pma.yaml"_s);
        const Result quiet = kiln({u"validate"_s, u"--os-platforms"_s, u"linux"_s, doc}, env);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.out.contains(u"K8001"_s), qPrintable(quiet.out));
        QCOMPARE(quiet.err, QString());
        const Result asked = kiln({u"validate"_s, u"--lint"_s, doc}, env);
        QCOMPARE(asked.exitCode, 2);
        QVERIFY2(asked.err.contains(u"--lint needs shellcheck, which is not on PATH"_s),
                 qPrintable(asked.err));
        const Result both = kiln({u"validate"_s, u"--lint"_s, u"--no-lint"_s, doc});
        QCOMPARE(both.exitCode, 2);
    }

    void sarifFormat()
    {
        const QString bad = corpus(u"022_inspec-test-linux.yaml"_s);
        const Result r =
            kiln({u"validate"_s, u"--format"_s, u"sarif"_s, u"--no-lint"_s, u"--os-platforms"_s,
                  u"linux"_s, bad, example(u"hello-world.yaml"_s)});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject log = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
        QVERIFY(log.value(u"$schema"_s).toString().contains(u"sarif-2.1.0"_s));
        const QJsonArray runs = log.value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.at(0).toObject();
        const QJsonObject driver = run.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
        QCOMPARE(driver.value(u"name"_s).toString(), u"kiln"_s);
        // Every code of the code table is a rule, with its explanation as help.
        const QJsonArray rules = driver.value(u"rules"_s).toArray();
        QVERIFY(rules.size() >= 80);
        int k3016 = -1;
        for (int i = 0; i < rules.size(); ++i) {
            const QJsonObject rule = rules.at(i).toObject();
            QVERIFY(!rule.value(u"shortDescription"_s)
                         .toObject()
                         .value(u"text"_s)
                         .toString()
                         .isEmpty());
            QVERIFY(!rule.value(u"help"_s).toObject().value(u"text"_s).toString().isEmpty());
            if (rule.value(u"id"_s).toString() == u"K3016")
                k3016 = i;
        }
        QVERIFY(k3016 >= 0);
        // Three results: the placeholder buckets on 53:21 and 72:31 (K3027) and
        // DeleteFile's `force` on 77:13 (the valid example adds nothing).
        const QJsonArray results = run.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(u"ruleId"_s).toString(), u"K3027"_s);
        const QJsonObject result = results.at(2).toObject();
        QCOMPARE(result.value(u"ruleId"_s).toString(), u"K3016"_s);
        QCOMPARE(result.value(u"ruleIndex"_s).toInt(), k3016);
        QCOMPARE(result.value(u"level"_s).toString(), u"error"_s);
        QVERIFY(result.value(u"message"_s)
                    .toObject()
                    .value(u"text"_s)
                    .toString()
                    .contains(u"'force'"_s));
        const QJsonObject physical = result.value(u"locations"_s)
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(u"physicalLocation"_s)
                                         .toObject();
        QCOMPARE(physical.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(),
                 QUrl::fromLocalFile(bad).toString(QUrl::FullyEncoded));
        const QJsonObject region = physical.value(u"region"_s).toObject();
        QCOMPARE(region.value(u"startLine"_s).toInt(), 77);
        QCOMPARE(region.value(u"startColumn"_s).toInt(), 13);
        QCOMPARE(region.value(u"endColumn"_s).toInt(), 18); // "force"
    }

    void colorOption()
    {
        const QString bad = corpus(u"022_inspec-test-linux.yaml"_s);
        const Result always = kiln({u"validate"_s, u"--color=always"_s, u"--no-lint"_s, bad});
        QVERIFY2(always.out.contains(u"\x1b[1;31merror[K3016]:\x1b[0m"_s), qPrintable(always.out));
        // Not a terminal: auto means no colour.
        const Result automatic = kiln({u"validate"_s, u"--no-lint"_s, bad});
        QVERIFY(!automatic.out.contains(u'\x1b'));
        QVERIFY(automatic.out.contains(u":77:13: error[K3016]: "_s));
        QCOMPARE(kiln({u"validate"_s, u"--color=sometimes"_s, bad}).exitCode, 2);
    }

    void corpusNeverCrashes()
    {
        const QDir dir(QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs"));
        const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files);
        QCOMPARE(files.size(), 80);
        for (const QString &f : files) {
            const Result r =
                kiln({u"validate"_s, u"--os-platforms"_s, u"linux"_s, dir.filePath(f)});
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(f + u": "_s + r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
