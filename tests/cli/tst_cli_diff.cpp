// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln diff RUN_A RUN_B`: two real runs of one document with different
// parameters, a sandbox-like changes.json added to one, a report from AWSTOE,
// the exit status, and the JSON shape.
#include "kilnrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace KilnTest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray document = "name: Cmp\nschemaVersion: 1.0\n"
                            "parameters:\n  - Code:\n      type: string\n      default: '0'\n"
                            "phases:\n  - name: build\n    steps:\n"
                            "      - name: Hello\n        action: ExecuteBash\n"
                            "        inputs:\n          commands: ['echo hello']\n"
                            "      - name: Maybe\n        action: ExecuteBash\n"
                            "        inputs:\n          commands: ['echo code {{ Code }}; exit {{ "
                            "Code }}']\n";

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ok, m_failed; // run folders

    QString runWith(const QString &code)
    {
        const QString logs = m_dir.filePath(u"logs-"_s + code);
        kiln({u"-d"_s, m_dir.filePath(u"c.yaml"_s), u"-l"_s, logs, u"--parameters"_s,
              u"Code="_s + code});
        const QStringList runs = QDir(logs).entryList({u"TOE_*"_s}, QDir::Dirs);
        return runs.size() == 1 ? QDir(logs).filePath(runs.front()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(m_dir.filePath(u"c.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document);
        file.close();
        m_ok = runWith(u"0"_s);
        m_failed = runWith(u"3"_s);
        QVERIFY(!m_ok.isEmpty() && !m_failed.isEmpty());
    }

    void sameRunAgrees()
    {
        const Result r = kilnCommand({u"diff"_s, m_ok, m_ok});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"2 of 2 steps agree; 0 differ."_s), qPrintable(r.out));
    }

    void differentRunsDiffer()
    {
        const Result r = kilnCommand({u"diff"_s, m_ok, m_failed});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"= build/Hello (ExecuteBash): success,"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"! build/Maybe (ExecuteBash): success -> failed,"_s));
        QVERIFY(r.out.contains(u"failure in B: ExecuteBash failed with exit code 3"_s));
        // What each printed, as a diff (a failed step records no outputs).
        QVERIFY(r.out.contains(u"-code 0"_s));
        QVERIFY(r.out.contains(u"+code 3"_s));
        QVERIFY(r.out.contains(u"1 of 2 steps agree; 1 differ."_s));
    }

    void jsonShape()
    {
        const Result r = kilnCommand({u"diff"_s, u"--format"_s, u"json"_s, m_ok, m_failed});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"differs"_s).toBool(), true);
        QCOMPARE(json.value(u"a"_s).toObject().value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(json.value(u"b"_s).toObject().value(u"status"_s).toString(), u"failed"_s);
        const QJsonArray steps = json.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject maybe = steps.at(1).toObject();
        QCOMPARE(maybe.value(u"step"_s).toString(), u"Maybe"_s);
        QCOMPARE(maybe.value(u"status"_s).toObject().value(u"b"_s).toString(), u"failed"_s);
        QVERIFY(maybe.value(u"durationMs"_s).toObject().value(u"a"_s).toInteger() >= 0);
        QCOMPARE(steps.at(0).toObject().value(u"differs"_s).toBool(), false);
    }

    // The files a sandboxed step changed count; a step only one run has is named.
    void changesAndMissingSteps()
    {
        QTemporaryDir copy;
        for (const QString &name : QDir(m_ok).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(m_ok).filePath(name), copy.filePath(name)));
        QFile changes(copy.filePath(u"changes.json"_s));
        QVERIFY(changes.open(QIODevice::WriteOnly));
        changes.write(R"({"steps": [{"document": 0, "phase": "build", "step": "Hello",
            "added": ["/etc/hello.conf"], "modified": [], "deleted": []}]})");
        changes.close();
        Result r = kilnCommand({u"diff"_s, m_ok, copy.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"only in B: added /etc/hello.conf"_s), qPrintable(r.out));

        r = kilnCommand({u"diff"_s, m_ok,
                         QStringLiteral(KILN_TEST_DATA_DIR "/report/awstoe-detailedoutput.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"(not in this run) -> "_s), qPrintable(r.out));
    }

    void errors()
    {
        Result r = kilnCommand({u"diff"_s, m_ok});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"give two runs"_s));
        r = kilnCommand({u"diff"_s, m_ok, m_dir.filePath(u"nothing"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"nothing"_s), qPrintable(r.err));
        r = kilnCommand({u"diff"_s, u"--format"_s, u"xml"_s, m_ok, m_ok});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
