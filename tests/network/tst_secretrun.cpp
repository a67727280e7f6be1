// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln run --trace` with SecureString SSM parameters of every shape (plain,
// multi-line PEM, quotes and backslashes, regex metacharacters, unicode) from a
// local fake SSM endpoint: the clear value reaches no file of the run folder and
// neither stdout nor stderr, whatever way it travels (step output line by line,
// a failure message, an Assert failure, chaining.json, generated scripts), while
// the steps get the real value (chaining, scripts). Also: the run folder is
// private (0700 folders, 0600 files), and a script holding a secret runs from a
// private temporary folder outside the run folder that is gone after its step.
#include "fakessm.h"
#include "kilnrun.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using KilnTest::Result;
using KilnTest::runFolder;
using KilnTest::stepsByName;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString jsonEscaped(const QString &text)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return json.mid(2, json.size() - 4); // ["…"]
}

// What must never appear: the value, JSON-escaped once and twice (a report's
// inputs and outputs are JSON text inside JSON), and each line of a multi-line
// value that is long enough to be masked on its own (4 characters).
QStringList forms(const QString &secret)
{
    QStringList out{secret, jsonEscaped(secret), jsonEscaped(jsonEscaped(secret))};
    if (secret.contains(u'\n')) {
        for (const QString &line : secret.split(u'\n')) {
            if (line.trimmed().size() >= 4)
                out << line.trimmed();
        }
    }
    out.removeDuplicates();
    return out;
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// Every way a value can travel; each step names what it checks.
QByteArray document()
{
    const QByteArray largeComment = "            - '# " + QByteArray(70000, 'x') + "'\n";
    return R"yaml(name: secrets
schemaVersion: 1.0
phases:
  - name: build
    steps:
      # Output, line by line (a PEM key arrives one line at a time).
      - name: Print
        action: ExecuteBash
        inputs:
          commands:
            - |
              cat <<'KILN_EOF'
              pw={{ aws:ssm:/kiln/secret }}
              KILN_EOF
      # Chaining: the next step gets the real output, not the masked one.
      - name: Chained
        action: ExecuteBash
        inputs:
          commands:
            - |
              v=$(cat <<'KILN_EOF'
              {{ build.Print.outputs.stdout }}
              KILN_EOF
              )
              printf '%s' "$v" | sha256sum | cut -c1-64
      # The secret in a failure message (the last stderr line).
      - name: FailsWithSecret
        action: ExecuteBash
        onFailure: Continue
        inputs:
          commands:
            - |
              cat >&2 <<'KILN_EOF'
              bad password {{ aws:ssm:/kiln/secret }}
              KILN_EOF
              exit 3
      # The secret in an Assert failure.
      - name: AssertFails
        action: Assert
        onFailure: Continue
        inputs:
          stringEquals: 'wrong'
          value: '{{ aws:ssm:/kiln/secret }}'
      # A small script with a secret is not passed on the command line (other
      # users can read /proc/PID/cmdline), and runs from a private folder.
      - name: Small
        action: ExecuteBash
        inputs:
          commands:
            - |
              : <<'KILN_EOF'
              {{ aws:ssm:/kiln/secret }} KILN_ARGV_MARKER
              KILN_EOF
              if tr '\0' '\n' < /proc/$$/cmdline | grep -q KILN_ARGV_MARKER; then echo argv-has-script; else echo argv-clean; fi
              echo "script-at $0"
              echo "script-folder-mode $(stat -c %a "$(dirname "$0")")"
      # A timed-out step's private folder goes too.
      - name: TimesOut
        action: ExecuteBash
        onFailure: Continue
        timeoutSeconds: 1
        inputs:
          commands:
            - |
              : <<'KILN_EOF'
              {{ aws:ssm:/kiln/secret }}
              KILN_EOF
              echo "script-at $0"
              sleep 30
      # A script over the inline limit (64 KiB) has a file anyway.
      - name: Large
        action: ExecuteBash
        inputs:
          commands:
            - |
              cat <<'KILN_EOF'
              large={{ aws:ssm:/kiln/secret }}
              KILN_EOF
              echo "script-at $0"
)yaml" + largeComment;
}

} // namespace

// One `kiln run --trace` of document() with a secret, and what it left.
struct SecretRun
{
    std::shared_ptr<QTemporaryDir> home;
    QString secret;
    Result result;
    QString folder;
    QStringList files; // every file and folder under `folder`
    int ssmRequests = 0;
};

