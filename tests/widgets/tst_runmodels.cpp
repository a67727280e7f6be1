// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The QtCore side of the studio's run experience, headless: run statuses in
// the step tree model (dataChanged, never a reset), the bounded per-step output
// log, the detailedoutput.json reader (a report written by `kiln run` and a
// hand-written AWSTOE-style one), the TOE_* folder scan, and the history and
// run-record models under QAbstractItemModelTester.
#include "document/document.h"
#include "model/runhistorymodel.h"
#include "model/runoutputlog.h"
#include "model/runrecordmodel.h"
#include "model/steptreemodel.h"
#include "report/detailedoutputreader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

const QString dataDir = QStringLiteral(KILN_TEST_DATA_DIR);

Document twoPhaseDocument()
{
    return Document::fromText("name: d\nschemaVersion: 1.0\nphases:\n"
                              "  - name: build\n    steps:\n"
                              "      - name: A\n        action: ExecuteBash\n"
                              "        inputs: {commands: ['true']}\n"
                              "      - name: B\n        action: ExecuteBash\n"
                              "        inputs: {commands: ['true']}\n"
                              "  - name: test\n    steps:\n"
                              "      - name: T\n        action: ExecuteBash\n"
                              "        inputs: {commands: ['true']}\n",
                              u"d.yaml"_s);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestRunModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepStatusesEmitDataChangedOnly()
    {
        StepTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(twoPhaseDocument());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex b = model.stepIndex(0, u"build"_s, u"B"_s);
        QVERIFY(b.isValid());
        QCOMPARE(b.data().toString(), u"B"_s);
        QCOMPARE(b.data(StepTreeModel::RunStatusRole).toInt(), int(RunStatus::Pending));
        QVERIFY(!b.siblingAtColumn(StepTreeModel::StatusColumn).data().isValid());

        model.setStepStatus(0, u"build"_s, u"B"_s, RunStatus::Running);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex(), b);
        QCOMPARE(changes.at(0).at(1).toModelIndex().column(), StepTreeModel::ColumnCount - 1);
        QCOMPARE(b.data(StepTreeModel::RunStatusRole).toInt(), int(RunStatus::Running));

        model.setStepStatus(0, u"build"_s, u"B"_s, RunStatus::Failed, 1500, u"exit code 3"_s);
        const QModelIndex status = b.siblingAtColumn(StepTreeModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"1.5 s"_s);
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"failed · 1.5 s\nexit code 3"_s);
        QCOMPARE(b.data(StepTreeModel::DurationRole).toLongLong(), 1500);
        QCOMPARE(b.data(StepTreeModel::FailureMessageRole).toString(), u"exit code 3"_s);
        // Other steps are untouched.
        QCOMPARE(model.stepIndex(0, u"build"_s, u"A"_s).data(StepTreeModel::RunStatusRole).toInt(),
                 int(RunStatus::Pending));

        model.setPhaseStatus(0, u"build"_s, RunStatus::Failed, 2000);
        QCOMPARE(model.phaseIndex(0, u"build"_s)
                     .siblingAtColumn(StepTreeModel::StatusColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 u"failed · 2.0 s"_s);

        // Re-validation with the same shape keeps statuses (typing during a run).
        model.setDocument(twoPhaseDocument());
        QCOMPARE(b.data(StepTreeModel::RunStatusRole).toInt(), int(RunStatus::Failed));

        changes.clear();
        model.clearRunStatuses();
        QCOMPARE(changes.count(), 2); // the step and the phase that had a status
        QCOMPARE(b.data(StepTreeModel::RunStatusRole).toInt(), int(RunStatus::Pending));
        QCOMPARE(resets.count(), 0);

        // Unknown names change nothing visible.
        changes.clear();
        model.setStepStatus(0, u"build"_s, u"nope"_s, RunStatus::Success);
        QCOMPARE(changes.count(), 0);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << qint64(-1) << QString();
        QTest::newRow("ms") << qint64(850) << u"850 ms"_s;
        QTest::newRow("seconds") << qint64(12340) << u"12.3 s"_s;
        QTest::newRow("minutes") << qint64(125000) << u"2 min 5 s"_s;
        QTest::newRow("hours") << qint64(7500000) << u"2 h 5 min"_s;
    }

    void formatDuration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Kiln::formatDuration(ms), text);
    }

    void outputLogKeepsTheLastLinesPerStep()
    {
        RunOutputLog log(3);
        const int a = log.stepIndex(0, u"build"_s, u"A"_s);
        const int b = log.stepIndex(0, u"build"_s, u"B"_s);
        QCOMPARE(log.stepIndex(0, u"build"_s, u"A"_s), a);
        QCOMPARE(log.findStep(0, u"build"_s, u"C"_s), -1);
        for (int i = 1; i <= 5; ++i)
            log.append(a, i % 2 ? OutputChannel::StdOut : OutputChannel::StdErr,
                       QString::number(i));
        log.append(b, OutputChannel::StdOut, u"only"_s);
        const RunOutputLog::StepOutput &sa = log.steps().at(size_t(a));
        QCOMPARE(sa.lines.size(), size_t(3));
        QCOMPARE(sa.lines.front().text, u"3"_s);
        QCOMPARE(sa.lines.back().text, u"5"_s);
        QCOMPARE(int(sa.lines.at(1).channel), int(OutputChannel::StdErr));
        QCOMPARE(sa.dropped, 2);
        QCOMPARE(log.steps().at(size_t(b)).dropped, 0);
        QCOMPARE(log.lineCount(), 4);
        log.clear();
        QCOMPARE(log.lineCount(), 0);
        QVERIFY(log.steps().empty());
    }

    void readsAnAwstoeReport()
    {
        QString error;
        const auto record =
            readDetailedOutput(dataDir + u"/report/awstoe-detailedoutput.json"_s, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->executionId, u"a1bcd2e3-45f6-789a-bcde-0fa1b2c3def4"_s);
        QCOMPARE(record->status, RunStatus::Failed); // "Failed" read case-insensitively
        QCOMPARE(record->documents.size(), size_t(1));
        const PhaseRecord &build = record->documents.at(0).phases.at(0);
        QCOMPARE(build.steps.size(), size_t(3));
        QCOMPARE(build.steps.at(0).status, RunStatus::Success);
        QCOMPARE(build.steps.at(0).outputs.at(0).toObject().value(u"stdout"_s).toString(),
                 u"Hello World!"_s);
        QCOMPARE(build.steps.at(1).failureMessage, u"ExecuteBash: command exited with code 100"_s);
        QCOMPARE(build.steps.at(0).startTime.msecsTo(build.steps.at(0).endTime), 1000);
        // A step with nothing but a name still loads, with defaults.
        QCOMPARE(build.steps.at(2).name, u"SparseStep"_s);
        QCOMPARE(build.steps.at(2).status, RunStatus::Pending);
        QVERIFY(!build.steps.at(2).startTime.isValid());

        RunRecordModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecord(*record);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex phase = model.index(0, 0, model.index(0, 0));
        QCOMPARE(phase.data().toString(), u"build"_s);
        QCOMPARE(model.rowCount(phase), 3);
        const QModelIndex failed = model.firstFailedStep();
        QCOMPARE(failed.row(), 1);
        QCOMPARE(failed.parent(), phase);
        QCOMPARE(failed.data().toString(), u"InstallPackages (ExecuteBash)"_s);
        QCOMPARE(failed.siblingAtColumn(RunRecordModel::StatusColumn).data().toString(),
                 u"failed"_s);
        QCOMPARE(failed.siblingAtColumn(RunRecordModel::DurationColumn).data().toString(),
                 u"1 min 8 s"_s);
        // Reports have whole seconds: a quicker step is "< 1 s", not "0 ms".
        QCOMPARE(model.index(0, RunRecordModel::DurationColumn, phase).data().toString(),
                 u"1.0 s"_s);
        QCOMPARE(failed.data(RunRecordModel::OutputsRole).toString(),
                 u"E: Unable to locate package nosuchpackage"_s);
        QVERIFY(failed.data(RunRecordModel::InputsRole).toString().contains(u"nosuchpackage"_s));
        const QModelIndex sparse = model.index(2, RunRecordModel::DurationColumn, phase);
        QCOMPARE(sparse.data().toString(), QString());
        QCOMPARE(sparse.data(RunRecordModel::DurationRole).toLongLong(), -1);
    }

    void readerReportsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"status\": ") << u"not JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"must be a JSON object"_s;
    }

    void readerReportsBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"detailedoutput.json"_s);
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY(!readDetailedOutput(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(u"detailedoutput.json"_s));
        QVERIFY(!readDetailedOutput(dir.filePath(u"missing.json"_s), &error));
        QVERIFY(error.contains(u"missing.json"_s));
    }

    void emptyObjectIsAnEmptyRun()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"r.json"_s), "{\"documents\": [{\"phases\": [7]}]}"));
        QString error;
        const auto record = readDetailedOutput(dir.filePath(u"r.json"_s), &error);
        QVERIFY(record);
        QCOMPARE(record->documents.size(), size_t(1));
        QVERIFY(record->documents.at(0).phases.empty()); // a non-object phase is skipped
    }

    void runFolderNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("id");
        QTest::newRow("awstoe") << u"TOE_2021-07-01_12-34-56_UTC-0_a1bcd2e3"_s << true
                                << u"a1bcd2e3"_s;
        QTest::newRow("other folder") << u"work"_s << false << QString();
        QTest::newRow("bad date") << u"TOE_2021-13-45_12-34-56_UTC-0_x"_s << false << QString();
        QTest::newRow("no id") << u"TOE_2021-07-01_12-34-56_UTC-0_"_s << false << QString();
    }

    void runFolderNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, id);
        const auto folder = parseRunFolderName(name);
        QCOMPARE(bool(folder), valid);
        if (folder) {
            QCOMPARE(folder->executionId, id);
            QCOMPARE(folder->startUtc,
                     QDateTime::fromString(u"2021-07-01T12:34:56Z"_s, Qt::ISODate));
        }
    }

    // A real `kiln run` writes the folder; the history lists it first and reads it back.
    void historyListsKilnRunsNewestFirst()
    {
        QTemporaryDir logs;
        QVERIFY(writeFile(logs.filePath(u"TOE_2020-01-01_00-00-00_UTC-0_old/detailedoutput.json"_s),
                          "{\"executionId\": \"old\", \"status\": \"success\"}"));
        QVERIFY(QDir().mkpath(logs.filePath(u"TOE_2020-01-02_00-00-00_UTC-0_interrupted"_s)));
        QVERIFY(QDir().mkpath(logs.filePath(u"not-a-run"_s)));
        QProcess kiln;
        kiln.start(QStringLiteral(KILN_CLI_BINARY),
                   {u"run"_s, u"-d"_s, dataDir + u"/run/onfailure.yaml"_s, u"-l"_s, logs.path(),
                    u"-i"_s, u"fresh-run"_s});
        QVERIFY(kiln.waitForFinished(60000));
        QCOMPARE(kiln.exitCode(), 1); // onfailure.yaml fails on purpose

        const std::vector<RunFolder> folders = findRunFolders(logs.path());
        QCOMPARE(folders.size(), size_t(3));
        QCOMPARE(folders.at(0).executionId, u"fresh-run"_s);
        QVERIFY(folders.at(0).hasReport);
        QCOMPARE(folders.at(1).executionId, u"interrupted"_s);
        QVERIFY(!folders.at(1).hasReport);
        QCOMPARE(folders.at(2).executionId, u"old"_s);

        QString error;
        const auto record =
            readDetailedOutput(folders.at(0).path + u"/detailedoutput.json"_s, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->executionId, u"fresh-run"_s);
        QCOMPARE(record->status, RunStatus::Failed);
        bool sawFailure = false;
        for (const PhaseRecord &p : record->documents.at(0).phases)
            for (const StepRecord &s : p.steps)
                sawFailure =
                    sawFailure || (s.status == RunStatus::Failed && !s.failureMessage.isEmpty());
        QVERIFY(sawFailure);

        RunHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy read(&model, &RunHistoryModel::reportsRead);
        model.setLogDirectory(logs.path());
        QCOMPARE(model.rowCount(), 3); // listed at once, the reports read on a worker thread
        QTRY_COMPARE(read.count(), 1);
        QVERIFY(!model.isReading());
        QCOMPARE(model.index(0, RunHistoryModel::IdColumn).data().toString(), u"fresh-run"_s);
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data().toString(), u"failed"_s);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::RunStatusRole).toInt(),
                 int(RunStatus::Failed));
        QCOMPARE(model.index(0, RunHistoryModel::DocumentsColumn).data().toString(),
                 record->documents.at(0).name.isEmpty() ? u"onfailure.yaml"_s
                                                        : record->documents.at(0).name);
        QVERIFY(model.index(1, RunHistoryModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"no report"_s));
        QCOMPARE(model.index(2, RunHistoryModel::StatusColumn).data().toString(), u"success"_s);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::FolderRole).toString(),
                 folders.at(0).path);

        RunRecordModel records;
        QAbstractItemModelTester recordTester(
            &records, QAbstractItemModelTester::FailureReportingMode::QtTest);
        records.setRecord(*record);
        QVERIFY(records.firstFailedStep().isValid());
    }

    // A refresh reads only new or rewritten reports; until a report is read its
    // row says so; an unreadable one says why.
    void historyReadsEachReportOnce()
    {
        QTemporaryDir logs;
        const QString old = logs.filePath(u"TOE_2020-01-01_00-00-00_UTC-0_old"_s);
        const QString fresh = logs.filePath(u"TOE_2020-01-02_00-00-00_UTC-0_fresh"_s);
        QVERIFY(writeFile(old + u"/detailedoutput.json"_s, "{\"status\": \"success\"}"));
        QVERIFY(writeFile(fresh + u"/detailedoutput.json"_s, "{ not json"));

        RunHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy read(&model, &RunHistoryModel::reportsRead);
        model.setLogDirectory(logs.path());
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data().toString(),
                 u"unreadable report"_s);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"detailedoutput.json"_s));
        QCOMPARE(model.index(1, RunHistoryModel::StatusColumn).data().toString(), u"success"_s);

        model.refresh(); // nothing changed on disk: everything from the cache
        QVERIFY(!model.isReading());
        QCOMPARE(model.index(1, RunHistoryModel::StatusColumn).data().toString(), u"success"_s);

        // A rewritten report (another size) is read again.
        QVERIFY(writeFile(fresh + u"/detailedoutput.json"_s, "{\"status\": \"failed\"}"));
        model.refresh();
        QVERIFY(model.isReading());
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data().toString(),
                 u"reading report…"_s);
        QCOMPARE(model.index(1, RunHistoryModel::StatusColumn).data().toString(), u"success"_s);
        QTRY_COMPARE(read.count(), 2);
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data().toString(), u"failed"_s);
    }

    // The studio hands over the run it has just finished: its report is not
    // read back. Here the file and the record disagree on purpose, to show
    // which one the row comes from.
    void historyTakesTheFinishedRunFromMemory()
    {
        QTemporaryDir logs;
        const QString folder = logs.filePath(u"TOE_2020-01-01_00-00-00_UTC-0_run"_s);
        QVERIFY(writeFile(folder + u"/detailedoutput.json"_s, "{\"status\": \"success\"}"));
        ExecutionRecord record;
        record.status = RunStatus::Failed;
        record.documents.push_back(DocumentRecord{});
        record.documents.back().filePath = u"/somewhere/remembered.yaml"_s;

        RunHistoryModel model;
        model.remember(folder, record);
        model.setLogDirectory(logs.path());
        QVERIFY(!model.isReading());
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data().toString(), u"failed"_s);
        QCOMPARE(model.index(0, RunHistoryModel::DocumentsColumn).data().toString(),
                 u"remembered.yaml"_s);

        // Without a report on disk (it could not be written) nothing is remembered.
        const QString unwritten = logs.filePath(u"TOE_2020-01-02_00-00-00_UTC-0_unwritten"_s);
        QVERIFY(QDir().mkpath(unwritten));
        model.remember(unwritten, record);
        model.refresh();
        QVERIFY(model.index(0, RunHistoryModel::StatusColumn).data().toString().contains(u"no report"_s));
    }

    // Destroyed while its worker still reads: no result may reach a dead model
    // (the ASan leg would report the use after free).
    void historyDestroyedWhileReading()
    {
        QTemporaryDir logs;
        QByteArray big = "{\"status\": \"success\", \"failureMessage\": \"";
        big += QByteArray(4 << 20, 'x');
        big += "\"}";
        for (int i = 0; i < 8; ++i)
            QVERIFY(writeFile(logs.filePath(u"TOE_2020-01-0%1_00-00-00_UTC-0_r/detailedoutput.json"_s
                                                .arg(i + 1)),
                              big));
        for (int round = 0; round < 3; ++round) {
            auto model = std::make_unique<RunHistoryModel>();
            model->setLogDirectory(logs.path());
            QCOMPARE(model->rowCount(), 8);
            QVERIFY(model->isReading());
            model.reset();
            QCoreApplication::processEvents();
        }
    }
};

QTEST_GUILESS_MAIN(TestRunModels)
#include "tst_runmodels.moc"
