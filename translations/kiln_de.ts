<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kiln::ConsoleReporter</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ignoredFailure</source>
        <translation>fehlgeschlagen (ignoriert)</translation>
    </message>
    <message>
        <source>successWithIgnoredFailure</source>
        <translation>erfolgreich, Fehlschlag ignoriert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>notRun</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>rebootPending</source>
        <translation>wartet auf Neustart</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>  Step %1 (%2)</source>
        <translation>  Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>    stderr: %1</source>
        <translation>    stderr: %1</translation>
    </message>
    <message>
        <source>  Step %1: not executed (dry run)</source>
        <translation>  Schritt %1: nicht ausgeführt (Probelauf)</translation>
    </message>
    <message>
        <source>  Step %1: %2%3</source>
        <translation>  Schritt %1: %2%3</translation>
    </message>
    <message>
        <source>Phase %1: %2</source>
        <translation>Phase %1: %2</translation>
    </message>
    <message>
        <source>Document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>Kiln::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Sp.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Kiln::DocumentTemplates</name>
    <message>
        <source>Hello World</source>
        <translation>Hallo Welt</translation>
    </message>
    <message>
        <source>Parameters and Loops</source>
        <translation>Parameter und Schleifen</translation>
    </message>
    <message>
        <source>File Operations</source>
        <translation>Dateioperationen</translation>
    </message>
    <message>
        <source>Condition and Assert</source>
        <translation>Bedingung und Zusicherung</translation>
    </message>
</context>
<context>
    <name>Kiln::EditorPage</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Kiln::Executor</name>
    <message>
        <source>Resuming execution %1 at document %2, phase %3, step %4 (%5 reboot(s) so far)</source>
        <translation>Setze Ausführung %1 bei Dokument %2, Phase %3, Schritt %4 fort (Neustarts bisher: %5)</translation>
    </message>
    <message>
        <source>%1/%2: iteration %3: %4</source>
        <translation>%1/%2: Durchlauf %3: %4</translation>
    </message>
    <message>
        <source>%1/%2: attempt %3 of %4 failed: %5; retrying</source>
        <translation>%1/%2: Versuch %3 von %4 fehlgeschlagen: %5; neuer Versuch</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>dem nächsten Schritt</translation>
    </message>
    <message>
        <source>step %1 again</source>
        <translation>Schritt %1 erneut</translation>
    </message>
    <message>
        <source>cannot save the state for the reboot: %1</source>
        <translation>der Zustand für den Neustart kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1/%2 requested a reboot: state saved to %3; reboot the machine and run `kiln run --state-directory %4` to resume with %5</source>
        <translation>%1/%2 hat einen Neustart angefordert: Zustand in %3 gespeichert; starten Sie die Maschine neu und führen Sie `kiln run --state-directory %4` aus, um mit %5 fortzufahren</translation>
    </message>
    <message>
        <source>warning: cannot save the state: %1</source>
        <translation>Warnung: Der Zustand kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1/%2 requested a reboot: simulated reboot %3 of at most %4, resuming with %5</source>
        <translation>%1/%2 hat einen Neustart angefordert: simulierter Neustart %3 von höchstens %4, weiter mit %5</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>parameter %1 has no value and no default; using an empty string</source>
        <translation>Parameter %1 hat keinen Wert und keinen Standardwert; es wird eine leere Zeichenkette verwendet</translation>
    </message>
    <message>
        <source>environment variable %1 is not set; using an empty string</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt; es wird eine leere Zeichenkette verwendet</translation>
    </message>
