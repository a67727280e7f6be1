// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln` follows the messages locale: German diagnostics, summaries, usage errors
// and help under LANG=de_DE, while everything a machine reads (file:line:col,
// codes, JSON and SARIF fields, exit status) stays the same; the C locale is
// English whatever LANGUAGE says.
#include "kilnrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// No locale variable at all, then `variables` on top.
QProcessEnvironment localeEnvironment(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s})
        env.remove(name);
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    return env;
}

QProcessEnvironment german()
{
    return localeEnvironment({{u"LANG"_s, u"de_DE.UTF-8"_s}});
}

QProcessEnvironment english()
{
    return localeEnvironment({{u"LC_ALL"_s, u"C"_s}});
}

using KilnTest::Result;

Result kiln(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return KilnTest::kilnCommand(args, env);
}

QString data(const QString &name)
{
    return QStringLiteral(KILN_TEST_DATA_DIR "/") + name;
}

struct Line
{
    QString location; // file:line:col
    QString severity;
    QString code;
    QString message;
};

QList<Line> diagnosticLines(const QString &out)
{
    static const QRegularExpression shape(u"^(.+:\\d+:\\d+): (\\w+)\\[(K\\d{4})\\]: (.+)$"_s);
    QList<Line> lines;
    for (const QString &text : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = shape.match(text);
        if (!m.hasMatch())
            return {}; // every line is a diagnostic: the caller's size check fails
        lines.append({m.captured(1), m.captured(2), m.captured(3), m.captured(4)});
    }
    return lines;
}

} // namespace

class TestCliLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanDiagnosticsKeepLocationsAndCodes_data()
    {
        QTest::addColumn<QStringList>("documents");
        QTest::addColumn<QString>("englishSummary");
        QTest::addColumn<QString>("germanSummary");
        QTest::addColumn<QString>("englishMessage");
        QTest::addColumn<QString>("germanMessage");

        const QString broken = data(u"i18n/broken.yaml"_s);
        QTest::newRow("steps, inputs, references, loops")
            << QStringList{broken}
            << u"1 document: 7 errors, 1 warning (1 more below --min-severity; --verbose shows "
               u"them)\n"_s
            << u"1 Dokument: 7 Fehler, 1 Warnung (1 weiterer Befund unter --min-severity; "
               u"--verbose zeigt ihn)\n"_s
            << u"unknown action 'ExecuteBsh'; did you mean 'ExecuteBash'?"_s
            << u"unbekannte Aktion „ExecuteBsh“; meinten Sie „ExecuteBash“?"_s;
        QTest::newRow("plural forms")
            << QStringList{broken, broken}
            << u"2 documents: 14 errors, 2 warnings (2 more below --min-severity; --verbose "
               u"shows them)\n"_s
            << u"2 Dokumente: 14 Fehler, 2 Warnungen (2 weitere Befunde unter --min-severity; "
               u"--verbose zeigt sie)\n"_s
            << u"step 'build.Two' has 1 input entry, so index [3] does not exist (indexes "
               "start at 0)"_s
            << u"Schritt „build.Two“ hat 1 Eingabeeintrag, daher gibt es Index [3] nicht "
               "(Indizes beginnen bei 0)"_s;
        QTest::newRow("YAML syntax")
            << QStringList{data(u"corpus/docs/049_workshop-snippet-bad-indent.yaml"_s)}
            << u"1 document: 1 error, 0 warnings\n"_s << u"1 Dokument: 1 Fehler, 0 Warnungen\n"_s
            << u"'action' is indented 2 deeper than 'name' on line 4, which already has a "
               "value: align it with 'name'"_s
            << u"„action“ ist 2 tiefer eingerückt als „name“ in Zeile 4, das schon einen Wert "
               "hat: richten Sie es an „name“ aus"_s;
    }

    void germanDiagnosticsKeepLocationsAndCodes()
    {
        QFETCH(QStringList, documents);
        QFETCH(QString, englishSummary);
        QFETCH(QString, germanSummary);
        QFETCH(QString, englishMessage);
        QFETCH(QString, germanMessage);
        const QStringList args = QStringList{u"validate"_s, u"--no-lint"_s} + documents;
        const Result en = kiln(args, english());
        const Result de = kiln(args, german());
        QCOMPARE(en.exitCode, 1);
        QCOMPARE(de.exitCode, 1);
        QCOMPARE(en.err, englishSummary);
        QCOMPARE(de.err, germanSummary);

        const QList<Line> enLines = diagnosticLines(en.out);
        const QList<Line> deLines = diagnosticLines(de.out);
        QVERIFY2(!enLines.isEmpty(), qPrintable(en.out));
        QCOMPARE(deLines.size(), enLines.size());
        bool sawEnglish = false;
        bool sawGerman = false;
        for (qsizetype i = 0; i < enLines.size(); ++i) {
            const Line &e = enLines.at(i);
            const Line &d = deLines.at(i);
            QCOMPARE(d.location, e.location);
            QCOMPARE(d.code, e.code);
            QCOMPARE(d.severity, e.severity == u"error" ? u"Fehler"_s : u"Warnung"_s);
            QVERIFY2(d.message != e.message, qPrintable(d.message)); // every message translated
            sawEnglish = sawEnglish || e.message == englishMessage;
            sawGerman = sawGerman || d.message == germanMessage;
        }
        QVERIFY2(sawEnglish, qPrintable(en.out));
        QVERIFY2(sawGerman, qPrintable(de.out));
    }

    void cLocaleIsEnglishWhateverLanguageSays()
    {
        const QStringList args{u"validate"_s, u"--no-lint"_s, data(u"i18n/broken.yaml"_s)};
        const Result none = kiln(args, localeEnvironment({}));
        QVERIFY2(none.out.contains(u": error[K3007]: unknown action 'ExecuteBsh'"_s),
                 qPrintable(none.out));
        // gettext's rule: LANGUAGE does not override a C messages locale.
        for (const auto &variable : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s}) {
            const Result c =
                kiln(args, localeEnvironment({{variable, u"C"_s}, {u"LANGUAGE"_s, u"de"_s}}));
            QCOMPARE(c.out, none.out);
            QCOMPARE(c.err, none.err);
        }
        const Result cUtf8 = kiln(
            args, localeEnvironment({{u"LC_ALL"_s, u"C.UTF-8"_s}, {u"LANG"_s, u"de_DE.UTF-8"_s}}));
        QCOMPARE(cUtf8.out, none.out);
        // LANGUAGE still chooses for a real locale.
        const Result language = kiln(
            args, localeEnvironment({{u"LANG"_s, u"en_US.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s}}));
        QVERIFY2(language.out.contains(u": Fehler[K3007]: "_s), qPrintable(language.out));
    }

    void machineFieldsDoNotChange_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("sarif") << u"sarif"_s;
    }

    void machineFieldsDoNotChange()
    {
        QFETCH(QString, format);
        const QStringList args{u"validate"_s, u"--no-lint"_s, u"--format"_s, format,
                               data(u"i18n/broken.yaml"_s)};
        const Result en = kiln(args, english());
        const Result de = kiln(args, german());
        QCOMPARE(de.exitCode, en.exitCode);
        const QJsonObject enRoot = QJsonDocument::fromJson(en.out.toUtf8()).object();
        const QJsonObject deRoot = QJsonDocument::fromJson(de.out.toUtf8()).object();
        QVERIFY(!enRoot.isEmpty());
        // Strip the messages: what is left must be identical.
        const auto withoutMessages = [&format](QJsonObject root, QStringList *messages) {
            if (format == u"json") {
                QJsonArray documents = root.value(u"documents"_s).toArray();
                for (qsizetype i = 0; i < documents.size(); ++i) {
                    QJsonObject doc = documents.at(i).toObject();
                    QJsonArray diagnostics = doc.value(u"diagnostics"_s).toArray();
                    for (qsizetype j = 0; j < diagnostics.size(); ++j) {
                        QJsonObject d = diagnostics.at(j).toObject();
                        *messages << d.take(u"message"_s).toString();
                        diagnostics.replace(j, d);
                    }
                    doc.insert(u"diagnostics"_s, diagnostics);
                    documents.replace(i, doc);
                }
                root.insert(u"documents"_s, documents);
            } else {
                QJsonArray runs = root.value(u"runs"_s).toArray();
                QJsonObject run = runs.at(0).toObject();
                QJsonArray results = run.value(u"results"_s).toArray();
                for (qsizetype j = 0; j < results.size(); ++j) {
                    QJsonObject r = results.at(j).toObject();
                    *messages << r.take(u"message"_s).toObject().value(u"text"_s).toString();
                    results.replace(j, r);
                }
                run.insert(u"results"_s, results);
                runs.replace(0, run);
                root.insert(u"runs"_s, runs);
            }
            return root;
        };
        QStringList enMessages;
        QStringList deMessages;
        QCOMPARE(withoutMessages(deRoot, &deMessages), withoutMessages(enRoot, &enMessages));
        QCOMPARE(deMessages.size(), 9); // 7 errors, a warning and a hint (all severities)
        QCOMPARE(deMessages.size(), enMessages.size());
        for (qsizetype i = 0; i < enMessages.size(); ++i)
            QVERIFY2(deMessages.at(i) != enMessages.at(i), qPrintable(deMessages.at(i)));
        QVERIFY(
            deMessages.contains(u"unbekannte Aktion „ExecuteBsh“; meinten Sie „ExecuteBash“?"_s));
    }

    // `--explain` prints the code's title and explanation in the messages
    // language; the C locale keeps the English text byte for byte, LANGUAGE or not.
    // (SARIF rule metadata stays English: machineFieldsDoNotChange compares it.)
    void explainFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("englishText");
        QTest::addColumn<QString>("germanText");
        QTest::newRow("K3007")
            << u"K3007"_s
            << u"K3007: Unknown action module\n\nThe action is not an AWSTOE action module. Names "
               "are case-sensitive (ExecuteBash, not executeBash). `kiln actions` lists the "
               "modules.\n"_s
            << u"K3007: Unbekanntes Aktionsmodul\n\nDie Aktion ist kein AWSTOE-Aktionsmodul. Bei "
               "Namen zählt die Groß-/Kleinschreibung (ExecuteBash, nicht executeBash). `kiln "
               "actions` listet die Module auf.\n"_s;
        // Lower-case code; quotes and escapes of the source survive translation.
        QTest::newRow("k5007")
            << u"k5007"_s
            << u"K5007: Bad forEach delimiter\n\n'delimiter' must be exactly one of the "
               "characters . , ; : newline tab space - _ (write newline as \"\\n\" in double "
               "quotes). The default is ','.\n"_s
            << u"K5007: Ungültiges forEach-Trennzeichen\n\n„delimiter“ muss genau eines der "
               "Zeichen . , ; : Zeilenumbruch Tabulator Leerzeichen - _ sein (einen "
               "Zeilenumbruch schreiben Sie als \"\\n\" in doppelten Anführungszeichen). Der "
               "Standardwert ist „,“.\n"_s;
    }

    void explainFollowsTheLocale()
    {
        QFETCH(QString, code);
        QFETCH(QString, englishText);
        QFETCH(QString, germanText);
        const QStringList args{u"validate"_s, u"--explain"_s, code};
        const Result en = kiln(args, english());
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(en.out, englishText);
        const Result de = kiln(args, german());
        QCOMPARE(de.exitCode, 0);
        QCOMPARE(de.out, germanText);
        const Result cWithLanguage =
            kiln(args, localeEnvironment({{u"LANGUAGE"_s, u"de"_s}, {u"LC_ALL"_s, u"C"_s}}));
        QCOMPARE(cWithLanguage.out, englishText);
    }

    // Same codes in the same order (the first column feeds shell completion);
    // every title is German under LANG=de_DE.
    void listCodesFollowsTheLocale()
    {
        const QStringList args{u"validate"_s, u"--list-codes"_s};
        const Result en = kiln(args, english());
        const Result de = kiln(args, german());
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(de.exitCode, 0);
        const QStringList enLines = en.out.split(u'\n', Qt::SkipEmptyParts);
        const QStringList deLines = de.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(enLines.size() > 80);
        QCOMPARE(deLines.size(), enLines.size());
        for (qsizetype i = 0; i < enLines.size(); ++i) {
            const QString enCode = enLines.at(i).section(u' ', 0, 0);
            QCOMPARE(deLines.at(i).section(u' ', 0, 0), enCode);
            QVERIFY2(deLines.at(i).section(u' ', 1) != enLines.at(i).section(u' ', 1),
                     qPrintable(deLines.at(i)));
        }
        QVERIFY(enLines.contains(u"K3007 Unknown action module"_s));
        QVERIFY(deLines.contains(u"K3007 Unbekanntes Aktionsmodul"_s));
        QVERIFY(deLines.contains(u"K1001 YAML-Syntaxfehler"_s));
        QVERIFY(deLines.contains(u"K4003 Nicht geschlossenes „{{“"_s));
    }

    void germanRunConsoleKeepsTheJsonSummary()
    {
        const QString doc = QStringLiteral(KILN_TEST_DATA_DIR "/../../examples/hello-world.yaml");
        QTemporaryDir enLogs;
        QTemporaryDir deLogs;
        const Result en = kiln({u"run"_s, u"-d"_s, doc, u"-l"_s, enLogs.path()}, english());
        const Result de = kiln({u"run"_s, u"-d"_s, doc, u"-l"_s, deLogs.path()}, german());
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(en.out.contains(u"\n  Step SayHello (ExecuteBash)\n"_s), qPrintable(en.out));
        QVERIFY2(en.out.contains(u"\nPhase build: success\n"_s), qPrintable(en.out));
        QVERIFY2(de.out.contains(u"\n  Schritt SayHello (ExecuteBash)\n"_s), qPrintable(de.out));
        QVERIFY2(de.out.contains(u"\n  Schritt SayHello: erfolgreich ("_s), qPrintable(de.out));
        QVERIFY2(de.out.contains(u"\nPhase build: erfolgreich\n"_s), qPrintable(de.out));
        QVERIFY2(de.out.contains(u"\nDokument "_s), qPrintable(de.out));
        // The step's own output is untouched, and so is the JSON summary awstoe prints.
        QVERIFY(de.out.contains(u"\n    Goodbye from the test phase\n"_s));
        const auto summary = [](const QString &out) {
            QJsonObject o =
                QJsonDocument::fromJson(out.mid(out.indexOf(u"\n{"_s)).toUtf8()).object();
            o.remove(u"executionId"_s);
            return o;
        };
        QVERIFY(!summary(de.out).isEmpty());
        QCOMPARE(summary(de.out), summary(en.out));
        QCOMPARE(summary(de.out).value(u"status"_s).toString(), u"success"_s);
    }

    // Step failure messages are German on the console and stay English in
    // detailedoutput.json, which tools read like AWSTOE's; LC_ALL=C prints the
    // English text unchanged.
    void failureMessagesGermanOnTheConsoleOnly()
    {
        const QStringList args{u"run"_s, u"-d"_s, data(u"i18n/failing.yaml"_s), u"-l"_s};
        QTemporaryDir enLogs;
        QTemporaryDir deLogs;
        const Result en = kiln(args + QStringList{enLogs.path()}, english());
        const Result de = kiln(args + QStringList{deLogs.path()}, german());
        QCOMPARE(en.exitCode, 1);
        QCOMPARE(de.exitCode, 1);
        QVERIFY2(en.out.contains(u": ExecuteBash failed with exit code 3: oops\n"_s),
                 qPrintable(en.out));
        QVERIFY2(en.out.contains(u": loop iteration(s) 0 failed\n"_s), qPrintable(en.out));
        QVERIFY2(de.out.contains(u": ExecuteBash ist mit Exit-Code 3 fehlgeschlagen: oops\n"_s),
                 qPrintable(de.out));
        QVERIFY2(
            de.out.contains(u"Durchlauf 0: ExecuteBash ist mit Exit-Code 1 fehlgeschlagen\n"_s),
            qPrintable(de.out));
        QVERIFY2(de.out.contains(u": Schleifendurchlauf/-durchläufe 0 fehlgeschlagen\n"_s),
                 qPrintable(de.out));
        QVERIFY(!de.out.contains(u"failed with exit code"_s));

        const auto failureMessages = [](const QString &logDir) {
            QStringList messages;
            const QStringList runs = QDir(logDir).entryList({u"TOE_*"_s}, QDir::Dirs);
            if (runs.size() != 1)
                return messages;
            QFile f(QDir(logDir).filePath(runs.first() + u"/detailedoutput.json"_s));
            if (!f.open(QIODevice::ReadOnly))
                return messages;
            const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
            for (const QJsonValue &d : root.value(u"documents"_s).toArray()) {
                for (const QJsonValue &p : d.toObject().value(u"phases"_s).toArray()) {
                    for (const QJsonValue &st : p.toObject().value(u"steps"_s).toArray())
                        messages << st.toObject().value(u"failureMessage"_s).toString();
                }
            }
            return messages;
        };
        const QStringList expected{u"ExecuteBash failed with exit code 3: oops"_s,
                                   u"loop iteration(s) 0 failed"_s,
                                   u"not run: step build.LoopFails failed and its onFailure is "
                                   "Abort"_s};
        QCOMPARE(failureMessages(deLogs.path()), expected);
        QCOMPARE(failureMessages(enLogs.path()), expected);
    }

    void germanHelpAndUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("englishText");
        QTest::addColumn<QString>("germanText");

        QTest::newRow("kiln --help")
            << QStringList{u"--help"_s} << 0 << u"\nCommands:\n"_s << u"\nBefehle:\n"_s;
        QTest::newRow("validate --help")
            << QStringList{u"validate"_s, u"--help"_s} << 0
            << u"Output format: text (default), json or sarif (SARIF 2.1.0)."_s
            << u"Ausgabeformat: text (Standard), json oder sarif (SARIF 2.1.0)."_s;
        QTest::newRow("run --help")
            << QStringList{u"run"_s, u"--help"_s} << 0 << u"Copy the application log to stderr."_s
            << u"Das Anwendungsprotokoll auf stderr kopieren."_s;
        QTest::newRow("unknown format")
            << QStringList{u"validate"_s, u"--format"_s, u"xml"_s, data(u"i18n/broken.yaml"_s)} << 2
            << u"kiln validate: unknown --format 'xml' (text, json or sarif)\n"_s
            << u"kiln validate: unbekanntes --format „xml“ (text, json oder sarif)\n"_s;
        QTest::newRow("missing file")
            << QStringList{u"run"_s, u"--documents"_s, u"/nonexistent/a.yaml"_s} << 2
            << u"kiln run: /nonexistent/a.yaml: no such file\n"_s
            << u"kiln run: /nonexistent/a.yaml: Datei nicht gefunden\n"_s;
        QTest::newRow("unknown module")
            << QStringList{u"actions"_s, u"ExecuteBsh"_s} << 2
            << u"kiln actions: no action module 'ExecuteBsh'; did you mean 'ExecuteBash'? (run "
               "'kiln actions' for the list)\n"_s
            << u"kiln actions: kein Aktionsmodul „ExecuteBsh“; meinten Sie „ExecuteBash“? "
               "(„kiln actions“ zeigt die Liste)\n"_s;
    }

    void germanHelpAndUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, englishText);
        QFETCH(QString, germanText);
        const Result en = kiln(args, english());
        const Result de = kiln(args, german());
        QCOMPARE(en.exitCode, exitCode);
        QCOMPARE(de.exitCode, exitCode);
        const QString enText = exitCode ? en.err : en.out;
        const QString deText = exitCode ? de.err : de.out;
        QVERIFY2(enText.simplified().contains(englishText.simplified()), qPrintable(enText));
        QVERIFY2(deText.simplified().contains(germanText.simplified()), qPrintable(deText));
    }
};

QTEST_GUILESS_MAIN(TestCliLocale)
#include "tst_cli_locale.moc"
