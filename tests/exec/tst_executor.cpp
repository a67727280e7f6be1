// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The executor and its helpers, in process: status table and roll-up, run
// record JSON round trip, input typing from the catalogue, UpdateOS detection
// with a fake PATH, and runs of small documents with real processes and temp
// folders (signals, cancel, file modules, loops under one timeout, retries
// rerunning the whole loop, state save/resume, modules that cannot run here).
#include "actions/processactions.h"
#include "document/document.h"
#include "documentrun.h"
#include "exec/executor.h"
#include "exec/runstate.h"
#include "exec/inputconversion.h"
#include "exec/runrecord.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <unistd.h>

using namespace Kiln;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Kiln::RunStatus)
Q_DECLARE_METATYPE(Kiln::RebootMode)

namespace {

// Qt Creator's guard: a QProcess destroyed while running means a leaked child.
int g_destroyedWhileRunning = 0;
QtMessageHandler g_previousHandler = nullptr;

void countProcessLeaks(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"Destroyed while process"_s))
        ++g_destroyedWhileRunning;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Executor> executor;
    QStringList events;

    // Writes `yaml` as doc.yaml (so ExecuteDocument can resolve neighbours) and
    // prepares an executor over it.
    Executor &make(const QByteArray &yaml, const QHash<QString, QString> &parameters = {},
                   std::function<void(ExecutorOptions &)> tweak = {})
    {
        ExecutorOptions options = KilnTest::documentRun(dir, yaml, parameters);
        options.gracePeriod = 500ms;
        if (tweak)
            tweak(options);
        executor = std::make_unique<Executor>(std::move(options));
        QObject::connect(executor.get(), &Executor::stepStarted,
                         [this](int, const QString &, const QString &s, const QString &) {
                             events << u"start "_s + s;
                         });
        QObject::connect(executor.get(), &Executor::stepFinished,
                         [this](int, const QString &, const StepRecord &r) {
                             events << u"finish "_s + r.name + u' ' + statusName(r.status);
                         });
        QObject::connect(executor.get(), &Executor::runFinished,
                         [this](RunStatus s) { events << u"run "_s + statusName(s); });
        return *executor;
    }

    RunStatus run()
    {
        QSignalSpy done(executor.get(), &Executor::runFinished);
        executor->start();
        if (!done.wait(60000))
            return RunStatus::Pending;
        QTest::qWait(20);
        return executor->record().status;
    }

    const StepRecord *step(const QString &name) const
    {
        return KilnTest::findStep(executor->record(), name);
    }

    QString stdoutOf(const QString &name) const
    {
        const StepRecord *s = step(name);
        return s ? s->outputs.at(0).toObject().value(u"stdout"_s).toString() : u"<no step>"_s;
    }
};

QByteArray bashDoc(const QByteArray &steps)
{
    return "name: t\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n" + steps;
}

} // namespace

class TestExecutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(countProcessLeaks); }
    void cleanupTestCase() { QCOMPARE(g_destroyedWhileRunning, 0); }

    // The studio's "Run this step" / "Run from here" (ExecutorOptions::selection*).
    void stepSelection_data()
    {
        QTest::addColumn<QStringList>("phases");
        QTest::addColumn<QString>("selectionPhase");
        QTest::addColumn<QString>("selectionStep");
        QTest::addColumn<bool>("only");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{
            u"start A1"_s,          u"finish A1 success"_s, u"start A2"_s,
            u"finish A2 success"_s, u"start A3"_s,          u"finish A3 success"_s,
            u"start V1"_s,          u"finish V1 success"_s, u"run success"_s};
        QTest::newRow("no selection") << QStringList() << QString() << QString() << false << all;
        QTest::newRow("from A2") << QStringList() << u"build"_s << u"A2"_s << false << all.mid(2);
        QTest::newRow("only A2") << QStringList() << u"build"_s << u"A2"_s << true
                                 << QStringList{u"start A2"_s, u"finish A2 success"_s,
                                                u"run success"_s};
        QTest::newRow("from A3, validate filtered out")
            << QStringList{u"build"_s} << u"build"_s << u"A3"_s << false
            << QStringList{u"start A3"_s, u"finish A3 success"_s, u"run success"_s};
        QTest::newRow("only V1, phase not in the filter")
            << QStringList{u"build"_s} << u"validate"_s << u"V1"_s << true
            << QStringList{u"start V1"_s, u"finish V1 success"_s, u"run success"_s};
        QTest::newRow("unknown step runs nothing")
            << QStringList() << u"build"_s << u"nope"_s << true << QStringList{u"run success"_s};
    }

    void stepSelection()
    {
        QFETCH(QStringList, phases);
        QFETCH(QString, selectionPhase);
        QFETCH(QString, selectionStep);
        QFETCH(bool, only);
        QFETCH(QStringList, expected);
        Fixture f;
        f.make("name: t\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
               "      - {name: A1, action: ExecuteBash, inputs: {commands: ['true']}}\n"
               "      - {name: A2, action: ExecuteBash, inputs: {commands: ['true']}}\n"
               "      - {name: A3, action: ExecuteBash, inputs: {commands: ['true']}}\n"
               "  - name: validate\n    steps:\n"
               "      - {name: V1, action: ExecuteBash, inputs: {commands: ['true']}}\n",
               {}, [&](ExecutorOptions &o) {
                   o.phases = phases;
                   o.selectionPhase = selectionPhase;
                   o.selectionStep = selectionStep;
                   o.selectionOnly = only;
               });
        f.run();
        QCOMPARE(f.events, expected);
    }

    void statusNames_data()
    {
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("success") << RunStatus::Success << u"success"_s;
        QTest::newRow("failed") << RunStatus::Failed << u"failed"_s;
        QTest::newRow("ignored") << RunStatus::IgnoredFailure << u"ignoredFailure"_s;
        QTest::newRow("swif") << RunStatus::SuccessWithIgnoredFailure
                              << u"successWithIgnoredFailure"_s;
        QTest::newRow("skipped") << RunStatus::Skipped << u"skipped"_s;
        QTest::newRow("cancelled") << RunStatus::Cancelled << u"cancelled"_s;
    }
    void statusNames()
    {
        QFETCH(RunStatus, status);
        QFETCH(QString, name);
        QCOMPARE(statusName(status), name);
        QCOMPARE(statusFromName(name), status);
    }

    void rollUp_data()
    {
        QTest::addColumn<std::vector<RunStatus>>("children");
        QTest::addColumn<RunStatus>("expected");
        using S = RunStatus;
        QTest::newRow("all success") << std::vector<S>{S::Success, S::Success} << S::Success;
        QTest::newRow("skipped counts as success")
            << std::vector<S>{S::Skipped, S::Success} << S::Success;
        QTest::newRow("ignored") << std::vector<S>{S::Success, S::IgnoredFailure}
                                 << S::SuccessWithIgnoredFailure;
        QTest::newRow("nested ignored") << std::vector<S>{S::SuccessWithIgnoredFailure, S::Success}
                                        << S::SuccessWithIgnoredFailure;
        QTest::newRow("failed wins over ignored")
            << std::vector<S>{S::IgnoredFailure, S::Failed} << S::Failed;
        QTest::newRow("cancelled wins") << std::vector<S>{S::Failed, S::Cancelled} << S::Cancelled;
        QTest::newRow("empty") << std::vector<S>{} << S::Success;
    }
    void rollUp()
    {
        QFETCH(std::vector<RunStatus>, children);
        QFETCH(RunStatus, expected);
        QCOMPARE(Kiln::rollUp(children), expected);
    }

    void recordRoundTrip()
    {
        ExecutionRecord e;
        e.executionId = u"id-1"_s;
        e.status = RunStatus::Failed;
        e.startTime = QDateTime::fromString(u"2021-08-26T17:20:31-07:00"_s, Qt::ISODate);
        DocumentRecord d;
        d.filePath = u"main.yaml"_s;
        PhaseRecord p;
        p.name = u"build"_s;
        StepRecord s;
        s.name = u"S"_s;
        s.action = u"ExecuteBash"_s;
        s.status = RunStatus::IgnoredFailure;
        s.onFailure = u"Ignore"_s;
        s.timeoutSeconds = -1;
        s.inputs = QJsonArray{QJsonObject{{u"commands"_s, QJsonArray{u"echo \"hi\""_s}}}};
        s.outputs = QJsonArray{QJsonObject{{u"stdout"_s, u"a\nb"_s}}};
        p.steps.push_back(s);
        d.phases.push_back(p);
        e.documents.push_back(d);

        const QJsonObject json = toJson(e);
        QCOMPARE(json.value(u"startTime"_s).toString(), u"2021-08-26T17:20:31-07:00"_s);
        const QJsonObject stepJson = json.value(u"documents"_s)
                                         .toArray()[0]
                                         .toObject()
                                         .value(u"phases"_s)
                                         .toArray()[0]
                                         .toObject()
                                         .value(u"steps"_s)
                                         .toArray()[0]
                                         .toObject();
        QCOMPARE(stepJson.value(u"inputs"_s).toString(),
                 u"[{\"commands\":[\"echo \\\"hi\\\"\"]}]"_s);
        const ExecutionRecord back = executionFromJson(json);
        QCOMPARE(back.executionId, e.executionId);
        const StepRecord &bs = back.documents[0].phases[0].steps[0];
        QCOMPARE(bs.status, RunStatus::IgnoredFailure);
        QCOMPARE(bs.inputs, s.inputs);
        QCOMPARE(bs.outputs, s.outputs);
        QCOMPARE(bs.timeoutSeconds, -1);
        QCOMPARE(back.startTime, e.startTime);
    }

    // kiln run's summary agrees with its exit status: a problem outside the
    // steps (a log not written, the upload) fails a successful run's status
    // and is named in failureMessage; the counts stay the run's.
    void summaryCountsProblemsOutsideTheSteps_data()
    {
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<QString>("runMessage");
        QTest::addColumn<QString>("summaryStatus");
        QTest::addColumn<QString>("summaryMessage");
        QTest::newRow("success") << RunStatus::Success << QString() << u"failed"_s
                                 << u"cannot write a: full; cannot write b: full"_s;
        QTest::newRow("ignored failure")
            << RunStatus::SuccessWithIgnoredFailure << QString() << u"failed"_s
            << u"cannot write a: full; cannot write b: full"_s;
        QTest::newRow("failed")
            << RunStatus::Failed << u"S: exited with code 1"_s << u"failed"_s
            << u"S: exited with code 1; cannot write a: full; cannot write b: full"_s;
        QTest::newRow("cancelled") << RunStatus::Cancelled << u"cancelled"_s << u"cancelled"_s
                                   << u"cancelled; cannot write a: full; cannot write b: full"_s;
    }

    void summaryCountsProblemsOutsideTheSteps()
    {
        QFETCH(RunStatus, status);
        QFETCH(QString, runMessage);
        QFETCH(QString, summaryStatus);
        QFETCH(QString, summaryMessage);
        ExecutionRecord record;
        record.executionId = u"id"_s;
        record.status = status;
        record.failureMessage = runMessage;
        QCOMPARE(summaryJson(record, {}), summaryJson(record));
        const QJsonObject summary =
            summaryJson(record, {u"cannot write a: full"_s, u"cannot write b: full"_s});
        QCOMPARE(summary.value(u"status"_s).toString(), summaryStatus);
        QCOMPARE(summary.value(u"failureMessage"_s).toString(), summaryMessage);
        QJsonObject rest = summary;
        QJsonObject plain = summaryJson(record);
        for (const QString &key : {u"status"_s, u"failureMessage"_s}) {
            rest.remove(key);
            plain.remove(key);
        }
        QCOMPARE(rest, plain);
    }

    // The name index behind PhaseRecord::step() (a run looks each step up as it
    // starts it) must answer like a scan through the records, whatever was done.
    void phaseRecordFindsStepsByName()
    {
        PhaseRecord phase;
        const auto add = [&phase](const QString &name, RunStatus status) {
            StepRecord record;
            record.name = name;
            record.status = status;
            phase.steps.push_back(record);
        };
        add(u"a"_s, RunStatus::Success);
        add(u"b"_s, RunStatus::Success);
        QVERIFY(!phase.step(u"c"));
        add(u"c"_s, RunStatus::Running); // appended after a lookup
        QCOMPARE(phase.step(u"c")->status, RunStatus::Running);
        QCOMPARE(phase.step(u"a")->status, RunStatus::Success);

        phase.removeStep(u"c"); // a rerun replaces the last record
        QVERIFY(!phase.step(u"c"));
        add(u"c"_s, RunStatus::Failed);
        QCOMPARE(phase.step(u"c")->status, RunStatus::Failed);

        phase.removeStep(u"a"); // from the middle: the others move up
        QVERIFY(!phase.step(u"a"));
        QCOMPARE(phase.step(u"b"), &phase.steps.at(0));
        QCOMPARE(phase.step(u"c"), &phase.steps.at(1));

        phase.steps.erase(phase.steps.begin()); // behind the index's back
        QVERIFY(!phase.step(u"b"));
        QCOMPARE(phase.step(u"c"), &phase.steps.at(0));

        add(u"c"_s, RunStatus::Pending); // a duplicate: the first record is the one found
        QCOMPARE(phase.step(u"c")->status, RunStatus::Failed);
        phase.removeStep(u"c"); // removes every record of the name
        QVERIFY(phase.steps.empty());
        QVERIFY(!phase.step(u"c"));

        const PhaseRecord copy = phase; // copies keep a usable index
        QVERIFY(!copy.step(u"c"));
    }

    void inputsTyped()
    {
        const Document doc = Document::fromText(bashDoc(R"(      - name: C
        action: CreateFile
        inputs:
          - path: /tmp/x
            permissions: 0755
            overwrite: false
      - name: R
        action: Reboot
        inputs:
          delaySeconds: 5
      - name: B
        action: ExecuteBash
        inputs:
          commands: [echo 1, 'true']
)"),
                                                u"t.yaml"_s);
        const auto &steps = doc.phases.front().steps;
        const QJsonObject create = inputsToJson(u"CreateFile"_s, steps[0].inputs).at(0).toObject();
        QCOMPARE(create.value(u"permissions"_s), QJsonValue(u"0755"_s));
        QCOMPARE(create.value(u"overwrite"_s), QJsonValue(false));
        QCOMPARE(create.value(u"path"_s), QJsonValue(u"/tmp/x"_s));
        const QJsonArray reboot = inputsToJson(u"Reboot"_s, steps[1].inputs);
        QCOMPARE(reboot.size(), 1);
        QCOMPARE(reboot.at(0).toObject().value(u"delaySeconds"_s), QJsonValue(5));
        const QJsonObject bash = inputsToJson(u"ExecuteBash"_s, steps[2].inputs).at(0).toObject();
        QCOMPARE(bash.value(u"commands"_s).toArray(), (QJsonArray{u"echo 1"_s, u"true"_s}));
        // No inputs at all: a map-shaped module still records one (defaulted) entry.
        const QJsonArray none = inputsToJson(u"Reboot"_s, nullptr);
        QCOMPARE(none.size(), 1);
        QCOMPARE(none.at(0).toObject().value(u"delaySeconds"_s), QJsonValue(0));
    }

    void updateOsDetection_data()
    {
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QString>("expectedLine");
        QTest::newRow("none") << QStringList{} << QStringList{} << QStringList{} << QString()
                              << QString();
        QTest::newRow("apt all") << QStringList{u"apt-get"_s, u"yum"_s} << QStringList{}
                                 << QStringList{} << u"apt-get"_s << u"apt-get upgrade -y -q"_s;
        QTest::newRow("apt include")
            << QStringList{u"apt-get"_s} << QStringList{u"curl"_s, u"jq"_s} << QStringList{u"jq"_s}
            << u"apt-get"_s << u"apt-get install -y -q --only-upgrade 'curl'"_s;
        QTest::newRow("apt exclude")
            << QStringList{u"apt-get"_s} << QStringList{} << QStringList{u"kernel"_s}
            << u"apt-get"_s << u"apt-mark hold 'kernel'"_s;
        QTest::newRow("dnf preferred over yum")
            << QStringList{u"yum"_s, u"dnf"_s} << QStringList{} << QStringList{u"kernel*"_s}
            << u"dnf"_s << u"dnf -y upgrade --exclude='kernel*'"_s;
        QTest::newRow("yum include") << QStringList{u"yum"_s} << QStringList{u"httpd"_s}
                                     << QStringList{} << u"yum"_s << u"yum -y upgrade 'httpd'"_s;
        QTest::newRow("zypper") << QStringList{u"zypper"_s} << QStringList{} << QStringList{}
                                << u"zypper"_s << u"zypper --non-interactive update"_s;
    }
    void updateOsDetection()
    {
        QFETCH(QStringList, installed);
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        QFETCH(QString, manager);
        QFETCH(QString, expectedLine);
        QTemporaryDir fakeBin;
        for (const QString &tool : installed) {
            QFile f(fakeBin.filePath(tool));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nexit 0\n");
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        const auto plan = planUpdateOs({fakeBin.path()}, include, exclude, *hostTarget());
        if (manager.isEmpty()) {
            QVERIFY(!plan);
            return;
        }
        QVERIFY(plan);
        QCOMPARE(plan->manager, manager);
        QVERIFY2(plan->script.contains(expectedLine), qPrintable(plan->script));
    }

    void signalsInOrderAndOnce()
    {
        Fixture fx;
        fx.make(bashDoc(R"(      - name: A
        action: ExecuteBash
        inputs:
          commands: ['echo one', 'echo two >&2']
      - name: B
        action: ExecuteBash
        inputs:
          commands: ['printf "x\n\n"']
)"));
        QSignalSpy output(fx.executor.get(), &Executor::stepOutput);
        QCOMPARE(fx.run(), RunStatus::Success);
        QCOMPARE(fx.events, (QStringList{u"start A"_s, u"finish A success"_s, u"start B"_s,
                                         u"finish B success"_s, u"run success"_s}));
        QCOMPARE(output.count(), 4); // one, two (stderr), x, ""
        QCOMPARE(output.at(1).at(3).value<OutputChannel>(), OutputChannel::StdErr);
        QCOMPARE(fx.stdoutOf(u"A"_s), u"one"_s); // stderr is not in stdout
        QCOMPARE(fx.stdoutOf(u"B"_s), u"x\n"_s); // exactly one trailing newline trimmed
    }

    void cancelIsNotAFailure()
    {
        Fixture fx;
        fx.make(bashDoc(R"(      - name: Sleep
        action: ExecuteBash
        inputs:
          commands: ['echo started', 'sleep 300']
      - name: Never
        action: ExecuteBash
        inputs:
          commands: ['true']
)"));
        QSignalSpy done(fx.executor.get(), &Executor::runFinished);
        connect(fx.executor.get(), &Executor::stepOutput, fx.executor.get(),
                [&] { fx.executor->cancel(); });
        fx.executor->start();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(fx.executor->record().status, RunStatus::Cancelled);
        QVERIFY(fx.executor->wasCancelled());
        QCOMPARE(fx.step(u"Sleep"_s)->status, RunStatus::Cancelled);
        QVERIFY(fx.step(u"Never"_s));
        QCOMPARE(fx.step(u"Never"_s)->status, RunStatus::NotRun); // listed, never started
        QVERIFY(!fx.step(u"Never"_s)->startTime.isValid());
        QCOMPARE(fx.executor->record().counters().executed, 1);
        QCOMPARE(fx.executor->record().counters().failed, 0);
    }

    void fileModulesAndChaining()
    {
        Fixture fx;
        const QString file = fx.dir.filePath(u"sub/hello.txt"_s);
        // Target is declared without default; the run-time value fills it.
        fx.make(bashDoc(R"(      - name: Create
        action: CreateFile
        inputs:
          - path: '{{ Target }}'
            content: hello file
      - name: Read
        action: ReadFile
        inputs:
          - path: '{{ build.Create.inputs[0].path }}'
      - name: Echo
        action: ExecuteBash
        inputs:
          commands: ['echo "read: {{ build.Read.outputs.content }}"']
)")
                    .replace("phases:", "parameters:\n  - Target:\n      type: string\nphases:"),
                {{u"Target"_s, file}});
        QCOMPARE(fx.run(), RunStatus::Success);
        QVERIFY(QFile::exists(file));
        QCOMPARE(fx.stdoutOf(u"Echo"_s), u"read: hello file"_s);
    }

    // A file module runs on a worker thread; destroying the executor (the
    // studio closing mid-run) cancels it and waits for it, and no result may
    // reach the destroyed step afterwards (the ASan leg would see the use after free).
    void fileModuleDestroyedWhileRunning()
    {
        Fixture fx;
        const QString source = fx.dir.filePath(u"many"_s);
        QVERIFY(QDir().mkpath(source));
        for (int i = 0; i < 3000; ++i) {
            QFile f(source + u"/f%1.txt"_s.arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'k'));
        }
        fx.make(bashDoc(R"(      - name: Copy
        action: CopyFolder
        inputs:
          - source: '{{ Source }}'
            destination: '{{ Source }}-copy'
)")
                    .replace("phases:", "parameters:\n  - Source:\n      type: string\nphases:"),
                {{u"Source"_s, source}});
        QSignalSpy started(fx.executor.get(), &Executor::stepStarted);
        QSignalSpy finished(fx.executor.get(), &Executor::stepFinished);
        fx.executor->start();
        QVERIFY(started.wait(20000));
        QCOMPARE(finished.count(), 0); // 3,000 files: the copy is still going
        fx.executor.reset();
        QTest::qWait(100); // a result posted by the worker would be delivered now
        QVERIFY(QDir(source).exists());
    }

    void modulesThatCannotRunHere_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>("message");
        QTest::newRow("SetRegistry") << QByteArray(R"(      - name: S
        action: SetRegistry
        inputs:
          - path: HKLM:\SOFTWARE\X
            name: a
            value: b
            type: SZ
)") << u"Windows-only"_s;
        QTest::newRow("InstallMSI") << QByteArray(R"(      - name: S
        action: InstallMSI
        inputs:
          path: C:\x.msi
)") << u"Windows-only"_s;
        if (QStandardPaths::findExecutable(u"pwsh"_s).isEmpty()) {
            QTest::newRow("ExecutePowerShell") << QByteArray(R"(      - name: S
        action: ExecutePowerShell
        inputs:
          commands: ['Write-Host hi']
)") << u"pwsh"_s;
        }
        QTest::newRow("ssm reference") << QByteArray(R"(      - name: S
        action: ExecuteBash
        inputs:
          commands: ['echo {{ aws:ssm:/my/param }}']
)") << u"SSM"_s;
    }
    void modulesThatCannotRunHere()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, message);
        Fixture fx;
        fx.make(bashDoc(step));
        QCOMPARE(fx.run(), RunStatus::Failed);
        QVERIFY2(fx.step(u"S"_s)->failureMessage.contains(message),
                 qPrintable(fx.step(u"S"_s)->failureMessage));
    }

    void contextVariables()
    {
        Fixture fx;
        qputenv("KILN_TEST_ENV_VALUE", "from-env");
        qputenv("AWS_REGION", "eu-west-3");
        qputenv("AWS_EC2_METADATA_DISABLED", "true"); // the same answer on an EC2 CI runner
        fx.make(bashDoc(R"(      - name: Ctx
        action: ExecuteBash
        inputs:
          commands: ['echo "{{ context:phase }}|{{ context:step }}|{{ context:executionId }}|{{ context:osPlatform }}|{{ env:KILN_TEST_ENV_VALUE }}|{{ context:region }}"']
)"),
                {}, [](ExecutorOptions &o) { o.executionId = u"exec-42"_s; });
        QCOMPARE(fx.run(), RunStatus::Success);
        qunsetenv("AWS_REGION");
        QCOMPARE(fx.stdoutOf(u"Ctx"_s), u"build|Ctx|exec-42|linux|from-env|eu-west-3"_s);
    }

    void executeBinaryUsesNoShell()
    {
        Fixture fx;
        fx.make(bashDoc(R"(      - name: Bin
        action: ExecuteBinary
        inputs:
          path: /bin/echo
          arguments: ['a  b', '$HOME', '*']
)"));
        QCOMPARE(fx.run(), RunStatus::Success);
        QCOMPARE(fx.stdoutOf(u"Bin"_s), u"a  b $HOME *"_s);
    }

    void timeoutCoversTheWholeLoop()
    {
        Fixture fx;
        // Three iterations of 0.7 s each under a 1 s budget: the loop, not an
        // iteration, times out (in iteration 1).
        fx.make(bashDoc(R"(      - name: L
        action: ExecuteBash
        timeoutSeconds: 1
        loop:
          forEach: [a, b, c]
        inputs:
          commands: ['sleep 0.7']
)"));
        QCOMPARE(fx.run(), RunStatus::Failed);
        QVERIFY2(fx.step(u"L"_s)->failureMessage.contains(u"loop timed out"_s),
                 qPrintable(fx.step(u"L"_s)->failureMessage));
    }

    // Qt's default (coarse) timers fire up to 5 % early: a 3 s timer started
    // between x.150 and x.250 s of the monotonic clock (or x.650 and x.750)
    // fired at 2.85 s and stopped a step that needed 2.9 s. Each row starts
    // the run at such a moment; its step (or the last iteration of its loop)
    // sleeps until a point fixed before the start (the loop value, in ms), so how
    // long bash takes to start on a busy machine does not matter. The
    // assertion is only whether the step timed out, never how fast it ran.
    void timeoutNeverFiresEarly_data()
    {
        QTest::addColumn<int>("phaseMs");
        QTest::addColumn<QByteArray>("loop");
        QTest::addColumn<bool>("timesOut");
        QTest::newRow("step, started at x.200 s") << 200 << QByteArray("[2900]") << false;
        QTest::newRow("loop, started at x.700 s") << 700 << QByteArray("[1450, 2900]") << false;
        QTest::newRow("step that needs longer") << 200 << QByteArray("[3300]") << true;
    }

    void timeoutNeverFiresEarly()
    {
        QFETCH(int, phaseMs);
        QFETCH(QByteArray, loop);
        QFETCH(bool, timesOut);
        // Wait for the wanted fraction of the monotonic second (Qt's timer clock).
        using namespace std::chrono;
        const auto sinceSecond = [] {
            return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count() %
                   1000;
        };
        QTest::qSleep(int((phaseMs - sinceSecond() + 1000) % 1000));
        const QString start = QString::number(QDateTime::currentMSecsSinceEpoch());
        Fixture fx;
        fx.make(R"(name: t
schemaVersion: 1.0
parameters:
  - Start:
      type: string
phases:
  - name: build
    steps:
      - name: Sleeps
        action: ExecuteBash
        timeoutSeconds: 3
        loop:
          forEach: )" +
                    loop + R"(
        inputs:
          commands:
            - left=$(( {{ Start }} + {{ loop.value }} - $(date +%s%3N) ))
            - if [ $left -gt 0 ]; then sleep $(( left / 1000 )).$(printf %03d $(( left % 1000 ))); fi
)",
                {{u"Start"_s, start}});
        const RunStatus status = fx.run();
        const QString failure = fx.step(u"Sleeps"_s)->failureMessage;
        QCOMPARE(failure.contains(u"timed out"_s), timesOut);
        QCOMPARE(status, timesOut ? RunStatus::Failed : RunStatus::Success);
    }

    void retryRerunsTheWholeLoop()
    {
        Fixture fx;
        const QString dir = fx.dir.path();
        fx.make(bashDoc(R"(      - name: L
        action: ExecuteBash
        maxAttempts: 2
        loop:
          forEach: [a, b]
        inputs:
          commands:
            - echo {{ loop.value }} >> "$KILN_T/runs"
            - if [ {{ loop.value }} = b ] && [ ! -f "$KILN_T/once" ]; then touch "$KILN_T/once"; exit 1; fi
)")
                    .replace("$KILN_T", dir.toUtf8()));
        QCOMPARE(fx.run(), RunStatus::Success);
        QFile runs(fx.dir.filePath(u"runs"_s));
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll(), QByteArray("a\nb\na\nb\n"));
        QCOMPARE(fx.step(u"L"_s)->attempts, 2);
        // Two successful iterations with empty stdout, joined with "\n" (§3.5);
        // the failed first attempt contributes nothing.
        QCOMPARE(fx.stdoutOf(u"L"_s), u"\n"_s);
    }

    // Loop iterations are reported one by one, labelled with their value, and
    // a loop stops at its first failed iteration (§3.4): later ones get no signal.
    void loopIterationSignals_data()
    {
        QTest::addColumn<QByteArray>("loop");
        QTest::addColumn<QByteArray>("failWhen");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<RunStatus>("status");
        QTest::newRow("forEach list, 2nd fails")
            << QByteArray("forEach: [alpha, beta, gamma]") << QByteArray("beta")
            << QStringList{u"start 0 alpha"_s, u"finish 0 success"_s, u"start 1 beta"_s,
                           u"finish 1 failed"_s}
            << RunStatus::Failed;
        QTest::newRow("forEach delimited, all pass")
            << QByteArray("forEach:\n            list: x;y\n            delimiter: ';'")
            << QByteArray("none")
            << QStringList{u"start 0 x"_s, u"finish 0 success"_s, u"start 1 y"_s,
                           u"finish 1 success"_s}
            << RunStatus::Success;
        QTest::newRow("for, value is the label")
            << QByteArray(
                   "for:\n            start: 10\n            end: 30\n            updateBy: 10")
            << QByteArray("30")
            << QStringList{u"start 0 10"_s,       u"finish 0 success"_s, u"start 1 20"_s,
                           u"finish 1 success"_s, u"start 2 30"_s,       u"finish 2 failed"_s}
            << RunStatus::Failed;
    }

    void loopIterationSignals()
    {
        QFETCH(QByteArray, loop);
        QFETCH(QByteArray, failWhen);
        QFETCH(QStringList, expected);
        QFETCH(RunStatus, status);
        Fixture fx;
        fx.make(
            bashDoc("      - name: L\n        action: ExecuteBash\n        onFailure: Continue\n"
                    "        loop:\n          " +
                    loop +
                    "\n        inputs:\n          commands:\n"
                    "            - if [ '{{ loop.value }}' = '" +
                    failWhen + "' ]; then exit 1; fi\n"));
        QStringList events;
        int outsideStep = 0;
        bool inStep = false;
        connect(fx.executor.get(), &Executor::stepStarted, this, [&] { inStep = true; });
        connect(fx.executor.get(), &Executor::stepFinished, this, [&] { inStep = false; });
        connect(fx.executor.get(), &Executor::iterationStarted, this,
                [&](int doc, const QString &phase, const QString &step, qint64 index,
                    const QString &label) {
                    QCOMPARE(doc, 0);
                    QCOMPARE(phase, u"build"_s);
                    QCOMPARE(step, u"L"_s);
                    outsideStep += inStep ? 0 : 1;
                    events << u"start %1 %2"_s.arg(index).arg(label);
                });
        connect(fx.executor.get(), &Executor::iterationFinished, this,
                [&](int, const QString &, const QString &, qint64 index, RunStatus st, qint64 ms) {
                    QVERIFY(ms >= 0);
                    outsideStep += inStep ? 0 : 1;
                    events << u"finish %1 %2"_s.arg(index).arg(statusName(st));
                });
        QCOMPARE(fx.run(), status);
        QCOMPARE(events, expected);
        QCOMPARE(outsideStep, 0);
        // The record keeps them (not detailedoutput.json: AWSTOE has no such field).
        const StepRecord *rec = fx.step(u"L"_s);
        QVERIFY(rec);
        QCOMPARE(int(rec->iterations.size()), int(expected.size() / 2));
        QCOMPARE(rec->iterations.back().status,
                 status == RunStatus::Success ? RunStatus::Success : RunStatus::Failed);
        QVERIFY(!QJsonDocument(toJson(*rec)).toJson().contains("iterations"));
    }

    void retryRestartsIterationSignals()
    {
        Fixture fx;
        const QString dir = fx.dir.path();
        fx.make(bashDoc(R"(      - name: L
        action: ExecuteBash
        maxAttempts: 2
        loop:
          forEach: [a, b]
        inputs:
          commands:
            - if [ {{ loop.value }} = b ] && [ ! -f "$KILN_T/once" ]; then touch "$KILN_T/once"; exit 1; fi
)")
                    .replace("$KILN_T", dir.toUtf8()));
        QSignalSpy started(fx.executor.get(), &Executor::iterationStarted);
        QCOMPARE(fx.run(), RunStatus::Success);
        QList<qint64> indices;
        for (const QList<QVariant> &args : std::as_const(started))
            indices << args.at(3).toLongLong();
        QCOMPARE(indices, (QList<qint64>{0, 1, 0, 1}));
        // The record holds the last attempt only.
        QCOMPARE(int(fx.step(u"L"_s)->iterations.size()), 2);
        QCOMPARE(fx.step(u"L"_s)->iterations.at(1).status, RunStatus::Success);
        QCOMPARE(fx.step(u"L"_s)->iterations.at(1).label, u"b"_s);
    }

    void stepWithoutLoopHasNoIterations()
    {
        Fixture fx;
        fx.make(bashDoc("      - name: A\n        action: ExecuteBash\n        inputs:\n"
                        "          commands: ['echo a']\n"));
        QSignalSpy started(fx.executor.get(), &Executor::iterationStarted);
        QCOMPARE(fx.run(), RunStatus::Success);
        QCOMPARE(started.count(), 0);
        QVERIFY(fx.step(u"A"_s)->iterations.empty());
    }

    void ifIsEvaluatedOnceAcrossSimulatedReboot()
    {
        Fixture fx;
        const QString marker = fx.dir.filePath(u"m"_s);
        // The condition is true before the step runs and false after (the step
        // creates the file); the rerun after exit 194 must not skip.
        fx.make(bashDoc(R"(      - name: S
        action: ExecuteBash
        if:
          not:
            fileExists: MARK
        inputs:
          commands: ['if [ -f MARK ]; then echo rerun; exit 0; fi; touch MARK; exit 194']
)")
                    .replace("MARK", marker.toUtf8()));
        QCOMPARE(fx.run(), RunStatus::Success);
        QCOMPARE(fx.executor->rebootCount(), 1);
        QCOMPARE(fx.stdoutOf(u"S"_s), u"rerun"_s);
    }

    // Attempt 1 fails, attempt 2 asks for a reboot (exit 194), the rerun after
    // the reboot fails: that was attempt 2 of 2, so the step fails after three
    // runs of its script. Counting the rerun as a fresh attempt 1 would run it a
    // fourth time. Simulated and handed off (a new executor resumes the state).
    void rebootRerunKeepsItsAttempt_data()
    {
        QTest::addColumn<RebootMode>("mode");
        QTest::newRow("simulate") << RebootMode::Simulate;
        QTest::newRow("handoff") << RebootMode::Handoff;
    }
    void rebootRerunKeepsItsAttempt()
    {
        QFETCH(RebootMode, mode);
        QTemporaryDir shared;
        const QString count = shared.filePath(u"count"_s);
        const QString state = shared.filePath(u"state"_s);
        const QByteArray yaml = bashDoc(R"(      - name: S
        action: ExecuteBash
        maxAttempts: 2
        onFailure: Continue
        inputs:
          commands:
            - n=$(cat COUNT 2>/dev/null || echo 0); n=$((n+1)); echo $n > COUNT
            - if [ $n -eq 2 ]; then exit 194; fi
            - exit 1
)")
                                    .replace("COUNT", count.toUtf8());
        auto tweak = [&](ExecutorOptions &o) {
            o.rebootMode = mode;
            if (mode == RebootMode::Handoff)
                o.stateDirectory = state;
        };
        Fixture first;
        first.make(yaml, {}, tweak);
        first.run();
        Fixture *last = &first;
        Fixture resumed;
        if (mode == RebootMode::Handoff) {
            QCOMPARE(first.executor->outcome(), Executor::Outcome::RebootHandoff);
            QFile f(stateFilePath(state));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
            resumed.make(yaml, {}, tweak);
            QSignalSpy done(resumed.executor.get(), &Executor::runFinished);
            QString error;
            QVERIFY2(resumed.executor->resume(saved, &error), qPrintable(error));
            QVERIFY(done.wait(30000));
            last = &resumed;
        }
        QCOMPARE(last->executor->rebootCount(), 1);
        QFile counted(count);
        QVERIFY(counted.open(QIODevice::ReadOnly));
        QCOMPARE(counted.readAll().trimmed(), QByteArray("3"));
        const StepRecord *rec = last->step(u"S"_s);
        QVERIFY(rec);
        QCOMPARE(rec->status, RunStatus::Failed);
        QCOMPARE(rec->attempts, 2);
    }

    void rebootLimit()
    {
        Fixture fx;
        fx.make(bashDoc(R"(      - name: Forever
        action: ExecuteBash
        inputs:
          commands: ['exit 194']
)"),
                {}, [](ExecutorOptions &o) { o.maxReboots = 3; });
        QCOMPARE(fx.run(), RunStatus::Failed);
        QCOMPARE(fx.executor->rebootCount(), 3);
        QVERIFY(fx.step(u"Forever"_s)->failureMessage.contains(u"3 times"_s));
    }

    void loopIterationLimit_data()
    {
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("runs");
        QTest::newRow("at the limit") << 4 << true;     // 0..4: 5 iterations
        QTest::newRow("one above") << 5 << false;       // 6 iterations
        QTest::newRow("far above") << 1000000 << false; // never expanded one by one
    }

    void loopIterationLimit()
    {
        QFETCH(int, end);
        QFETCH(bool, runs);
        Fixture fx;
        const QString marker = fx.dir.filePath(u"ran"_s);
        fx.make(bashDoc(QByteArray(R"(      - name: Looped
        action: ExecuteBash
        loop:
          for: {start: 0, end: END, updateBy: 1}
        inputs:
          commands: ['echo {{ loop.index }} >> MARK']
)")
                            .replace("END", QByteArray::number(end))
                            .replace("MARK", marker.toUtf8())),
                {}, [](ExecutorOptions &o) { o.maxLoopIterations = 5; });
        QCOMPARE(fx.run(), runs ? RunStatus::Success : RunStatus::Failed);
        // Over the limit, the step fails before its first iteration.
        QCOMPARE(QFileInfo::exists(marker), runs);
        if (!runs) {
            const QString message = fx.step(u"Looped"_s)->failureMessage;
            QVERIFY2(message.contains(u"more than the limit of 5"_s), qPrintable(message));
            QVERIFY2(message.contains(u"--max-loop-iterations"_s), qPrintable(message));
        }
    }

    // Reboots inside a loop, simulated in place or handed off to a new executor
    // (a new process after the reboot). behaviour-reference §7.6 says where a step
    // resumes (exit 194: the same step again, "from the beginning" §5.1; the
    // Reboot module: after it) but nothing about a loop's iterations, so:
    // - exit 194 in an iteration reruns the whole loop from iteration 0, like a
    //   retry (§3.4): the iterations before it run again under their own index,
    //   and the record holds the rerun's iterations;
    // - a Reboot module iteration is done once the machine rebooted: the loop
    //   goes on with the next iteration (index kept, not renumbered from 0) and
    //   the earlier iterations stay in the record, across a handoff too. The
    //   spec is silent here; a user who loops over Reboot expects each iteration
    //   to run once, as the steps of a run do, and the step tree to keep the
    //   rows of the iterations done before the reboot.
    // Either way a loop step that finished before the reboot keeps its iterations.
    void loopIterationsAcrossReboot_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<RebootMode>("mode");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("log");
        QTest::addColumn<int>("reboots");
        QTest::addColumn<QString>("stdoutOfL");

        const QByteArray exit194 = R"(      - name: L
        action: ExecuteBash
        loop:
          forEach: [a, b, c]
        inputs:
          commands:
            - echo {{ loop.value }} >> DIR/log
            - if [ {{ loop.value }} = b ] && [ ! -f DIR/mark ]; then touch DIR/mark; exit 194; fi
            - echo {{ loop.value }}
      - name: After
        action: ExecuteBash
        inputs:
          commands: ['echo after >> DIR/log']
)";
        const QStringList rerun{
            u"start 0 a"_s, u"finish 0 success"_s, u"start 1 b"_s, u"finish 1 rebootPending"_s,
            u"start 0 a"_s, u"finish 0 success"_s, u"start 1 b"_s, u"finish 1 success"_s,
            u"start 2 c"_s, u"finish 2 success"_s};
        for (const RebootMode mode : {RebootMode::Simulate, RebootMode::Handoff}) {
            const char *name = mode == RebootMode::Simulate ? "simulated" : "handed off";
            QTest::addRow("exit 194, %s", name)
                << exit194 << mode << rerun << u"a\nb\na\nb\nc\nafter\n"_s << 1 << u"a\nb\nc"_s;
        }

        const QByteArray rebootModule = R"(      - name: Before
        action: ExecuteBash
        inputs:
          commands: ['echo before >> DIR/log']
      - name: L
        action: Reboot
        loop:
          forEach: [a, b, c]
        inputs:
          delaySeconds: 0
      - name: After
        action: ExecuteBash
        inputs:
          commands: ['echo after >> DIR/log']
)";
        const QStringList onceEach{u"start 0 a"_s, u"finish 0 success"_s,
                                   u"start 1 b"_s, u"finish 1 success"_s,
                                   u"start 2 c"_s, u"finish 2 success"_s};
        for (const RebootMode mode : {RebootMode::Simulate, RebootMode::Handoff}) {
            const char *name = mode == RebootMode::Simulate ? "simulated" : "handed off";
            QTest::addRow("Reboot module, %s", name)
                << rebootModule << mode << onceEach << u"before\nafter\n"_s << 3 << QString();
        }
    }

    void loopIterationsAcrossReboot()
    {
        QFETCH(QByteArray, steps);
        QFETCH(RebootMode, mode);
        QFETCH(QStringList, expected);
        QFETCH(QString, log);
        QFETCH(int, reboots);
        QFETCH(QString, stdoutOfL);
        QTemporaryDir shared;
        const QByteArray early = R"(      - name: Early
        action: ExecuteBash
        loop:
          for: {start: 1, end: 2, updateBy: 1}
        inputs:
          commands: ['true']
)";
        const QByteArray yaml = bashDoc(early + steps.replace("DIR", shared.path().toUtf8()));
        const QString state = shared.filePath(u"state"_s);

        QStringList events;
        QStringList stepEvents;
        std::vector<std::unique_ptr<Fixture>> runs; // one per process
        QJsonObject saved;
        for (int run = 0; run < 5; ++run) {
            auto fx = std::make_unique<Fixture>();
            fx->make(yaml, {}, [&](ExecutorOptions &o) {
                o.rebootMode = mode;
                if (mode == RebootMode::Handoff)
                    o.stateDirectory = state;
            });
            connect(
                fx->executor.get(), &Executor::iterationStarted, this,
                [&](int, const QString &, const QString &step, qint64 index, const QString &label) {
                    if (step == u"L")
                        events << u"start %1 %2"_s.arg(index).arg(label);
                });
            connect(
                fx->executor.get(), &Executor::iterationFinished, this,
                [&](int, const QString &, const QString &step, qint64 index, RunStatus st, qint64) {
                    if (step == u"L")
                        events << u"finish %1 %2"_s.arg(index).arg(statusName(st));
                });
            QSignalSpy done(fx->executor.get(), &Executor::runFinished);
            QString error;
            if (run == 0)
                fx->executor->start();
            else
                QVERIFY2(fx->executor->resume(saved, &error), qPrintable(error));
            QVERIFY(done.wait(30000));
            stepEvents << fx->events;
            const bool handedOff = fx->executor->outcome() == Executor::Outcome::RebootHandoff;
            runs.push_back(std::move(fx));
            if (!handedOff)
                break;
            QFile f(stateFilePath(state));
            QVERIFY(f.open(QIODevice::ReadOnly));
            saved = QJsonDocument::fromJson(f.readAll()).object();
        }
        const Fixture &last = *runs.back();
        QCOMPARE(last.executor->outcome(), Executor::Outcome::Finished);
        QCOMPARE(int(runs.size()), mode == RebootMode::Handoff ? reboots + 1 : 1);
        QCOMPARE(last.executor->record().status, RunStatus::Success);
        QCOMPARE(last.executor->rebootCount(), reboots);
        QCOMPARE(events, expected);

        QFile logFile(shared.filePath(u"log"_s));
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(logFile.readAll()), log);
        // The step ends once, after its last iteration.
        QCOMPARE(stepEvents.filter(u"finish L"_s), QStringList{u"finish L success"_s});
        QCOMPARE(stepEvents.filter(u"finish After"_s), QStringList{u"finish After success"_s});

        // The record of the last process holds every iteration of the step, by index.
        const StepRecord *rec = last.step(u"L"_s);
        QVERIFY(rec);
        QCOMPARE(rec->status, RunStatus::Success);
        QList<qint64> indices;
        for (const IterationRecord &it : rec->iterations) {
            indices << it.index;
            QCOMPARE(it.status, RunStatus::Success);
        }
        QCOMPARE(indices, (QList<qint64>{0, 1, 2}));
        QCOMPARE(rec->iterations.at(2).label, u"c"_s);
        if (!stdoutOfL.isEmpty())
            QCOMPARE(last.stdoutOf(u"L"_s), stdoutOfL);
        const StepRecord *earlyRec = last.step(u"Early"_s);
        QVERIFY(earlyRec);
        QCOMPARE(int(earlyRec->iterations.size()), 2);
        QCOMPARE(earlyRec->iterations.at(1).label, u"2"_s);
        QCOMPARE(earlyRec->iterations.at(1).status, RunStatus::Success);
    }

    void stateSurvivesHandoff()
    {
        Fixture fx;
        const QString state = fx.dir.filePath(u"state"_s);
        const QByteArray yaml = bashDoc(R"(      - name: First
        action: ExecuteBash
        inputs:
          commands: ['echo first-out']
      - name: Reboot
        action: Reboot
      - name: Chained
        action: ExecuteBash
        inputs:
          commands: ['echo "got {{ build.First.outputs.stdout }}"']
)");
        fx.make(yaml, {}, [&](ExecutorOptions &o) {
            o.rebootMode = RebootMode::Handoff;
            o.stateDirectory = state;
        });
        QSignalSpy done(fx.executor.get(), &Executor::runFinished);
        fx.executor->start();
        QVERIFY(done.wait(20000));
        QCOMPARE(fx.executor->outcome(), Executor::Outcome::RebootHandoff);
        QFile f(stateFilePath(state));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
        f.close();

        // A new executor (a new process after the reboot) over the same document.
        Fixture second;
        second.make(yaml, {}, [&](ExecutorOptions &o) { o.stateDirectory = state; });
        QSignalSpy done2(second.executor.get(), &Executor::runFinished);
        QString error;
        QVERIFY(second.executor->resume(saved, &error));
        QVERIFY(done2.wait(20000));
        QCOMPARE(second.executor->record().status, RunStatus::Success);
        QCOMPARE(second.executor->record().executionId, fx.executor->record().executionId);
        QCOMPARE(second.stdoutOf(u"Chained"_s), u"got first-out"_s); // chaining across the reboot
        QCOMPARE(second.events.filter(u"start "_s), QStringList{u"start Chained"_s});
        QVERIFY(!QFile::exists(stateFilePath(state)));
    }

    // A saved process group id is a process id: after kiln died, the system may
    // give it to an unrelated group. Without a marked process of the interrupted
    // step in it, the resume must leave that group alone.
    void leftoverGroupIsKilledOnlyWhenItIsStillTheSteps()
    {
        QProcess stranger; // its own session and group, no KILN_* marker
        stranger.setProgram(u"setsid"_s);
        stranger.setArguments({u"sleep"_s, u"60"_s});
        stranger.start();
        QVERIFY(stranger.waitForStarted());
        const auto cleanup = qScopeGuard([&] {
            stranger.kill();
            stranger.waitForFinished();
        });
        const qint64 group = stranger.processId();
        QTRY_COMPARE_WITH_TIMEOUT(qint64(::getpgid(pid_t(group))), group, 5000);

        QFile bootFile(u"/proc/sys/kernel/random/boot_id"_s);
        QVERIFY(bootFile.open(QIODevice::ReadOnly));
        const QJsonObject state{
            {u"bootId"_s, QString::fromLatin1(bootFile.readAll().trimmed())},
            {u"executionId"_s, u"not-a-live-run-0c3f"_s},
            {u"runningProcessGroup"_s, group},
            {u"position"_s, QJsonObject{{u"document"_s, 0}, {u"phase"_s, 0}, {u"step"_s, 0}}}};
        const Leftovers left = killLeftoverProcesses(state);
        QCOMPARE(left.group, 0);
        QCOMPARE(left.marked, 0);
        QVERIFY(!stranger.waitForFinished(300)); // still running
        QCOMPARE(stranger.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