</context>
<context>
    <name>Kiln::HistoryView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open detailedoutput.json…</source>
        <translation>detailedoutput.json öffnen …</translation>
    </message>
    <message>
        <source>Open a run report from anywhere, e.g. one AWSTOE wrote on an Image Builder instance</source>
        <translation>Einen Ausführungsbericht von beliebigem Ort öffnen, z. B. einen, den AWSTOE auf einer Image-Builder-Instanz geschrieben hat</translation>
    </message>
    <message>
        <source>Select a step to see its outputs and failure message.</source>
        <translation>Wählen Sie einen Schritt aus, um seine Ausgaben und seine Fehlermeldung zu sehen.</translation>
    </message>
    <message>
        <source>Open a run to see its steps.</source>
        <translation>Öffnen Sie eine Ausführung, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Runs in %1</source>
        <translation>Ausführungen in %1</translation>
    </message>
    <message>
        <source>%1 has no detailedoutput.json: the run is still going, or was interrupted (see its console.log).</source>
        <translation>%1 hat keine detailedoutput.json: Die Ausführung läuft noch oder wurde unterbrochen (siehe ihre console.log).</translation>
    </message>
    <message>
        <source>Cannot open the report: %1</source>
        <translation>Der Bericht kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3 steps ran, %4 failed, %5 ignored</source>
        <translation>%1 — %2: %3 Schritte ausgeführt, %4 fehlgeschlagen, %5 ignoriert</translation>
    </message>
    <message>
        <source>Open Run Report</source>
        <translation>Ausführungsbericht öffnen</translation>
    </message>
    <message>
        <source>Run reports (detailedoutput.json detailedOutput.json *.json);;All files (*)</source>
        <translation>Ausführungsberichte (detailedoutput.json detailedOutput.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Failure:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgaben:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>This step recorded no outputs.</source>
        <translation>Dieser Schritt hat keine Ausgaben aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>Kiln::MainWindow</name>
    <message>
        <source>Kiln Studio</source>
        <translation>Kiln Studio</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open Component Documents</source>
        <translation>Komponentendokumente öffnen</translation>
    </message>
    <message>
        <source>YAML documents (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dokumente (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace...</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>&amp;Go to Line...</source>
        <translation>&amp;Gehe zu Zeile …</translation>
    </message>
    <message>
        <source>Toggle &amp;Comment</source>
        <translation>Kommen&amp;tar ein/aus</translation>
    </message>
    <message>
        <source>&amp;Unfold All</source>
        <translation>Alles a&amp;ufklappen</translation>
    </message>
    <message>
        <source>&amp;Fold Block</source>
        <translation>Block &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Kiln Studio...</source>
        <translation>Kiln Studio &amp;einrichten …</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: opened read-only (see the problems list)</source>
        <translation>%1 ist kein gültiges UTF-8: schreibgeschützt geöffnet (siehe Problemliste)</translation>
    </message>
    <message>
        <source>Save Component Document</source>
        <translation>Komponentendokument speichern</translation>
    </message>
    <message>
        <source>Save Document</source>
        <translation>Dokument speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>%1[*] — Kiln Studio</source>
        <translation>%1[*] — Kiln Studio</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Problems are checked for this operating system: the computer&apos;s own, unless the document&apos;s actions only run on another.</source>
        <translation>Probleme werden für dieses Betriebssystem geprüft: das dieses Computers, außer die Aktionen des Dokuments laufen nur auf einem anderen.</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 was deleted or cannot be read</source>
        <translation>%1 wurde gelöscht oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>%1 was changed outside Kiln Studio, and you have unsaved changes. Reload it and lose your changes?</source>
        <translation>%1 wurde außerhalb von Kiln Studio geändert, und es gibt ungespeicherte Änderungen. Neu laden und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Run This S&amp;tep</source>
        <translation>Diesen &amp;Schritt ausführen</translation>
    </message>
    <message>
        <source>Run &amp;From Here</source>
        <translation>Ab &amp;hier ausführen</translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation>Ausführungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Open &amp;detailedoutput.json...</source>
        <translation>&amp;detailedoutput.json öffnen …</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Ausführungsverlauf</translation>
    </message>
    <message>
        <source>Select a step in the step tree (or put the cursor in one) first.</source>
        <translation>Wählen Sie zuerst einen Schritt im Schrittbaum aus (oder setzen Sie den Cursor in einen Schritt).</translation>
    </message>
    <message>
        <source>Run of %1 in %2</source>
        <translation>Ausführung von %1 in %2</translation>
    </message>
    <message>
        <source>Running: %v of %m steps</source>
        <translation>Ausführung: %v von %m Schritten</translation>
    </message>
    <message>
        <source>%1. Report: %2</source>
        <translation>%1. Bericht: %2</translation>
    </message>
    <message>
        <source>Run in Progress</source>
        <translation>Ausführung läuft</translation>
    </message>
    <message>
        <source>A run is in progress. Stop it (its processes are killed) and quit?</source>
        <translation>Eine Ausführung läuft. Anhalten (ihre Prozesse werden beendet) und Kiln Studio beenden?</translation>
    </message>
</context>
<context>
    <name>Kiln::OutputPane</name>
    <message>
        <source>Only the selected step</source>
        <translation>Nur der ausgewählte Schritt</translation>
    </message>
    <message>
        <source>Run the document (Run › Run, F5) to see its output here.</source>
        <translation>Führen Sie das Dokument aus (Ausführen › Ausführen, F5), um hier seine Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Keeps the last %L1 lines of each step; console.log in the run folder has everything.</source>
        <translation>Behält die letzten %L1 Zeilen jedes Schritts; console.log im Ausführungsordner enthält alles.</translation>
    </message>
    <message>
        <source>▶ %1 › %2 (%3)</source>
        <translation>▶ %1 › %2 (%3)</translation>
    </message>
    <message>
        <source>■ %1: %2 · %3</source>
        <translation>■ %1: %2 · %3</translation>
    </message>
    <message>
        <source>… %L1 lines not shown here (output too fast); console.log has them</source>
        <translation>… %L1 Zeilen hier nicht angezeigt (Ausgabe zu schnell); sie stehen in console.log</translation>
    </message>
    <message>
        <source>… %L1 earlier lines of this step are only in console.log</source>
        <translation>… %L1 frühere Zeilen dieses Schritts stehen nur in console.log</translation>
    </message>
</context>
<context>
    <name>Kiln::RunHistoryModel</name>
    <message>
        <source>no report (running or interrupted)</source>
        <translation>kein Bericht (läuft oder unterbrochen)</translation>
    </message>
    <message>
        <source>unreadable report</source>
        <translation>unlesbarer Bericht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Execution ID</source>
        <translation>Ausführungs-ID</translation>
    </message>
</context>
<context>
    <name>Kiln::RunPanel</name>
    <message>
        <source>Run succeeded</source>
        <translation>Ausführung erfolgreich</translation>
    </message>
    <message>
        <source>Run succeeded (a failure was ignored)</source>
        <translation>Ausführung erfolgreich (ein Fehler wurde ignoriert)</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run stopped</source>
        <translation>Ausführung angehalten</translation>
    </message>
    <message>
        <source>Run paused for a reboot</source>
        <translation>Ausführung für einen Neustart unterbrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>This document has no parameters.</source>
        <translation>Dieses Dokument hat keine Parameter.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Checked phases run, in document order.</source>
        <translation>Die markierten Phasen werden in der Reihenfolge des Dokuments ausgeführt.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Run the checked phases of the current document (F5)</source>
        <translation>Die markierten Phasen des aktuellen Dokuments ausführen (F5)</translation>
    </message>
    <message>
        <source>Stop the running step and its child processes (Shift+F5)</source>
        <translation>Den laufenden Schritt und seine Kindprozesse anhalten (Shift+F5)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required: the document gives no default</source>
        <translation>Erforderlich: Das Dokument gibt keinen Standardwert an</translation>
    </message>
    <message>
        <source>Open a document to run it.</source>
        <translation>Öffnen Sie ein Dokument, um es auszuführen.</translation>
    </message>
    <message>
        <source>Fill in the required parameters: %1.</source>
        <translation>Füllen Sie die erforderlichen Parameter aus: %1.</translation>
    </message>
    <message>
        <source>Check at least one phase to run.</source>
        <translation>Markieren Sie mindestens eine Phase zum Ausführen.</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>The document has an error; nothing was run (see Problems).</source>
        <translation>Das Dokument enthält einen Fehler; nichts wurde ausgeführt (siehe Probleme).</translation>
    </message>
    <message>
        <source>The document has %1 errors; nothing was run (see Problems).</source>
        <translation>Das Dokument enthält %1 Fehler; nichts wurde ausgeführt (siehe Probleme).</translation>
    </message>
    <message>
        <source>Cannot create the run folder: %1</source>
        <translation>Der Ausführungsordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Running… output in %1</source>
        <translation>Läuft … Ausgabe in %1</translation>
    </message>
    <message>
        <source>A step asked for a reboot: the run stopped and its state is in %1 (resume with kiln run -s).</source>
        <translation>Ein Schritt hat einen Neustart angefordert: Die Ausführung wurde angehalten, ihr Zustand liegt in %1 (fortsetzen mit kiln run -s).</translation>
    </message>
    <message>
        <source>Step %1 (phase %2) %3 in the last run</source>
        <translation>Schritt %1 (Phase %2) in der letzten Ausführung: %3</translation>
    </message>
    <message>
        <source>Step %1 (phase %2) failed in the last run: %3</source>
        <translation>Schritt %1 (Phase %2) ist in der letzten Ausführung fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kiln::RunRecordModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Kiln::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Default (a folder next to the document)</source>
        <translation>Standard (ein Ordner neben dem Dokument)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Log Directory</source>
        <translation>Protokollverzeichnis</translation>
    </message>
    <message>
        <source>Simulate: continue with the next step</source>
        <translation>Simulieren: mit dem nächsten Schritt fortfahren</translation>
    </message>
    <message>
        <source>Stop the run and keep its state to resume later</source>
        <translation>Ausführung anhalten und ihren Zustand für die spätere Fortsetzung speichern</translation>
    </message>
    <message>
        <source>Kiln never reboots this computer. This decides what a local run does when a step asks for a reboot.</source>
        <translation>Kiln startet diesen Computer nie neu. Hier legen Sie fest, was eine lokale Ausführung tut, wenn ein Schritt einen Neustart anfordert.</translation>
    </message>
    <message>
        <source>Editor font:</source>
        <translation>Editor-Schriftart:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Log directory:</source>
        <translation>Protokollverzeichnis:</translation>
    </message>
    <message>
        <source>On reboot request:</source>
        <translation>Bei Neustartanforderung:</translation>
    </message>
</context>
<context>
    <name>Kiln::StepTreeModel</name>
    <message>
        <source>(unnamed phase)</source>
        <translation>(unbenannte Phase)</translation>
    </message>
    <message>
        <source>Phase %1, line %2</source>
        <translation>Phase %1, Zeile %2</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(unbenannter Schritt)</translation>
    </message>
    <message>
        <source>%1 (%2), line %3</source>
        <translation>%1 (%2), Zeile %3</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed (ignored)</source>
        <translation>fehlgeschlagen (ignoriert)</translation>
    </message>
    <message>
        <source>success, ignored failure</source>
        <translation>erfolgreich, Fehler ignoriert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>waiting for reboot</source>
        <translation>wartet auf Neustart</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>#%1 (empty value)</source>
        <translation>#%1 (leerer Wert)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Iteration %1 of step %2, value: %3</source>
        <translation>Durchlauf %1 von Schritt %2, Wert: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>Kiln::StepTreeView</name>
    <message>
        <source>Run This Step</source>
        <translation>Diesen Schritt ausführen</translation>
    </message>
    <message>
        <source>Run From Here</source>
        <translation>Ab hier ausführen</translation>
    </message>
</context>
<context>
    <name>Kiln::Validator</name>
    <message>
        <source>the quoted text &apos;%1&apos;</source>
        <translation>der Text „%1“ in Anführungszeichen</translation>
    </message>
    <message>
        <source>; YAML read &apos;%1: ...&apos; as a key and a value because of the &apos;: &apos; inside it — quote the whole item or use a block scalar (|)</source>
        <translation>; YAML hat „%1: ...“ wegen des „: “ darin als Schlüssel und Wert gelesen — setzen Sie den ganzen Eintrag in Anführungszeichen oder verwenden Sie einen Blockskalar (|)</translation>
    </message>
    <message>
        <source>Assert takes one condition as a mapping under &apos;inputs&apos; (for example &apos;stringEquals: x&apos; and &apos;value: y&apos;), not %1</source>
        <translation>Assert erwartet unter „inputs“ eine Bedingung als Mapping (zum Beispiel „stringEquals: x“ und „value: y“), nicht %1</translation>
    </message>
    <message>
        <source>%1 takes its inputs as a mapping, not a list: remove the &apos;-&apos; in front of the first input</source>
        <translation>%1 erwartet seine Eingaben als Mapping, nicht als Liste: Entfernen Sie das „-“ vor der ersten Eingabe</translation>
    </message>
    <message>
        <source>%1 takes its inputs as a mapping (inputs: then one key per line), not %2</source>
        <translation>%1 erwartet seine Eingaben als Mapping („inputs:“, dann ein Schlüssel pro Zeile), nicht %2</translation>
    </message>
    <message>
        <source>each entry of %1 inputs must be a mapping such as &apos;- %2: ...&apos;, not %3</source>
        <translation>jeder Eintrag der Eingaben von %1 muss ein Mapping wie „- %2: ...“ sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 takes a list of operations: write &apos;- &apos; before the first input (&apos;- %2: ...&apos;), one entry per %3</source>
        <translation>%1 erwartet eine Liste von Operationen: Schreiben Sie „- “ vor die erste Eingabe („- %2: ...“), ein Eintrag pro %3</translation>
    </message>
    <message>
        <source>%1 takes a list of mappings (&apos;- %2: ...&apos;), not %3</source>
        <translation>%1 erwartet eine Liste von Mappings („- %2: ...“), nicht %3</translation>
    </message>
    <message>
        <source>file operation</source>
        <translation>Dateioperation</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>a condition under &apos;inputs&apos;</source>
        <translation>eine Bedingung unter „inputs“</translation>
    </message>
    <message>
        <source>an &apos;inputs&apos; list with at least one entry (each entry needs %1)</source>
        <translation>eine „inputs“-Liste mit mindestens einem Eintrag (jeder Eintrag braucht %1)</translation>
    </message>
    <message>
        <source>an &apos;inputs&apos; mapping with %1</source>
        <translation>ein „inputs“-Mapping mit %1</translation>
    </message>
    <message>
        <source>action %1 has no inputs; it requires %2</source>
        <translation>Aktion %1 hat keine Eingaben; sie benötigt %2</translation>
    </message>
    <message>
        <source>an input name must be text, not %1</source>
        <translation>ein Eingabename muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 has no input &apos;%2&apos;%3%4</source>
        <translation>%1 hat keine Eingabe „%2“%3%4</translation>
    </message>
    <message>
        <source> (its inputs are: %1)</source>
        <translation> (seine Eingaben sind: %1)</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; is not available on %3 (only on %4)</source>
        <translation>Eingabe „%2“ von %1 ist auf %3 nicht verfügbar (nur auf %4)</translation>
    </message>
    <message>
        <source>%1 takes either &apos;%2&apos; or &apos;%3&apos;, not both</source>
        <translation>%1 erwartet entweder „%2“ oder „%3“, nicht beides</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; has no effect without &apos;%3&apos;</source>
        <translation>Eingabe „%2“ von %1 hat ohne „%3“ keine Wirkung</translation>
    </message>
    <message>
        <source>%1 needs the input &apos;%2&apos; (%3)</source>
        <translation>%1 benötigt die Eingabe „%2“ (%3)</translation>
    </message>
    <message>
        <source>%1 needs one of the inputs %2</source>
        <translation>%1 benötigt eine der Eingaben %2</translation>
    </message>
    <message>
        <source>; &apos;%1&apos; is an input of %2 — is that the module you meant?</source>
        <translation>; „%1“ ist eine Eingabe von %2 — ist das das gemeinte Modul?</translation>
    </message>
    <message>
        <source>a %1 registry value is a single %2, not %3%4</source>
        <translation>ein %1-Registrierungswert ist ein einzelner Wert (%2), nicht %3%4</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source> (use type MULTI_SZ for a list)</source>
        <translation> (verwenden Sie für eine Liste den Typ MULTI_SZ)</translation>
    </message>
    <message>
        <source>a %1 registry value holds a whole number (decimal or 0x hex); &apos;%2&apos; will not be stored as written</source>
        <translation>ein %1-Registrierungswert enthält eine ganze Zahl (dezimal oder hexadezimal mit 0x); „%2“ wird nicht wie geschrieben gespeichert</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; must be %3, not %4%5</source>
        <translation>Eingabe „%2“ von %1 muss %3 sein, nicht %4%5</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; has no value</source>
        <translation>Eingabe „%2“ von %1 hat keinen Wert</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>octal digits such as &apos;0755&apos;</source>
        <translation>Oktalziffern wie „0755“</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source> (write the number without quotes)</source>
        <translation> (schreiben Sie die Zahl ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>a mapping of NAME: value pairs</source>
        <translation>ein Mapping aus NAME: Wert-Paaren</translation>
    </message>
    <message>
        <source>a mapping whose values are text</source>
        <translation>ein Mapping, dessen Werte Text sind</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; may not set %3</source>
        <translation>Eingabe „%2“ von %1 darf %3 nicht setzen</translation>
    </message>
    <message>
        <source>text, a number or a list</source>
        <translation>Text, eine Zahl oder eine Liste</translation>
    </message>
    <message>
        <source>a list of text items</source>
        <translation>eine Liste von Texteinträgen</translation>
    </message>
    <message>
        <source>; values are case-sensitive: write &apos;%1&apos;</source>
        <translation>; Werte unterscheiden Groß- und Kleinschreibung: Schreiben Sie „%1“</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; must be one of %3, not &apos;%4&apos;%5</source>
        <translation>Eingabe „%2“ von %1 muss einer der Werte %3 sein, nicht „%4“%5</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; must name a %3 file; &apos;%4&apos; does not end in %3</source>
        <translation>Eingabe „%2“ von %1 muss eine %3-Datei benennen; „%4“ endet nicht auf %3</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; must be %3, not &apos;%4&apos;</source>
        <translation>Eingabe „%2“ von %1 muss %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>a YAML boolean</source>
        <translation>ein YAML-Boolean</translation>
    </message>
    <message>
        <source> (write %1 without quotes)</source>
        <translation> (schreiben Sie %1 ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos;: &apos;%3&apos; is a boolean only in YAML 1.1; write true or false</source>
        <translation>Eingabe „%2“ von %1: „%3“ ist nur in YAML 1.1 ein Boolean; schreiben Sie true oder false</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source> (put &apos;- &apos; in front of the value: a list item per %1)</source>
        <translation> (setzen Sie „- “ vor den Wert: ein Listeneintrag pro %1)</translation>
    </message>
    <message>
        <source>%1 input &apos;%2&apos; has an empty list item</source>
        <translation>Eingabe „%2“ von %1 hat einen leeren Listeneintrag</translation>
    </message>
    <message>
        <source>a list of &apos;- name: ...&apos; / &apos;value: ...&apos; entries</source>
        <translation>eine Liste von Einträgen „- name: ...“ / „value: ...“</translation>
    </message>
    <message>
        <source>an entry of &apos;%1&apos; has only &apos;name&apos; and &apos;value&apos;, not &apos;%2&apos;</source>
        <translation>ein Eintrag von „%1“ hat nur „name“ und „value“, nicht „%2“</translation>
    </message>
    <message>
        <source>entries whose name and value are text</source>
        <translation>Einträge, deren Name und Wert Text sind</translation>
    </message>
    <message>
        <source>this entry of &apos;%1&apos; needs a &apos;%2&apos;</source>
        <translation>dieser Eintrag von „%1“ braucht ein „%2“</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>ein Parameter</translation>
    </message>
    <message>
        <source>a constant</source>
        <translation>eine Konstante</translation>
    </message>
    <message>
        <source>a phase</source>
        <translation>eine Phase</translation>
    </message>
    <message>
        <source>this loop runs %1 times; kiln run stops loops above %2 iterations unless --max-loop-iterations raises the limit</source>
        <translation>diese Schleife läuft %1-mal; kiln run bricht Schleifen mit mehr als %2 Durchläufen ab, sofern --max-loop-iterations die Grenze nicht erhöht</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; already has a loop named &apos;%2&apos; (line %3); loop names are unique per phase</source>
        <translation>Phase „%1“ hat bereits eine Schleife namens „%2“ (Zeile %3); Schleifennamen müssen pro Phase eindeutig sein</translation>
    </message>
    <message>
        <source>the loop name &apos;%1&apos; is also %2 of this document; rename the loop so &apos;{{ %1.value }}&apos; is unambiguous</source>
        <translation>der Schleifenname „%1“ ist auch %2 dieses Dokuments; benennen Sie die Schleife um, damit „{{ %1.value }}“ eindeutig ist</translation>
    </message>
    <message>
        <source>&apos;{{ %1 }}&apos; is not substituted in %2; it stays literal text</source>
        <translation>„{{ %1 }}“ wird in %2 nicht ersetzt; es bleibt wörtlicher Text</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;, so this is not a reference and stays literal text</source>
        <translation>„{{“ wird nicht mit „}}“ geschlossen, daher ist das keine Referenz und bleibt wörtlicher Text</translation>
    </message>
    <message>
        <source>&apos;{{ %1 }}&apos; is not a valid reference: %2%3</source>
        <translation>„{{ %1 }}“ ist keine gültige Referenz: %2%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a declared parameter or constant%2</source>
        <translation>„%1“ ist kein deklarierter Parameter und keine Konstante%2</translation>
    </message>
    <message>
        <source>; declare it under &apos;parameters&apos; or &apos;constants&apos;</source>
        <translation>; deklarieren Sie ihn unter „parameters“ oder „constants“</translation>
    </message>
    <message>
        <source>&apos;{{ %1 }}&apos; has no value here: loop variables resolve only in the step&apos;s inputs, not in its &apos;if&apos; or loop definition</source>
        <translation>„{{ %1 }}“ hat hier keinen Wert: Schleifenvariablen werden nur in den Eingaben des Schritts aufgelöst, nicht in seinem „if“ oder seiner Schleifendefinition</translation>
    </message>
    <message>
        <source>&apos;{{ %1 }}&apos; is used in a step without a loop, where AWSTOE leaves it unreplaced; add a &apos;loop&apos; to this step or remove the reference</source>
        <translation>„{{ %1 }}“ steht in einem Schritt ohne Schleife, wo AWSTOE es nicht ersetzt; fügen Sie dem Schritt eine „loop“ hinzu oder entfernen Sie die Referenz</translation>
    </message>
    <message>
        <source>this step&apos;s loop has no name, so &apos;{{ %1 }}&apos; is not replaced; use &apos;{{ loop.%2 }}&apos; or add &apos;name: %3&apos; to the loop</source>
        <translation>die Schleife dieses Schritts hat keinen Namen, daher wird „{{ %1 }}“ nicht ersetzt; verwenden Sie „{{ loop.%2 }}“ oder fügen Sie der Schleife „name: %3“ hinzu</translation>
    </message>
    <message>
        <source>this step&apos;s loop is named &apos;%1&apos;, not &apos;%2&apos; (a loop name cannot reach another step&apos;s loop)</source>
        <translation>die Schleife dieses Schritts heißt „%1“, nicht „%2“ (ein Schleifenname reicht nicht in die Schleife eines anderen Schritts)</translation>
    </message>
    <message>
        <source>&apos;context:%1&apos; is not a context variable%2</source>
        <translation>„context:%1“ ist keine Kontextvariable%2</translation>
    </message>
    <message>
        <source>instance metadata under &apos;%1/&apos; holds credentials; AWSTOE refuses to read it</source>
        <translation>Instanz-Metadaten unter „%1/“ enthalten Zugangsdaten; AWSTOE verweigert das Lesen</translation>
    </message>
    <message>
        <source>resolve(%1): &apos;%1&apos; is not a declared parameter or constant%2</source>
        <translation>resolve(%1): „%1“ ist kein deklarierter Parameter und keine Konstante%2</translation>
    </message>
    <message>
        <source>it may hold only letters, digits and _ . - / (plus an optional :version)</source>
        <translation>er darf nur Buchstaben, Ziffern und _ . - / enthalten (plus optional :version)</translation>
    </message>
    <message>
        <source>a hierarchical name starts with &apos;/&apos;</source>
        <translation>ein hierarchischer Name beginnt mit „/“</translation>
    </message>
    <message>
        <source>it is longer than 2048 characters</source>
        <translation>er ist länger als 2048 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSM parameter name: %2</source>
        <translation>„%1“ ist kein SSM-Parametername: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phase of this document%2 (chaining works only within one document)</source>
        <translation>„%1“ ist keine Phase dieses Dokuments%2 (Verkettung funktioniert nur innerhalb eines Dokuments)</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; has no step named &apos;%2&apos;%3</source>
        <translation>Phase „%1“ hat keinen Schritt namens „%2“%3</translation>
    </message>
    <message>
        <source>a step cannot chain to its own %1</source>
        <translation>ein Schritt kann nicht auf seine eigenen %1 verketten</translation>
    </message>
    <message>
        <source>step &apos;%1.%2&apos; runs after this one, so its %3 are not known yet; chaining can only read steps that ran earlier</source>
        <translation>Schritt „%1.%2“ läuft nach diesem, daher sind seine %3 noch nicht bekannt; Verkettung kann nur Schritte lesen, die vorher gelaufen sind</translation>
    </message>
    <message>
        <source>%1 has no outputs to chain to</source>
        <translation>%1 hat keine Ausgaben, auf die verkettet werden kann</translation>
    </message>
    <message>
        <source>%1 has no output &apos;%2&apos;%3 (outputs: %4)</source>
        <translation>%1 hat keine Ausgabe „%2“%3 (Ausgaben: %4)</translation>
    </message>
    <message>
        <source>%1 has no input &apos;%2&apos;%3</source>
        <translation>%1 hat keine Eingabe „%2“%3</translation>
    </message>
    <message numerus="yes">
        <source>step &apos;%1.%2&apos; has %n input entry, so index [%3] does not exist (indexes start at 0)</source>
        <translation>
            <numerusform>Schritt „%1.%2“ hat %n Eingabeeintrag, daher gibt es Index [%3] nicht (Indizes beginnen bei 0)</numerusform>
            <numerusform>Schritt „%1.%2“ hat %n Eingabeeinträge, daher gibt es Index [%3] nicht (Indizes beginnen bei 0)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>step &apos;%1.%2&apos; has %n input entries, so index [%3] does not exist (indexes start at 0)</source>
        <translation>
            <numerusform>Schritt „%1.%2“ hat %n Eingabeeintrag, daher gibt es Index [%3] nicht (Indizes beginnen bei 0)</numerusform>
            <numerusform>Schritt „%1.%2“ hat %n Eingabeeinträge, daher gibt es Index [%3] nicht (Indizes beginnen bei 0)</numerusform>
        </translation>
    </message>
    <message>
        <source>a loop name</source>
        <translation>einem Schleifennamen</translation>
    </message>
    <message>
        <source>this step field</source>
        <translation>diesem Schrittfeld</translation>
    </message>
    <message>
        <source>&apos;{{ %1 }}&apos; reads phase &apos;%2&apos;, which --phases does not select, so the step has not run and this reference has no value</source>
        <translation>„{{ %1 }}“ liest Phase „%2“, die --phases nicht auswählt; der Schritt ist also nicht gelaufen und diese Referenz hat keinen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; passed with --parameters is a constant of this document; constants cannot be overridden, so the value is ignored</source>
        <translation>„%1“, übergeben mit --parameters, ist eine Konstante dieses Dokuments; Konstanten lassen sich nicht überschreiben, der Wert wird ignoriert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; passed with --parameters is not declared by this document and will be ignored%2</source>
        <translation>„%1“, übergeben mit --parameters, ist in diesem Dokument nicht deklariert und wird ignoriert%2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no default and no value was passed: AWSTOE substitutes an empty string (Image Builder rejects the build); pass --parameters %1=&lt;value&gt;</source>
        <translation>Parameter „%1“ hat keinen Standardwert und es wurde kein Wert übergeben: AWSTOE setzt eine leere Zeichenkette ein (Image Builder lehnt den Build ab); übergeben Sie --parameters %1=&lt;Wert&gt;</translation>
    </message>
    <message>
        <source>--phases %1 selects no phase of this document (it has: %2), so nothing runs%3</source>
        <translation>--phases %1 wählt keine Phase dieses Dokuments aus (es hat: %2), daher läuft nichts%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: write name=value</source>
        <translation>„%1“ hat kein „=“: Schreiben Sie Name=Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no parameter name before &apos;=&apos;</source>
        <translation>„%1“ hat keinen Parameternamen vor „=“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value after &apos;=&apos; (AWSTOE requires one)</source>
        <translation>„%1“ hat keinen Wert nach „=“ (AWSTOE verlangt einen)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the scripts: %1</source>
        <translation>Für die Skripte kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>shellcheck did not finish within %1 s; the scripts were not linted</source>
        <translation>shellcheck ist nicht innerhalb von %1 s fertig geworden; die Skripte wurden nicht geprüft</translation>
    </message>
    <message>
        <source>shellcheck failed (exit status %1): %2</source>
        <translation>shellcheck ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>cannot read shellcheck&apos;s output: %1</source>
        <translation>Die Ausgabe von shellcheck kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>SC%1: %2 (shellcheck %3)</source>
        <translation>SC%1: %2 (shellcheck %3)</translation>
    </message>
    <message>
        <source>the ExecuteBash scripts were not linted: %1</source>
        <translation>die ExecuteBash-Skripte wurden nicht geprüft: %1</translation>
    </message>
    <message>
        <source>a step must be a mapping with &apos;name&apos;, &apos;action&apos; and usually &apos;inputs&apos;, not %1; check the indentation</source>
        <translation>ein Schritt muss ein Mapping mit „name“, „action“ und meist „inputs“ sein, nicht %1; prüfen Sie die Einrückung</translation>
    </message>
    <message>
        <source>a step key must be text, not %1 (a step has: %2)</source>
        <translation>ein Schrittschlüssel muss Text sein, nicht %1 (ein Schritt hat: %2)</translation>
    </message>
    <message>
        <source>&apos;disableLogging&apos; is not in the AWSTOE reference schema: releases that do not know it reject the document; Kiln ignores it</source>
        <translation>„disableLogging“ steht nicht im AWSTOE-Referenzschema: Versionen, die es nicht kennen, lehnen das Dokument ab; Kiln ignoriert es</translation>
    </message>
    <message>
        <source>; &apos;%1&apos; is an input of %2, so it belongs under &apos;inputs:&apos;</source>
        <translation>; „%1“ ist eine Eingabe von %2 und gehört daher unter „inputs:“</translation>
    </message>
    <message>
        <source>unknown step key &apos;%1&apos;%2 (a step has: %3)</source>
        <translation>unbekannter Schrittschlüssel „%1“%2 (ein Schritt hat: %3)</translation>
    </message>
    <message>
        <source>this step has no name: add &apos;name: &lt;StepName&gt;&apos; (names are used in logs and in references such as {{ build.StepName.outputs.stdout }})</source>
        <translation>dieser Schritt hat keinen Namen: Fügen Sie „name: &lt;StepName&gt;“ hinzu (Namen erscheinen in Protokollen und in Referenzen wie {{ build.StepName.outputs.stdout }})</translation>
    </message>
    <message>
        <source>a step name must be text, not %1</source>
        <translation>ein Schrittname muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>white space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>step name &apos;%1&apos; contains %2, which breaks chaining references (phase.step.outputs.key); use letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Schrittname „%1“ enthält %2, was Verkettungsreferenzen (phase.step.outputs.key) unbrauchbar macht; verwenden Sie Buchstaben, Ziffern, „-“ und „_“</translation>
    </message>
    <message>
        <source>step name &apos;%1&apos; is already used in this phase (line %2); step names must be unique per phase</source>
        <translation>Schrittname „%1“ wird in dieser Phase bereits verwendet (Zeile %2); Schrittnamen müssen pro Phase eindeutig sein</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no action: add &apos;action: &lt;Module&gt;&apos; (run &apos;kiln actions&apos; for the list)</source>
        <translation>Schritt „%1“ hat keine Aktion: Fügen Sie „action: &lt;Module&gt;“ hinzu („kiln actions“ zeigt die Liste)</translation>
    </message>
    <message>
        <source>&apos;action&apos; must be the name of an action module, not %1</source>
        <translation>„action“ muss der Name eines Aktionsmoduls sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;%2</source>
        <translation>unbekannte Aktion „%1“%2</translation>
    </message>
    <message>
        <source> (run &apos;kiln actions&apos; for the list)</source>
        <translation> („kiln actions“ zeigt die Liste)</translation>
    </message>
    <message>
        <source>%1 is %2-only</source>
        <translation>%1 gibt es nur für %2</translation>
    </message>
    <message>
        <source>%1 is not available on %2 (only on %3)</source>
        <translation>%1 ist auf %2 nicht verfügbar (nur auf %3)</translation>
    </message>
    <message>
        <source>%1; validate with --os-platforms %2 if the component is for %3</source>
        <translation>%1; validieren Sie mit --os-platforms %2, wenn die Komponente für %3 gedacht ist</translation>
    </message>
    <message>
        <source>%1 does not take timeoutSeconds; remove it</source>
        <translation>%1 kennt kein timeoutSeconds; entfernen Sie es</translation>
    </message>
    <message>
        <source>timeoutSeconds must be a whole number of seconds (or -1 for no timeout), not %1%2</source>
        <translation>timeoutSeconds muss eine ganze Zahl von Sekunden sein (oder -1 für kein Zeitlimit), nicht %1%2</translation>
    </message>
    <message>
        <source>timeoutSeconds must be greater than 0, or -1 for no timeout; %1 is invalid</source>
        <translation>timeoutSeconds muss größer als 0 sein, oder -1 für kein Zeitlimit; %1 ist ungültig</translation>
    </message>
    <message>
        <source>%1 always runs without a timeout: timeoutSeconds may only be -1; remove it</source>
        <translation>%1 läuft immer ohne Zeitlimit: timeoutSeconds darf nur -1 sein; entfernen Sie es</translation>
    </message>
    <message>
        <source>onFailure must be Abort, Continue or Ignore, not %1%2</source>
        <translation>onFailure muss Abort, Continue oder Ignore sein, nicht %1%2</translation>
    </message>
    <message>
        <source>with onFailure: Continue the next steps run, but a failure of this step still fails the phase and the document; use Ignore if the failure is acceptable</source>
        <translation>mit onFailure: Continue laufen die nächsten Schritte, aber ein Fehlschlag dieses Schritts lässt trotzdem die Phase und das Dokument fehlschlagen; verwenden Sie Ignore, wenn der Fehlschlag hinnehmbar ist</translation>
    </message>
    <message>
        <source>maxAttempts must be a whole number of at least 1 (total attempts, first try included), not %1%2</source>
        <translation>maxAttempts muss eine ganze Zahl von mindestens 1 sein (Versuche insgesamt, der erste eingeschlossen), nicht %1%2</translation>
    </message>
    <message>
        <source>%1 runs exactly once: maxAttempts may only be 1; remove it</source>
        <translation>%1 läuft genau einmal: maxAttempts darf nur 1 sein; entfernen Sie es</translation>
    </message>
    <message>
        <source>a component document must be a YAML mapping with &apos;schemaVersion&apos; and &apos;phases&apos;, but this is %1</source>
        <translation>ein Komponentendokument muss ein YAML-Mapping mit „schemaVersion“ und „phases“ sein, dies ist aber %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; in this mapping</source>
        <translation>doppelter Schlüssel „%1“ in diesem Mapping</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekannter Schlüssel der obersten Ebene „%1“ (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <source>&apos;schemaVersion&apos; is missing: add &apos;schemaVersion: 1.0&apos; at the top of the document</source>
        <translation>„schemaVersion“ fehlt: Fügen Sie „schemaVersion: 1.0“ am Anfang des Dokuments hinzu</translation>
    </message>
    <message>
        <source>schemaVersion must be 1.0, not &apos;%1&apos;</source>
        <translation>schemaVersion muss 1.0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown phase key &apos;%1&apos;%2 (a phase has: name, steps)</source>
        <translation>unbekannter Phasenschlüssel „%1“%2 (eine Phase hat: name, steps)</translation>
    </message>
    <message>
        <source>&apos;phases&apos; is missing: a document needs a list of phases (build, validate or test) with steps</source>
        <translation>„phases“ fehlt: Ein Dokument braucht eine Liste von Phasen (build, validate oder test) mit Schritten</translation>
    </message>
    <message>
        <source>&apos;phases&apos; must be a list of phases (&apos;- name: build&apos;), not %1</source>
        <translation>„phases“ muss eine Liste von Phasen sein („- name: build“), nicht %1</translation>
    </message>
    <message>
        <source>&apos;phases&apos; is empty: add at least one phase</source>
        <translation>„phases“ ist leer: Fügen Sie mindestens eine Phase hinzu</translation>
    </message>
    <message>
        <source>a phase must be a mapping with &apos;name&apos; and &apos;steps&apos;, not %1</source>
        <translation>eine Phase muss ein Mapping mit „name“ und „steps“ sein, nicht %1</translation>
    </message>
    <message>
        <source>this phase has no &apos;name&apos;</source>
        <translation>diese Phase hat keinen „name“</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; is defined twice</source>
        <translation>Phase „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>phase &apos;%1&apos; has no &apos;steps&apos; list</source>
        <translation>Phase „%1“ hat keine „steps“-Liste</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of steps, not %1</source>
        <translation>„steps“ muss eine Liste von Schritten sein, nicht %1</translation>
    </message>
    <message>
        <source>the document has %1 steps, more than the limit of %2; split it into several documents or use a loop</source>
        <translation>das Dokument hat %1 Schritte, mehr als die Grenze von %2; teilen Sie es auf mehrere Dokumente auf oder verwenden Sie eine Schleife</translation>
    </message>
    <message>
        <source>no phase is named build, validate or test; Image Builder will not run any other phase</source>
        <translation>keine Phase heißt build, validate oder test; Image Builder führt keine anderen Phasen aus</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&apos;allowedValues&apos; of parameter &apos;%1&apos; must be a non-empty list of values</source>
        <translation>„allowedValues“ von Parameter „%1“ muss eine nicht leere Liste von Werten sein</translation>
    </message>
    <message>
        <source>each of &apos;allowedValues&apos; must be text, not %1</source>
        <translation>jeder Eintrag von „allowedValues“ muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>default &apos;%1&apos; of parameter &apos;%2&apos; is not one of its allowedValues (%3)</source>
        <translation>Standardwert „%1“ von Parameter „%2“ ist keiner seiner allowedValues (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of single-key mappings (&apos;- Name: {type: string, ...}&apos;), not %2</source>
        <translation>„%1“ muss eine Liste von Mappings mit je einem Schlüssel sein („- Name: {type: string, ...}“), nicht %2</translation>
    </message>
    <message>
        <source>each %1 is a mapping with a single key, its name; this one has %2 keys (check the indentation of type/default/value)</source>
        <translation>jeder Eintrag (%1) ist ein Mapping mit genau einem Schlüssel, seinem Namen; dieser hat %2 Schlüssel (prüfen Sie die Einrückung von type/default/value)</translation>
    </message>
    <message>
        <source>each %1 is a mapping &apos;- Name: {type: string, ...}&apos;, not %2</source>
        <translation>jeder Eintrag (%1) ist ein Mapping „- Name: {type: string, ...}“, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 name: use 3 to 128 characters of A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;</source>
        <translation>„%1“ ist kein gültiger Name (%2): Verwenden Sie 3 bis 128 Zeichen aus A-Z, a-z, 0-9, „-“ und „_“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already declared on line %2; names are unique across parameters and constants</source>
        <translation>„%1“ ist bereits in Zeile %2 deklariert; Namen sind über Parameter und Konstanten hinweg eindeutig</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; needs a mapping with &apos;type: string&apos;%3, not %4</source>
        <translation>%1 „%2“ braucht ein Mapping mit „type: string“%3, nicht %4</translation>
    </message>
    <message>
        <source> and &apos;value&apos;</source>
        <translation> und „value“</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 &apos;%3&apos;%4 (allowed: %5)</source>
        <translation>unbekannter Schlüssel „%1“ in %2 „%3“%4 (erlaubt: %5)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no &apos;type&apos;: add &apos;type: string&apos;</source>
        <translation>%1 „%2“ hat keinen „type“: Fügen Sie „type: string“ hinzu</translation>
    </message>
    <message>
        <source>the only %1 type is &apos;string&apos;, not &apos;%2&apos;</source>
        <translation>der einzige Typ (%1) ist „string“, nicht „%2“</translation>
    </message>
    <message>
        <source>constant &apos;%1&apos; has no &apos;value&apos;</source>
        <translation>Konstante „%1“ hat keinen „value“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 &apos;%3&apos; must be a string, not %4</source>
        <translation>„%1“ von %2 „%3“ muss ein String sein, nicht %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared but never referenced in the phases</source>
        <translation>„%1“ ist deklariert, wird aber in den Phasen nie referenziert</translation>
    </message>
    <message>
        <source>a parameter default or constant value</source>
        <translation>einem Parameter-Standardwert oder Konstantenwert</translation>
    </message>
    <message>
        <source>the list form of a condition holds exactly one expression, not %1; combine several with &apos;and&apos; or &apos;or&apos;</source>
        <translation>die Listenform einer Bedingung enthält genau einen Ausdruck, nicht %1; kombinieren Sie mehrere mit „and“ oder „or“</translation>
    </message>
    <message>
        <source>a condition must be a mapping such as &apos;fileExists: /path&apos;, not %1</source>
        <translation>eine Bedingung muss ein Mapping wie „fileExists: /path“ sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs at the top level of a step&apos;s &apos;if&apos;, not here</source>
        <translation>„%1“ gehört auf die oberste Ebene des „if“ eines Schritts, nicht hierher</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be Execute, Skip or Abort, not &apos;%2&apos;%3</source>
        <translation>„%1“ muss Execute, Skip oder Abort sein, nicht „%2“%3</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a condition operator%2</source>
        <translation>„%1“ ist kein Bedingungsoperator%2</translation>
    </message>
    <message>
        <source> (see kiln validate --explain K6002)</source>
        <translation> (siehe kiln validate --explain K6002)</translation>
    </message>
    <message>
        <source>the condition has no operator: add one comparison (e.g. &apos;fileExists: /path&apos;) or one of and/or/not</source>
        <translation>die Bedingung hat keinen Operator: Fügen Sie einen Vergleich (z. B. „fileExists: /path“) oder and/or/not hinzu</translation>
    </message>
    <message>
        <source>a condition holds exactly one operator, but &apos;%1&apos; follows &apos;%2&apos; in the same mapping: combine them with &apos;and&apos; or &apos;or&apos;</source>
        <translation>eine Bedingung enthält genau einen Operator, aber „%1“ folgt im selben Mapping auf „%2“: Kombinieren Sie sie mit „and“ oder „or“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not take a &apos;%2&apos; operand</source>
        <translation>„%1“ nimmt keinen Operanden „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares a &apos;value:&apos; against &apos;%2&apos;, but this condition has no &apos;value&apos; key</source>
        <translation>„%1“ vergleicht ein „value:“ mit „%2“, aber diese Bedingung hat keinen Schlüssel „value“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a &apos;path:&apos; key naming the file to hash</source>
        <translation>„%1“ braucht einen Schlüssel „path:“ mit der Datei, deren Hash berechnet wird</translation>
    </message>
    <message>
        <source>logical operators nest %1 levels deep here; AWSTOE allows at most %2</source>
        <translation>logische Operatoren sind hier %1 Ebenen tief verschachtelt; AWSTOE erlaubt höchstens %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a single value, not %2</source>
        <translation>„%1“ nimmt einen einzelnen Wert, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value, not %2</source>
        <translation>„%1“ muss ein einzelner Wert sein, nicht %2</translation>
    </message>
    <message>
        <source>&apos;not&apos; negates exactly one condition, but this list has %1</source>
        <translation>„not“ negiert genau eine Bedingung, aber diese Liste hat %1</translation>
    </message>
    <message>
        <source>&apos;not&apos; takes one condition mapping such as &apos;binaryExists: unzip&apos;, not %1</source>
        <translation>„not“ nimmt ein Bedingungs-Mapping wie „binaryExists: unzip“, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a non-empty list of conditions (&apos;- fileExists: /path&apos;), not %2</source>
        <translation>„%1“ nimmt eine nicht leere Liste von Bedingungen („- fileExists: /path“), nicht %2</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>eine leere Liste</translation>
    </message>
    <message>
        <source>each item of &apos;%1&apos; must be a condition mapping, not %2</source>
        <translation>jeder Eintrag von „%1“ muss ein Bedingungs-Mapping sein, nicht %2</translation>
    </message>
    <message>
        <source>the baseline of &apos;%1&apos; is compared literally; references are substituted only in &apos;value:&apos;/&apos;path:&apos; — swap the operands if this is the variable part</source>
        <translation>der Vergleichswert von „%1“ wird wörtlich verglichen; Referenzen werden nur in „value:“/„path:“ ersetzt — tauschen Sie die Operanden, wenn dies der variable Teil ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number to compare with, not &apos;%2&apos;; the comparison would always be false</source>
        <translation>„%1“ braucht eine Zahl zum Vergleichen, nicht „%2“; der Vergleich wäre immer falsch</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, so this comparison is always false</source>
        <translation>„%1“ ist keine Zahl, daher ist dieser Vergleich immer falsch</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2 (at offset %3)</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2 (an Position %3)</translation>
    </message>
    <message>
        <source>this pattern uses a PCRE feature (lookaround, backreference, atomic group, possessive quantifier, \K or recursion) that RE2, the regular expression engine AWSTOE uses, rejects</source>
        <translation>dieses Muster verwendet eine PCRE-Funktion (Lookaround, Rückreferenz, atomare Gruppe, possessiver Quantor, \K oder Rekursion), die RE2, die Regex-Engine von AWSTOE, ablehnt</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3 (expected: %4)</source>
        <translation>unbekannter Schlüssel „%1“ in %2%3 (erwartet: %4)</translation>
    </message>
    <message>
        <source>&apos;for&apos; must be a mapping with start, end and updateBy, not %1</source>
        <translation>„for“ muss ein Mapping mit start, end und updateBy sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;for&apos; has no &apos;%1&apos;: add a whole number</source>
        <translation>„for“ hat kein „%1“: Fügen Sie eine ganze Zahl hinzu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot hold a reference: AWSTOE does not substitute variables in &apos;for&apos; bounds; write a whole number</source>
        <translation>„%1“ kann keine Referenz enthalten: AWSTOE ersetzt in den Grenzen von „for“ keine Variablen; schreiben Sie eine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number, not &apos;%2&apos;</source>
        <translation>„%1“ muss eine ganze Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;updateBy&apos; is 0, so the loop would never end: use a positive or negative step</source>
        <translation>„updateBy“ ist 0, die Schleife würde also nie enden: Verwenden Sie eine positive oder negative Schrittweite</translation>
    </message>
    <message>
        <source>counting from %1 by %2 never reaches %3: %4</source>
        <translation>das Zählen von %1 in Schritten von %2 erreicht %3 nie: %4</translation>
    </message>
    <message>
        <source>use a negative updateBy to count down</source>
        <translation>verwenden Sie ein negatives updateBy, um abwärts zu zählen</translation>
    </message>
    <message>
        <source>use a positive updateBy to count up</source>
        <translation>verwenden Sie ein positives updateBy, um aufwärts zu zählen</translation>
    </message>
    <message>
        <source>&apos;forEach&apos; has no items</source>
        <translation>„forEach“ hat keine Einträge</translation>
    </message>
    <message>
        <source>a forEach item must be a single text value, not %1</source>
        <translation>ein forEach-Eintrag muss ein einzelner Textwert sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;forEach&apos; must be a list of values or a mapping with &apos;list&apos; and &apos;delimiter&apos;, not %1</source>
        <translation>„forEach“ muss eine Liste von Werten oder ein Mapping mit „list“ und „delimiter“ sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;forEach&apos; has no &apos;list&apos;: add the delimited string to split</source>
        <translation>„forEach“ hat keine „list“: Fügen Sie den zu teilenden String mit Trennzeichen hinzu</translation>
    </message>
    <message>
        <source>&apos;list&apos; must be a string such as &apos;a,b,c&apos;, not %1</source>
        <translation>„list“ muss ein String wie „a,b,c“ sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;delimiter&apos; cannot hold a reference; write the character</source>
        <translation>„delimiter“ kann keine Referenz enthalten; schreiben Sie das Zeichen</translation>
    </message>
    <message>
        <source> (for a newline write &quot;\n&quot; in double quotes)</source>
        <translation> (für einen Zeilenumbruch schreiben Sie &quot;\n&quot; in doppelten Anführungszeichen)</translation>
    </message>
    <message>
        <source> (for a tab write &quot;\t&quot; in double quotes)</source>
        <translation> (für einen Tabulator schreiben Sie &quot;\t&quot; in doppelten Anführungszeichen)</translation>
    </message>
    <message>
        <source>&apos;delimiter&apos; must be one character of . , ; : newline tab space - _, not &apos;%1&apos;%2</source>
        <translation>„delimiter“ muss eines der Zeichen . , ; : Zeilenumbruch Tabulator Leerzeichen - _ sein, nicht „%1“%2</translation>
    </message>
    <message>
        <source>&apos;loop&apos; must be a mapping with &apos;for&apos; or &apos;forEach&apos;, not %1</source>
        <translation>„loop“ muss ein Mapping mit „for“ oder „forEach“ sein, nicht %1</translation>
    </message>
    <message>
        <source>the loop &apos;name&apos; must be text, not %1</source>
        <translation>der „name“ der Schleife muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>a loop has either &apos;for&apos; or &apos;forEach&apos;, not both</source>
        <translation>eine Schleife hat entweder „for“ oder „forEach“, nicht beides</translation>
    </message>
    <message>
        <source>the loop has neither &apos;for&apos; nor &apos;forEach&apos;</source>
        <translation>die Schleife hat weder „for“ noch „forEach“</translation>
    </message>
    <message>
        <source>the reference is empty</source>
        <translation>die Referenz ist leer</translation>
    </message>
    <message>
        <source>nothing follows &apos;%1&apos;</source>
        <translation>auf „%1“ folgt nichts</translation>
    </message>
    <message>
        <source>&apos;resolve(&apos; is not closed with &apos;)&apos;</source>
        <translation>„resolve(“ wird nicht mit „)“ geschlossen</translation>
    </message>
    <message>
        <source>resolve() needs a parameter name or an SSM reference</source>
        <translation>resolve() braucht einen Parameternamen oder eine SSM-Referenz</translation>
    </message>
    <message>
        <source>unknown namespace &apos;%1&apos; (known: env:, context:, aws:ssm:, aws:imds:)</source>
        <translation>unbekannter Namensraum „%1“ (bekannt: env:, context:, aws:ssm:, aws:imds:)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter or constant name</source>
        <translation>„%1“ ist kein Parameter- oder Konstantenname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a loop name</source>
        <translation>„%1“ ist kein Schleifenname</translation>
    </message>
    <message>
        <source>a loop variable is &apos;%1.index&apos; or &apos;%1.value&apos;</source>
        <translation>eine Schleifenvariable ist „%1.index“ oder „%1.value“</translation>
    </message>
    <message>
        <source>a chaining reference is &apos;phase.step.outputs.key&apos; or &apos;phase.step.inputs[index].key&apos;</source>
        <translation>eine Verkettungsreferenz ist „phase.step.outputs.key“ oder „phase.step.inputs[index].key“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a reference: use &apos;Name&apos;, &apos;loop.value&apos;, &apos;phase.step.outputs.key&apos; or a namespace such as &apos;env:NAME&apos;</source>
        <translation>„%1“ ist keine Referenz: Verwenden Sie „Name“, „loop.value“, „phase.step.outputs.key“ oder einen Namensraum wie „env:NAME“</translation>
    </message>
    <message>
        <source>&apos;{{&apos; is not closed with &apos;}}&apos;</source>
        <translation>„{{“ wird nicht mit „}}“ geschlossen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is not allowed here (mapping value in the wrong place: check the indentation, or quote text that contains &apos;: &apos;)</source>
        <translation>ein „:“ ist hier nicht erlaubt (Mapping-Wert an der falschen Stelle: Prüfen Sie die Einrückung, oder setzen Sie Text, der „: “ enthält, in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the mapping does not end properly (check the indentation of this line against the keys above it)</source>
        <translation>das Mapping endet nicht korrekt (prüfen Sie die Einrückung dieser Zeile gegenüber den Schlüsseln darüber)</translation>
    </message>
    <message>
        <source>the list does not end properly (check the indentation of this line against the &apos;- &apos; items above it)</source>
        <translation>die Liste endet nicht korrekt (prüfen Sie die Einrückung dieser Zeile gegenüber den „- “-Einträgen darüber)</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is never closed; a value starting with &apos;{{&apos; must be quoted, e.g. &apos;{{ MyParameter }}&apos;</source>
        <translation>ein „{“ wird nie geschlossen; ein Wert, der mit „{{“ beginnt, muss in Anführungszeichen stehen, z. B. &apos;{{ MyParameter }}&apos;</translation>
    </message>
    <message>
        <source>a &apos;[&apos; is never closed</source>
        <translation>ein „[“ wird nie geschlossen</translation>
    </message>
    <message>
        <source>unknown escape sequence in a double-quoted string (write Windows paths in single quotes, or double the backslashes)</source>
        <translation>unbekannte Escape-Sequenz in einem String in doppelten Anführungszeichen (schreiben Sie Windows-Pfade in einfache Anführungszeichen oder verdoppeln Sie die Backslashes)</translation>
    </message>
    <message>
        <source>a quoted string is never closed</source>
        <translation>ein String in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source> (an unquoted &apos;*&apos; starts a YAML alias: quote the value)</source>
        <translation> (ein „*“ ohne Anführungszeichen beginnt einen YAML-Alias: Setzen Sie den Wert in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the file has a byte order mark but is not valid text in that encoding</source>
        <translation>die Datei hat eine Byte-Order-Mark, ist aber kein gültiger Text in dieser Kodierung</translation>
    </message>
    <message>
        <source>the file contains a NUL byte: this looks like a binary file, not a YAML document</source>
        <translation>die Datei enthält ein NUL-Byte: Das sieht nach einer Binärdatei aus, nicht nach einem YAML-Dokument</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (save the file as UTF-8)</source>
        <translation>ungültige UTF-8-Bytefolge (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>the document is %1 bytes; Kiln reads documents up to %2 bytes</source>
        <translation>das Dokument hat %1 Bytes; Kiln liest Dokumente bis %2 Bytes</translation>
    </message>
    <message>
        <source>a second YAML document starts here (&apos;---&apos;); AWSTOE reads only the first one, so everything from here on is ignored</source>
        <translation>hier beginnt ein zweites YAML-Dokument („---“); AWSTOE liest nur das erste, alles ab hier wird ignoriert</translation>
    </message>
    <message>
        <source>the YAML nests deeper than %1 levels</source>
        <translation>das YAML ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>invalid escape sequence &apos;%1&apos; in a double-quoted string (write Windows paths in single quotes, or double the backslashes)</source>
        <translation>ungültige Escape-Sequenz „%1“ in einem String in doppelten Anführungszeichen (schreiben Sie Windows-Pfade in einfache Anführungszeichen oder verdoppeln Sie die Backslashes)</translation>
    </message>
    <message>
        <source>a quoted string starts here and is never closed (a stray quote after a value?)</source>
        <translation>hier beginnt ein String in Anführungszeichen, der nie geschlossen wird (ein verirrtes Anführungszeichen nach einem Wert?)</translation>
    </message>
    <message>
        <source>this quoted string is never closed: add the closing quote</source>
        <translation>dieser String in Anführungszeichen wird nie geschlossen: Fügen Sie das schließende Anführungszeichen hinzu</translation>
    </message>
    <message>
        <source>YAML aliases (&apos;*name&apos;) here expand the document by more than %1 nodes (an alias bomb?); repeat the text instead of nesting aliases</source>
        <translation>YAML-Aliase („*name“) vergrößern das Dokument hier um mehr als %1 Knoten (eine Alias-Bombe?); wiederholen Sie den Text, statt Aliase zu verschachteln</translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (are YAML aliases repeating a large part of it?)</source>
        <translation>das Dokument wächst auf mehr als %1 YAML-Knoten an (wiederholen YAML-Aliase einen großen Teil davon?)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source> or </source>
        <comment>joins input names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source> and </source>
        <comment>joins input names</comment>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Kiln::YamlAssist</name>
    <message>
        <source>Platforms: %1</source>
        <translation>Plattformen: %1</translation>
    </message>
    <message>
        <source>Inputs: %1 (* required)</source>
        <translation>Eingaben: %1 (* erforderlich)</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>Ausgaben: %1</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>, erforderlich</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>kiln</name>
    <message>
        <source>Usage: kiln &lt;command&gt; [options]

Validate and run EC2 Image Builder component documents (AWSTOE YAML) locally.

Commands:
  validate   check documents: YAML, schema, action inputs, references, loops
  run        run documents on this machine, like `awstoe run`
  actions    list the action modules, or describe one (kiln actions ExecuteBash)
  schema     write the JSON Schema of component documents, for editors and CI
  help       show the help of a command (kiln help run)

Options:
  -h, --help       show this help
  -v, --version    print the version

Each command has its own options: kiln &lt;command&gt; --help. See also kiln(1).
</source>
        <translation>Aufruf: kiln &lt;Befehl&gt; [Optionen]

EC2-Image-Builder-Komponentendokumente (AWSTOE-YAML) lokal prüfen und ausführen.

Befehle:
  validate   Dokumente prüfen: YAML, Schema, Aktionseingaben, Verweise, Schleifen
  run        Dokumente auf diesem Rechner ausführen, wie `awstoe run`
  actions    die Aktionsmodule auflisten oder eines beschreiben (kiln actions ExecuteBash)
  schema     das JSON-Schema der Komponentendokumente schreiben, für Editoren und CI
  help       die Hilfe eines Befehls anzeigen (kiln help run)

Optionen:
  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version ausgeben

Jeder Befehl hat eigene Optionen: kiln &lt;Befehl&gt; --help. Siehe auch kiln(1).
</translation>
    </message>
    <message>
        <source>kiln help: unknown command &apos;%1&apos;

</source>
        <translation>kiln help: unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>kiln: unknown command &apos;%1&apos;

</source>
        <translation>kiln: unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>List the action modules, or describe one (inputs, defaults, outputs, example).</source>
        <translation>Listet die Aktionsmodule auf oder beschreibt eines (Eingaben, Standardwerte, Ausgaben, Beispiel).</translation>
    </message>
    <message>
        <source>Only list modules available on this platform: linux, windows or darwin.</source>
        <translation>Nur Module auflisten, die auf dieser Plattform verfügbar sind: linux, windows oder darwin.</translation>
    </message>
    <message>
        <source>Print only the module names, one per line.</source>
        <translation>Nur die Modulnamen ausgeben, einen pro Zeile.</translation>
    </message>
    <message>
        <source>A module name, e.g. ExecuteBash (any case).</source>
        <translation>Ein Modulname, z. B. ExecuteBash (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>kiln actions: %1
Try &apos;kiln actions --help&apos;.
</source>
        <translation>kiln actions: %1
Siehe „kiln actions --help“.
</translation>
    </message>
    <message>
        <source>kiln actions: unknown --os-platforms &apos;%1&apos; (linux, windows or darwin)
</source>
        <translation>kiln actions: unbekanntes --os-platforms „%1“ (linux, windows oder darwin)
</translation>
    </message>
    <message>
        <source>kiln actions: give at most one module name
</source>
        <translation>kiln actions: Geben Sie höchstens einen Modulnamen an
</translation>
    </message>
    <message>
        <source>kiln actions: no action module &apos;%1&apos;%2 (run &apos;kiln actions&apos; for the list)
</source>
        <translation>kiln actions: kein Aktionsmodul „%1“%2 („kiln actions“ zeigt die Liste)
</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>--parameters: &apos;%1&apos; must be name=value with a non-empty name and value</source>
        <translation>--parameters: „%1“ muss die Form Name=Wert mit nicht leerem Namen und Wert haben</translation>
    </message>
    <message>
        <source>kiln run: cannot download %1: %2
</source>
        <translation>kiln run: %1 kann nicht heruntergeladen werden: %2
</translation>
    </message>
    <message>
        <source>kiln run: %1: cannot read the downloaded copy
</source>
        <translation>kiln run: %1: Die heruntergeladene Kopie kann nicht gelesen werden
</translation>
    </message>
    <message>
        <source>kiln run: %1: no such file
</source>
        <translation>kiln run: %1: Datei nicht gefunden
</translation>
    </message>
    <message>
        <source>kiln run: %1 is not valid; nothing was run (see `kiln validate`)
</source>
        <translation>kiln run: %1 ist nicht gültig; nichts wurde ausgeführt (siehe `kiln validate`)
</translation>
    </message>
    <message>
        <source>Comma-separated documents to run, in order: paths or s3://bucket/key.</source>
        <translation>Kommagetrennte Dokumente, die der Reihe nach ausgeführt werden: Pfade oder s3://bucket/key.</translation>
    </message>
    <message>
        <source>JSON run configuration (awstoe --config format).</source>
        <translation>JSON-Ausführungskonfiguration (Format von awstoe --config).</translation>
    </message>
    <message>
        <source>Comma-separated phases to run (default: all).</source>
        <translation>Kommagetrennte Phasen, die ausgeführt werden (Standard: alle).</translation>
    </message>
    <message>
        <source>Values of the documents&apos; parameters: name=value,name2=value2.</source>
        <translation>Werte für die Parameter der Dokumente: name=wert,name2=wert2.</translation>
    </message>
    <message>
        <source>Execution id (default: a new UUID).</source>
        <translation>Ausführungs-ID (Standard: eine neue UUID).</translation>
    </message>
    <message>
        <source>Parent folder of the run&apos;s TOE_* log folder (default .).</source>
        <translation>Übergeordneter Ordner für den TOE_*-Protokollordner der Ausführung (Standard: .).</translation>
    </message>
    <message>
        <source>Folder for the state file; a run left there (reboot, crash) is resumed.</source>
        <translation>Ordner für die Zustandsdatei; eine dort hinterlassene Ausführung (Neustart, Absturz) wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Copy the application log to stderr.</source>
        <translation>Das Anwendungsprotokoll auf stderr kopieren.</translation>
    </message>
    <message>
        <source>Comma-separated action modules that must not run.</source>
        <translation>Kommagetrennte Aktionsmodule, die nicht ausgeführt werden dürfen.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print each step that would run with its resolved inputs; run nothing.</source>
        <translation>Jeden Schritt, der laufen würde, mit seinen aufgelösten Eingaben ausgeben; nichts ausführen.</translation>
    </message>
    <message>
        <source>Also write a JUnit XML report (one test case per step) to &lt;file&gt;.</source>
        <translation>Zusätzlich einen JUnit-XML-Bericht (ein Testfall pro Schritt) nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>What a reboot request does: simulate (default: resume at once), handoff (save state, exit 194), fail (the step fails).</source>
        <translation>Was eine Neustartanforderung bewirkt: simulate (Standard: sofort fortsetzen), handoff (Zustand speichern, Exit 194), fail (der Schritt schlägt fehl).</translation>
    </message>
    <message>
        <source>Validate and run for linux, windows or darwin (default: the host).</source>
        <translation>Für linux, windows oder darwin validieren und ausführen (Standard: der Host).</translation>
    </message>
    <message>
        <source>Seconds between SIGTERM and SIGKILL when a step is stopped (default 5).</source>
        <translation>Sekunden zwischen SIGTERM und SIGKILL, wenn ein Schritt gestoppt wird (Standard: 5).</translation>
    </message>
    <message>
        <source>Upload the run&apos;s log folder to this S3 bucket at the end.</source>
        <translation>Den Protokollordner der Ausführung am Ende in diesen S3-Bucket hochladen.</translation>
    </message>
    <message>
        <source>Key prefix for the uploaded log folder.</source>
        <translation>Schlüsselpräfix für den hochgeladenen Protokollordner.</translation>
    </message>
    <message>
        <source>Expected owner (account id) of the log bucket.</source>
        <translation>Erwarteter Eigentümer (Konto-ID) des Protokoll-Buckets.</translation>
    </message>
    <message>
        <source>Expected owner (account id) of the buckets holding s3:// documents.</source>
        <translation>Erwarteter Eigentümer (Konto-ID) der Buckets mit s3://-Dokumenten.</translation>
    </message>
    <message>
        <source>Fail a step whose loop has more iterations than this (default %1).</source>
        <translation>Einen Schritt fehlschlagen lassen, dessen Schleife mehr Durchläufe hat (Standard: %1).</translation>
    </message>
    <message>
        <source>Not supported by kiln run.</source>
        <translation>Von kiln run nicht unterstützt.</translation>
    </message>
    <message>
        <source>kiln run: %1
Try &apos;kiln run --help&apos;.
</source>
        <translation>kiln run: %1
Siehe „kiln run --help“.
</translation>
    </message>
    <message>
        <source>kiln run: --%1 (CloudWatch Logs streaming) is not supported by kiln run
</source>
        <translation>kiln run: --%1 (Streaming in CloudWatch Logs) wird von kiln run nicht unterstützt
</translation>
    </message>
    <message>
        <source>kiln run: unexpected argument &apos;%1&apos; (use --documents a.yaml,b.yaml)
</source>
        <translation>kiln run: unerwartetes Argument „%1“ (verwenden Sie --documents a.yaml,b.yaml)
</translation>
    </message>
    <message>
        <source>kiln run: --config cannot be combined with --documents or --parameters (put them in the config file)
</source>
        <translation>kiln run: --config kann nicht mit --documents oder --parameters kombiniert werden (tragen Sie sie in die Konfigurationsdatei ein)
</translation>
    </message>
    <message>
        <source>kiln run: cannot download --config %1: %2
</source>
        <translation>kiln run: --config %1 kann nicht heruntergeladen werden: %2
</translation>
    </message>
    <message>
        <source>kiln run: cannot read --config %1: %2
</source>
        <translation>kiln run: --config %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>kiln run: %1: %2
</source>
        <translation>kiln run: %1: %2
</translation>
    </message>
    <message>
        <source>kiln run: unknown --os-platforms &apos;%1&apos; (linux, windows or darwin)
</source>
        <translation>kiln run: unbekanntes --os-platforms „%1“ (linux, windows oder darwin)
</translation>
    </message>
    <message>
        <source>kiln run: unknown --reboot &apos;%1&apos; (simulate, handoff or fail)
</source>
        <translation>kiln run: unbekanntes --reboot „%1“ (simulate, handoff oder fail)
</translation>
    </message>
    <message>
        <source>kiln run: --grace-period needs a number of seconds
</source>
        <translation>kiln run: --grace-period braucht eine Anzahl Sekunden
</translation>
    </message>
    <message>
        <source>kiln run: --max-loop-iterations needs a positive whole number
</source>
        <translation>kiln run: --max-loop-iterations braucht eine positive ganze Zahl
</translation>
    </message>
    <message>
        <source>kiln run: cannot read the state file %1
</source>
        <translation>kiln run: Die Zustandsdatei %1 kann nicht gelesen werden
</translation>
    </message>
    <message>
        <source>kiln run: the state file %1 is damaged; remove it to start a new run
</source>
        <translation>kiln run: Die Zustandsdatei %1 ist beschädigt; entfernen Sie sie, um eine neue Ausführung zu starten
</translation>
    </message>
    <message>
        <source>kiln run: no documents given (use --documents a.yaml,b.yaml or --config)
</source>
        <translation>kiln run: keine Dokumente angegeben (verwenden Sie --documents a.yaml,b.yaml oder --config)
</translation>
    </message>
    <message>
        <source>kiln run: --reboot=handoff needs --state-directory (where the state is saved for the resumed run)
</source>
        <translation>kiln run: --reboot=handoff braucht --state-directory (dort wird der Zustand für die fortgesetzte Ausführung gespeichert)
</translation>
    </message>
    <message>
        <source>Resuming the run saved in %1</source>
        <translation>Setze die in %1 gespeicherte Ausführung fort</translation>
    </message>
    <message>
        <source>note: the documents, phases and parameters of the saved run are used; the ones given now are ignored (remove the state file to start anew)</source>
        <translation>Hinweis: Es gelten die Dokumente, Phasen und Parameter der gespeicherten Ausführung; die jetzt angegebenen werden ignoriert (entfernen Sie die Zustandsdatei, um neu zu beginnen)</translation>
    </message>
    <message>
        <source>Interrupted (%1): stopping the running step (again to kill it at once)</source>
        <translation>Unterbrochen (%1): Der laufende Schritt wird gestoppt (nochmals, um ihn sofort zu beenden)</translation>
    </message>
    <message>
        <source>Interrupted again: killing the running step</source>
        <translation>Erneut unterbrochen: Der laufende Schritt wird beendet</translation>
    </message>
    <message>
        <source>kiln run: cannot resume: %1
</source>
        <translation>kiln run: Fortsetzen nicht möglich: %1
</translation>
    </message>
    <message>
        <source>Dry run: nothing is executed and no log folder is written; each step shows the inputs it would get.</source>
        <translation>Probelauf: Nichts wird ausgeführt und kein Protokollordner geschrieben; jeder Schritt zeigt die Eingaben, die er erhalten würde.</translation>
    </message>
    <message>
        <source>kiln run: cannot write %1: %2
</source>
        <translation>kiln run: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Reboot handed off: exit 194. Reboot, then run `kiln run --state-directory %1`.</source>
        <translation>Neustart übergeben: Exit 194. Starten Sie neu und führen Sie dann `kiln run --state-directory %1` aus.</translation>
    </message>
    <message>
        <source>kiln run: the logs were not uploaded to %1: %2 (they are in %3)
</source>
        <translation>kiln run: Die Protokolle wurden nicht nach %1 hochgeladen: %2 (sie liegen in %3)
</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>kiln schema: %1
Try &apos;kiln schema --help&apos;.
</source>
        <translation>kiln schema: %1
Siehe „kiln schema --help“.
</translation>
    </message>
    <message>
        <source>kiln schema: unexpected argument &apos;%1&apos; (use -o FILE)
</source>
        <translation>kiln schema: unerwartetes Argument „%1“ (verwenden Sie -o DATEI)
</translation>
    </message>
    <message>
        <source>kiln schema: cannot write %1: %2
</source>
        <translation>kiln schema: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>kiln validate: unknown diagnostic code &apos;%1&apos;
</source>
        <translation>kiln validate: unbekannter Diagnosecode „%1“
</translation>
    </message>
    <message>
        <source>Check component documents for YAML, schema and reference errors.
Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage error.</source>
        <translation>Prüft Komponentendokumente auf YAML-, Schema- und Referenzfehler.
Exit-Status: 0 gültig (Warnungen erlaubt), 1 Fehler gefunden, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Comma-separated documents to check: paths or s3://bucket/key.</source>
        <translation>Kommagetrennte Dokumente, die geprüft werden: Pfade oder s3://bucket/key.</translation>
    </message>
    <message>
        <source>Output format: text (default), json or sarif (SARIF 2.1.0).</source>
        <translation>Ausgabeformat: text (Standard), json oder sarif (SARIF 2.1.0).</translation>
    </message>
    <message>
        <source>Validate for this platform: linux, windows or darwin (default: host).</source>
        <translation>Für diese Plattform validieren: linux, windows oder darwin (Standard: Host).</translation>
    </message>
    <message>
        <source>Explain a diagnostic code and exit.</source>
        <translation>Einen Diagnosecode erklären und beenden.</translation>
    </message>
    <message>
        <source>Parameters the run will pass (name=value,...): warns about names the document does not declare and parameters left without a value.</source>
        <translation>Parameter, die die Ausführung übergeben wird (name=wert,...): warnt bei Namen, die das Dokument nicht deklariert, und bei Parametern ohne Wert.</translation>
    </message>
    <message>
        <source>Phases the run will select (comma-separated): warns when none exists.</source>
        <translation>Phasen, die die Ausführung auswählen wird (kommagetrennt): warnt, wenn keine existiert.</translation>
    </message>
    <message>
        <source>Lint ExecuteBash commands with shellcheck (K8001); the default when shellcheck is on PATH. With --lint, a missing shellcheck is an error.</source>
        <translation>ExecuteBash-Befehle mit shellcheck prüfen (K8001); Standard, wenn shellcheck im PATH liegt. Mit --lint ist ein fehlendes shellcheck ein Fehler.</translation>
    </message>
    <message>
        <source>Do not lint ExecuteBash commands.</source>
        <translation>ExecuteBash-Befehle nicht prüfen.</translation>
    </message>
    <message>
        <source>List the diagnostic codes with their titles and exit.</source>
        <translation>Die Diagnosecodes mit ihren Titeln auflisten und beenden.</translation>
    </message>
    <message>
        <source>Colour the text output: auto (default: on a terminal, unless NO_COLOR is set), always or never.</source>
        <translation>Textausgabe einfärben: auto (Standard: auf einem Terminal, außer NO_COLOR ist gesetzt), always oder never.</translation>
    </message>
    <message>
        <source>Documents to check (same as --documents).</source>
        <translation>Zu prüfende Dokumente (wie --documents).</translation>
    </message>
    <message>
        <source>kiln validate: %1
Try &apos;kiln validate --help&apos;.
</source>
        <translation>kiln validate: %1
Siehe „kiln validate --help“.
</translation>
    </message>
    <message>
        <source>kiln validate: unknown --format &apos;%1&apos; (text, json or sarif)
</source>
        <translation>kiln validate: unbekanntes --format „%1“ (text, json oder sarif)
</translation>
    </message>
    <message>
        <source>kiln validate: unknown --color &apos;%1&apos; (auto, always or never)
</source>
        <translation>kiln validate: unbekanntes --color „%1“ (auto, always oder never)
</translation>
    </message>
    <message>
        <source>kiln validate: unknown --os-platforms &apos;%1&apos; (linux, windows or darwin)
</source>
        <translation>kiln validate: unbekanntes --os-platforms „%1“ (linux, windows oder darwin)
</translation>
    </message>
    <message>
        <source>kiln validate: --parameters: %1
</source>
        <translation>kiln validate: --parameters: %1
</translation>
    </message>
    <message>
        <source>kiln validate: --lint and --no-lint contradict each other
</source>
        <translation>kiln validate: --lint und --no-lint widersprechen sich
</translation>
    </message>
    <message>
        <source>kiln validate: --lint needs shellcheck, which is not on PATH (install the &apos;shellcheck&apos; package, or drop --lint)
</source>
        <translation>kiln validate: --lint braucht shellcheck, das nicht im PATH liegt (installieren Sie das Paket „shellcheck“ oder lassen Sie --lint weg)
</translation>
    </message>
    <message>
        <source>kiln validate: no documents given (use --documents a.yaml,b.yaml)
</source>
        <translation>kiln validate: keine Dokumente angegeben (verwenden Sie --documents a.yaml,b.yaml)
</translation>
    </message>
    <message>
        <source>kiln validate: cannot download %1: %2
</source>
        <translation>kiln validate: %1 kann nicht heruntergeladen werden: %2
</translation>
    </message>
    <message>
        <source>kiln validate: %1: no such file
</source>
        <translation>kiln validate: %1: Datei nicht gefunden
</translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3
</source>
        <translation>%1: %2, %3
</translation>
    </message>
    <message numerus="yes">
        <source>Dry run finished: %n step(s) would run (executedStepCount below counts them); nothing was executed.</source>
        <translation>
            <numerusform>Probelauf beendet: %n Schritt würde laufen (executedStepCount unten zählt ihn); nichts wurde ausgeführt.</numerusform>
            <numerusform>Probelauf beendet: %n Schritte würden laufen (executedStepCount unten zählt sie); nichts wurde ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run component documents locally, like `awstoe run`.
Exit status: 0 success (also with ignored failures), 1 the run failed, 2 usage or
validation error (nothing ran), 194 reboot handed off (--reboot=handoff),
130/143 interrupted by SIGINT/SIGTERM.</source>
        <translation>Führt Komponentendokumente lokal aus, wie `awstoe run`.
Exit-Status: 0 Erfolg (auch mit ignorierten Fehlschlägen), 1 Ausführung fehlgeschlagen,
2 Aufruf- oder Validierungsfehler (nichts ausgeführt), 194 Neustart übergeben
(--reboot=handoff), 130/143 durch SIGINT/SIGTERM unterbrochen.</translation>
    </message>
    <message>
        <source>Write the JSON Schema (draft-07) of component documents, for editors and CI.
Packages install it as /usr/share/kiln/kiln-component.schema.json. In VS Code
(YAML extension), map it to your files with the &quot;yaml.schemas&quot; setting, or
start a document with: # yaml-language-server: $schema=&lt;schema file&gt;</source>
        <translation>Schreibt das JSON-Schema (draft-07) der Komponentendokumente, für Editoren und CI.
Pakete installieren es als /usr/share/kiln/kiln-component.schema.json. Ordnen Sie es
in VS Code (YAML-Erweiterung) über die Einstellung &quot;yaml.schemas&quot; Ihren Dateien zu,
oder beginnen Sie ein Dokument mit: # yaml-language-server: $schema=&lt;Schemadatei&gt;</translation>
    </message>
    <message>
        <source>process group %1</source>
        <translation>Prozessgruppe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) found by their KILN_RUN_ID</source>
        <translation>
            <numerusform>%n Prozess, gefunden über KILN_RUN_ID</numerusform>
            <numerusform>%n Prozesse, gefunden über KILN_RUN_ID</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped the processes left by the interrupted step (%1)</source>
        <translation>Die Prozesse des unterbrochenen Schritts wurden beendet (%1)</translation>
    </message>
    <message>
        <source>kiln run: the report was written to %1 instead
</source>
        <translation>kiln run: der Bericht wurde stattdessen nach %1 geschrieben
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Editor and local runner for EC2 Image Builder components</source>
        <translation>Editor und lokale Ausführung für EC2-Image-Builder-Komponenten</translation>
    </message>
    <message>
        <source>Open the window and the files, validate, then exit.</source>
        <translation>Fenster und Dateien öffnen, prüfen, dann beenden.</translation>
    </message>
    <message>
        <source>Documents to open.</source>
        <translation>Zu öffnende Dokumente.</translation>
    </message>
</context>
</TS>
