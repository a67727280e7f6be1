<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
