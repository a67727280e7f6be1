// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln report` and `kiln run --html` end to end: the report of a failed run
// (failures first, escaped output, the timeline with attempts, iterations and
// the reboot, the document line of the failing step, kiln-timeline.json in the
// run folder), reports of folders AWSTOE wrote (capitalised statuses, a failed
// nested ExecuteDocument run), changes.json rendered when present, a long step
// output cut to its last lines, nothing the page loads from elsewhere, and the
// command's errors. The same page in a real browser: tst_report_browser.
#include "reportfixture.h"

#include <QTest>
#include <csignal>

using namespace KilnTest;
using namespace Qt::StringLiterals;

class TestCliReport : public QObject
{
    Q_OBJECT
private:
    FailedRun m_run;

    // The text between two markers of the page (e.g. one section).
    static QString between(const QString &html, const QString &from, const QString &to)
    {
        const qsizetype a = html.indexOf(from);
        const qsizetype b = a < 0 ? -1 : html.indexOf(to, a + from.size());
        return a < 0 || b < 0 ? QString() : html.mid(a, b - a);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_run.run(), qPrintable(m_run.result.err)); }

    void runWritesTheReportAndTheTimeline()
    {
        QVERIFY(QFile::exists(QDir(m_run.folder).filePath(u"kiln-timeline.json"_s)));
        const QString html = readAll(m_run.html);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        // Failures come first, with the message, the output's end and the document line.
        const QString failures = between(html, u"<section id=\"failures\">"_s, u"</section>"_s);
        QVERIFY2(failures.contains(u"build / InstallPackages"_s), qPrintable(failures.left(400)));
        QVERIFY(failures.contains(u"exit code 100"_s));
        QVERIFY(failures.contains(
            u"<span class=\"stderr\">E: Unable to locate package nosuchpackage</span>"_s));
        QVERIFY(failures.contains(u"Reading package lists... 400"_s));
        QVERIFY(failures.contains(u"class=\"hl\">      - name: InstallPackages</span>"_s));
        QVERIFY(html.indexOf(u"id=\"failures\""_s) < html.indexOf(u"id=\"timeline\""_s));
        QVERIFY(html.indexOf(u"id=\"timeline\""_s) < html.indexOf(u"id=\"steps\""_s));
        // Not reached, so not a failure.
        QVERIFY(!failures.contains(u"NeverRuns"_s));
        QVERIFY(html.contains(u"<b>NeverRuns</b>"_s));
    }

    void textFromTheRunIsEscaped()
    {
        const QString html = readAll(m_run.html);
        QVERIFY(html.contains(u"Hello &lt;b&gt;World&lt;/b&gt; &amp; friends"_s));
        QVERIFY(!html.contains(u"<b>World</b>"_s));
    }

    void timelineShowsAttemptsIterationsAndReboot()
    {
        const QString svg = between(readAll(m_run.html), u"<svg class=\"timeline\""_s, u"</svg>"_s);
        QVERIFY(!svg.isEmpty());
        // One row per step that ran, linked to its section.
        QCOMPARE(svg.count(u"<g class=\"lane\">"_s), 5);
        QVERIFY(svg.contains(u"<rect class=\"bar st-failed\""_s));
        // Flaky: attempt 1 failed, attempt 2 succeeded, a notch at the retry.
        QVERIFY(svg.contains(u"<rect class=\"attempt st-failed\""_s));
        QVERIFY(svg.contains(u"<rect class=\"attempt st-success\""_s));
        QCOMPARE(svg.count(u"class=\"retry\""_s), 1);
        // Colours: three iterations of the loop.
        QCOMPARE(svg.count(u"<rect class=\"iteration st-success\""_s), 3);
        QCOMPARE(svg.count(u"<g class=\"reboot\">"_s), 1);
    }

    void reportCommandMatchesRunHtml()
    {
        const Result r = kilnCommand({u"report"_s, m_run.folder});
        QCOMPARE(r.exitCode, 0);
        const QString written = QDir(m_run.folder).filePath(u"report.html"_s);
        QCOMPARE(r.out.trimmed(), written);
        // The same page but for console.log's size and end: kiln run writes its
        // report before the summary goes to the log.
        const auto body = [](const QString &html) {
            const qsizetype from = html.indexOf(u"<nav>"_s);
            return html.mid(from, html.indexOf(u"<section id=\"console\">"_s) - from);
        };
        QCOMPARE(body(readAll(written)), body(readAll(m_run.html)));
        const Result toStdout = kilnCommand({u"report"_s, m_run.folder, u"-o"_s, u"-"_s});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(body(toStdout.out), body(readAll(m_run.html)));
    }

    void awstoeReports_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("failed run, sparse step")
            << u"awstoe-detailedoutput.json"_s
            << QStringList{u"build / InstallPackages"_s, u"command exited with code 100"_s,
                           u"E: Unable to locate package nosuchpackage"_s, u"whole seconds"_s};
        // A run folder: the nested document's failed step is named in the failure.
        QTest::newRow("nested ExecuteDocument")
            << u"awstoe-executedocument"_s
            << QStringList{u"build / RunHardening"_s,
                           u"hardening.yaml: build / DisableRootLogin"_s,
                           u"command exited with code 4"_s,
                           u"Nested run b7e9c2d4"_s,
                           u"class=\"hl\">      - name: RunHardening</span>"_s,
                           u"Bad configuration option: PermitRootLogin"_s};
    }
    void awstoeReports()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QTemporaryDir out;
        const QString html = out.filePath(u"r.html"_s);
        const Result r =
            kilnCommand({u"report"_s, QStringLiteral(KILN_TEST_DATA_DIR "/report/") + input,
                         u"--output"_s, html});
        QCOMPARE(r.exitCode, 0);
        const QString text = readAll(html);
        const QString failures = text.left(text.indexOf(u"id=\"timeline\""_s));
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(e));
        QVERIFY2(failures.contains(expected.front()), "failures first");
        QVERIFY(externalReferences(text).isEmpty());
    }

    void changesAreRenderedWhenPresent()
    {
        QTemporaryDir copy;
        for (const QString &name : QDir(m_run.folder).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(m_run.folder).filePath(name), copy.filePath(name)));
        QFile changes(copy.filePath(u"changes.json"_s));
        QVERIFY(changes.open(QIODevice::WriteOnly));
        changes.write(R"({"steps": [{"document": 0, "phase": "build", "step": "Hello",
            "added": ["/etc/hello.conf", "/opt/<weird>"], "modified": ["/etc/passwd"],
            "deleted": []}]})");
        changes.close();
        const Result r = kilnCommand({u"report"_s, copy.path()});
        QCOMPARE(r.exitCode, 0);
        const QString html = readAll(copy.filePath(u"report.html"_s));
        const QString section = between(html, u"<section id=\"changes\">"_s, u"</section>"_s);
        QVERIFY(section.contains(u"2 added, 1 modified, 0 deleted"_s));
        QVERIFY(section.contains(u"/etc/hello.conf"_s));
        QVERIFY(section.contains(u"/opt/&lt;weird&gt;"_s));
        QVERIFY(html.contains(
            u"<a href=\"#changes\">Changed files: 2 added, 1 modified, 0 deleted</a>"_s));

        // A broken changes.json is named, and the rest of the report is there.
        QVERIFY(changes.open(QIODevice::WriteOnly | QIODevice::Truncate));
        changes.write("{\"steps\": [");
        changes.close();
        QCOMPARE(kilnCommand({u"report"_s, copy.path()}).exitCode, 0);
        const QString broken = readAll(copy.filePath(u"report.html"_s));
        QVERIFY(broken.contains(u"changes.json: not the expected shape"_s));
        QVERIFY(!broken.contains(u"<section id=\"changes\">"_s));
        QVERIFY(broken.contains(u"build / InstallPackages"_s));
    }

    void longOutputIsCutToTheLastLines()
    {
        // InstallPackages printed 400 lines (+1 on stderr): the page has the end,
        // says how many there were and where they all are.
        const QString html = readAll(m_run.html);
        const QString card = between(html, u"<article class=\"card"_s, u"</article>"_s);
        QVERIFY(card.contains(u"Reading package lists... 400"_s));
        QVERIFY(!card.contains(u"Reading package lists... 200\n"_s));
        QVERIFY2(card.contains(u"the last 200 of 401 lines"_s), qPrintable(card.left(2000)));
        QVERIFY(card.contains(QDir(m_run.folder).filePath(u"console.log"_s)));
    }

    void nothingIsLoadedFromElsewhere()
    {
        const QString html = readAll(m_run.html);
        QCOMPARE(externalReferences(html), QStringList());
        // The check itself finds what it must.
        QCOMPARE(
            externalReferences(u"<img src=\"http://x/a.png\"><a href=\"#s1\">"
                               "<link href='https://cdn/x.css'><style>@import \"y.css\";"
                               "b{background:url(z.png)}</style><div style=\"background:"
                               "url(data:image/png;base64,AA)\">&lt;img src=\"t\"&gt;"_s),
            (QStringList{u"http://x/a.png"_s, u"https://cdn/x.css"_s, u"y.css"_s, u"z.png"_s}));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no run") << QStringList{u"report"_s} << 2 << u"which run?"_s;
        QTest::newRow("two runs") << QStringList{u"report"_s, u"a"_s, u"b"_s} << 2
                                  << u"'b' is one too many"_s;
        QTest::newRow("missing") << QStringList{u"report"_s, u"/nonexistent/TOE_x"_s} << 1
                                 << u"/nonexistent/TOE_x: no such file or folder"_s;
        QTest::newRow("not a run folder")
            << QStringList{u"report"_s, QStringLiteral(KILN_TEST_DATA_DIR "/run")} << 1
            << u"no detailedoutput.json in this folder"_s;
        QTest::newRow("not JSON") << QStringList{u"report"_s, QStringLiteral(KILN_TEST_DATA_DIR
                                                                             "/report/README.md")}
                                  << 1 << u"README.md: not JSON"_s;
        QTest::newRow("unwritable")
            << QStringList{u"report"_s,
                           QStringLiteral(KILN_TEST_DATA_DIR "/report/awstoe-detailedoutput.json"),
                           u"-o"_s, u"/nonexistent/dir/r.html"_s}
            << 1 << u"cannot write /nonexistent/dir/r.html"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result r = kilnCommand(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void stoppedRunStillWritesTheReport()
    {
        QTemporaryDir dir;
        QFile doc(dir.filePath(u"slow.yaml"_s));
        QVERIFY(doc.open(QIODevice::WriteOnly));
        doc.write("name: slow\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                  "      - name: Started\n        action: ExecuteBash\n"
                  "        inputs:\n          commands: ['echo started']\n"
                  "      - name: Slow\n        action: ExecuteBash\n"
                  "        inputs:\n          commands: ['sleep 60']\n");
        doc.close();
        QProcess p;
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        const QString html = dir.filePath(u"stopped.html"_s);
        p.setArguments({u"run"_s, u"-d"_s, doc.fileName(), u"-l"_s, dir.filePath(u"logs"_s),
                        u"--html"_s, html});
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start();
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += p.readAll()).contains("Step Slow"), 20000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QCOMPARE(finish(p).exitCode, 130);
        const QString text = readAll(html);
        QVERIFY(text.contains(u"<span class=\"badge st-cancelled\">stopped</span>"_s));
        const QString failures = between(text, u"<section id=\"failures\">"_s, u"</section>"_s);
        QVERIFY2(failures.contains(u"build / Slow"_s), qPrintable(text.left(3000)));
        QVERIFY(failures.contains(u"stopped"_s));
    }

    void dryRunSaysItHasNoReport()
    {
        QTemporaryDir dir;
        const Result r =
            kiln({u"-d"_s, QStringLiteral(KILN_TEST_DATA_DIR "/report/failed-run.yaml"),
                  u"--parameters"_s, u"Dir=/tmp"_s, u"--dry-run"_s, u"--html"_s,
                  dir.filePath(u"r.html"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(u"--html: a dry run has no report"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"r.html"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
