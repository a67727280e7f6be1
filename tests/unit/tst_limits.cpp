// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The limits of README "Limits" that the validator and the config reader
// enforce: steps per document (K2011), the loop iteration cap (K5010 warning),
// and the --config reader's refusal of every malformed shape. The parser's
// size/depth/alias limits are in tst_yamlparser, the executor's loop, reboot
// and ExecuteDocument limits in tst_executor and tst_cli_run.
#include "diagnostics/codes.h"
#include "document/document.h"
#include "exec/runconfig.h"
#include "expr/loop.h"
#include "process/processrunner.h"
#include "validate/validator.h"

#include <QTest>

using namespace Kiln;
using namespace Qt::StringLiterals;

namespace {

QByteArray documentWithSteps(int count)
{
    QByteArray yaml = "name: many\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n";
    for (int i = 0; i < count; ++i)
        yaml += "      - name: S" + QByteArray::number(i) +
                "\n        action: ExecuteBash\n        inputs:\n          commands: ['true']\n";
    return yaml;
}

QByteArray documentWithLoop(qint64 start, qint64 end)
{
    return "name: loop\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
           "      - name: L\n        action: ExecuteBash\n        loop:\n"
           "          for: {start: " +
           QByteArray::number(start) + ", end: " + QByteArray::number(end) +
           ", updateBy: 1}\n        inputs:\n          commands: ['echo {{ loop.index }}']\n";
}

int countCode(const Diagnostics &diagnostics, const char *code)
{
    int n = 0;
    for (const Diagnostic &d : diagnostics)
        n += d.code == QLatin1String(code) ? 1 : 0;
    return n;
}

Diagnostics validate(const QByteArray &yaml)
{
    ValidationOptions options;
    options.osPlatform = u"linux"_s;
    return Validator(options).validate(Document::fromText(yaml, u"doc.yaml"_s));
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsPerDocument_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<bool>("refused");
        QTest::newRow("at the limit") << int(MaxStepsPerDocument) << false;
        QTest::newRow("one above") << int(MaxStepsPerDocument) + 1 << true;
    }

    void stepsPerDocument()
    {
        QFETCH(int, steps);
        QFETCH(bool, refused);
        const Diagnostics diagnostics = validate(documentWithSteps(steps));
        QCOMPARE(countCode(diagnostics, Codes::TooManySteps), refused ? 1 : 0);
        for (const Diagnostic &d : diagnostics) {
            if (d.code == QLatin1String(Codes::TooManySteps)) {
                QVERIFY(d.isError());
                QVERIFY2(d.message.contains(QString::number(steps)), qPrintable(d.message));
                QCOMPARE(d.location.line, 3); // the `phases` key
            }
        }
    }

