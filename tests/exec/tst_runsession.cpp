// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// RunSession: one run from a request to its reports, as kiln run and the studio
// use it. The CLI's and the studio's own tests cover their wording; these check
// the sequence itself: refusals before anything runs, the run folder and its
// reports, a text-only document running from its copy, and a resume from the
// state a reboot handoff left.
#include "report/runlogs.h"
#include "run/runsession.h"
#include "sessionrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Kiln::RunRequest)

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QByteArray TwoSteps = R"(name: session
schemaVersion: 1.0
parameters:
  - Word:
      type: string
phases:
  - name: build
    steps:
      - name: Say
        action: ExecuteBash
        inputs:
          commands: ['echo "{{ Word }}"']
      - name: Again
        action: ExecuteBash
        inputs:
          commands: ['echo again']
)";

RunRequest::Document textDocument(const QByteArray &text, const QString &label)
{
    return {label, {}, text, {{u"Word"_s, u"hello"_s}}, {}};
}

} // namespace

class TestRunSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesBeforeAnythingRuns_data()
    {
        QTest::addColumn<RunRequest>("request");
        QTest::addColumn<int>("kind");
        RunRequest missing;
        missing.documents.push_back({u"/nonexistent/kiln.yaml"_s, {}, std::nullopt, {}, {}});
        QTest::newRow("no such file") << missing << int(RunSession::Refusal::Kind::NoSuchFile);
        RunRequest arn;
        arn.documents.push_back(
            {u"arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/1.0.2/1"_s,
             {},
             std::nullopt,
             {},
             {}});
        // No RunRequest::wait: nothing can fetch it here.
        QTest::newRow("component ARN without a wait")
            << arn << int(RunSession::Refusal::Kind::DownloadFailed);
        RunRequest invalid;
        invalid.documents.push_back(
            textDocument("name: x\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                         "      - name: A\n        action: ExecuteBashh\n",
                         u"bad.yaml"_s));
        QTest::newRow("invalid") << invalid << int(RunSession::Refusal::Kind::Invalid);
        RunRequest handoff;
        handoff.documents.push_back(textDocument(TwoSteps, u"doc.yaml"_s));
        handoff.rebootMode = RebootMode::Handoff;
        QTest::newRow("handoff without state")
            << handoff << int(RunSession::Refusal::Kind::HandoffWithoutState);
    }
    void refusesBeforeAnythingRuns()
    {
        QFETCH(RunRequest, request);
        QFETCH(int, kind);
        QTemporaryDir logs;
        request.logParent = logs.path();
        RunSession session(request);
        const std::optional<RunSession::Refusal> refusal = session.prepare(nullptr);
        QVERIFY(refusal);
        QCOMPARE(int(refusal->kind), kind);
        // No run folder for a run that never started.
        QCOMPARE(QDir(logs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
        if (refusal->kind == RunSession::Refusal::Kind::Invalid) {
            QCOMPARE(refusal->errors.size(), size_t(1));
            QCOMPARE(refusal->errors.front().location.line, 7);
            QCOMPARE(refusal->path, u"bad.yaml"_s);
        }
    }

    // The studio's case: an untitled tab's text runs from its copy in the run
    // folder, and the folder gets every report.
    void textDocumentRunsFromItsCopy()
    {
        QTemporaryDir logs;
        RunRequest request;
        request.documents.push_back(textDocument(TwoSteps, u"Untitled 1"_s));
        request.logParent = logs.path();
        RunSession session(request);
        QVERIFY(!session.prepare(nullptr));
        QCOMPARE(session.plannedStepCount(), 2);
        const QString copy = QDir(session.folder()).filePath(u"document.yaml"_s);
        QCOMPARE(session.executor().options().documents.front().path, copy);
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), TwoSteps);

        const std::optional<ExecutionRecord> record = KilnTest::runPrepared(session);
        QVERIFY(record);
        QCOMPARE(record->status, RunStatus::Success);
        for (const QString &name : {u"detailedoutput.json"_s, u"chaining.json"_s, u"console.log"_s,
                                    u"kiln-timeline.json"_s})
            QVERIFY2(QFile::exists(QDir(session.folder()).filePath(name)), qPrintable(name));
        QFile console(QDir(session.folder()).filePath(u"console.log"_s));
        QVERIFY(console.open(QIODevice::ReadOnly));
        QVERIFY(console.readAll().contains("hello"));
    }

    // A report that cannot be written is named, and detailedoutput.json goes
    // somewhere else rather than nowhere.
    void unwrittenReportsAreNamed()
    {
        QTemporaryDir logs;
        RunRequest request;
        request.documents.push_back(textDocument(TwoSteps, u"doc.yaml"_s));
        request.logParent = logs.path();
        request.junitFile = u"/nonexistent/dir/junit.xml"_s;
        RunSession session(request);
        QVERIFY(!session.prepare(nullptr));
        QSignalSpy finished(&session.executor(), &Executor::runFinished);
        QString error;
        QVERIFY(session.start(&error));
        QVERIFY(finished.wait(30000));
        const std::vector<RunSession::UnwrittenReport> unwritten =
            session.writeReports(session.executor().record());
        QCOMPARE(unwritten.size(), size_t(1));
        QCOMPARE(unwritten.front().file, request.junitFile);
        QVERIFY(!unwritten.front().reason.isEmpty());
    }

    // A reboot handed off leaves the state; a new session from it resumes the same
    // run in the same folder, with the saved documents, parameters and stop point
    // whatever the new request says, and removes the state at the end.
    void resumesFromTheSavedState()
    {
        QTemporaryDir work;
        const QString stateDir = work.filePath(u"state"_s);
        const QByteArray reboot = R"(name: reboot
schemaVersion: 1.0
parameters:
  - Word:
      type: string
phases:
  - name: build
    steps:
      - name: Before
        action: ExecuteBash
        inputs:
          commands: ['echo {{ Word }}']
      - name: RebootModule
        action: Reboot
      - name: After
        action: ExecuteBash
        inputs:
          commands: ['echo after']
)";
        QFile file(work.filePath(u"reboot.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(reboot);
        file.close();

        RunRequest request;
        request.documents.push_back(
            {file.fileName(), {}, std::nullopt, {{u"Word"_s, u"w1"_s}}, {}});
        request.logParent = work.path();
        request.stateDirectory = stateDir;
        request.rebootMode = RebootMode::Handoff;
        request.stopAfter = RunStopPoint{0, u"build"_s, u"After"_s}; // kept across the reboot
        RunSession first(request);
        QVERIFY(!first.prepare(nullptr));
        QVERIFY(KilnTest::runPrepared(first));
        QCOMPARE(first.executor().outcome(), Executor::Outcome::RebootHandoff);
        QVERIFY(QFile::exists(stateFilePath(stateDir)));

        RunSession::StateProblem problem;
        const std::optional<QJsonObject> state = RunSession::savedState(stateDir, &problem);
        QVERIFY(state && !state->isEmpty());
        RunRequest given;
        given.documents.push_back({u"/elsewhere.yaml"_s, {}, std::nullopt, {}, {}});
        given.stateDirectory = stateDir;
        const std::unique_ptr<RunSession> second = RunSession::resuming(*state, given);
        QVERIFY(second->isResuming());
        QVERIFY(!second->prepare(nullptr));
        QCOMPARE(second->folder(), first.folder());
        QCOMPARE(second->executor().options().documents.front().path, file.fileName());
        QCOMPARE(second->executor().options().documents.front().parameters.value(u"Word"_s),
                 u"w1"_s);
        QVERIFY(second->executor().options().stopAfter == request.stopAfter);
        const std::optional<ExecutionRecord> record = KilnTest::runPrepared(*second);
        QVERIFY(record);
        QCOMPARE(record->status, RunStatus::Success);
        QCOMPARE(record->counters().executed, 3);
        QVERIFY(!QFile::exists(stateFilePath(stateDir)));
    }

    void damagedStateIsAProblem()
    {
        QTemporaryDir work;
        QFile state(stateFilePath(work.path()));
        QVERIFY(QDir().mkpath(QFileInfo(state).absolutePath()));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write("{not json");
        state.close();
        RunSession::StateProblem problem;
        QVERIFY(!RunSession::savedState(work.path(), &problem));
        QCOMPARE(problem.kind, RunSession::StateProblem::Kind::Damaged);
        QCOMPARE(problem.path, state.fileName());
        // No state directory, or none saved: a new run.
        QCOMPARE(RunSession::savedState(QString(), &problem), QJsonObject());
        QCOMPARE(RunSession::savedState(work.filePath(u"none"_s), &problem), QJsonObject());
    }
};

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
