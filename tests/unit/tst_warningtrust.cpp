// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Issue #18, "warnings people trust": each row is a minimal document and the
// exact `line:col:severity:code` of every diagnostic the validator reports for
// it. Rows cover the severities (info for an unused parameter, hint for
// onFailure: Continue, warning for a loop variable outside its loop), messages
// that name the fix (Go-template references, flattened parameters) and the
// checks real documents needed (phases Image Builder never runs, S3 bucket
// names, download folders).
#include "document/document.h"
#include "validate/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kiln;

namespace {

Diagnostics validate(const QByteArray &yaml, const QString &platform = u"linux"_s)
{
    ValidationOptions options;
    options.osPlatform = platform;
    return Validator(options).validate(Document::fromText(yaml, u"t.yaml"_s));
}

QStringList summary(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << u"%1:%2:%3:%4"_s.arg(d.location.line)
                   .arg(d.location.column)
                   .arg(severityName(d.severity), d.code);
    return out;
}

QString messages(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.message;
    return out.join(u'\n');
}

const QByteArray kHead = "schemaVersion: 1.0\n";

QByteArray bashStep(const QByteArray &name, const QByteArray &command)
{
    return "      - name: " + name +
           "\n        action: ExecuteBash\n        inputs:\n"
           "          commands:\n            - " +
           command + "\n";
}

QByteArray download(const QByteArray &name, const QByteArray &source, const QByteArray &destination)
{
    return "      - name: " + name +
           "\n        action: S3Download\n        inputs:\n"
           "          - source: " +
           source + "\n            destination: " + destination + "\n";
}

} // namespace

class TestWarningTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severities_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unused parameter is info")
            << kHead +
                   "parameters:\n  - Version:\n      type: string\n      default: '1'\n"
                   "phases:\n  - name: build\n    steps:\n" +
                   bashStep("A", "echo hi")
            << QStringList{u"3:5:info:K7009"_s};
        QTest::newRow("unused constant stays a warning")
            << kHead +
                   "constants:\n  - Version:\n      type: string\n      value: '1'\n"
                   "phases:\n  - name: build\n    steps:\n" +
                   bashStep("A", "echo hi")
            << QStringList{u"3:5:warning:K7009"_s};
        QTest::newRow("onFailure Continue is a hint")
            << kHead + "phases:\n  - name: build\n    steps:\n" + bashStep("A", "echo hi") +
                   "        onFailure: Continue\n"
            << QStringList{u"10:20:hint:K3011"_s};
        QTest::newRow("loop variable outside a loop is a warning")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   bashStep("A", "echo {{ loop.value }}")
            << QStringList{u"9:20:warning:K4007"_s};
        QTest::newRow("phase Image Builder never runs")
            << kHead + "phases:\n  - name: build\n    steps:\n" + bashStep("A", "echo hi") +
                   "  - name: cleanup\n    steps:\n" + bashStep("B", "echo bye")
            << QStringList{u"10:11:warning:K2012"_s};
        QTest::newRow("misspelt phase")
            << kHead + "phases:\n  - name: build\n    steps:\n" + bashStep("A", "echo hi") +
                   "  - name: tset\n    steps:\n" + bashStep("B", "echo bye")
            << QStringList{u"10:11:warning:K2012"_s};
        // With no build/validate/test at all, K2009 says it once.
        QTest::newRow("lone other phase: K2009 only")
            << kHead + "phases:\n  - name: verify\n    steps:\n" + bashStep("A", "echo hi")
            << QStringList{u"2:1:warning:K2009"_s};
        QTest::newRow("bucket placeholder")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   download("D", "s3://<bucket>/a.zip", "/tmp/a.zip")
            << QStringList{u"8:26:error:K3027"_s};
        QTest::newRow("bucket with uppercase and underscore")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   download("D", "s3://My_Bucket/a.zip", "/tmp/a.zip")
            << QStringList{u"8:26:error:K3027"_s};
        QTest::newRow("bucket too short") << kHead + "phases:\n  - name: build\n    steps:\n" +
                                                 download("D", "s3://ab/a.zip", "/tmp/a.zip")
                                          << QStringList{u"8:26:error:K3027"_s};
        QTest::newRow("valid bucket names")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   download("D", "s3://amzn-s3-demo-bucket/a.zip", "/tmp/a.zip") +
                   download("E", "s3://my.bucket-1/p/*", "/tmp")
            << QStringList{};
        // A parameter's value comes later; a template's ${...} is filled in before upload.
        QTest::newRow("bucket from a parameter or template is not checked")
            << kHead +
                   "parameters:\n  - Bucket:\n      type: string\n      default: '<b>'\n"
                   "phases:\n  - name: build\n    steps:\n" +
                   download("D", "'s3://{{ Bucket }}/a.zip'", "/tmp/a.zip") +
                   download("E", "s3://${BucketName}/a.zip", "/tmp/b.zip")
            << QStringList{};
        // A constant's placeholder is found through every use, reported once.
        QTest::newRow("bucket placeholder in a constant")
            << kHead +
                   "constants:\n  - Bucket:\n      type: string\n      value: <bucket>\n"
                   "phases:\n  - name: build\n    steps:\n" +
                   download("D", "'s3://{{ Bucket }}/a.zip'", "/tmp/a.zip") +
                   download("E", "'s3://{{ Bucket }}/b.zip'", "/tmp/b.zip")
            << QStringList{u"12:21:error:K3027"_s};
        QTest::newRow("download folder nobody creates")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   download("D", "s3://bucket/a.zip", "/ansible/a.zip")
            << QStringList{u"9:26:hint:K3028"_s};
        QTest::newRow("download folder created by CreateFolder")
            << kHead +
                   "phases:\n  - name: build\n    steps:\n"
                   "      - name: C\n        action: CreateFolder\n        inputs:\n"
                   "          - path: /ansible\n" +
                   download("D", "s3://bucket/a.zip", "/ansible/a.zip")
            << QStringList{};
        QTest::newRow("download folder made by mkdir -p of a subfolder")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   bashStep("M", "mkdir -p /ansible/roles/x") +
                   download("D", "s3://bucket/a.zip", "/ansible/a.zip")
            << QStringList{};
        QTest::newRow("download into a standard folder")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   download("D", "s3://bucket/a.zip", "/tmp/a.zip") +
                   download("E", "s3://bucket/b.zip", "'C:\\Windows\\Temp\\b.zip'")
            << QStringList{};
        QTest::newRow("windows folder compared case-insensitively")
            << kHead +
                   "phases:\n  - name: build\n    steps:\n"
                   "      - name: C\n        action: CreateFolder\n        inputs:\n"
                   "          - path: 'C:\\Tools'\n" +
                   download("D", "s3://bucket/a.zip", "'c:\\tools\\a.zip'")
            << QStringList{};
        // Later steps do not count: the folder must exist when the download runs.
        QTest::newRow("folder created only after the download")
            << kHead + "phases:\n  - name: build\n    steps:\n" +
                   download("D", "s3://bucket/a.zip", "/ansible/a.zip") +
                   bashStep("M", "mkdir -p /ansible")
            << QStringList{u"9:26:hint:K3028"_s};
    }

    void severities()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, expected);
        const Diagnostics found = validate(yaml);
        QVERIFY2(summary(found) == expected,
                 qPrintable(summary(found).join(u' ') + u"\n"_s + messages(found)));
    }

    void messagesPointAtTheFix_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("Go-template reference")
            << kHead +
                   "parameters:\n  - Name:\n      type: string\n      default: x\n"
                   "phases:\n  - name: build\n    steps:\n" +
                   bashStep("A", "echo {{ .Name }}")
            << u"K4002"_s
            << u"'{{ .Name }}' is not a valid reference: Go-template syntax; AWSTOE writes "
               u"'{{ Name }}' without the dot"_s;
        QTest::newRow("parameter written as one mapping of four keys")
            << kHead +
                   "parameters:\n  - Name:\n    type: string\n    default: x\n"
                   "    description: y\nphases:\n  - name: build\n    steps:\n" +
                   bashStep("A", "echo {{ Name }}")
            << u"K7005"_s
            << u"parameter 'Name' is written as one mapping of 4 keys: write '- Name:' and "
               u"indent 'type', 'default' and 'description' under it, two spaces deeper than "
               u"'Name'"_s;
        QTest::newRow("misspelt phase names its fix")
            << kHead + "phases:\n  - name: build\n    steps:\n" + bashStep("A", "echo hi") +
                   "  - name: tset\n    steps:\n" + bashStep("B", "echo bye")
            << u"K2012"_s << u"Image Builder never runs phase 'tset'; did you mean 'test'?"_s;
        QTest::newRow("constant placeholder bucket")
            << kHead +
                   "constants:\n  - Bucket:\n      type: string\n      value: <bucket>\n"
                   "phases:\n  - name: build\n    steps:\n" +
                   download("D", "'s3://{{ Bucket }}/a.zip'", "/tmp/a.zip")
            << u"K3027"_s
            << u"'<bucket>' (from constant 'Bucket') is not a valid S3 bucket name: it is a "
               u"placeholder that was never replaced"_s;
    }

    void messagesPointAtTheFix()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QStringList found;
        for (const Diagnostic &d : validate(yaml)) {
            if (d.code == code)
                found << d.message;
        }
        QCOMPARE(found, QStringList{message});
    }

    // The real-document set gathered for this issue (tests/data/realdocs): what
    // Kiln says about each, ShellCheck aside (bench/precision.sh counts that).
    void realDocuments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("expected");
        const QStringList clean;
        QTest::newRow("01") << u"01_docker-component.yaml"_s << u"linux"_s << clean;
        // A constant left as `<input_s3_bucket_name>`; /workdir is never created.
        QTest::newRow("02") << u"02_ansible-nginx-cis.yaml"_s << u"linux"_s
                            << QStringList{u"26:21:error:K3027"_s, u"98:26:hint:K3028"_s};
        QTest::newRow("03") << u"03_ami-lifecycle-patch.yaml"_s << u"linux"_s << clean;
        QTest::newRow("04") << u"04_ami-lifecycle-generic.yaml"_s << u"linux"_s << clean;
        QTest::newRow("05") << u"05_secure-proxy-mock-servers.yaml"_s << u"linux"_s << clean;
        QTest::newRow("06") << u"06_secure-proxy.yaml"_s << u"linux"_s << clean;
        QTest::newRow("07") << u"07_tailscale-test.yaml"_s << u"linux"_s << clean;
        QTest::newRow("08") << u"08_elastic-agent-windows.yaml"_s << u"windows"_s << clean;
        QTest::newRow("09") << u"09_grafana-alloy-windows.yaml"_s << u"windows"_s << clean;
    }

    void realDocuments()
    {
        QFETCH(QString, file);
        QFETCH(QString, platform);
        QFETCH(QStringList, expected);
        ValidationOptions options;
        options.osPlatform = platform;
        const Diagnostics found = Validator(options).validate(
            Document::fromFile(QStringLiteral(KILN_TEST_DATA_DIR "/realdocs/docs/") + file));
        QVERIFY2(summary(found) == expected,
                 qPrintable(summary(found).join(u' ') + u"\n"_s + messages(found)));
    }
};

QTEST_GUILESS_MAIN(TestWarningTrust)
#include "tst_warningtrust.moc"
