// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Step and input checks: one minimal bad document per rule, with the exact
// line:col:code expected (and nothing else), plus good documents that must stay
// clean. Steps are written at six spaces under a fixed header, so the first step
// line is line 5.
#include "diagnostics/codes.h"
#include "document/document.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Kiln;

class TestStepChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void messages_data();
    void messages();
    void everyStepCodeExplained();
    void corpus_data();
    void corpus();
};

namespace {

QByteArray document(const char *steps)
{
    return QByteArray("schemaVersion: 1.0\n"
                      "phases:\n"
                      "  - name: build\n"
                      "    steps:\n") +
           steps;
}

// Only what the structure, step and input checks say (K1-K3): references,
// loops, conditions and the location checks (S3 buckets, download folders:
// tst_warningtrust) have their own suites, and the rows here use undeclared
// names and short bucket names freely.
bool isLocationCheck(const Diagnostic &d)
{
    return d.code == QLatin1StringView(Codes::BadS3Bucket) ||
           d.code == QLatin1StringView(Codes::DownloadFolderMissing);
}

Diagnostics validate(const char *steps, const QString &platform)
{
    ValidationOptions options;
    options.osPlatform = platform;
    const Document doc = Document::fromText(document(steps), u"t.yaml"_s);
    Diagnostics all = Validator(options).validate(doc);
    std::erase_if(all, [](const Diagnostic &d) { return d.code >= u"K4"_s || isLocationCheck(d); });
    return all;
}

QStringList positions(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << u"%1:%2:%3"_s.arg(d.location.line).arg(d.location.column).arg(d.code);
    return out;
}

} // namespace