class TestSecretRun : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_ssm;
    QString m_secret; // what the fake SSM answers for /kiln/secret
    int m_requests = 0;
    QHash<QString, SecretRun> m_runs; // by data row: each test looks at the same run

    Result kiln(const QStringList &args, const QString &home, mode_t umaskValue)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HOME"_s, home);
        e.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDSECRETRUN"_s);
        e.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"secret-run/Key"_s);
        e.insert(u"AWS_REGION"_s, u"eu-central-1"_s);
        e.insert(u"AWS_ENDPOINT_URL_SSM"_s, m_ssm.baseUrl());
        e.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        e.insert(u"AWS_CONFIG_FILE"_s, home + u"/none"_s);
        e.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, home + u"/none"_s);
        e.insert(u"LANG"_s, u"C.UTF-8"_s);
        QProcess p;
        p.setProcessEnvironment(e);
        p.setProgram(QStringLiteral(KILN_CLI_BINARY));
        p.setArguments(QStringList{u"run"_s} + args);
        p.setChildProcessModifier([umaskValue] { ::umask(umaskValue); });
        p.start();
        return KilnTest::finishServing(p); // the fake server answers from this thread
    }

    // The run of the current data row (made by the first test that needs it).
    const SecretRun &run()
    {
        const QString row = QString::fromUtf8(QTest::currentDataTag());
        if (m_runs.contains(row))
            return m_runs[row];
        QFETCH(QString, secret);
        QFETCH(int, umask);
        SecretRun r;
        r.home = std::make_shared<QTemporaryDir>();
        r.secret = secret;
        m_secret = secret;
        m_requests = 0;
        const QString docPath = r.home->filePath(u"secrets.yaml"_s);
        QFile f(docPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(document());
        f.close();
        const QString logs = r.home->filePath(u"logs"_s);
        r.result =
            kiln({u"-d"_s, docPath, u"-l"_s, logs, u"--trace"_s}, r.home->path(), mode_t(umask));
        r.ssmRequests = m_requests;
        r.folder = runFolder(logs);
        if (!r.folder.isEmpty()) {
            QDirIterator it(r.folder,
                            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                r.files << it.next();
        }
        return m_runs[row] = r;
    }

    static void shapes()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("umask");
        QTest::newRow("plain") << u"hunter2-Plain-Secret"_s << 022;
        QTest::newRow("pem") << u"-----BEGIN RSA PRIVATE KEY-----\n"
                                "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
                                "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onL\n"
                                "Rnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKf\n"
                                "-----END RSA PRIVATE KEY-----"_s
                             << 022;
        QTest::newRow("quote and backslash") << u"pa\"ss\\wo'rd\\\"x"_s << 022;
        QTest::newRow("regex metacharacters") << u"a.b*c+d?(e)[f]|h^$\\1"_s << 0;
        QTest::newRow("unicode") << u"pässwörd-密码-✓🔑"_s << 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_ssm.listen());
        m_ssm.route("/", [this](const TestHttpRequest &request, int) {
            ++m_requests;
            return TestHttpResponse{
                200, KilnTest::ssmParameterAnswer(request, u"SecureString"_s, m_secret), {}, -1};
        });
    }

    // Masking is for what is shown or written: the next step gets the real value.
    void stepsGetRealValues_data() { shapes(); }
    void stepsGetRealValues()
    {
        const SecretRun &r = run();
        QVERIFY2(r.result.exitCode == 1, qPrintable(r.result.out + r.result.err));
        QCOMPARE(r.ssmRequests, 1);
        const auto steps = stepsByName(KilnTest::detailed(QFileInfo(r.folder).absolutePath()));
        QCOMPARE(steps.value(u"Print"_s).value(u"status"_s).toString(), u"success"_s);
        QVERIFY2(steps.value(u"Chained"_s).value(u"status"_s).toString() == u"success"_s,
                 qPrintable(r.result.out));
        // (detailedoutput.json holds outputs as JSON text, like AWSTOE)
        const QJsonArray chained =
            QJsonDocument::fromJson(
                steps.value(u"Chained"_s).value(u"outputs"_s).toString().toUtf8())
                .array();
        const QByteArray real = (u"pw="_s + r.secret).toUtf8();
        QCOMPARE(chained.at(0).toObject().value(u"stdout"_s).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(real, QCryptographicHash::Sha256).toHex()));
        // ... while the record shows the masked one.
        QCOMPARE(
            QJsonDocument::fromJson(steps.value(u"Print"_s).value(u"outputs"_s).toString().toUtf8())
                .array()
                .at(0)
                .toObject()
                .value(u"stdout"_s)
                .toString(),
            u"pw=****"_s);
    }

    // Nowhere in clear: stdout, stderr (--trace), any file of the run folder.
    void nothingInClear_data() { shapes(); }
    void nothingInClear()
    {
        const SecretRun &r = run();
        QVERIFY(r.files.contains(QDir(r.folder).filePath(u"application.log"_s)));
        QVERIFY(r.files.contains(QDir(r.folder).filePath(u"work/scripts.sh"_s)));
        const QStringList leaks = forms(r.secret);
        for (const QString &leak : leaks) {
            QVERIFY2(!r.result.out.contains(leak), qPrintable(u"stdout has "_s + leak));
            QVERIFY2(!r.result.err.contains(leak), qPrintable(u"stderr has "_s + leak));
        }
        for (const QString &file : r.files) {
            const QString text = readText(file);
            for (const QString &leak : leaks)
                QVERIFY2(!text.contains(leak), qPrintable(file + u" has "_s + leak));
        }
        // What was masked is still there, as ****.
        QVERIFY2(r.result.out.contains(u"pw=****"_s), qPrintable(r.result.out));
        const auto steps = stepsByName(KilnTest::detailed(QFileInfo(r.folder).absolutePath()));
        QCOMPARE(steps.value(u"AssertFails"_s).value(u"failureMessage"_s).toString(),
                 u"Assert failed: stringEquals 'wrong' value '****'"_s);
        // The trace and application.log show the failures, masked (a failure
        // message holds the last stderr line: of a PEM key, its END line).
        const QString shown =
            r.secret.contains(u'\n') ? u"exit code 3: ****"_s : u"bad password ****"_s;
        QVERIFY2(r.result.err.contains(shown), qPrintable(r.result.err));
        QVERIFY(readText(QDir(r.folder).filePath(u"application.log"_s)).contains(shown));
        QVERIFY(r.result.err.contains(u"stringEquals 'wrong' value '****'"_s));
        // work/ keeps the masked text of what ran.
        const QString archive = readText(QDir(r.folder).filePath(u"work/scripts.sh"_s));
        QVERIFY2(archive.contains(u"pw=****"_s), qPrintable(archive));
    }

    // The run folder and everything in it: 0700 folders, 0600 files, whatever
    // the umask (022 would give 0755/0644).
    void runFolderIsPrivate_data() { shapes(); }
    void runFolderIsPrivate()
    {
        const SecretRun &r = run();
        QCOMPARE(modeOf(r.folder), mode_t(0700));
        QVERIFY(r.files.size() >= 8);
        for (const QString &file : r.files)
            QVERIFY2(modeOf(file) == (QFileInfo(file).isDir() ? 0700 : 0600),
                     qPrintable(u"%1 is %2"_s.arg(file).arg(modeOf(file), 4, 8, QChar(u'0'))));
    }

    // A script with a secret is not on the command line (any local user can read
    // /proc/PID/cmdline) and runs from a private folder outside the run folder,
    // removed after its step, also after a timeout.
    void scriptsRunFromPrivateFolders_data() { shapes(); }
    void scriptsRunFromPrivateFolders()
    {
        const SecretRun &r = run();
        QVERIFY2(r.result.out.contains(u"argv-clean"_s), qPrintable(r.result.out));
        QVERIFY2(r.result.out.contains(u"script-folder-mode 700"_s), qPrintable(r.result.out));
        static const QRegularExpression scriptAt(u"script-at (\\S+)"_s);
        QStringList paths;
        for (auto m = scriptAt.globalMatch(r.result.out); m.hasNext();)
            paths << m.next().captured(1);
        QCOMPARE(paths.size(), 3); // Small, TimesOut, Large
        for (const QString &path : std::as_const(paths)) {
            QVERIFY2(QFileInfo(path).isAbsolute() && !path.startsWith(r.folder), qPrintable(path));
            QVERIFY2(!QFileInfo::exists(QFileInfo(path).absolutePath()), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretRun)
#include "tst_secretrun.moc"
