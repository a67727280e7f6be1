// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Secrets in a run, in process (a value marked secret through the run's registry,
// ExecutorOptions::secrets; tests/network/tst_secretrun covers the SSM path end
// to end): steps get real values while signals, logs and reports are masked;
// reports mask with the registry as it is when they are written; a resumed run
// (reboot handoff) keeps masking; run folders and state files are private.
#include "aws/secretmasker.h"
#include "documentrun.h"
#include "exec/executor.h"
#include "exec/runstate.h"
#include "exec/runrecord.h"
#include "process/privatefiles.h"
#include "report/consolereporter.h"
#include "report/runlogs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Kiln;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// `"` and `\` (escaped in JSON text), a regex metacharacter, no `'` (the
// document quotes it in bash).
const QString Secret = u"pa\"ss\\wo.rd*42"_s;

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// The secret in clear, or JSON-escaped once or twice (a report's inputs and
// outputs are JSON text inside JSON).
bool leaks(const QString &text, const QString &secret = Secret)
{
    QString once = secret;
    once.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    QString twice = once;
    twice.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return text.contains(secret) || text.contains(once) || text.contains(twice);
}

struct Run
{
    QTemporaryDir dir;
    std::unique_ptr<Executor> executor;
    QStringList shown; // stepOutput lines and notes, as the studio's panes get them
    QList<StepRecord> finished;

    Executor &make(const QByteArray &yaml, std::shared_ptr<SecretMasker> secrets,
                   std::function<void(ExecutorOptions &)> tweak = {})
    {
        ExecutorOptions options = KilnTest::documentRun(dir, yaml, {{u"Password"_s, Secret}});
        options.gracePeriod = 500ms;
        options.secrets = std::move(secrets);
        if (tweak)
            tweak(options);
        executor = std::make_unique<Executor>(std::move(options));
        QObject::connect(executor.get(), &Executor::stepOutput,
                         [this](int, const QString &, const QString &, OutputChannel,
                                const QString &line) { shown << line; });
        QObject::connect(executor.get(), &Executor::message,
                         [this](const QString &text) { shown << text; });
        QObject::connect(executor.get(), &Executor::iterationStarted,
                         [this](int, const QString &, const QString &, qint64,
                                const QString &label) { shown << label; });
        QObject::connect(executor.get(), &Executor::stepFinished,
                         [this](int, const QString &, const StepRecord &r) { finished << r; });
        return *executor;
    }

    bool run()
    {
        QSignalSpy done(executor.get(), &Executor::runFinished);
        executor->start();
        return done.wait(60000);
    }

    const StepRecord *step(const QString &name) const
    {
        return KilnTest::findStep(executor->record(), name);
    }
};

std::shared_ptr<SecretMasker> registryWith(const QString &secret)
{
    auto secrets = std::make_shared<SecretMasker>();
    secrets->add(secret);
    return secrets;
}

QByteArray doc(const QByteArray &steps)
{
    return "name: t\nschemaVersion: 1.0\nparameters:\n  - Password:\n      type: string\n"
           "phases:\n  - name: build\n    steps:\n" +
           steps;
}