    void loopIterationWarning_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<bool>("warned");
        QTest::newRow("at the limit") << qint64(1) << DefaultMaxLoopIterations << false;
        QTest::newRow("one above") << qint64(0) << DefaultMaxLoopIterations << true;
        QTest::newRow("huge") << qint64(-4000000000) << qint64(4000000000) << true;
    }

    void loopIterationWarning()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(bool, warned);
        const Diagnostics diagnostics = validate(documentWithLoop(start, end));
        QCOMPARE(countCode(diagnostics, Codes::LoopIterationLimit), warned ? 1 : 0);
        for (const Diagnostic &d : diagnostics) {
            QVERIFY2(!d.isError(), qPrintable(d.message)); // a warning: the cap can be raised
            if (d.code == QLatin1String(Codes::LoopIterationLimit))
                QVERIFY(d.message.contains(u"--max-loop-iterations"_s));
        }
    }

    void stdoutTailIsTheDocumentedConstant()
    {
        ProcessRunner runner;
        QCOMPARE(runner.stdoutTailLimit(), ProcessRunner::DefaultStdoutTailLimit);
        QCOMPARE(ProcessRunner::DefaultStdoutTailLimit, qsizetype(4 * 1024 * 1024));
    }

    void runConfigAccepted()
    {
        QString error;
        const auto config = parseRunConfig(R"({"documents": [{"path": "a.yaml",
            "parameters": [{"name": "P", "value": "doc"}]}, {"path": "b.yaml"}],
            "parameters": [{"name": "G", "value": "global"}], "phases": "build,test",
            "executonId": "id-1", "logDirectory": "logs", "stateDirectory": "state",
            "trace": true, "logS3BucketName": "logs-bucket", "logS3KeyPrefix": "runs/",
            "logS3BucketOwner": "111122223333", "documentS3BucketOwner": "444455556666"})",
                                           &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->documents.size(), 2);
        QCOMPARE(config->documents.at(0).path, u"a.yaml"_s);
        QCOMPARE(config->documents.at(0).parameters.value(u"P"_s), u"doc"_s);
        QVERIFY(config->documents.at(1).parameters.isEmpty());
        QCOMPARE(config->parameters.value(u"G"_s), u"global"_s);
        QCOMPARE(config->phases, u"build,test"_s);
        QCOMPARE(config->executionId, u"id-1"_s); // the misspelt alias
        QCOMPARE(config->logDirectory, u"logs"_s);
        QCOMPARE(config->stateDirectory, u"state"_s);
        QVERIFY(config->trace);
        QCOMPARE(config->logS3BucketName, u"logs-bucket"_s);
        QCOMPARE(config->logS3KeyPrefix, u"runs/"_s);
        QCOMPARE(config->logS3BucketOwner, u"111122223333"_s);
        QCOMPARE(config->documentS3BucketOwner, u"444455556666"_s);
    }

    void runConfigRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QByteArray() << u"not a JSON object"_s;
        QTest::newRow("truncated") << QByteArray(R"({"documents": [{"pa)") << u"offset"_s;
        QTest::newRow("array") << QByteArray("[]") << u"wrong type"_s;
        QTest::newRow("unknown key")
            << QByteArray(R"({"documents": [{"path": "a"}], "x": 1})") << u"unknown key \"x\""_s;
        QTest::newRow("no documents") << QByteArray("{}") << u"\"documents\""_s;
        QTest::newRow("documents not array")
            << QByteArray(R"({"documents": "a.yaml"})") << u"\"documents\""_s;
        QTest::newRow("document without path")
            << QByteArray(R"({"documents": [{"file": "a"}]})") << u"\"path\""_s;
        QTest::newRow("document is a number")
            << QByteArray(R"({"documents": [7]})") << u"\"path\""_s;
        QTest::newRow("parameters not array")
            << QByteArray(R"({"documents": [{"path": "a"}], "parameters": {"a": "b"}})")
            << u"must be an array"_s;
        QTest::newRow("parameter value not string")
            << QByteArray(
                   R"({"documents": [{"path": "a"}], "parameters": [{"name": "a", "value": 1}]})")
            << u"string \"name\" and \"value\""_s;
        QTest::newRow("phases not string")
            << QByteArray(R"({"documents": [{"path": "a"}], "phases": ["build"]})")
            << u"\"phases\" must be a string"_s;
        QTest::newRow("CloudWatch log group not string")
            << QByteArray(R"({"documents": [{"path": "a"}], "cwLogGroup": ["g"]})")
            << u"\"cwLogGroup\" must be a string"_s;
        QTest::newRow("cwIgnoreFailures not boolean")
            << QByteArray(R"({"documents": [{"path": "a"}], "cwIgnoreFailures": "yes"})")
            << u"\"cwIgnoreFailures\" must be true or false"_s;
        QTest::newRow("S3 log bucket not string")
            << QByteArray(R"({"documents": [{"path": "a"}], "logS3BucketName": 5})")
            << u"\"logS3BucketName\" must be a string"_s;
    }

    void runConfigRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!parseRunConfig(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
