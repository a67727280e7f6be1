// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln run --replay`: a run folder of a run that failed at step 2 of 3 is run
// again from its document copy, stops after step 2 (step 3, which the original
// ran, does not run), prints both runs' output of the failed step and exits 0;
// an AWSTOE detailedoutput.json replays with its document given as a copy, and
// exits 1 when the step no longer fails; a document that is gone without a copy,
// and --replay with --documents, are refused (exit 2). As root a replay runs in
// a sandbox of this machine unless --on-host.
#include "kilnrun.h"

#include <QTemporaryDir>
#include <unistd.h>

using namespace Qt::StringLiterals;
using KilnTest::Result;

namespace {

// Step Two fails but lets the run go on, so that the original run also runs Three.
const QByteArray ThreeSteps = R"(name: three
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: One
        action: ExecuteBash
        inputs:
          commands: ['echo one']
      - name: Two
        action: ExecuteBash
        onFailure: Continue
        inputs:
          commands: ['echo two went wrong; exit 3']
      - name: Three
        action: ExecuteBash
        inputs:
          commands: ['touch three-ran']
)";

// The steps of tests/data/report/awstoe-detailedoutput.json; InstallPackages exits `code`.
QByteArray awstoeDocument(int code)
{
    return "name: HelloWorldDocument\nschemaVersion: 1.0\nphases:\n  - name: build\n"
           "    steps:\n"
           "      - name: HelloWorldStep\n        action: ExecuteBash\n        inputs:\n"
           "          commands: ['echo \"Hello World!\"']\n"
           "      - name: InstallPackages\n        action: ExecuteBash\n        inputs:\n"
           "          commands: ['echo \"not installed here\"; exit " +
           QByteArray::number(code) +
           "']\n"
           "      - name: SparseStep\n        action: ExecuteBash\n        inputs:\n"
           "          commands: ['echo sparse']\n";
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

Result kilnIn(const QString &cwd, const QStringList &args)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"LANG"_s, u"C.UTF-8"_s);
    e.remove(u"LANGUAGE"_s);
    QProcess p;
    p.setProcessEnvironment(e);
    p.setProgram(QStringLiteral(KILN_CLI_BINARY));
    p.setArguments(args);
    p.setWorkingDirectory(cwd);
    p.start();
    return KilnTest::finish(p);
}

// An AWSTOE run folder: its detailedoutput.json, and a document copy put there by hand.
QString awstoeFolder(const QTemporaryDir &dir, int code)
{
    const QString folder = dir.filePath(u"TOE_2021-08-27_00-20-31_UTC-0_a1bcd2e3"_s);
    QDir().mkpath(folder);
    QFile::copy(QStringLiteral(KILN_TEST_DATA_DIR "/report/awstoe-detailedoutput.json"),
                QDir(folder).filePath(u"detailedoutput.json"_s));
    writeFile(QDir(folder).filePath(u"document.yaml"_s), awstoeDocument(code));
    return folder;
}

} // namespace

class TestCliReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysAFailedRunAndStopsAfterTheFailedStep()
    {
        QTemporaryDir original;
        writeFile(original.filePath(u"three.yaml"_s), ThreeSteps);
        const Result first =
            kilnIn(original.path(), {u"run"_s, u"-d"_s, u"three.yaml"_s, u"-l"_s, u"logs"_s});
        QCOMPARE(first.exitCode, 1);
        QVERIFY(QFile::exists(original.filePath(u"three-ran"_s))); // the original ran Three
        const QString folder = KilnTest::runFolder(original.filePath(u"logs"_s));
        QVERIFY(!folder.isEmpty());

        // Elsewhere "three.yaml" is not there: the run folder's copy is run.
        QTemporaryDir elsewhere;
        const Result r = kilnIn(elsewhere.path(), {u"run"_s, u"--replay"_s, folder, u"-l"_s,
                                                   elsewhere.filePath(u"logs"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"three.yaml (from its copy %1/document.yaml)"_s.arg(folder)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"stopping after build/Two, where the original run failed"_s),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(elsewhere.filePath(u"three-ran"_s)));
        const auto steps = KilnTest::stepsByName(KilnTest::detailed(elsewhere.filePath(u"logs"_s)));
        QCOMPARE(steps.size(), 2);
        QVERIFY(!steps.contains(u"Three"_s));
        QCOMPARE(steps.value(u"Two"_s).value(u"status"_s).toString(), u"failed"_s);
        QVERIFY2(r.out.contains(u"Step build/Two (ExecuteBash), where the original run failed:\n"
                                "  original: failed: ExecuteBash failed with exit code 3\n"
                                "      | two went wrong\n"
                                "  replay  : failed: ExecuteBash failed with exit code 3\n"
                                "      | two went wrong\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Reproduced: every step the replay ran ended as in the "
                                "original run."_s),
                 qPrintable(r.out));
    }

    // AWSTOE's report names /tmp/imagebuilder/main.yaml; the copy beside it runs. No
    // kiln-run.json: the replay says the parameters are the documents' defaults.
    void replaysAnAwstoeReportFromItsCopy()
    {
        QTemporaryDir dir;
        const QString folder = awstoeFolder(dir, 100);
        const Result r = kilnIn(dir.path(), {u"run"_s, u"--replay"_s,
                                             QDir(folder).filePath(u"detailedoutput.json"_s),
                                             u"-l"_s, dir.filePath(u"logs"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"the original parameters are unknown"_s) &&
                     r.err.contains(u"--parameters"_s),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(u"  original: failed: ExecuteBash: command exited with code 100\n"
                                "      | E: Unable to locate package nosuchpackage\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"      | not installed here\n"_s), qPrintable(r.out));
        const auto steps = KilnTest::stepsByName(KilnTest::detailed(dir.filePath(u"logs"_s)));
        QCOMPARE(steps.keys().size(), 2);
        QVERIFY(!steps.contains(u"SparseStep"_s));
        QCOMPARE(KilnTest::detailed(dir.filePath(u"logs"_s))
                     .value(u"documents"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"filePath"_s)
                     .toString(),
                 u"/tmp/imagebuilder/main.yaml"_s);
    }

    // The step that failed in the cloud succeeds here: not reproduced, exit 1.
    void differentOutcomeExitsOne()
    {
        QTemporaryDir dir;
        const QString folder = awstoeFolder(dir, 0);
        const Result r =
            kilnIn(dir.path(), {u"run"_s, u"--replay"_s, folder, u"-l"_s, dir.filePath(u"logs"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"! build/InstallPackages (ExecuteBash): failed -> success"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Not reproduced: 1 step(s) ended otherwise than in the "
                                "original run."_s),
                 qPrintable(r.out));
    }

    void missingDocumentWithoutACopy()
    {
        QTemporaryDir dir;
        const QString document = dir.filePath(u"gone.yaml"_s);
        writeFile(document, ThreeSteps);
        QCOMPARE(kilnIn(dir.path(), {u"run"_s, u"-d"_s, document, u"-l"_s, u"logs"_s}).exitCode, 1);
        const QString folder = KilnTest::runFolder(dir.filePath(u"logs"_s));
        QVERIFY(QFile::remove(document));
        QVERIFY(QFile::remove(QDir(folder).filePath(u"document.yaml"_s)));
        const Result r = kilnIn(dir.path(), {u"run"_s, u"--replay"_s, folder});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"document 1 of the report, %1, is not there any more and the "
                                "run folder has no copy of it; put the document back, or its "
                                "copy at %2/document.yaml"_s.arg(document, folder)),
                 qPrintable(r.err));
        QCOMPARE(QDir(dir.filePath(u"logs"_s)).entryList({u"TOE_*"_s}, QDir::Dirs).size(), 1);
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        const Result both =
            kilnIn(dir.path(), {u"run"_s, u"--replay"_s, dir.path(), u"-d"_s, u"x.yaml"_s});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(u"cannot be combined with --documents or --config"_s),
                 qPrintable(both.err));
        const Result none = kilnIn(dir.path(), {u"run"_s, u"--replay"_s, dir.path()});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(u"kiln run: --replay: "_s) &&
                     none.err.contains(u"detailedoutput.json"_s),
                 qPrintable(none.err));
        // A run that ended before its first document: nothing to replay.
        writeFile(dir.filePath(u"detailedoutput.json"_s),
                  R"({"executionId": "x", "status": "failed", "documents": []})");
        const Result empty = kilnIn(dir.path(), {u"run"_s, u"--replay"_s, dir.path()});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(u"the report lists no documents"_s), qPrintable(empty.err));
        const Result onHost = kilnIn(dir.path(), {u"run"_s, u"-d"_s, u"x.yaml"_s, u"--on-host"_s});
        QCOMPARE(onHost.exitCode, 2);
        QVERIFY2(onHost.err.contains(u"--on-host is for --replay"_s), qPrintable(onHost.err));
        const Result both2 = kilnIn(
            dir.path(), {u"run"_s, u"--replay"_s, dir.path(), u"--on-host"_s, u"--sandbox"_s});
        QCOMPARE(both2.exitCode, 2);
        QVERIFY2(both2.err.contains(u"are alternatives"_s), qPrintable(both2.err));
    }

    // As root a replay runs in a sandbox of this machine unless --on-host says
    // otherwise: the file a step makes (in a temporary folder, never a system
    // path) stays in the sandbox's changes, then --on-host makes it for real.
    void replayRunsInASandboxUnlessOnHost()
    {
        if (::geteuid() != 0)
            QSKIP("a replay runs in a sandbox by default only as root");
        QTemporaryDir dir;
        const QString made = dir.filePath(u"made"_s);
        writeFile(dir.filePath(u"make.yaml"_s),
                  "name: make\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                  "      - name: Make\n        action: ExecuteBash\n        inputs:\n"
                  "          commands: ['touch \"" +
                      made.toUtf8() + "\"; exit 3']\n");
        // The original on this machine: it only touches a temporary folder.
        QCOMPARE(
            kilnIn(dir.path(), {u"run"_s, u"-d"_s, u"make.yaml"_s, u"-l"_s, u"logs"_s}).exitCode,
            1);
        const QString folder = KilnTest::runFolder(dir.filePath(u"logs"_s));
        QVERIFY(!folder.isEmpty());
        QVERIFY(QFile::remove(made));

        const Result sandboxed =
            kilnIn(dir.path(), {u"run"_s, u"--replay"_s, folder, u"-l"_s, u"replay"_s});
        if (sandboxed.err.contains(u"no sandbox here"_s))
            QSKIP(qPrintable(u"no sandbox on this machine: "_s + sandboxed.err));
        QVERIFY2(sandboxed.exitCode == 0, qPrintable(sandboxed.out + sandboxed.err));
        QVERIFY2(sandboxed.err.contains(u"the replay runs in a sandbox of this machine"_s),
                 qPrintable(sandboxed.err));
        QVERIFY(!QFile::exists(made));
        const QString replayFolder = KilnTest::runFolder(dir.filePath(u"replay"_s));
        QFile changes(QDir(replayFolder).filePath(u"changes.json"_s));
        QVERIFY(changes.open(QIODevice::ReadOnly));
        QVERIFY2(changes.readAll().contains(made.toUtf8()), qPrintable(replayFolder));

        const Result host = kilnIn(
            dir.path(), {u"run"_s, u"--replay"_s, folder, u"-l"_s, u"host"_s, u"--on-host"_s});
        QVERIFY2(host.exitCode == 0, qPrintable(host.out + host.err));
        QVERIFY(!host.err.contains(u"sandbox"_s));
        QVERIFY(QFile::exists(made));
    }
};

QTEST_GUILESS_MAIN(TestCliReplay)
#include "tst_cli_replay.moc"