void TestStepChecks::rules_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("expected");
    const QString linux = u"linux"_s;
    const QString windows = u"windows"_s;
    auto row = [&](const char *name, const char *steps, const QString &platform,
                   QStringList expected) {
        QTest::newRow(name) << QByteArray(steps) << platform << expected;
    };

    // --- clean documents -----------------------------------------------------------
    row("ok bash",
        "      - name: A\n"
        "        action: ExecuteBash\n"
        "        inputs:\n"
        "          commands: [echo hi]\n",
        linux, {});
    row("ok all step keys",
        "      - name: A-1_x\n"
        "        action: ExecuteBinary\n"
        "        timeoutSeconds: -1\n"
        "        onFailure: Ignore\n"
        "        maxAttempts: 3\n"
        "        inputs:\n"
        "          path: /bin/true\n"
        "          arguments: ['--x', 1]\n",
        linux, {});
    row("ok no inputs when none required",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "      - name: B\n"
        "        action: Reboot\n",
        linux, {});
    row("ok same name in two phases",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "  - name: test\n"
        "    steps:\n"
        "      - name: A\n"
        "        action: UpdateOS\n",
        linux, {});
    row("ok list inputs",
        "      - name: A\n"
        "        action: WebDownload\n"
        "        inputs:\n"
        "          - source: https://x/y\n"
        "            destination: /tmp/\n"
        "            overwrite: false\n"
        "            algorithm: SHA256\n"
        "            checksum: abc\n",
        linux, {});
    row("ok references are strings",
        "      - name: A\n"
        "        action: CreateFile\n"
        "        inputs:\n"
        "          - path: '{{ P }}'\n"
        "            overwrite: '{{ build.X.outputs.stdout }}'\n"
        "            permissions: '{{ Mode }}'\n"
        "            encoding: '{{ Enc }}'\n",
        linux, {});
    row("ok encodings ignore case",
        "      - name: A\n"
        "        action: ReadFile\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            encoding: UTF-16-le\n",
        linux, {});
    row("ok permissions bare or quoted",
        "      - name: A\n"
        "        action: SetFilePermissions\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            permissions: 0755\n"
        "          - path: /y\n"
        "            permissions: '644'\n",
        linux, {});
    row("ok s3upload recurse string",
        "      - name: A\n"
        "        action: S3Upload\n"
        "        inputs:\n"
        "          - source: /x/*\n"
        "            destination: s3://b/p/\n"
        "            recurse: 'true'\n",
        linux, {});
    row("ok powershell file",
        "      - name: A\n"
        "        action: ExecutePowerShell\n"
        "        inputs:\n"
        "          file: C:\\x\\Run.PS1\n",
        windows, {});
    row("ok msi",
        "      - name: A\n"
        "        action: InstallMSI\n"
        "        inputs:\n"
        "          path: C:\\a.msi\n"
        "          reboot: Skip\n"
        "          logOptions: '*vx'\n"
        "          properties:\n"
        "            A: b\n",
        windows, {});
    row("ok executedocument -1 and 1",
        "      - name: A\n"
        "        action: ExecuteDocument\n"
        "        timeoutSeconds: -1\n"
        "        maxAttempts: 1\n"
        "        inputs:\n"
        "          document: a.yaml\n"
        "          parameters:\n"
        "            - name: x\n"
        "              value: y\n",
        linux, {});
    row("ok assert mapping",
        "      - name: A\n"
        "        action: Assert\n"
        "        inputs:\n"
        "          stringEquals: a\n"
        "          value: a\n",
        linux, {});

    // --- step structure ---------------------------------------------------------------
    row("step not a mapping", "      - just text\n", linux, {u"5:9:K3001"_s});
    row("unknown step key",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        timeout: 5\n",
        linux, {u"7:9:K3002"_s});
    row("undocumented disableLogging warns",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        disableLogging: true\n",
        linux, {u"7:9:K3025"_s});
    row("input written as step key",
        "      - name: A\n"
        "        action: ExecuteBash\n"
        "        commands: [x]\n",
        linux, {u"6:17:K3015"_s /* no inputs: reported at the action */, u"7:9:K3002"_s});
    row("name missing", "      - action: UpdateOS\n", linux, {u"5:9:K3003"_s});
    row("name empty",
        "      - name:\n"
        "        action: UpdateOS\n",
        linux, {u"5:9:K3003"_s});
    row("name duplicate",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "      - name: A\n"
        "        action: UpdateOS\n",
        linux, {u"7:15:K3004"_s});
    row("name with dot",
        "      - name: a.b\n"
        "        action: UpdateOS\n",
        linux, {u"5:15:K3005"_s});
    row("name with space",
        "      - name: 'a b'\n"
        "        action: UpdateOS\n",
        linux, {u"5:15:K3005"_s});
    row("name with brace",
        "      - name: a{b}\n"
        "        action: UpdateOS\n",
        linux, {u"5:15:K3005"_s});
    row("name is a list",
        "      - name: [a]\n"
        "        action: UpdateOS\n",
        linux, {u"5:15:K3005"_s});
    row("action missing", "      - name: A\n", linux, {u"5:9:K3006"_s});
    row("action unknown",
        "      - name: A\n"
        "        action: ExecuteBsh\n",
        linux, {u"6:17:K3007"_s});
    row("action wrong case",
        "      - name: A\n"
        "        action: executebash\n",
        linux, {u"6:17:K3007"_s});
    row("powershell on linux",
        "      - name: A\n"
        "        action: ExecutePowerShell\n"
        "        inputs:\n"
        "          commands: [x]\n",
        linux, {u"6:17:K3008"_s});
    row("bash on windows",
        "      - name: A\n"
        "        action: ExecuteBash\n"
        "        inputs:\n"
        "          commands: [x]\n",
        windows, {u"6:17:K3008"_s});
    row("updateos on darwin",
        "      - name: A\n"
        "        action: UpdateOS\n",
        u"darwin"_s, {u"6:17:K3008"_s});

    // --- timeoutSeconds / onFailure / maxAttempts -------------------------------------------
    row("timeout zero",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        timeoutSeconds: 0\n",
        linux, {u"7:25:K3009"_s});
    row("timeout -2",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        timeoutSeconds: -2\n",
        linux, {u"7:25:K3009"_s});
    row("timeout text",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        timeoutSeconds: 1h\n",
        linux, {u"7:25:K3009"_s});
    row("timeout quoted",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        timeoutSeconds: '60'\n",
        linux, {u"7:25:K3009"_s});
    row("timeout fraction",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        timeoutSeconds: 1.5\n",
        linux, {u"7:25:K3009"_s});
    row("onFailure unknown",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        onFailure: abort\n",
        linux, {u"7:20:K3010"_s});
    row("onFailure Continue warns",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        onFailure: Continue\n",
        linux, {u"7:20:K3011"_s});
    row("maxAttempts zero",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        maxAttempts: 0\n",
        linux, {u"7:22:K3012"_s});
    row("maxAttempts text",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        maxAttempts: many\n",
        linux, {u"7:22:K3012"_s});
    row("reboot timeout",
        "      - name: A\n"
        "        action: Reboot\n"
        "        timeoutSeconds: 60\n",
        linux, {u"7:25:K3013"_s});
    row("executedocument timeout",
        "      - name: A\n"
        "        action: ExecuteDocument\n"
        "        timeoutSeconds: 60\n"
        "        inputs:\n"
        "          document: a.yaml\n",
        linux, {u"7:25:K3013"_s});
    row("executedocument maxAttempts",
        "      - name: A\n"
        "        action: ExecuteDocument\n"
        "        maxAttempts: 2\n"
        "        inputs:\n"
        "          document: a.yaml\n",
        linux, {u"7:22:K3013"_s});

    // --- inputs shape and presence ------------------------------------------------------
    row("inputs missing",
        "      - name: A\n"
        "        action: S3Download\n",
        linux, {u"6:17:K3015"_s});
    row("inputs empty list (corpus 080)",
        "      - name: A\n"
        "        action: S3Download\n"
        "        inputs: []\n",
        linux, {u"7:17:K3015"_s});
    row("inputs null",
        "      - name: A\n"
        "        action: ExecuteBash\n"
        "        inputs:\n",
        linux, {u"7:9:K3015"_s});
    row("list module given a map",
        "      - name: A\n"
        "        action: DeleteFile\n"
        "        inputs:\n"
        "          path: /x\n",
        linux, {u"8:11:K3014"_s});
    row("map module given a list",
        "      - name: A\n"
        "        action: ExecuteBash\n"
        "        inputs:\n"
        "          - commands: [x]\n",
        linux, {u"8:13:K3014"_s});
    row("list entry not a map",
        "      - name: A\n"
        "        action: DeleteFile\n"
        "        inputs:\n"
        "          - /x\n",
        linux, {u"8:13:K3014"_s});
    row("assert inputs a list",
        "      - name: A\n"
        "        action: Assert\n"
        "        inputs: [x]\n",
        linux, {u"7:17:K3014"_s});

    // --- input keys ------------------------------------------------------------------------
    row("unknown input",
        "      - name: A\n"
        "        action: S3Download\n"
        "        inputs:\n"
        "          - source: s3://b/k\n"
        "            destination: /tmp/k\n"
        "            overwite: true\n",
        linux, {u"10:13:K3016"_s});
    row("misspelled required input reported once",
        "      - name: A\n"
        "        action: SetFilePermissions\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            permission: '0755'\n",
        linux, {u"9:13:K3016"_s});
    row("required input without value points at its key",
        "      - name: A\n"
        "        action: S3Download\n"
        "        inputs:\n"
        "          - source:\n"
        "            destination: /tmp/k\n",
        linux, {u"8:13:K3018"_s});
    row("step key not text",
        "      - name: A\n"
        "        action: UpdateOS\n"
        "        ? [x]\n"
        "        : y\n",
        linux, {u"7:11:K3002"_s});
    row("required input missing",
        "      - name: A\n"
        "        action: S3Download\n"
        "        inputs:\n"
        "          - source: s3://b/k\n",
        linux, {u"8:13:K3017"_s});
    row("windows-only input",
        "      - name: A\n"
        "        action: CreateFile\n"
        "        inputs:\n"
        "          - path: C:\\x\n"
        "            owner: me\n",
        windows, {u"9:13:K3020"_s});
    row("powershell both",
        "      - name: A\n"
        "        action: ExecutePowerShell\n"
        "        inputs:\n"
        "          commands: [x]\n"
        "          file: a.ps1\n",
        windows, {u"9:11:K3021"_s});
    row("powershell neither",
        "      - name: A\n"
        "        action: ExecutePowerShell\n"
        "        inputs: {}\n",
        windows, {u"7:17:K3015"_s});
    row("powershell not ps1",
        "      - name: A\n"
        "        action: ExecutePowerShell\n"
        "        inputs:\n"
        "          file: run.bat\n",
        windows, {u"8:17:K3019"_s});

    // --- input types and values -----------------------------------------------------------
    row("boolean quoted",
        "      - name: A\n"
        "        action: DeleteFolder\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            force: 'true'\n",
        linux, {u"9:20:K3018"_s});
    row("boolean text",
        "      - name: A\n"
        "        action: DeleteFolder\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            force: always\n",
        linux, {u"9:20:K3018"_s});
    row("boolean yes warns",
        "      - name: A\n"
        "        action: DeleteFolder\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            force: yes\n",
        linux, {u"9:20:K3022"_s});
    row("integer text",
        "      - name: A\n"
        "        action: Reboot\n"
        "        inputs:\n"
        "          delaySeconds: soon\n",
        linux, {u"8:25:K3018"_s});
    row("commands not a list",
        "      - name: A\n"
        "        action: ExecuteBash\n"
        "        inputs:\n"
        "          commands: echo hi\n",
        linux, {u"8:21:K3018"_s});
    row("command item read as mapping",
        "      - name: A\n"
        "        action: ExecuteBash\n"
        "        inputs:\n"
        "          commands:\n"
        "            - echo a: b\n",
        linux, {u"9:15:K3018"_s});
    row("properties not a map",
        "      - name: A\n"
        "        action: InstallMSI\n"
        "        inputs:\n"
        "          path: a.msi\n"
        "          properties: [A=b]\n",
        windows, {u"9:23:K3018"_s});
    row("parameters entry missing value",
        "      - name: A\n"
        "        action: ExecuteDocument\n"
        "        inputs:\n"
        "          document: a.yaml\n"
        "          parameters:\n"
        "            - name: x\n",
        linux, {u"10:15:K3017"_s});
    row("algorithm not allowed",
        "      - name: A\n"
        "        action: WebDownload\n"
        "        inputs:\n"
        "          - source: https://x\n"
        "            destination: /tmp/\n"
        "            algorithm: sha256\n"
        "            checksum: abc\n",
        linux, {u"10:24:K3019"_s});
    row("checksum without algorithm",
        "      - name: A\n"
        "        action: WebDownload\n"
        "        inputs:\n"
        "          - source: https://x\n"
        "            destination: /tmp/\n"
        "            checksum: abc\n",
        linux, {u"10:13:K3024"_s});
    row("webdownload source not http",
        "      - name: A\n"
        "        action: WebDownload\n"
        "        inputs:\n"
        "          - source: ftp://x/y\n"
        "            destination: /tmp/\n",
        linux, {u"8:21:K3019"_s});
    row("s3download source not s3",
        "      - name: A\n"
        "        action: S3Download\n"
        "        inputs:\n"
        "          - source: my-bucket/key\n"
        "            destination: /tmp/key\n",
        linux, {u"8:21:K3019"_s});
    row("ok s3 source with reference",
        "      - name: A\n"
        "        action: S3Download\n"
        "        inputs:\n"
        "          - source: '{{ Bucket }}/key'\n"
        "            destination: /tmp/key\n",
        linux, {});
    row("msi property REBOOT",
        "      - name: A\n"
        "        action: InstallMSI\n"
        "        inputs:\n"
        "          path: a.msi\n"
        "          properties:\n"
        "            REBOOT: ReallySuppress\n",
        windows, {u"10:13:K3019"_s});
    row("encoding not allowed",
        "      - name: A\n"
        "        action: SetFileEncoding\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            encoding: latin1\n",
        linux, {u"9:23:K3019"_s});
    row("reboot value not allowed",
        "      - name: A\n"
        "        action: InstallMSI\n"
        "        inputs:\n"
        "          path: a.msi\n"
        "          reboot: Never\n",
        windows, {u"9:19:K3019"_s});
    row("permissions not octal",
        "      - name: A\n"
        "        action: SetFilePermissions\n"
        "        inputs:\n"
        "          - path: /x\n"
        "            permissions: rwx\n",
        linux, {u"9:26:K3019"_s});
    row("registry type",
        "      - name: A\n"
        "        action: SetRegistry\n"
        "        inputs:\n"
        "          - path: HKLM:\\X\n"
        "            name: n\n"
        "            value: v\n"
        "            type: STRING\n",
        windows, {u"11:19:K3019"_s});
    row("registry dword list",
        "      - name: A\n"
        "        action: SetRegistry\n"
        "        inputs:\n"
        "          - path: HKLM:\\X\n"
        "            name: n\n"
        "            value: [1, 2]\n"
        "            type: DWORD\n",
        windows, {u"10:20:K3019"_s});
    row("registry dword fraction warns",
        "      - name: A\n"
        "        action: SetRegistry\n"
        "        inputs:\n"
        "          - path: HKLM:\\X\n"
        "            name: n\n"
        "            value: 1.1\n"
        "            type: DWORD\n",
        windows, {u"10:20:K3023"_s});
    // --- K3026: literal paths a file module refuses ('..' never goes above '/') -------------
    const auto deleteFolder = [](const char *path) {
        return QByteArray("      - name: A\n"
                          "        action: DeleteFolder\n"
                          "        inputs:\n"
                          "          - path: ") +
               path + "\n            force: true\n";
    };
    for (const char *path : {"/..", "/../", "/./..", "/tmp/../..", "/x/../../", "/usr/..", "/",
                             "/usr", "/etc/", "/lib64", "'/var'", "/*", "/u*"})
        QTest::newRow(qPrintable(u"protected DeleteFolder "_s + QString::fromLatin1(path)))
            << deleteFolder(path) << linux << QStringList{u"8:19:K3026"_s};
    // Relative paths depend on where kiln runs, references on the run: the module decides.
    for (const char *path :
         {"/tmp/build/..", "/usr/local", "/opt", "/*.d", "../..", "..", "'{{ Dir }}/..'", "/tmp/*"})
        QTest::newRow(qPrintable(u"ordinary DeleteFolder "_s + QString::fromLatin1(path)))
            << deleteFolder(path) << linux << QStringList{};
    QTest::newRow("protected path not judged for Windows")
        << deleteFolder("/usr/..") << windows << QStringList{};
    row("protected DeleteFile link and pattern",
        "      - name: A\n"
        "        action: DeleteFile\n"
        "        inputs:\n"
        "          - path: /lib64\n"
        "          - path: /*.log\n"
        "          - path: /*\n",
        linux, {u"8:19:K3026"_s, u"10:19:K3026"_s});
    row("protected MoveFolder source and destinations",
        "      - name: A\n"
        "        action: MoveFolder\n"
        "        inputs:\n"
        "          - source: /etc\n"
        "            destination: /tmp/etc\n"
        "          - source: /tmp/etc\n"
        "            destination: /\n"
        "          - source: /tmp/etc\n"
        "            destination: /var/\n"
        "          - source: /tmp/a\n"
        "            destination: /tmp/../..\n",
        linux, {u"8:21:K3026"_s, u"11:26:K3026"_s, u"15:26:K3026"_s});
    row("protected copy destinations",
        "      - name: A\n"
        "        action: CopyFolder\n"
        "        inputs:\n"
        "          - source: /tmp/usr/\n"
        "            destination: /\n"
        "          - source: /etc\n"
        "            destination: /tmp/backup/\n",
        linux, {u"9:26:K3026"_s});
    row("protected recursive permissions only",
        "      - name: A\n"
        "        action: SetFolderPermissions\n"
        "        inputs:\n"
        "          - path: /\n"
        "            permissions: '0755'\n"
        "            recursive: false\n"
        "          - path: /usr/\n"
        "            permissions: '0755'\n",
        linux, {u"11:19:K3026"_s});
    row("protected link path",
        "      - name: A\n"
        "        action: CreateSymlink\n"
        "        inputs:\n"
        "          - path: /bin\n"
        "            target: /usr/bin\n",
        linux, {u"8:19:K3026"_s});
    row("reading the root is fine",
        "      - name: A\n"
        "        action: ListFiles\n"
        "        inputs:\n"
        "          - path: /..\n",
        linux, {});
    row("registry path hive",
        "      - name: A\n"
        "        action: SetRegistry\n"
        "        inputs:\n"
        "          - path: SOFTWARE\\X\n"
        "            name: n\n"
        "            value: v\n"
        "            type: SZ\n",
        windows, {u"8:19:K3019"_s});
}

