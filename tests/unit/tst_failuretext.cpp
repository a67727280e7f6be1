// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// FailureText: the run record keeps English step failure messages and people
// read them through localized(). Without a translator the text must come back
// byte for byte; with the German catalogue (the .qm the executables embed) the
// templates are re-built in German with the same arguments and detail.
#include "process/failuretext.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Kiln;
using namespace Qt::StringLiterals;

class TestFailureText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messages_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        using namespace FailureText;
        QTest::newRow("exit code") << english(ExitCode).arg(u"ExecuteBash"_s).arg(1)
                                   << u"ExecuteBash ist mit Exit-Code 1 fehlgeschlagen"_s;
        QTest::newRow("exit code + stderr")
            << english(ExitCode).arg(u"ExecuteBinary"_s).arg(127) + u": sh: 1: nope: not found"_s
            << u"ExecuteBinary ist mit Exit-Code 127 fehlgeschlagen: sh: 1: nope: not found"_s;
        QTest::newRow("timed out") << english(TimedOut).arg(u"ExecuteBash"_s)
                                   << u"ExecuteBash hat das Zeitlimit überschritten"_s;
        QTest::newRow("loop timed out") << english(LoopTimedOut).arg(30).arg(4)
                                        << u"die Schleife hat nach 30 s das Zeitlimit "
                                           "überschritten (in Durchlauf 4)"_s;
        QTest::newRow("run cancelled")
            << english(RunCancelled) << u"die Ausführung wurde angehalten"_s;
        QTest::newRow("not run, cancelled")
            << english(NotRunRunCancelled)
            << u"nicht ausgeführt: die Ausführung wurde angehalten"_s;
        QTest::newRow("module cancelled")
            << english(WasCancelled).arg(u"ExecuteBash"_s) << u"ExecuteBash wurde angehalten"_s;
        QTest::newRow("abort") << english(NotRunAfterAbort).arg(u"build"_s, u"Install"_s)
                               << u"nicht ausgeführt: Schritt build.Install ist fehlgeschlagen "
                                  "und sein onFailure ist Abort"_s;
        QTest::newRow("windows only") << english(WindowsOnly).arg(u"SetRegistry"_s)
                                      << u"SetRegistry ist ein reines Windows-Modul und kann auf "
                                         "dieser Maschine nicht laufen; führen Sie das Dokument "
                                         "unter Windows aus"_s;
        // A system reason with a '%1' in it is not substituted again.
        QTest::newRow("failed to start")
            << english(FailedToStart).arg(u"ExecuteBinary"_s, u"no such file: %1"_s)
            << u"ExecuteBinary konnte nicht gestartet werden: no such file: %1"_s;
        // Phase and document messages name the step first.
        QTest::newRow("phase message")
            << u"LoopFails: "_s + english(LoopIterationsFailed).arg(u"0, 2"_s)
            << u"LoopFails: Schleifendurchlauf/-durchläufe 0, 2 fehlgeschlagen"_s;
        QTest::newRow("document message")
            << u"build/Install: "_s + english(TimedOut).arg(u"ExecuteBash"_s)
            << u"build/Install: ExecuteBash hat das Zeitlimit überschritten"_s;
        // Messages from elsewhere (file-system modules, downloads) stay as they are.
        QTest::newRow("unknown") << u"CreateFile: /etc/x exists"_s
                                 << u"CreateFile: /etc/x exists"_s;
        QTest::newRow("timed out inside") << u"the download timed out after 5 s: retry"_s
                                          << u"the download timed out after 5 s: retry"_s;
    }

    void messages()
    {
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(FailureText::localized(english), english);

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(KILN_DE_QM)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString translated = FailureText::localized(english);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated, german);
        QCOMPARE(FailureText::localized(english), english);
    }

    // The ids build exactly the texts the record had before (detailedoutput.json
    // is compared against AWSTOE's by tools).
    void englishTemplates()
    {
        QCOMPARE(FailureText::english(FailureText::ExitCode), u"%1 failed with exit code %2"_s);
        QCOMPARE(FailureText::english(FailureText::Cancelled), u"cancelled"_s);
        QCOMPARE(FailureText::english(FailureText::LoopIterationsFailed),
                 u"loop iteration(s) %1 failed"_s);
    }
};

QTEST_GUILESS_MAIN(TestFailureText)
#include "tst_failuretext.moc"
