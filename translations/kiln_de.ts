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