const QByteArray chainingSteps = R"(      - name: Print
        action: ExecuteBash
        inputs:
          commands:
            - printf 'pw=%s\n' '{{ Password }}'
      - name: Use
        action: ExecuteBash
        inputs:
          commands:
            - printf '%s' '{{ build.Print.outputs.stdout }}' | sha256sum | cut -c1-64
      - name: Each
        action: ExecuteBash
        loop:
          forEach: ['{{ Password }}']
        inputs:
          commands:
            - echo 'item {{ loop.value }}'
      - name: Fails
        action: ExecuteBash
        onFailure: Continue
        maxAttempts: 2
        inputs:
          commands:
            - echo 'bad password {{ Password }}' >&2; exit 3
      - name: AssertFails
        action: Assert
        onFailure: Continue
        inputs:
          stringEquals: 'wrong'
          value: '{{ Password }}'
)";

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The reverse bug: a chained output must reach the next step unmasked.
    void stepsGetRealValuesSignalsAreMasked()
    {
        Run r;
        r.make(doc(chainingSteps), registryWith(Secret));
        QVERIFY(r.run());
        const StepRecord *use = r.step(u"Use"_s);
        QVERIFY(use);
        QCOMPARE(use->status, RunStatus::Success);
        QCOMPARE(use->outputs.at(0).toObject().value(u"stdout"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash((u"pw="_s + Secret).toUtf8(),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        // record() is the real record: what chaining reads.
        QCOMPARE(r.step(u"Print"_s)->outputs.at(0).toObject().value(u"stdout"_s).toString(),
                 u"pw="_s + Secret);
        QVERIFY(compactJson(use->inputs).contains(u"pw="_s + jsonEscaped(Secret)));
        // What the studio and the console get is masked.
        QVERIFY(!r.finished.isEmpty());
        for (const StepRecord &s : std::as_const(r.finished)) {
            const QString all = compactJson(toJson(s)) + s.failureMessage;
            QVERIFY2(!leaks(all), qPrintable(all));
        }
        QCOMPARE(r.finished.at(0).outputs.at(0).toObject().value(u"stdout"_s).toString(),
                 u"pw=****"_s);
        const QString shown = r.shown.join(u'\n');
        QVERIFY2(!leaks(shown), qPrintable(shown));
        QVERIFY2(shown.contains(u"pw=****"_s) && shown.contains(u"item ****"_s) &&
                     shown.contains(u"attempt 1 of 2 failed: ExecuteBash failed with exit code 3: "
                                    "bad password ****"_s),
                 qPrintable(shown));
    }

    // Every file a run writes, and the console, are masked where they are
    // written; reports with the registry as it is then (a secret resolved late
    // is masked in the output of a step that ran before it).
    void logsAndReportsMaskWhereWritten()
    {
        QTemporaryDir dir;
        RunLogs logs;
        QString error;
        QVERIFY2(logs.open(dir.filePath(u"TOE_x"_s), false, false, &error), qPrintable(error));
        logs.secrets()->add(Secret);
        QString printed;
        QTextStream out(&printed);
        Run r;
        r.make(doc(chainingSteps + R"(      - name: Late
        action: ExecuteBash
        inputs:
          commands: ['echo late-secret-value']
)"),
               logs.secrets());
        ConsoleReporter reporter(r.executor.get(), &out, &logs);
        QVERIFY(r.run());
        reporter.print(u"a note of the CLI's own: "_s + Secret); // not an executor event
        logs.secrets()->add(u"late-secret-value"_s);
        const ExecutionRecord &record = r.executor->record();
        QVERIFY(logs.writeDetailedOutput(record, &error));
        QVERIFY(logs.writeChaining(r.executor->chainingJson(), &error));
        const QString junit = dir.filePath(u"junit.xml"_s);
        QVERIFY(writeJUnit(record, junit, *logs.secrets(), &error));
        logs.flush();

        QVERIFY2(!leaks(printed), qPrintable(printed));
        QVERIFY(printed.contains(u"stderr: bad password ****"_s));
        QVERIFY(printed.contains(u"a note of the CLI's own: ****"_s));
        for (const QString &name : {u"console.log"_s, u"application.log"_s,
                                    u"detailedoutput.json"_s, u"chaining.json"_s}) {
            const QString text = readText(QDir(logs.folder()).filePath(name));
            QVERIFY2(!text.isEmpty() && !leaks(text), qPrintable(name + u": "_s + text));
        }
        QVERIFY(!leaks(readText(junit)));
        // The log line that failed to mask before: the step's failure message.
        const QString log = readText(QDir(logs.folder()).filePath(u"application.log"_s));
        QVERIFY2(log.contains(u"Fails finished: failed ExecuteBash failed with exit code 3: bad "
                              "password ****"_s),
                 qPrintable(log));
        QVERIFY(log.contains(u"stringEquals 'wrong' value '****'"_s));
        const QString report = readText(QDir(logs.folder()).filePath(u"detailedoutput.json"_s));
        QVERIFY(!report.contains(u"late-secret-value"_s));
        QVERIFY(report.contains(u"\\\"stdout\\\":\\\"****\\\""_s));
        // chaining.json: the resolved values, masked as values.
        const QString chaining = readText(QDir(logs.folder()).filePath(u"chaining.json"_s));
        QVERIFY2(chaining.contains(u"\"value\": \"pw=****\""_s), qPrintable(chaining));
    }

    // An ExecuteDocument run shares the run's secrets: the nested steps' output
    // and the nested executions in the report are masked, the nested script
    // archive too; the nested step still gets the real value.
    void nestedRunsShareTheSecrets()
    {
        QTemporaryDir logsDir;
        RunLogs logs;
        QString error;
        QVERIFY2(logs.open(logsDir.filePath(u"TOE_x"_s), false, false, &error), qPrintable(error));
        logs.secrets()->add(Secret);
        Run r;
        QFile child(r.dir.filePath(u"child.yaml"_s));
        QVERIFY(child.open(QIODevice::WriteOnly));
        child.write(doc(R"(      - name: Inner
        action: ExecuteBash
        inputs:
          commands:
            - printf 'inner=%s\n' '{{ Password }}'
            - printf '%s' '{{ Password }}' | sha256sum | cut -c1-64
)"));
        child.close();
        r.make(doc(R"(      - name: Nested
        action: ExecuteDocument
        inputs:
          document: child.yaml
          parameters:
            - name: Password
              value: '{{ Password }}'
)"),
               logs.secrets(), [&](ExecutorOptions &o) { o.workDirectory = logs.workDirectory(); });
        QVERIFY(r.run());
        const QString shown = r.shown.join(u'\n');
        QVERIFY2(r.executor->record().status == RunStatus::Success,
                 qPrintable(r.executor->record().failureMessage + u'\n' + shown));
        QVERIFY2(shown.contains(u"inner=****"_s) && !leaks(shown), qPrintable(shown));
        QVERIFY2(
            shown.contains(QString::fromLatin1(
                QCryptographicHash::hash(Secret.toUtf8(), QCryptographicHash::Sha256).toHex())),
            qPrintable(shown));
        QVERIFY(logs.writeDetailedOutput(r.executor->record(), &error));
        const QString report = readText(QDir(logs.folder()).filePath(u"detailedoutput.json"_s));
        QVERIFY2(report.contains(u"inner=****"_s) && !leaks(report), qPrintable(report));
        QDirIterator archives(logs.workDirectory(), {u"scripts.sh"_s}, QDir::Files,
                              QDirIterator::Subdirectories);
        int found = 0;
        for (; archives.hasNext(); ++found)
            QVERIFY(!leaks(readText(archives.next())));
        QVERIFY(found >= 1);
    }

    // After a reboot handoff the resumed process (a new registry) keeps masking
    // what the first one resolved; the state file that carries it is private.
    void resumedRunKeepsMasking()
    {
        QTemporaryDir shared;
        const QString state = shared.filePath(u"state/dir"_s);
        const QByteArray yaml = doc(R"(      - name: Print
        action: ExecuteBash
        inputs:
          commands:
            - printf 'pw=%s\n' '{{ Password }}'
      - name: Reboots
        action: ExecuteBash
        inputs:
          commands:
            - if [ -f MARK ]; then echo 'after {{ build.Print.outputs.stdout }}'; exit 0; fi
            - touch MARK; exit 194
)")
                                    .replace("MARK", shared.filePath(u"mark"_s).toUtf8());
        auto handoff = [&](ExecutorOptions &o) {
            o.rebootMode = RebootMode::Handoff;
            o.stateDirectory = state;
        };
        Run first;
        first.make(yaml, registryWith(Secret), handoff);
        QVERIFY(first.run());
        QCOMPARE(first.executor->outcome(), Executor::Outcome::RebootHandoff);
        const QString stateFile = stateFilePath(state);
        QCOMPARE(modeOf(stateFile), mode_t(0600));
        QCOMPARE(modeOf(state), mode_t(0700));
        const QJsonObject saved = QJsonDocument::fromJson(readText(stateFile).toUtf8()).object();

        Run resumed;
        resumed.make(yaml, nullptr, handoff); // a new process knows no secret
        QSignalSpy done(resumed.executor.get(), &Executor::runFinished);
        QString error;
        QVERIFY2(resumed.executor->resume(saved, &error), qPrintable(error));
        QVERIFY(done.wait(30000));
        QCOMPARE(resumed.executor->record().status, RunStatus::Success);
        QVERIFY(resumed.executor->secrets()->secrets().contains(Secret));
        QVERIFY(resumed.shown.join(u'\n').contains(u"after pw=****"_s));
        QVERIFY(!leaks(resumed.shown.join(u'\n')));
        const QString report = shared.filePath(u"detailedoutput.json"_s);
        QVERIFY(writeDetailedOutputFile(resumed.executor->record(), report,
                                        *resumed.executor->secrets(), &error));
        QVERIFY2(!leaks(readText(report)), qPrintable(readText(report)));
    }

    // 0700 folders and 0600 files, minus the umask: a stricter umask stays stricter.
    void runFolderIsPrivate_data()
    {
        QTest::addColumn<int>("umask");
        QTest::addColumn<int>("folderMode");
        QTest::addColumn<int>("fileMode");
        QTest::newRow("022") << 022 << 0700 << 0600;
        QTest::newRow("000") << 0 << 0700 << 0600;
        QTest::newRow("077") << 077 << 0700 << 0600;
        QTest::newRow("227 (no owner write)") << 0227 << 0500 << 0400;
    }

    void runFolderIsPrivate()
    {
        QFETCH(int, umask);
        QFETCH(int, folderMode);
        QFETCH(int, fileMode);
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"logs/TOE_x"_s);
        const mode_t previous = ::umask(mode_t(umask));
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        if (folderMode != 0700 && ::geteuid() != 0)
            QSKIP("a folder without owner write can only be filled by root");
        QVERIFY(QDir().mkpath(folder)); // e.g. left by an older kiln: made private too
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        {
            RunLogs logs;
            QString error;
            QVERIFY2(logs.open(folder, false, false, &error), qPrintable(error));
            logs.copyDocument(QStringLiteral(KILN_TEST_DATA_DIR "/run/params.yaml"), 0, 1);
            QVERIFY(logs.writeDetailedOutput(ExecutionRecord{}, &error));
            QVERIFY(logs.writeChaining(QJsonObject{}, &error));
            QVERIFY(PrivateFiles::makeFolder(QDir(logs.workDirectory()).filePath(u"a/b"_s)));
            logs.console(u"line"_s);
            logs.flush();
        }
        QCOMPARE(modeOf(folder), mode_t(folderMode));
        for (const QString &sub : {u"work"_s, u"work/a"_s, u"work/a/b"_s})
            QCOMPARE(modeOf(QDir(folder).filePath(sub)), mode_t(folderMode));
        for (const QString &file : {u"console.log"_s, u"application.log"_s, u"document.yaml"_s,
                                    u"detailedoutput.json"_s, u"chaining.json"_s})
            QVERIFY2(
                modeOf(QDir(folder).filePath(file)) == mode_t(fileMode),
                qPrintable(u"%1: %2"_s.arg(file).arg(modeOf(QDir(folder).filePath(file)), 0, 8)));
    }

private:
    static QString compactJson(const QJsonArray &a)
    {
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    static QString compactJson(const QJsonObject &o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static QString jsonEscaped(QString s)
    {
        return s.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
