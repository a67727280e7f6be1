// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// End-to-end tests of `kiln run`: the built binary on the documents in
// tests/data/run, in temporary folders, checking exit codes, the printed
// summary, detailedoutput.json, console.log, and that no process outlives a
// timeout or an interrupt.
#include "fakessm.h"
#include "kilnrun.h"
#include "processprobe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString runDoc(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/run/") + name;
}

// Result, kiln(), finish(), runFolder(), detailed(), readText(), stepsByName():
// tests/common/kilnrun.h.
using namespace KilnTest;

QJsonObject firstOutput(const QJsonObject &step)
{
    return QJsonDocument::fromJson(step.value(u"outputs"_s).toString().toUtf8())
        .array()
        .at(0)
        .toObject();
}

using KilnTest::processGone;

qint64 pidFrom(const QString &file)
{
    return readText(file).trimmed().toLongLong();
}

} // namespace

class TestCliRun : public QObject
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

    void onFailureValues()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"onfailure.yaml"_s), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 4);
        QCOMPARE(r.summary.value(u"failedStepCount"_s).toInt(), 2);
        QCOMPARE(r.summary.value(u"ignoredFailedStepCount"_s).toInt(), 1);
        const auto steps = stepsByName(detailed(logs.path()));
        QCOMPARE(steps.value(u"FailIgnored"_s).value(u"status"_s).toString(), u"ignoredFailure"_s);
        QCOMPARE(steps.value(u"FailContinue"_s).value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(steps.value(u"After"_s).value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(steps.value(u"FailAbort"_s).value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(steps.value(u"FailAbort"_s)
                    .value(u"failureMessage"_s)
                    .toString()
                    .contains(u"exit code 5"_s));
        // Steps the Abort kept from running are reported as notRun, with why, and
        // are not counted (executedStepCount above is 4).
        for (const QString &name : {u"Never"_s, u"NeverEither"_s}) {
            QCOMPARE(steps.value(name).value(u"status"_s).toString(), u"notRun"_s);
            QVERIFY2(steps.value(name)
                         .value(u"failureMessage"_s)
                         .toString()
                         .contains(u"step build.FailAbort failed and its onFailure is Abort"_s),
                     qPrintable(steps.value(name).value(u"failureMessage"_s).toString()));
        }
        const QJsonArray phases = detailed(logs.path())
                                      .value(u"documents"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"phases"_s)
                                      .toArray();
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases.at(0).toObject().value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(phases.at(1).toObject().value(u"status"_s).toString(), u"notRun"_s);
        QVERIFY(!r.out.contains(u"never-ran"_s));
        QVERIFY(r.out.contains(u"after-ran"_s));
    }

    void ignoredFailureStillSucceeds()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"ignored.yaml"_s), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"successWithIgnoredFailure"_s);
        const QJsonObject d = detailed(logs.path());
        const QJsonObject phase = d.value(u"documents"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"phases"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(phase.value(u"status"_s).toString(), u"successWithIgnoredFailure"_s);
    }

    void retryRerunsUntilSuccess()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const Result r = kiln({u"-d"_s, runDoc(u"retry.yaml"_s), u"-l"_s, logs.path(),
                               u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 1); // NeverSucceeds fails (Continue)
        QCOMPARE(readText(work.filePath(u"count"_s)).trimmed(), u"3"_s);
        QCOMPARE(readText(work.filePath(u"tries"_s)).count(u"try"_s), 2);
        const auto steps = stepsByName(detailed(logs.path()));
        QCOMPARE(steps.value(u"Flaky"_s).value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(steps.value(u"Flaky"_s).value(u"maxAttempts"_s).toInt(), 3);
        QCOMPARE(firstOutput(steps.value(u"Flaky"_s)).value(u"stdout"_s).toString(),
                 u"attempt 3"_s);
        QCOMPARE(steps.value(u"NeverSucceeds"_s).value(u"status"_s).toString(), u"failed"_s);
    }

    void timeoutKillsGrandchild()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const Result r =
            kiln({u"-d"_s, runDoc(u"timeout.yaml"_s), u"-l"_s, logs.path(), u"--grace-period"_s,
                  u"1"_s, u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 1);
        const auto steps = stepsByName(detailed(logs.path()));
        QCOMPARE(steps.value(u"Slow"_s).value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(
            steps.value(u"Slow"_s).value(u"failureMessage"_s).toString().contains(u"timed out"_s));
        QCOMPARE(steps.value(u"Slow"_s).value(u"timeoutSeconds"_s).toInt(), 1);
        QCOMPARE(steps.value(u"AfterTimeout"_s).value(u"status"_s).toString(), u"success"_s);
        const qint64 grandchild = pidFrom(work.filePath(u"grandchild.pid"_s));
        QVERIFY(grandchild > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
    }

    void loops()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"loops.yaml"_s), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 1);
        const auto steps = stepsByName(detailed(logs.path()));
        QCOMPARE(firstOutput(steps.value(u"Count"_s)).value(u"stdout"_s).toString(),
                 u"n=1 i=0\nn=3 i=1\nn=5 i=2"_s);
        QCOMPARE(firstOutput(steps.value(u"Each"_s)).value(u"stdout"_s).toString(),
                 u"red\ngreen"_s);
        QCOMPARE(firstOutput(steps.value(u"Split"_s)).value(u"stdout"_s).toString(),
                 u"host alpha\nhost beta\nhost gamma"_s);
        const QJsonObject failing = steps.value(u"Failing"_s);
        QCOMPARE(failing.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(failing.value(u"failureMessage"_s).toString(), u"loop iteration(s) 1 failed"_s);
        QVERIFY(!r.out.contains(u"    never"_s)); // the loop stops at the failed iteration
        QCOMPARE(failing.value(u"loop"_s).toObject().value(u"forEach"_s).toArray().size(), 3);
        QCOMPARE(
            firstOutput(steps.value(u"UsesLoopOutput"_s)).value(u"stdout"_s).toString().trimmed(),
            u"3"_s);
    }

    void loopIterationLimitOption()
    {
        // loops.yaml's `Count` loop has 3 iterations: a cap of 2 fails it before it
        // runs; the cap names the option that raises it.
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"loops.yaml"_s), u"-l"_s, logs.path(),
                               u"--max-loop-iterations"_s, u"2"_s});
        QCOMPARE(r.exitCode, 1);
        const auto steps = stepsByName(detailed(logs.path()));
        const QJsonObject count = steps.value(u"Count"_s);
        QCOMPARE(count.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY2(count.value(u"failureMessage"_s)
                     .toString()
                     .contains(u"3 iterations, more than the limit of 2"_s),
                 qPrintable(count.value(u"failureMessage"_s).toString()));
        QVERIFY(!r.out.contains(u"n=1 i=0"_s)); // no iteration ran
    }

    void conditionsAndAssert()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"conditions.yaml"_s), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 1);
        const auto steps = stepsByName(detailed(logs.path()));
        const QHash<QString, QString> expected{{u"RunsBecauseBash"_s, u"success"_s},
                                               {u"SkippedNoSuchFile"_s, u"skipped"_s},
                                               {u"ElseExecute"_s, u"success"_s},
                                               {u"Version"_s, u"success"_s},
                                               {u"VersionIs211"_s, u"success"_s},
                                               {u"AssertFails"_s, u"failed"_s},
                                               {u"AbortByCondition"_s, u"ignoredFailure"_s}};
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(steps.value(it.key()).value(u"status"_s).toString(), it.value());
        QVERIFY(!r.out.contains(u"should-not-run"_s));
        QVERIFY(!r.out.contains(u"aborted-should-not-run"_s));
        QVERIFY(r.out.contains(u"else-ran"_s));
        // Chaining: the Assert's recorded inputs hold the substituted value.
        QVERIFY(steps.value(u"VersionIs211"_s).value(u"inputs"_s).toString().contains(u"2.1.1"_s));
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(),
                 6); // the skipped step is not counted
    }

    void parameterPrecedence()
    {
        QTemporaryDir logs;
        QTemporaryDir tmp;
        QFile cfg(tmp.filePath(u"config.json"_s));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(QJsonDocument(
                      QJsonObject{
                          {u"documents"_s,
                           QJsonArray{QJsonObject{
                               {u"path"_s, runDoc(u"params.yaml"_s)},
                               {u"parameters"_s,
                                QJsonArray{QJsonObject{{u"name"_s, u"FromConfig"_s},
                                                       {u"value"_s, u"per-document"_s}}}}}}},
                          {u"parameters"_s,
                           QJsonArray{
                               QJsonObject{{u"name"_s, u"FromConfig"_s}, {u"value"_s, u"global"_s}},
                               QJsonObject{{u"name"_s, u"FromCli"_s}, {u"value"_s, u"global"_s}}}},
                          {u"logDirectory"_s, logs.path()}})
                      .toJson());
        cfg.close();
        Result r = kiln({u"-c"_s, cfg.fileName()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"default-value|per-document|global|constant-value"_s),
                 qPrintable(r.out));

        QTemporaryDir logs2;
        r = kiln({u"-d"_s, runDoc(u"params.yaml"_s), u"-l"_s, logs2.path(), u"--parameters"_s,
                  u"FromCli=cli=value,Unknown=ignored"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"default-value|default-value|cli=value|constant-value"_s),
                 qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("config with documents")
            << QStringList{u"-c"_s, runDoc(u"params.yaml"_s), u"-d"_s, runDoc(u"params.yaml"_s)};
        QTest::newRow("parameter without value")
            << QStringList{u"-d"_s, runDoc(u"params.yaml"_s), u"--parameters"_s, u"FromCli="_s};
        QTest::newRow("no documents") << QStringList{};
        QTest::newRow("config is not JSON") << QStringList{u"-c"_s, runDoc(u"params.yaml"_s)};
        QTest::newRow("missing file") << QStringList{u"-d"_s, runDoc(u"no-such.yaml"_s)};
        QTest::newRow("bad reboot mode")
            << QStringList{u"-d"_s, runDoc(u"params.yaml"_s), u"--reboot=sometimes"_s};
        QTest::newRow("handoff without state directory")
            << QStringList{u"-d"_s, runDoc(u"params.yaml"_s), u"--reboot=handoff"_s};
        QTest::newRow("zero loop iterations")
            << QStringList{u"-d"_s, runDoc(u"params.yaml"_s), u"--max-loop-iterations"_s, u"0"_s};
        QTest::newRow("loop iterations not a number")
            << QStringList{u"-d"_s, runDoc(u"params.yaml"_s), u"--max-loop-iterations=many"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir logs;
        const Result r = kiln(args + QStringList{u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(runFolder(logs.path()).isEmpty()); // nothing ran, no log folder
    }

    // The execution id names the log folder, so it must be one safe path
    // component (executionid.h); -i ../../../x wrote the run folder outside
    // --log-directory. A bad id, from -i, a --config file or a state file,
    // stops kiln before anything runs or is written (exit 2).
    void executionIdIsOneSafeName_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << u"0f8e3c1a-6b2d-4e5f-9a7b-1c2d3e4f5a6b"_s << true;
        QTest::newRow("name") << u"nightly-2024.06_2"_s << true;
        QTest::newRow("128 characters") << QString(128, u'a') << true;
        QTest::newRow("escapes upwards") << u"../../../x"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("backslash") << u"a\\b"_s << false;
        QTest::newRow("dot dot") << u".."_s << false;
        QTest::newRow("dot") << u"."_s << false;
        QTest::newRow("hidden") << u".x"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << u"-x"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("newline") << u"a\nb"_s << false;
        QTest::newRow("non-ASCII") << u"café"_s << false;
        QTest::newRow("129 characters") << QString(129, u'a') << false;
    }

    void executionIdIsOneSafeName()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QTemporaryDir root;
        const QString logs = root.filePath(u"logs/deep"_s);
        QVERIFY(QDir().mkpath(logs));
        const QStringList run{u"-d"_s, runDoc(u"phases.yaml"_s), u"-l"_s,
                              logs,    u"--parameters"_s,        u"Dir="_s + root.path()};
        const auto written = [&] {
            QStringList files;
            QDirIterator it(root.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << QDir(root.path()).relativeFilePath(it.next());
            files.sort();
            return files;
        };
        Result r = kiln(run + QStringList{u"--execution-id=%1"_s.arg(id)});
        if (valid) {
            QCOMPARE(r.exitCode, 0);
            QVERIFY(runFolder(logs).endsWith(u"_UTC-0_"_s + id));
            return;
        }
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"kiln run: --execution-id: '"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"cannot be an execution id"_s), qPrintable(r.err));
        QCOMPARE(written(), (QStringList{u"logs"_s, u"logs/deep"_s}));

        // The same id from a --config file (where an empty one means "not given").
        if (!id.isEmpty()) {
            QFile cfg(root.filePath(u"config.json"_s));
            QVERIFY(cfg.open(QIODevice::WriteOnly));
            cfg.write(QJsonDocument(
                          QJsonObject{{u"documents"_s, QJsonArray{QJsonObject{
                                                           {u"path"_s, runDoc(u"phases.yaml"_s)}}}},
                                      {u"logDirectory"_s, logs},
                                      {u"executionId"_s, id}})
                          .toJson());
            cfg.close();
            r = kiln({u"-c"_s, cfg.fileName()});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"config.json: \"executionId\": '"_s), qPrintable(r.err));
            QCOMPARE(written(), (QStringList{u"config.json"_s, u"logs"_s, u"logs/deep"_s}));
            QFile::remove(cfg.fileName());
        }

        // And from the state file of a run to resume.
        const QString state = root.filePath(u"state"_s);
        QVERIFY(QDir().mkpath(state));
        QFile stateFile(QDir(state).filePath(u"kiln-executionstate.json"_s));
        QVERIFY(stateFile.open(QIODevice::WriteOnly));
        stateFile.write(
            QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"executionId"_s, id}}).toJson());
        stateFile.close();
        r = kiln({u"-s"_s, state, u"-l"_s, logs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"kiln run: the state file %1: '"_s.arg(stateFile.fileName())),
                 qPrintable(r.err));
        QVERIFY(runFolder(logs).isEmpty());
    }

    void invalidDocumentRunsNothing()
    {
        QTemporaryDir logs;
        QFile::remove(u"/tmp/kiln-invalid-must-not-run"_s);
        const Result r = kiln({u"-d"_s, runDoc(u"invalid.yaml"_s), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"invalid.yaml:"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(u"/tmp/kiln-invalid-must-not-run"_s));
        QVERIFY(runFolder(logs.path()).isEmpty());
    }

    void reportFiles()
    {
        QTemporaryDir logs;
        const QString junit = logs.filePath(u"junit.xml"_s);
        const Result r = kiln({u"-d"_s, runDoc(u"onfailure.yaml"_s), u"-l"_s, logs.path(), u"-i"_s,
                               u"my-execution"_s, u"--junit"_s, junit});
        QCOMPARE(r.exitCode, 1);
        const QString folder = runFolder(logs.path());
        QVERIFY(QRegularExpression(
                    u"/TOE_\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d_UTC-0_my-execution$"_s)
                    .match(folder)
                    .hasMatch());
        for (const QString &f :
             {u"document.yaml"_s, u"console.log"_s, u"application.log"_s, u"detailedoutput.json"_s})
            QVERIFY2(QFile::exists(QDir(folder).filePath(f)), qPrintable(f));
        const QString console = readText(QDir(folder).filePath(u"console.log"_s));
        QVERIFY(console.contains(u"ignored-ran"_s));                       // step output
        QVERIFY(console.contains(u"\"executionId\": \"my-execution\""_s)); // and the summary
        QVERIFY(readText(QDir(folder).filePath(u"application.log"_s)).contains(u"[core.exec]"_s));

        const QJsonObject d = detailed(logs.path());
        QCOMPARE(d.value(u"executionId"_s).toString(), u"my-execution"_s);
        const QRegularExpression rfc3339(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"_s);
        QVERIFY(rfc3339.match(d.value(u"startTime"_s).toString()).hasMatch());
        const QJsonObject step = stepsByName(d).value(u"FailIgnored"_s);
        for (const QString &key :
             {u"name"_s, u"status"_s, u"failureMessage"_s, u"timeoutSeconds"_s, u"onFailure"_s,
              u"maxAttempts"_s, u"action"_s, u"startTime"_s, u"endTime"_s, u"inputs"_s,
              u"outputs"_s, u"loop"_s, u"detailedOutput"_s})
            QVERIFY2(step.contains(key), qPrintable(key));
        QVERIFY(step.value(u"inputs"_s).isString());
        QCOMPARE(QJsonDocument::fromJson(step.value(u"inputs"_s).toString().toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value(u"commands"_s)
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(step.value(u"onFailure"_s).toString(), u"Ignore"_s);
        QCOMPARE(step.value(u"timeoutSeconds"_s).toInt(), 7200);
        QVERIFY(step.value(u"loop"_s).isNull());
        QVERIFY(rfc3339.match(step.value(u"endTime"_s).toString()).hasMatch());

        const QString xml = readText(junit);
        QVERIFY(xml.contains(u"<testsuite name=\"onfailure.build\""_s));
        QCOMPARE(xml.count(u"<failure"_s), 2);
        QVERIFY(xml.contains(u"ignored failure"_s));
    }

    void severalDocumentsGetTheirOwnCopies()
    {
        QTemporaryDir logs;
        const Result r =
            kiln({u"-d"_s, runDoc(u"ignored.yaml"_s) + u","_s + runDoc(u"params.yaml"_s), u"-l"_s,
                  logs.path(), u"-p"_s, u"build"_s});
        QCOMPARE(r.exitCode, 0);
        const QString folder = runFolder(logs.path());
        QVERIFY(QFile::exists(QDir(folder).filePath(u"document-1-ignored.yaml"_s)));
        QVERIFY(QFile::exists(QDir(folder).filePath(u"document-2-params.yaml"_s)));
        QCOMPARE(detailed(logs.path()).value(u"documents"_s).toArray().size(), 2);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 3);
    }

    void phasesSelectInDocumentOrder()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"conditions.yaml"_s), u"-l"_s, logs.path(), u"-p"_s,
                               u"nosuchphase"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 0);
    }

    void phasesRunInDocumentOrder()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const Result r = kiln({u"-d"_s, runDoc(u"phases.yaml"_s), u"-l"_s, logs.path(), u"-p"_s,
                               u"test,build"_s, u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readText(work.filePath(u"order"_s)), u"build\ntest\n"_s);
        const QJsonArray phases = detailed(logs.path())
                                      .value(u"documents"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"phases"_s)
                                      .toArray();
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases.at(0).toObject().value(u"name"_s).toString(), u"build"_s);
        QCOMPARE(phases.at(1).toObject().value(u"name"_s).toString(), u"test"_s);
    }

    void dryRunRunsNothing()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const Result r = kiln({u"-d"_s, runDoc(u"sideeffect.yaml"_s), u"-l"_s, logs.path(),
                               u"--dry-run"_s, u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"would run ExecuteBash"_s));
        QVERIFY(r.out.contains(work.path() + u"/two"_s)); // inputs resolved per iteration
        QVERIFY(QDir(work.path()).isEmpty());
        QVERIFY(runFolder(logs.path()).isEmpty());
    }

    // The resolved path is shown next to the written one where they differ.
    void dryRunShowsResolvedPaths()
    {
        QTemporaryDir cwd;
        QVERIFY(QDir(cwd.path()).mkpath(u"run"_s));
        const QString runIn = QDir(cwd.filePath(u"run"_s)).canonicalPath();
        const Result r = kiln({u"-d"_s, runDoc(u"dryrunpaths.yaml"_s), u"--dry-run"_s}, runIn);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(
                u"\"path\":\"/usr/..\",\"recursive\":false}; path '/usr/..' resolves to '/'\n"_s),
            qPrintable(r.out));
        const QString parent = QDir(cwd.path()).canonicalPath();
        QVERIFY2(r.out.contains(u"path '../x/./y.txt' resolves to '%1/x/y.txt'"_s.arg(parent)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\"path\":\"/plain/file.txt\",\"printFileContent\":false}\n"_s),
                 qPrintable(r.out));
    }

    void executeDocumentNested()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"nested-parent.yaml"_s), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"hello parent"_s));
        QVERIFY(r.out.contains(u"child status success"_s));
        const QJsonObject step = stepsByName(detailed(logs.path())).value(u"RunChild"_s);
        QCOMPARE(step.value(u"timeoutSeconds"_s).toInt(), -1);
        const QJsonObject out = firstOutput(step);
        QCOMPARE(out.value(u"executedStepCount"_s).toInt(), 1);
        QCOMPARE(out.value(u"status"_s).toString(), u"success"_s);
        const QJsonArray nested = step.value(u"detailedOutput"_s).toArray();
        QCOMPARE(nested.size(), 1);
        QCOMPARE(nested.at(0).toObject().value(u"executionId"_s).toString(),
                 out.value(u"executionId"_s).toString());
        QVERIFY(out.value(u"executionId"_s).toString() !=
                r.summary.value(u"executionId"_s).toString());
        const QJsonObject nestedSteps = stepsByName(nested.at(0).toObject()).value(u"Greet"_s);
        QCOMPARE(firstOutput(nestedSteps).value(u"stdout"_s).toString(), u"hello parent"_s);
    }

    void executeDocumentInALoop()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"nested-loop.yaml"_s), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"hello first"_s));
        QVERIFY(r.out.contains(u"hello second"_s));
        const QJsonObject step = stepsByName(detailed(logs.path())).value(u"RunTwice"_s);
        const QJsonArray nested = step.value(u"detailedOutput"_s).toArray();
        QCOMPARE(nested.size(), 2);
        QVERIFY(nested.at(0).toObject().value(u"executionId"_s) !=
                nested.at(1).toObject().value(u"executionId"_s));
        // Loop outputs: each key's iteration values joined with newlines (§3.5).
        QCOMPARE(firstOutput(step).value(u"status"_s).toString(), u"success\nsuccess"_s);
    }

    void executeDocumentLimits_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("cycle") << u"cycle-a.yaml"_s << u"already running in this chain"_s;
        QTest::newRow("depth") << u"depth-1.yaml"_s << u"at most 3 levels"_s;
    }
    void executeDocumentLimits()
    {
        QFETCH(QString, document);
        QFETCH(QString, message);
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(document), u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.summary.value(u"failureMessage"_s).toString().contains(message),
                 qPrintable(r.summary.value(u"failureMessage"_s).toString()));
    }

    void blockedModule()
    {
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, runDoc(u"blocked.yaml"_s), u"-l"_s, logs.path(),
                               u"--blocked-action-modules"_s, u"Reboot"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.summary.value(u"failureMessage"_s).toString().contains(u"blocked"_s));
    }

    void rebootSimulated()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const Result r = kiln({u"-d"_s, runDoc(u"reboot.yaml"_s), u"-l"_s, logs.path(),
                               u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readText(work.filePath(u"log"_s)), u"before\nfirst-run\nsecond-run\nafter\n"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 4);
    }

    void rebootFailMode()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        const Result r = kiln({u"-d"_s, runDoc(u"reboot.yaml"_s), u"-l"_s, logs.path(),
                               u"--reboot=fail"_s, u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.summary.value(u"failureMessage"_s).toString().contains(u"--reboot=fail"_s));
    }

    void rebootHandoffAndResume()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        QTemporaryDir state;
        const QString junit = work.filePath(u"handoff.xml"_s);
        Result r = kiln({u"-d"_s, runDoc(u"reboot.yaml"_s), u"-l"_s, logs.path(), u"-s"_s,
                         state.path(), u"--reboot=handoff"_s, u"--parameters"_s,
                         u"Dir="_s + work.path(), u"--junit"_s, junit});
        QCOMPARE(r.exitCode, 194);
        QCOMPARE(readText(work.filePath(u"log"_s)), u"before\nfirst-run\n"_s);
        QVERIFY(QDir(state.path()).entryList(QDir::Files).size() == 1);
        {
            // The reports written at the handoff: the step that asked for the reboot
            // is rebootPending, the steps after it pending, JUnit marks them skipped.
            const QJsonObject report = detailed(logs.path());
            QCOMPARE(report.value(u"status"_s).toString(), u"rebootPending"_s);
            const auto steps = stepsByName(report);
            QCOMPARE(steps.size(), 4);
            QCOMPARE(steps.value(u"Before"_s).value(u"status"_s).toString(), u"success"_s);
            QCOMPARE(steps.value(u"RebootOnce"_s).value(u"status"_s).toString(),
                     u"rebootPending"_s);
            QCOMPARE(steps.value(u"After"_s).value(u"status"_s).toString(), u"pending"_s);
            QVERIFY2(readText(junit).contains(u"rebootPending: requested a reboot (exit 194)"_s),
                     qPrintable(readText(junit)));
        }
        // First resume: RebootOnce again, then the Reboot module hands off again.
        r = kiln({u"-s"_s, state.path()});
        QCOMPARE(r.exitCode, 194);
        QCOMPARE(readText(work.filePath(u"log"_s)), u"before\nfirst-run\nsecond-run\n"_s);
        // Second resume: continues after the Reboot step.
        r = kiln({u"-s"_s, state.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readText(work.filePath(u"log"_s)), u"before\nfirst-run\nsecond-run\nafter\n"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 4);
        QVERIFY(QDir(state.path()).entryList(QDir::Files).isEmpty()); // finished: no stale state
        // One log folder for the whole execution, with every step in the report.
        const auto steps = stepsByName(detailed(logs.path()));
        QCOMPARE(steps.size(), 4);
        QVERIFY(readText(QDir(runFolder(logs.path())).filePath(u"console.log"_s))
                    .contains(u"Resuming"_s));
    }

    // A state file keeps the studio's selection (Run This Step with the reboot mode
    // "stop"): `kiln run -s` resumes only the selected step, not the rest of the phase.
    void resumeKeepsTheSelection()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        QTemporaryDir state;
        Result r =
            kiln({u"-d"_s, runDoc(u"reboot.yaml"_s), u"-l"_s, logs.path(), u"-s"_s, state.path(),
                  u"--reboot=handoff"_s, u"--parameters"_s, u"Dir="_s + work.path()});
        QCOMPARE(r.exitCode, 194);
        QFile file(QDir(state.path()).filePath(u"kiln-executionstate.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject options = saved.value(u"options"_s).toObject();
        QCOMPARE(options.value(u"selection"_s).toObject().value(u"phase"_s).toString(), QString());
        options.insert(
            u"selection"_s,
            QJsonObject{{u"phase"_s, u"build"_s}, {u"step"_s, u"RebootOnce"_s}, {u"only"_s, true}});
        saved.insert(u"options"_s, options);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(saved).toJson());
        file.close();
        r = kiln({u"-s"_s, state.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readText(work.filePath(u"log"_s)), u"before\nfirst-run\nsecond-run\n"_s);
    }

    static bool runningGroupSaved(const QString &stateDirectory)
    {
        QFile f(QDir(stateDirectory).filePath(u"kiln-executionstate.json"_s));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
        return state.value(u"runningProcessGroup"_s).toInteger() > 0;
    }

    void resumeAfterKill9()
    {
        QTemporaryDir logs;
        QTemporaryDir work;
        QTemporaryDir state;
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, runDoc(u"longstep.yaml"_s), u"-l"_s, logs.path(),
                        u"-s"_s, state.path(), u"--parameters"_s, u"Dir="_s + work.path()});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(work.filePath(u"grandchild.pid"_s)), 20000);
        // On a loaded machine the step can get this far before kiln has saved the step's
        // process group; a kill -9 in that window leaves nothing to stop. Wait for the state.
        QTRY_VERIFY_WITH_TIMEOUT(runningGroupSaved(state.path()), 20000);
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished());
        // The orphaned step keeps running (nothing can catch SIGKILL) until the
        // resumed run stops what the state file says was running.
        const qint64 grandchild = pidFrom(work.filePath(u"grandchild.pid"_s));
        QVERIFY(grandchild > 0);
        QVERIFY(!processGone(grandchild));
        QFile marker(work.filePath(u"resume-ok"_s));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        const Result r = kiln({u"-s"_s, state.path()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readText(work.filePath(u"log"_s)),
                 u"first\nlong-resumed\nlast\n"_s); // First not rerun
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 3);
        QVERIFY(r.out.contains(u"Stopped the processes left by the interrupted step"_s));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 5000);
    }

    void interruptStopsStepAndWritesReports_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
        QTest::newRow("SIGHUP") << int(SIGHUP) << 129; // the terminal closed
    }
    void interruptStopsStepAndWritesReports()
    {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        QTemporaryDir logs;
        QTemporaryDir work;
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, runDoc(u"longstep.yaml"_s), u"-l"_s, logs.path(),
                        u"--grace-period"_s, u"2"_s, u"--parameters"_s, u"Dir="_s + work.path()});
        p.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(work.filePath(u"grandchild.pid"_s)), 20000);
        const qint64 grandchild = pidFrom(work.filePath(u"grandchild.pid"_s));
        QTRY_VERIFY(grandchild > 0 || pidFrom(work.filePath(u"grandchild.pid"_s)) > 0);
        ::kill(static_cast<pid_t>(p.processId()), signal);
        const Result r = finish(p);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.summary.value(u"status"_s).toString(), u"cancelled"_s);
        const auto steps = stepsByName(detailed(logs.path()));
        QCOMPARE(steps.value(u"Long"_s).value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(steps.value(u"Last"_s).value(u"status"_s).toString(), u"notRun"_s);
        QCOMPARE(steps.value(u"Last"_s).value(u"failureMessage"_s).toString(),
                 u"not run: the run was cancelled"_s);
        QCOMPARE(r.summary.value(u"executedStepCount"_s).toInt(), 2); // Last is not counted
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pidFrom(work.filePath(u"grandchild.pid"_s))), 5000);
        QVERIFY(processGone(pidFrom(work.filePath(u"shell.pid"_s))));
    }

    // The Linux documents of the corpus that run without AWS, Windows or
    // changes to the machine (see MANIFEST.tsv), with the status each must end
    // in. The file-module samples point at paths that do not exist, so they
    // fail, each with the module's own message.
    void corpusDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("002") << u"002_hello-params-linux.yaml"_s << 0 << u"success"_s << QString();
        QTest::newRow("004") << u"004_exitcode-194-reboot.yaml"_s << 0 << u"success"_s << QString();
        QTest::newRow("011") << u"011_hello-world-linux.yaml"_s << 0 << u"success"_s << QString();
        QTest::newRow("036") << u"036_cookbook-reboot-and-resume.yaml"_s << 0 << u"success"_s
                             << QString();
        QTest::newRow("038") << u"038_cookbook-tolerated-failure.yaml"_s << 0 << QString()
                             << QString();
        QTest::newRow("077") << u"077_managed-reboot-linux.yaml"_s << 0 << u"success"_s
                             << QString();
        QTest::newRow("061") << u"061_toadslop-readfile.yaml"_s << 1 << u"failed"_s
                             << u"ReadFile: file '/home/UserName/SampleFile.txt' does not exist"_s;
        QTest::newRow("062") << u"062_toadslop-permissions.yaml"_s << 1 << u"failed"_s
                             << u"SetFilePermissions:"_s;
        QTest::newRow("063") << u"063_toadslop-symlink.yaml"_s << 1 << u"failed"_s
                             << u"CreateSymlink:"_s;
        QTest::newRow("064") << u"064_toadslop-setfolderowner.yaml"_s << 1 << u"failed"_s
                             << u"SetFolderOwner:"_s;
    }
    void corpusDocuments()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QFETCH(QString, message);
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/") + file,
                               u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, exitCode);
        if (!status.isEmpty())
            QCOMPARE(r.summary.value(u"status"_s).toString(), status);
        else // rpm -q htop: ignored failure on most machines, success where htop is an rpm
            QVERIFY(r.summary.value(u"status"_s).toString().startsWith(u"success"_s));
        if (!message.isEmpty())
            QVERIFY2(r.summary.value(u"failureMessage"_s).toString().contains(message),
                     qPrintable(r.summary.value(u"failureMessage"_s).toString()));
        QVERIFY(!detailed(logs.path()).isEmpty());
    }

    void webDownloadFromLocalServer()
    {
        // A minimal HTTP server on this thread; the test's event loop serves it
        // while kiln runs.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 15\r\nConnection: close\r\n\r\n"
                              "served by test\n");
                socket->disconnectFromHost();
            });
        });
        QTemporaryDir logs;
        QTemporaryDir work;
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, runDoc(u"webdownload.yaml"_s), u"-l"_s, logs.path(),
                        u"--parameters"_s,
                        u"Url=http://127.0.0.1:%1/file.txt,Dir=%2"_s.arg(server.serverPort())
                            .arg(work.path())});
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 60000);
        const Result r = finish(p);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readText(work.filePath(u"downloaded.txt"_s)), u"served by test\n"_s);
        const auto steps = stepsByName(detailed(logs.path()));
        QCOMPARE(firstOutput(steps.value(u"Download"_s)).value(u"destination"_s).toString(),
                 work.filePath(u"downloaded.txt"_s));
        QCOMPARE(firstOutput(steps.value(u"Show"_s)).value(u"stdout"_s).toString(),
                 u"served by test"_s);
    }

    void ssmSecureStringIsMasked()
    {
        FakeSsm server("hunter2-secret");
        QVERIFY(server.isListening());
        QTemporaryDir logs;
        QTemporaryDir work;
        QProcess p;
        p.setProcessEnvironment(server.environment(work.filePath(u"none"_s)));
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, runDoc(u"ssm.yaml"_s), u"-l"_s, logs.path(),
                        u"--parameters"_s, u"Dir="_s + work.path()});
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 60000);
        const Result r = finish(p);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(server.requests, 1); // one lookup, cached for the second reference
        QCOMPARE(readText(work.filePath(u"secret"_s)), u"hunter2-secret"_s);
        QVERIFY(r.out.contains(u"value is ****"_s));
        QVERIFY(!r.out.contains(u"hunter2"_s));
        const QString folder = runFolder(logs.path());
        for (const QString &f :
             {u"console.log"_s, u"detailedoutput.json"_s, u"application.log"_s, u"chaining.json"_s})
            QVERIFY2(!readText(QDir(folder).filePath(f)).contains(u"hunter2"_s), qPrintable(f));
        QVERIFY(readText(QDir(folder).filePath(u"chaining.json"_s)).contains(u"\"ssm\""_s));
    }

    // Small scripts run inline and are archived in work/scripts.sh; one over
    // the inline limit (64 KiB) still runs, from a file of its own.
    void scriptsInlineAndLarge()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(u"scripts.yaml"_s);
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: scripts\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                "      - name: Small\n        action: ExecuteBash\n        inputs:\n"
                "          commands: ['echo \"small as $0\"']\n"
                "      - name: Large\n        action: ExecuteBash\n        inputs:\n"
                "          commands:\n            - '# " +
                QByteArray(70000, 'x') + "'\n            - 'echo large-ran'\n");
        f.close();
        QTemporaryDir logs;
        const Result r = kiln({u"-d"_s, doc, u"-l"_s, logs.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"small as build/Small"_s));
        QVERIFY(r.out.contains(u"large-ran"_s));
        const QString work = QDir(runFolder(logs.path())).filePath(u"work"_s);
        const QString archive = readText(QDir(work).filePath(u"scripts.sh"_s));
        QVERIFY2(archive.contains(u"# ---- build/Small (ExecuteBash, "_s), qPrintable(archive));
        QVERIFY(archive.contains(u"echo \"small as $0\""_s));
        QVERIFY(archive.contains(u"/input.sh)"_s)); // the large one: where its file is
        QDirIterator it(work, {u"input.sh"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QVERIFY(readText(it.next()).contains(u"echo large-ran"_s));
    }

    // chaining.json: each reference a step resolved, where its value came from.
    void chainingJsonRecordsResolvedReferences()
    {
        QTemporaryDir logs;
        const Result r =
            kiln({u"-d"_s, QStringLiteral(KILN_TEST_DATA_DIR "/../../examples/chaining.yaml"),
                  u"-l"_s, logs.path()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject chaining =
            QJsonDocument::fromJson(
                readText(QDir(runFolder(logs.path())).filePath(u"chaining.json"_s)).toUtf8())
                .object();
        QCOMPARE(chaining.value(u"format"_s).toString(), u"kiln-chaining/1"_s);
        const QJsonArray refs = chaining.value(u"references"_s).toArray();
        QCOMPARE(refs.size(), 2); // UseVersion and VersionIsExpected, once each
        const QJsonObject use = refs.at(0).toObject();
        QCOMPARE(use.value(u"phase"_s).toString(), u"build"_s);
        QCOMPARE(use.value(u"step"_s).toString(), u"UseVersion"_s);
        QCOMPARE(use.value(u"expression"_s).toString(),
                 u"{{ build.ComputeVersion.outputs.stdout }}"_s);
        QCOMPARE(use.value(u"kind"_s).toString(), u"chaining"_s);
        QCOMPARE(use.value(u"source"_s).toString(), u"build.ComputeVersion.outputs[0].stdout"_s);
        QCOMPARE(use.value(u"value"_s).toString(), u"2.1.1"_s);
        QCOMPARE(refs.at(1).toObject().value(u"step"_s).toString(), u"VersionIsExpected"_s);
    }

    void imdsReference()
    {
        // IMDSv2: PUT for a token, then GET with it.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray request = socket->readAll();
                const QByteArray body = request.startsWith("PUT") ? "token-1" : "i-0kiln1234";
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                    "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        QTemporaryDir logs;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AWS_EC2_METADATA_SERVICE_ENDPOINT"_s,
                   u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
        env.remove(u"AWS_EC2_METADATA_DISABLED"_s);
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments({u"run"_s, u"-d"_s, runDoc(u"imds.yaml"_s), u"-l"_s, logs.path()});
        p.start();
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 60000);
        const Result r = finish(p);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(firstOutput(stepsByName(detailed(logs.path())).value(u"I"_s))
                     .value(u"stdout"_s)
                     .toString(),
                 u"i-0kiln1234"_s);
    }

    void versionFlag()
    {
        const Result r = kiln({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"kiln "_s));
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