void TestStepChecks::rules()
{
    QFETCH(QByteArray, steps);
    QFETCH(QString, platform);
    QFETCH(QStringList, expected);
    const Diagnostics diagnostics = validate(steps.constData(), platform);
    QStringList messages;
    for (const Diagnostic &d : diagnostics)
        messages << d.code + u' ' + d.message;
    QVERIFY2(positions(diagnostics) == expected,
             qPrintable(positions(diagnostics).join(u", ") + u"\n"_s + messages.join(u"\n")));
}

void TestStepChecks::messages_data()
{
    QTest::addColumn<QByteArray>("steps");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("did you mean action")
        << QByteArray("      - name: A\n        action: S3Dwonload\n") << u"linux"_s
        << u"did you mean 'S3Download'?"_s;
    QTest::newRow("did you mean step key")
        << QByteArray("      - name: A\n        action: UpdateOS\n        onFailur: Abort\n")
        << u"linux"_s << u"did you mean 'onFailure'?"_s;
    QTest::newRow("input belongs under inputs")
        << QByteArray("      - name: A\n        action: ExecuteBash\n        commands: [x]\n")
        << u"linux"_s << u"belongs under 'inputs:'"_s;
    QTest::newRow("did you mean input")
        << QByteArray("      - name: A\n        action: ExecuteBinary\n        inputs:\n"
                      "          path: x\n          argument: [a]\n")
        << u"linux"_s << u"did you mean 'arguments'?"_s;
    QTest::newRow("abbreviated input")
        << QByteArray("      - name: A\n        action: ExecuteBinary\n        inputs:\n"
                      "          path: x\n          args: [a]\n")
        << u"linux"_s << u"did you mean 'arguments'?"_s;
    QTest::newRow("sibling module input")
        << QByteArray("      - name: A\n        action: DeleteFile\n        inputs:\n"
                      "          - path: /x\n            force: true\n")
        << u"linux"_s << u"input of DeleteFolder"_s;
    QTest::newRow("platform hint")
        << QByteArray("      - name: A\n        action: ExecutePowerShell\n        inputs:\n"
                      "          commands: [x]\n")
        << u"linux"_s
        << u"ExecutePowerShell is Windows-only; validate with --os-platforms windows"_s;
    QTest::newRow("continue suggests ignore")
        << QByteArray("      - name: A\n        action: UpdateOS\n        onFailure: Continue\n")
        << u"linux"_s << u"use Ignore"_s;
    QTest::newRow("case hint")
        << QByteArray("      - name: A\n        action: InstallMSI\n        inputs:\n"
                      "          path: a.msi\n          reboot: skip\n")
        << u"windows"_s << u"write 'Skip'"_s;
    QTest::newRow("quoted boolean hint")
        << QByteArray("      - name: A\n        action: CopyFile\n        inputs:\n"
                      "          - source: a\n            destination: b\n"
                      "            overwrite: \"false\"\n")
        << u"linux"_s << u"write false without quotes"_s;
    QTest::newRow("missing inputs names them")
        << QByteArray("      - name: Download\n        action: S3Download\n") << u"linux"_s
        << u"action S3Download has no inputs; it requires an 'inputs' list with at least one entry (each entry needs source and destination)"_s;
    QTest::newRow("protected path shows what it resolves to")
        << QByteArray("      - name: A\n        action: DeleteFolder\n        inputs:\n"
                      "          - path: /tmp/../..\n")
        << u"linux"_s
        << u"DeleteFolder refuses to delete '/tmp/../..' (resolves to '/'): it is a protected "
           u"system folder"_s;
    QTest::newRow("protected pattern names the folder")
        << QByteArray("      - name: A\n        action: MoveFolder\n        inputs:\n"
                      "          - source: /s*\n            destination: /tmp/x/\n")
        << u"linux"_s
        << u"MoveFolder refuses to move '/s*' away: as a '*' pattern it can select the "
           u"protected system folder '/sbin'"_s;
    QTest::newRow("colon in command")
        << QByteArray("      - name: A\n        action: ExecuteBash\n        inputs:\n"
                      "          commands:\n            - echo a: b\n")
        << u"linux"_s << u"quote the whole item"_s;
}

void TestStepChecks::messages()
{
    QFETCH(QByteArray, steps);
    QFETCH(QString, platform);
    QFETCH(QString, fragment);
    const Diagnostics diagnostics = validate(steps.constData(), platform);
    QStringList all;
    for (const Diagnostic &d : diagnostics)
        all << d.message;
    QVERIFY2(all.join(u'\n').contains(fragment), qPrintable(all.join(u'\n')));
}

void TestStepChecks::everyStepCodeExplained()
{
    for (int n = 3001; n <= 3026; ++n) {
        const QString code = u"K%1"_s.arg(n);
        const CodeInfo *info = findCode(code);
        QVERIFY2(info, qPrintable(code));
        QVERIFY(qstrlen(info->explanation) > 40);
    }
}

// Every corpus document, validated for the platform MANIFEST.tsv gives it: the
// K3xxx errors must be exactly the ones expected. Documents the MANIFEST marks
// valid have none, except where we believe the MANIFEST is wrong (see below).
void TestStepChecks::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("expected");
    const QHash<QString, QStringList> expected = {
        // Duplicate step name in one phase (MANIFEST: invalid).
        {u"067_toadslop-setfileencoding-dupnames.yaml"_s, {u"13:13:K3004"_s}},
        // `inputs: []` (MANIFEST: invalid; Image Builder: "has no inputs").
        {u"080_issue-s3download-empty-inputs.yaml"_s, {u"9:17:K3015"_s}},
        // DWORD values given as lists (MANIFEST: suspect); 1.1 is only a warning.
        {u"065_toadslop-setregistry.yaml"_s, {u"23:13:K3019"_s, u"30:13:K3019"_s}},
        // MANIFEST says valid; DeleteFile has no `force` input (DeleteFolder has), and
        // DeleteFile on a folder path cannot work.
        {u"022_inspec-test-linux.yaml"_s, {u"77:13:K3016"_s}},
        // 037 (step-level disableLogging, not in the reference) gets only a K3025 warning.
    };
    QFile manifest(QStringLiteral(KILN_TEST_DATA_DIR "/corpus/MANIFEST.tsv"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!manifest.atEnd()) {
        const QStringList columns = QString::fromUtf8(manifest.readLine()).split(u'\t');
        if (columns.size() < 6 || !columns.at(0).endsWith(u".yaml"))
            continue;
        const QString platform = columns.at(5) == u"windows" ? u"windows"_s : u"linux"_s;
        QTest::newRow(qPrintable(columns.at(0)))
            << columns.at(0) << platform << expected.value(columns.at(0));
        ++rows;
    }
    QCOMPARE(rows, 80);
}

void TestStepChecks::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, platform);
    QFETCH(QStringList, expected);
    ValidationOptions options;
    options.osPlatform = platform;
    const Document doc =
        Document::fromFile(QStringLiteral(KILN_TEST_DATA_DIR "/corpus/docs/") + file);
    Diagnostics stepErrors;
    for (const Diagnostic &d : Validator(options).validate(doc)) {
        if (d.isError() && d.code.startsWith(u"K3") && !isLocationCheck(d))
            stepErrors.push_back(d);
    }
    QStringList messages;
    for (const Diagnostic &d : stepErrors)
        messages << d.message;
    QVERIFY2(positions(stepErrors) == expected, qPrintable(messages.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestStepChecks)
#include "tst_stepchecks.moc"
