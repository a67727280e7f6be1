<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kiln::ActionReference</name>
    <message>
        <source>Action Reference — Kiln Studio</source>
        <translation>Aktionsreferenz — Kiln Studio</translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation>Module filtern</translation>
    </message>
    <message>
        <source>Platforms: %1</source>
        <translation>Plattformen: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>Kiln::ChangesView</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Select to see the diff</source>
        <translation>Auswählen, um den Diff zu sehen</translation>
    </message>
    <message>
        <source>%1 installed</source>
        <translation>%1 installiert</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>users added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>users removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>groups added</source>
        <translation>Gruppen hinzugefügt</translation>
    </message>
    <message>
        <source>groups removed</source>
        <translation>Gruppen entfernt</translation>
    </message>
    <message>
        <source>units enabled</source>
        <translation>Units aktiviert</translation>
    </message>
    <message>
        <source>units disabled</source>
        <translation>Units deaktiviert</translation>
    </message>
    <message>
        <source>Step / path</source>
        <translation>Schritt / Pfad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Select a changed text file to see its diff.</source>
        <translation>Eine geänderte Textdatei auswählen, um ihren Diff zu sehen.</translation>
    </message>
    <message>
        <source>Runs in a sandbox show here what each step changed.</source>
        <translation>Läufe in einer Sandbox zeigen hier, was jeder Schritt geändert hat.</translation>
    </message>
    <message>
        <source>Changes made in %1</source>
        <translation>Änderungen in %1</translation>
    </message>
    <message>
        <source>: none so far</source>
        <translation>: bisher keine</translation>
    </message>
    <message>
        <source>Idempotence check</source>
        <translation>Idempotenzprüfung</translation>
    </message>
    <message>
        <source>every step can run twice</source>
        <translation>jeder Schritt kann zweimal laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are not idempotent</source>
        <translation>
            <numerusform>%n Schritt ist nicht idempotent</numerusform>
            <numerusform>%n Schritte sind nicht idempotent</numerusform>
        </translation>
    </message>
    <message>
        <source>This run did not run in a sandbox: it has no change report.</source>
        <translation>Dieser Lauf lief nicht in einer Sandbox: er hat keinen Änderungsbericht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Kiln::Codes</name>
    <message>
        <source>YAML syntax error</source>
        <translation>YAML-Syntaxfehler</translation>
    </message>
    <message>
        <source>The text is not valid YAML, so nothing else can be checked. Most often the indentation of a line does not match its siblings, a value that starts with &apos;{{&apos; is not quoted (YAML reads &apos;{{&apos; as the start of a mapping), or a double-quoted string holds a backslash (Windows paths: use single quotes).</source>
        <translation>Der Text ist kein gültiges YAML, daher lässt sich nichts weiter prüfen. Meist passt die Einrückung einer Zeile nicht zu ihren Nachbarn, ein Wert, der mit „{{“ beginnt, steht nicht in Anführungszeichen (YAML liest „{{“ als Beginn eines Mappings), oder eine Zeichenkette in doppelten Anführungszeichen enthält einen Backslash (Windows-Pfade: verwenden Sie einfache Anführungszeichen).</translation>
    </message>
    <message>
        <source>Not a UTF-8 text file</source>
        <translation>Keine UTF-8-Textdatei</translation>
    </message>
    <message>
        <source>Component documents are UTF-8 text. The file holds a NUL byte or a byte sequence that is not UTF-8. Save it as UTF-8 (UTF-16 with a byte order mark is also accepted).</source>
        <translation>Komponentendokumente sind UTF-8-Text. Die Datei enthält ein NUL-Byte oder eine Bytefolge, die kein UTF-8 ist. Speichern Sie sie als UTF-8 (UTF-16 mit Byte-Order-Mark wird ebenfalls akzeptiert).</translation>
    </message>
    <message>
        <source>Document too large</source>
        <translation>Dokument zu groß</translation>
    </message>
    <message>
        <source>The document is larger than Kiln reads, or YAML aliases expand it beyond the node limit. Image Builder stores documents over 64 KB in S3; documents this large are almost always generated by mistake or malicious (an alias bomb).</source>
        <translation>Das Dokument ist größer, als Kiln einliest, oder YAML-Aliase blähen es über die Knotengrenze hinaus auf. Image Builder legt Dokumente über 64 KB in S3 ab; so große Dokumente sind fast immer versehentlich erzeugt oder böswillig (eine Alias-Bombe).</translation>
    </message>
    <message>
        <source>Nesting too deep</source>
        <translation>Verschachtelung zu tief</translation>
    </message>
    <message>
        <source>The YAML nests deeper than the parser allows. No component document needs this.</source>
        <translation>Das YAML ist tiefer verschachtelt, als der Parser erlaubt. Kein Komponentendokument braucht das.</translation>
    </message>
    <message>
        <source>Second YAML document ignored</source>
        <translation>Zweites YAML-Dokument ignoriert</translation>
    </message>
    <message>
        <source>A line with &apos;---&apos; starts a second YAML document in the same file. AWSTOE reads the first document only; remove the separator or split the file.</source>
        <translation>Eine Zeile mit „---“ beginnt ein zweites YAML-Dokument in derselben Datei. AWSTOE liest nur das erste Dokument; entfernen Sie den Trenner oder teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>Duplicate key</source>
        <translation>Doppelter Schlüssel</translation>
    </message>
    <message>
        <source>The same key appears twice in one mapping. YAML parsers disagree on which value wins; remove one of them.</source>
        <translation>Derselbe Schlüssel kommt in einem Mapping zweimal vor. YAML-Parser sind sich uneinig, welcher Wert gilt; entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>Datei nicht lesbar</translation>
    </message>
    <message>
        <source>The document file does not exist or cannot be read.</source>
        <translation>Die Dokumentdatei existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Document is not a mapping</source>
        <translation>Dokument ist kein Mapping</translation>
    </message>
    <message>
        <source>A component document is a YAML mapping with the keys name, description, schemaVersion, parameters, constants and phases.</source>
        <translation>Ein Komponentendokument ist ein YAML-Mapping mit den Schlüsseln name, description, schemaVersion, parameters, constants und phases.</translation>
    </message>
    <message>
        <source>schemaVersion missing</source>
        <translation>schemaVersion fehlt</translation>
    </message>
    <message>
        <source>Every component document needs &apos;schemaVersion: 1.0&apos; at the top level.</source>
        <translation>Jedes Komponentendokument braucht „schemaVersion: 1.0“ auf oberster Ebene.</translation>
    </message>
    <message>
        <source>Unsupported schemaVersion</source>
        <translation>Nicht unterstützte schemaVersion</translation>
    </message>
    <message>
        <source>The only schema version is 1.0 (written 1.0, &quot;1.0&quot; or 1).</source>
        <translation>Die einzige Schemaversion ist 1.0 (geschrieben 1.0, &quot;1.0&quot; oder 1).</translation>
    </message>
    <message>
        <source>phases missing</source>
        <translation>phases fehlt</translation>
    </message>
    <message>
        <source>Every component document needs a &apos;phases&apos; list with at least one phase.</source>
        <translation>Jedes Komponentendokument braucht eine „phases“-Liste mit mindestens einer Phase.</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>The key is not part of the document schema at this level. AWSTOE rejects misspelled fields; check the spelling and the indentation.</source>
        <translation>Der Schlüssel gehört auf dieser Ebene nicht zum Dokumentschema. AWSTOE lehnt falsch geschriebene Felder ab; prüfen Sie Schreibweise und Einrückung.</translation>
    </message>
    <message>
        <source>Wrong value type</source>
        <translation>Falscher Werttyp</translation>
    </message>
    <message>
        <source>The value has the wrong shape: for example a single value where a list is expected, or text where a number is expected.</source>
        <translation>Der Wert hat die falsche Form: zum Beispiel ein einzelner Wert, wo eine Liste erwartet wird, oder Text, wo eine Zahl erwartet wird.</translation>
    </message>
    <message>
        <source>Required key missing</source>
        <translation>Erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>A required key is missing at this level (for example a phase without &apos;name&apos; or &apos;steps&apos;, or a step without &apos;action&apos;).</source>
        <translation>Auf dieser Ebene fehlt ein erforderlicher Schlüssel (zum Beispiel eine Phase ohne „name“ oder „steps“ oder ein Schritt ohne „action“).</translation>
    </message>
    <message>
        <source>Duplicate phase name</source>
        <translation>Doppelter Phasenname</translation>
    </message>
    <message>
        <source>Phase names must be unique within a document.</source>
        <translation>Phasennamen müssen innerhalb eines Dokuments eindeutig sein.</translation>
    </message>
    <message>
        <source>No build, validate or test phase</source>
        <translation>Keine Phase build, validate oder test</translation>
    </message>
    <message>
        <source>A document must contain at least one of the phases build, validate or test; Image Builder runs no other phase.</source>
        <translation>Ein Dokument muss mindestens eine der Phasen build, validate oder test enthalten; andere Phasen führt Image Builder nicht aus.</translation>
    </message>
    <message>
        <source>phases is empty</source>
        <translation>phases ist leer</translation>
    </message>
    <message>
        <source>The phases list has no phase, so the document does nothing.</source>
        <translation>Die Liste „phases“ enthält keine Phase, daher tut das Dokument nichts.</translation>
    </message>
    <message>
        <source>Too many steps in one document</source>
        <translation>Zu viele Schritte in einem Dokument</translation>
    </message>
    <message>
        <source>Kiln accepts at most 1,000 steps per document (all phases together), a limit far above real components that keeps generated or runaway documents from exhausting the runner. Split the work into several documents (ExecuteDocument) or use a loop.</source>
        <translation>Kiln akzeptiert höchstens 1.000 Schritte pro Dokument (alle Phasen zusammen), eine Grenze weit über echten Komponenten, die verhindert, dass erzeugte oder ausufernde Dokumente den Runner erschöpfen. Teilen Sie die Arbeit auf mehrere Dokumente auf (ExecuteDocument) oder verwenden Sie eine Schleife.</translation>
    </message>
    <message>
        <source>Step is not a mapping</source>
        <translation>Schritt ist kein Mapping</translation>
    </message>
    <message>
        <source>Each item of a phase&apos;s &apos;steps&apos; list is a mapping with at least &apos;name&apos; and &apos;action&apos; (&apos;- name: Hello&apos; followed by &apos;action: ExecuteBash&apos; at the same indentation). A plain value or a nested list here usually means wrong indentation.</source>
        <translation>Jeder Eintrag der „steps“-Liste einer Phase ist ein Mapping mit mindestens „name“ und „action“ („- name: Hello“, gefolgt von „action: ExecuteBash“ auf derselben Einrückung). Ein einfacher Wert oder eine verschachtelte Liste an dieser Stelle bedeutet meist eine falsche Einrückung.</translation>
    </message>
    <message>
        <source>Unknown step key</source>
        <translation>Unbekannter Schrittschlüssel</translation>
    </message>
    <message>
        <source>A step accepts only name, action, inputs, timeoutSeconds, onFailure, maxAttempts, loop and if. AWSTOE rejects misspelled fields. Module inputs belong under &apos;inputs&apos;, not next to &apos;action&apos;.</source>
        <translation>Ein Schritt akzeptiert nur name, action, inputs, timeoutSeconds, onFailure, maxAttempts, loop und if. AWSTOE lehnt falsch geschriebene Felder ab. Moduleingaben gehören unter „inputs“, nicht neben „action“.</translation>
    </message>
    <message>
        <source>Step has no name</source>
        <translation>Schritt hat keinen Namen</translation>
    </message>
    <message>
        <source>Every step needs a &apos;name&apos;. Names identify the step in logs and reports and in chaining references such as {{ build.MyStep.outputs.stdout }}.</source>
        <translation>Jeder Schritt braucht einen „name“. Namen kennzeichnen den Schritt in Protokollen und Berichten sowie in Verkettungsreferenzen wie {{ build.MyStep.outputs.stdout }}.</translation>
    </message>
    <message>
        <source>Duplicate step name</source>
        <translation>Doppelter Schrittname</translation>
    </message>
    <message>
        <source>Step names must be unique within their phase; AWSTOE rejects the document otherwise. The same name may be reused in another phase.</source>
        <translation>Schrittnamen müssen innerhalb ihrer Phase eindeutig sein; sonst lehnt AWSTOE das Dokument ab. Derselbe Name darf in einer anderen Phase erneut vorkommen.</translation>
    </message>
    <message>
        <source>Invalid step name</source>
        <translation>Ungültiger Schrittname</translation>
    </message>
    <message>
        <source>A step name must be text without &apos;.&apos;, &apos;[&apos;, &apos;]&apos;, &apos;{&apos;, &apos;}&apos; or white space: chaining references are written phase.step.outputs.key, so those characters would make the step unreachable. Use letters, digits, &apos;-&apos; and &apos;_&apos;. (AWS documents no rule; Kiln enforces this one so references always work.)</source>
        <translation>Ein Schrittname muss Text ohne „.“, „[“, „]“, „{“, „}“ oder Leerraum sein: Verkettungsreferenzen werden phase.step.outputs.key geschrieben, daher wäre der Schritt mit diesen Zeichen nicht erreichbar. Verwenden Sie Buchstaben, Ziffern, „-“ und „_“. (AWS dokumentiert keine Regel; Kiln setzt diese durch, damit Referenzen immer funktionieren.)</translation>
    </message>
    <message>
        <source>Step has no action</source>
        <translation>Schritt hat keine Aktion</translation>
    </message>
    <message>
        <source>Every step needs an &apos;action&apos; naming the action module to run, such as ExecuteBash. `kiln actions` lists them.</source>
        <translation>Jeder Schritt braucht eine „action“, die das auszuführende Aktionsmodul nennt, etwa ExecuteBash. `kiln actions` listet sie auf.</translation>
    </message>
    <message>
        <source>Unknown action module</source>
        <translation>Unbekanntes Aktionsmodul</translation>
    </message>
    <message>
        <source>The action is not an AWSTOE action module. Names are case-sensitive (ExecuteBash, not executeBash). `kiln actions` lists the modules.</source>
        <translation>Die Aktion ist kein AWSTOE-Aktionsmodul. Bei Namen zählt die Groß-/Kleinschreibung (ExecuteBash, nicht executeBash). `kiln actions` listet die Module auf.</translation>
    </message>
    <message>
        <source>Action not available on this platform</source>
        <translation>Aktion auf dieser Plattform nicht verfügbar</translation>
    </message>
    <message>
        <source>AWSTOE validates a document against the action modules of one operating system: ExecuteBash does not exist on Windows, ExecutePowerShell, InstallMSI and SetRegistry exist only on Windows. Validate for the platform the component is for with --os-platforms linux|windows|darwin.</source>
        <translation>AWSTOE prüft ein Dokument gegen die Aktionsmodule eines Betriebssystems: ExecuteBash gibt es unter Windows nicht, ExecutePowerShell, InstallMSI und SetRegistry gibt es nur unter Windows. Prüfen Sie für die Plattform, für die die Komponente gedacht ist, mit --os-platforms linux|windows|darwin.</translation>
    </message>
    <message>
        <source>Invalid timeoutSeconds</source>
        <translation>Ungültiges timeoutSeconds</translation>
    </message>
    <message>
        <source>timeoutSeconds is a whole number of seconds greater than 0, or -1 for no timeout. 0 and other negative values are invalid. The default is 7200 (two hours).</source>
        <translation>timeoutSeconds ist eine ganze Zahl von Sekunden größer als 0 oder -1 für kein Zeitlimit. 0 und andere negative Werte sind ungültig. Der Standardwert ist 7200 (zwei Stunden).</translation>
    </message>
    <message>
        <source>Invalid onFailure</source>
        <translation>Ungültiges onFailure</translation>
    </message>
    <message>
        <source>onFailure is one of Abort (stop the run; the default), Continue (run the next step, but the phase and document still fail) or Ignore (run the next step and do not fail the document). Values are case-sensitive.</source>
        <translation>onFailure ist Abort (den Lauf anhalten; der Standard), Continue (den nächsten Schritt ausführen, aber Phase und Dokument schlagen trotzdem fehl) oder Ignore (den nächsten Schritt ausführen und das Dokument nicht fehlschlagen lassen). Groß-/Kleinschreibung zählt.</translation>
    </message>
    <message>
        <source>onFailure: Continue still fails the document</source>
        <translation>onFailure: Continue lässt das Dokument trotzdem fehlschlagen</translation>
    </message>
    <message>
        <source>With onFailure: Continue the following steps run, but the failed step still marks its phase and the document as failed, so the Image Builder build fails at the end. If the failure is acceptable, use onFailure: Ignore: the step is recorded as IgnoredFailure and the document succeeds.</source>
        <translation>Mit onFailure: Continue laufen die folgenden Schritte, aber der fehlgeschlagene Schritt markiert seine Phase und das Dokument weiterhin als fehlgeschlagen, sodass der Image-Builder-Build am Ende fehlschlägt. Ist der Fehler hinnehmbar, verwenden Sie onFailure: Ignore: Der Schritt wird als IgnoredFailure erfasst und das Dokument ist erfolgreich.</translation>
    </message>
    <message>
        <source>Invalid maxAttempts</source>
        <translation>Ungültiges maxAttempts</translation>
    </message>
    <message>
        <source>maxAttempts is the total number of attempts (first try included), a whole number of at least 1. The default is 1.</source>
        <translation>maxAttempts ist die Gesamtzahl der Versuche (der erste eingeschlossen), eine ganze Zahl von mindestens 1. Der Standardwert ist 1.</translation>
    </message>
    <message>
        <source>Step field not allowed for this action</source>
        <translation>Schrittfeld für diese Aktion nicht erlaubt</translation>
    </message>
    <message>
        <source>Some modules restrict the step fields: ExecuteDocument always runs once with no timeout, so timeoutSeconds may only be -1 and maxAttempts only 1; Reboot does not take timeoutSeconds. Remove the field.</source>
        <translation>Manche Module schränken die Schrittfelder ein: ExecuteDocument läuft immer genau einmal ohne Zeitlimit, daher darf timeoutSeconds nur -1 und maxAttempts nur 1 sein; Reboot nimmt kein timeoutSeconds. Entfernen Sie das Feld.</translation>
    </message>
    <message>
        <source>inputs has the wrong shape</source>
        <translation>inputs hat die falsche Form</translation>
    </message>
    <message>
        <source>Each module fixes the shape of &apos;inputs&apos;. ExecuteBash, ExecuteBinary, ExecuteDocument, ExecutePowerShell, InstallMSI, UninstallMSI, Reboot, UpdateOS and Assert take a mapping (inputs: then keys below it). S3Download, S3Upload, WebDownload, SetRegistry and all file-system modules take a list of mappings, one per operation (inputs: then &apos;- path: ...&apos;). `kiln actions NAME` shows an example.</source>
        <translation>Jedes Modul legt die Form von „inputs“ fest. ExecuteBash, ExecuteBinary, ExecuteDocument, ExecutePowerShell, InstallMSI, UninstallMSI, Reboot, UpdateOS und Assert erwarten ein Mapping (inputs: und darunter die Schlüssel). S3Download, S3Upload, WebDownload, SetRegistry und alle Dateisystemmodule erwarten eine Liste von Mappings, eines pro Operation (inputs: und dann „- path: ...“). `kiln actions NAME` zeigt ein Beispiel.</translation>
    </message>
    <message>
        <source>inputs missing</source>
        <translation>inputs fehlt</translation>
    </message>
    <message>
        <source>The module has required inputs, so the step needs an &apos;inputs&apos; section (for a list-shaped module, with at least one entry). Image Builder reports this as &quot;Action X has no inputs; it requires an &apos;inputs&apos;&quot;.</source>
        <translation>Das Modul hat erforderliche Eingaben, daher braucht der Schritt einen Abschnitt „inputs“ (bei einem listenförmigen Modul mit mindestens einem Eintrag). Image Builder meldet das als &quot;Action X has no inputs; it requires an &apos;inputs&apos;&quot;.</translation>
    </message>
    <message>
        <source>Unknown input</source>
        <translation>Unbekannte Eingabe</translation>
    </message>
    <message>
        <source>The key is not an input of this action module. Input names are case-sensitive. `kiln actions NAME` lists the module&apos;s inputs.</source>
        <translation>Der Schlüssel ist keine Eingabe dieses Aktionsmoduls. Bei Eingabenamen zählt die Groß-/Kleinschreibung. `kiln actions NAME` listet die Eingaben des Moduls auf.</translation>
    </message>
    <message>
        <source>Required input missing</source>
        <translation>Erforderliche Eingabe fehlt</translation>
    </message>
    <message>
        <source>The module needs this input and has no default for it. `kiln actions NAME` lists which inputs are required.</source>
        <translation>Das Modul braucht diese Eingabe und hat keinen Standardwert dafür. `kiln actions NAME` zeigt, welche Eingaben erforderlich sind.</translation>
    </message>
    <message>
        <source>Input has the wrong type</source>
        <translation>Eingabe hat den falschen Typ</translation>
    </message>
    <message>
        <source>The input&apos;s value has the wrong type: booleans are YAML true/false without quotes, numbers are bare digits, &apos;commands&apos; and &apos;arguments&apos; are lists with one item per line or argument, &apos;properties&apos; is a mapping. A value holding a {{ }} reference is accepted wherever a string could be substituted.</source>
        <translation>Der Wert der Eingabe hat den falschen Typ: Boolesche Werte sind YAML true/false ohne Anführungszeichen, Zahlen sind bloße Ziffern, „commands“ und „arguments“ sind Listen mit einem Eintrag pro Zeile bzw. Argument, „properties“ ist ein Mapping. Ein Wert mit einer {{ }}-Referenz wird überall dort akzeptiert, wo eine Zeichenkette eingesetzt werden könnte.</translation>
    </message>
    <message>
        <source>Input value not allowed</source>
        <translation>Eingabewert nicht erlaubt</translation>
    </message>
    <message>
        <source>The input accepts only certain values (for example algorithm MD5, SHA1, SHA256 or SHA512; reboot Allow, Force or Skip; registry types; encodings such as utf8 or utf-16) or a certain form (permissions as octal digits, a .ps1 script file, a registry path starting with HKLM: or another hive).</source>
        <translation>Die Eingabe akzeptiert nur bestimmte Werte (zum Beispiel algorithm MD5, SHA1, SHA256 oder SHA512; reboot Allow, Force oder Skip; Registrierungstypen; Kodierungen wie utf8 oder utf-16) oder eine bestimmte Form (Berechtigungen als Oktalziffern, eine .ps1-Skriptdatei, ein Registrierungspfad, der mit HKLM: oder einem anderen Hive beginnt).</translation>
    </message>
    <message>
        <source>Input not available on this platform</source>
        <translation>Eingabe auf dieser Plattform nicht verfügbar</translation>
    </message>
    <message>
        <source>Some inputs exist only on some platforms: CreateFile and CreateFolder reject owner, group and permissions on Windows. Remove the input or validate for the intended platform with --os-platforms.</source>
        <translation>Manche Eingaben gibt es nur auf manchen Plattformen: CreateFile und CreateFolder lehnen owner, group und permissions unter Windows ab. Entfernen Sie die Eingabe oder prüfen Sie mit --os-platforms für die vorgesehene Plattform.</translation>
    </message>
    <message>
        <source>Exactly one of several inputs</source>
        <translation>Genau eine von mehreren Eingaben</translation>
    </message>
    <message>
        <source>The module needs exactly one of a set of inputs, for example ExecutePowerShell takes either &apos;commands&apos; or &apos;file&apos;, never both and never neither.</source>
        <translation>Das Modul braucht genau eine aus einer Gruppe von Eingaben, zum Beispiel nimmt ExecutePowerShell entweder „commands“ oder „file“, nie beide und nie keine.</translation>
    </message>
    <message>
        <source>Ambiguous boolean spelling</source>
        <translation>Mehrdeutige Schreibweise eines booleschen Werts</translation>
    </message>
    <message>
        <source>yes/no/on/off are booleans in YAML 1.1 but plain text in YAML 1.2, so parsers disagree on them. Write true or false.</source>
        <translation>yes/no/on/off sind in YAML 1.1 boolesche Werte, in YAML 1.2 aber einfacher Text, daher sind sich Parser uneinig. Schreiben Sie true oder false.</translation>
    </message>
    <message>
        <source>Registry number is not a whole number</source>
        <translation>Registrierungszahl ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>DWORD and QWORD registry values are whole numbers (decimal, or hex written 0x...). A value such as 1.1 cannot be stored as written; AWS&apos;s SetRegistry example uses one, but what AWSTOE then writes is not documented. Use a whole number, or type SZ for text.</source>
        <translation>DWORD- und QWORD-Registrierungswerte sind ganze Zahlen (dezimal oder hexadezimal als 0x... geschrieben). Ein Wert wie 1.1 lässt sich so nicht speichern; das SetRegistry-Beispiel von AWS verwendet einen, aber was AWSTOE dann schreibt, ist nicht dokumentiert. Verwenden Sie eine ganze Zahl oder für Text den Typ SZ.</translation>
    </message>
    <message>
        <source>Input has no effect alone</source>
        <translation>Eingabe wirkt nicht allein</translation>
    </message>
    <message>
        <source>Some inputs only work together: WebDownload verifies &apos;checksum&apos; only when &apos;algorithm&apos; is also given, so one without the other silently checks nothing. Add the missing input or remove this one.</source>
        <translation>Manche Eingaben wirken nur zusammen: WebDownload prüft „checksum“ nur, wenn auch „algorithm“ angegeben ist, daher prüft die eine ohne die andere stillschweigend nichts. Ergänzen Sie die fehlende Eingabe oder entfernen Sie diese.</translation>
    </message>
    <message>
        <source>Step key outside the documented schema</source>
        <translation>Schrittschlüssel außerhalb des dokumentierten Schemas</translation>
    </message>
    <message>
        <source>The key is used in published components (for example &apos;disableLogging: true&apos; to keep a step&apos;s output out of the logs) but is not part of the AWSTOE reference Kiln follows. AWSTOE releases that do not know it reject the document as a misspelled field. Kiln accepts it and ignores it when running.</source>
        <translation>Der Schlüssel wird in veröffentlichten Komponenten verwendet (zum Beispiel „disableLogging: true“, um die Ausgabe eines Schritts aus den Protokollen herauszuhalten), gehört aber nicht zur AWSTOE-Referenz, der Kiln folgt. AWSTOE-Versionen, die ihn nicht kennen, lehnen das Dokument wegen eines falsch geschriebenen Felds ab. Kiln akzeptiert ihn und ignoriert ihn beim Ausführen.</translation>
    </message>
    <message>
        <source>Unknown parameter or constant</source>
        <translation>Unbekannter Parameter oder unbekannte Konstante</translation>
    </message>
    <message>
        <source>The reference names no parameter or constant declared in this document. Names are case-sensitive. Declare it under &apos;parameters&apos; or &apos;constants&apos;, or fix the spelling (Kiln suggests the closest declared name).</source>
        <translation>Die Referenz nennt keinen in diesem Dokument deklarierten Parameter und keine Konstante. Bei Namen zählt die Groß-/Kleinschreibung. Deklarieren Sie ihn unter „parameters“ oder „constants“ oder korrigieren Sie die Schreibweise (Kiln schlägt den ähnlichsten deklarierten Namen vor).</translation>
    </message>
    <message>
        <source>Malformed reference</source>
        <translation>Fehlerhafte Referenz</translation>
    </message>
    <message>
        <source>The text between &apos;{{&apos; and &apos;}}&apos; is not a reference form AWSTOE knows: &apos;Name&apos; (parameter or constant), &apos;loop.index&apos;/&apos;loop.value&apos; or &apos;&lt;loopName&gt;.index&apos;/&apos;.value&apos;, &apos;phase.step.outputs.key&apos; or &apos;phase.step.inputs[index].key&apos;, &apos;env:NAME&apos;, &apos;context:key&apos;, &apos;aws:ssm:/name&apos;, &apos;aws:ssm:resolve(Name)&apos; or &apos;aws:imds:path&apos;. AWSTOE&apos;s validate rejects undeclared references; at run time the text would be left as is.</source>
        <translation>Der Text zwischen „{{“ und „}}“ ist keine Referenzform, die AWSTOE kennt: „Name“ (Parameter oder Konstante), „loop.index“/„loop.value“ oder „&lt;loopName&gt;.index“/„.value“, „phase.step.outputs.key“ oder „phase.step.inputs[index].key“, „env:NAME“, „context:key“, „aws:ssm:/name“, „aws:ssm:resolve(Name)“ oder „aws:imds:path“. Das validate von AWSTOE lehnt nicht deklarierte Referenzen ab; zur Laufzeit bliebe der Text unverändert.</translation>
    </message>
    <message>
        <source>Unclosed &apos;{{&apos;</source>
        <translation>Nicht geschlossenes „{{“</translation>
    </message>
    <message>
        <source>A &apos;{{&apos; has no matching &apos;}}&apos; after it, so it is not a reference and is passed through literally. Close it, or if the braces are meant literally (for example a Go template in a command), make sure that is what you want.</source>
        <translation>Auf ein „{{“ folgt kein passendes „}}“, daher ist es keine Referenz und wird wörtlich übernommen. Schließen Sie es, oder prüfen Sie, ob die Klammern wörtlich gemeint sind (zum Beispiel ein Go-Template in einem Befehl).</translation>
    </message>
    <message>
        <source>Chaining to an unknown phase or step</source>
        <translation>Verkettung zu einer unbekannten Phase oder einem unbekannten Schritt</translation>
    </message>
    <message>
        <source>A chaining reference &apos;phase.step.inputs|outputs.key&apos; names a phase or a step that this document does not have. Chaining works only within one document; phase and step names are case-sensitive.</source>
        <translation>Eine Verkettungsreferenz „phase.step.inputs|outputs.key“ nennt eine Phase oder einen Schritt, die dieses Dokument nicht hat. Verkettung funktioniert nur innerhalb eines Dokuments; bei Phasen- und Schrittnamen zählt die Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Chaining to a step that has not run yet</source>
        <translation>Verkettung zu einem Schritt, der noch nicht gelaufen ist</translation>
    </message>
    <message>
        <source>A chaining reference must name a step that runs before the referencing step: a step earlier in the same phase, or any step of an earlier phase (phases run in document order). A step cannot read its own or a later step&apos;s inputs or outputs.</source>
        <translation>Eine Verkettungsreferenz muss einen Schritt nennen, der vor dem verweisenden Schritt läuft: einen früheren Schritt derselben Phase oder einen beliebigen Schritt einer früheren Phase (Phasen laufen in Dokumentreihenfolge). Ein Schritt kann weder seine eigenen noch die Ein- oder Ausgaben eines späteren Schritts lesen.</translation>
    </message>
    <message>
        <source>Chaining to an unknown input or output</source>
        <translation>Verkettung zu einer unbekannten Ein- oder Ausgabe</translation>
    </message>
    <message>
        <source>The referenced step&apos;s action module has no such output (for &apos;outputs.key&apos;) or input (for &apos;inputs.key&apos;). Most execution modules have only &apos;stdout&apos;.</source>
        <translation>Das Aktionsmodul des referenzierten Schritts hat keine solche Ausgabe (bei „outputs.key“) bzw. Eingabe (bei „inputs.key“). Die meisten Ausführungsmodule haben nur „stdout“.</translation>
    </message>
    <message>
        <source>Loop variable outside its loop</source>
        <translation>Schleifenvariable außerhalb ihrer Schleife</translation>
    </message>
    <message>
        <source>Unknown context variable</source>
        <translation>Unbekannte Kontextvariable</translation>
    </message>
    <message>
        <source>The &apos;context:&apos; namespace has the keys executionId, accountId, region, osPlatform, osName, osVersion, date, dateTime, uuid, hostname, phase and step (case-sensitive).</source>
        <translation>Der Namensraum „context:“ hat die Schlüssel executionId, accountId, region, osPlatform, osName, osVersion, date, dateTime, uuid, hostname, phase und step (Groß-/Kleinschreibung zählt).</translation>
    </message>
    <message>
        <source>Forbidden instance-metadata path</source>
        <translation>Verbotener Instanz-Metadatenpfad</translation>
    </message>
    <message>
        <source>AWSTOE refuses &apos;aws:imds:&apos; references under &apos;iam/&apos; and &apos;identity-credentials/&apos; at validation time, so credentials cannot leak into logs. Use the instance profile through the AWS CLI or SDK instead.</source>
        <translation>AWSTOE weist „aws:imds:“-Referenzen unter „iam/“ und „identity-credentials/“ schon bei der Prüfung zurück, damit keine Zugangsdaten in Protokolle gelangen. Verwenden Sie stattdessen das Instanzprofil über die AWS CLI oder ein SDK.</translation>
    </message>
    <message>
        <source>Malformed SSM parameter name</source>
        <translation>Fehlerhafter SSM-Parametername</translation>
    </message>
    <message>
        <source>An &apos;aws:ssm:&apos; reference needs a parameter name: letters, digits and &apos;_.-/&apos; (a path starts with &apos;/&apos;), optionally followed by &apos;:version&apos; or &apos;:label&apos;.</source>
        <translation>Eine „aws:ssm:“-Referenz braucht einen Parameternamen: Buchstaben, Ziffern und „_.-/“ (ein Pfad beginnt mit „/“), optional gefolgt von „:version“ oder „:label“.</translation>
    </message>
    <message>
        <source>Bad resolve() argument</source>
        <translation>Ungültiges Argument für resolve()</translation>
    </message>
    <message>
        <source>&apos;aws:ssm:resolve(x)&apos; takes the name of a declared parameter (or constant) whose value is the SSM parameter name, or an &apos;aws:ssm:&apos; reference.</source>
        <translation>„aws:ssm:resolve(x)“ nimmt den Namen eines deklarierten Parameters (oder einer Konstante), dessen Wert der SSM-Parametername ist, oder eine „aws:ssm:“-Referenz.</translation>
    </message>
    <message>
        <source>Reference where none is allowed</source>
        <translation>Referenz, wo keine erlaubt ist</translation>
    </message>
    <message>
        <source>References are substituted only in step inputs, in forEach items and &apos;list&apos;, and in the value operands of conditions. In &apos;for&apos; start/end/updateBy and in &apos;delimiter&apos; they are never substituted (AWSTOE rejects them), and in other step fields they stay literal text.</source>
        <translation>Referenzen werden nur in Schritteingaben, in forEach-Einträgen und „list“ sowie in den Wertoperanden von Bedingungen ersetzt. In start/end/updateBy von „for“ und in „delimiter“ werden sie nie ersetzt (AWSTOE lehnt sie ab), und in anderen Schrittfeldern bleiben sie wörtlicher Text.</translation>
    </message>
    <message>
        <source>Loop needs exactly one of for or forEach</source>
        <translation>Schleife braucht genau eines von for oder forEach</translation>
    </message>
    <message>
        <source>A &apos;loop&apos; mapping must contain exactly one of &apos;for&apos; (a numeric range) or &apos;forEach&apos; (a list, or &apos;list&apos; + &apos;delimiter&apos;).</source>
        <translation>Ein „loop“-Mapping muss genau eines von „for“ (ein Zahlenbereich) oder „forEach“ (eine Liste oder „list“ + „delimiter“) enthalten.</translation>
    </message>
    <message>
        <source>for needs integers</source>
        <translation>for braucht ganze Zahlen</translation>
    </message>
    <message>
        <source>&apos;for&apos; needs &apos;start&apos;, &apos;end&apos; and &apos;updateBy&apos;, each a whole number written literally (no references).</source>
        <translation>„for“ braucht „start“, „end“ und „updateBy“, jeweils eine wörtlich geschriebene ganze Zahl (keine Referenzen).</translation>
    </message>
    <message>
        <source>updateBy is zero</source>
        <translation>updateBy ist null</translation>
    </message>
    <message>
        <source>&apos;updateBy: 0&apos; would loop forever; AWSTOE rejects it. Use a positive step to count up or a negative one to count down.</source>
        <translation>„updateBy: 0“ würde endlos laufen; AWSTOE lehnt es ab. Verwenden Sie eine positive Schrittweite zum Hochzählen oder eine negative zum Herunterzählen.</translation>
    </message>
    <message>
        <source>Loop never reaches its end</source>
        <translation>Schleife erreicht ihr Ende nie</translation>
    </message>
    <message>
        <source>With a positive &apos;updateBy&apos;, &apos;start&apos; must not be greater than &apos;end&apos;; with a negative one, &apos;start&apos; must not be less than &apos;end&apos;. Otherwise the range is empty or endless and AWSTOE rejects it.</source>
        <translation>Bei positivem „updateBy“ darf „start“ nicht größer als „end“ sein, bei negativem darf „start“ nicht kleiner als „end“ sein. Sonst ist der Bereich leer oder endlos und AWSTOE lehnt ihn ab.</translation>
    </message>
    <message>
        <source>forEach has no items</source>
        <translation>forEach hat keine Einträge</translation>
    </message>
    <message>
        <source>A &apos;forEach&apos; list needs at least one item, and the delimited form needs a &apos;list&apos; string.</source>
        <translation>Eine „forEach“-Liste braucht mindestens einen Eintrag, und die Form mit Trennzeichen braucht eine „list“-Zeichenkette.</translation>
    </message>
    <message>
        <source>forEach item is not a string</source>
        <translation>forEach-Eintrag ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>Loops support only string data: each forEach item must be a single value, not a list or mapping.</source>
        <translation>Schleifen unterstützen nur Zeichenketten: Jeder forEach-Eintrag muss ein einzelner Wert sein, keine Liste und kein Mapping.</translation>
    </message>
    <message>
        <source>Bad forEach delimiter</source>
        <translation>Ungültiges forEach-Trennzeichen</translation>
    </message>
    <message>
        <source>&apos;delimiter&apos; must be exactly one of the characters . , ; : newline tab space - _ (write newline as &quot;\n&quot; in double quotes). The default is &apos;,&apos;.</source>
        <translation>„delimiter“ muss genau eines der Zeichen . , ; : Zeilenumbruch Tabulator Leerzeichen - _ sein (einen Zeilenumbruch schreiben Sie als &quot;\n&quot; in doppelten Anführungszeichen). Der Standardwert ist „,“.</translation>
    </message>
    <message>
        <source>Loop name used twice in a phase</source>
        <translation>Schleifenname in einer Phase doppelt verwendet</translation>
    </message>
    <message>
        <source>Loop names must be unique among the loops of one phase.</source>
        <translation>Schleifennamen müssen unter den Schleifen einer Phase eindeutig sein.</translation>
    </message>
    <message>
        <source>Loop name clashes with another name</source>
        <translation>Schleifenname kollidiert mit einem anderen Namen</translation>
    </message>
    <message>
        <source>A loop named like a parameter, constant or phase makes &apos;{{ name.value }}&apos;-style references ambiguous to read; AWSTOE does not document which wins. Rename the loop.</source>
        <translation>Eine Schleife, die wie ein Parameter, eine Konstante oder eine Phase heißt, macht Referenzen der Form „{{ name.value }}“ schwer lesbar; AWSTOE dokumentiert nicht, welcher Name gewinnt. Benennen Sie die Schleife um.</translation>
    </message>
    <message>
        <source>Loop above the iteration limit</source>
        <translation>Schleife über der Durchlaufgrenze</translation>
    </message>
    <message>
        <source>kiln run fails a step whose loop has more than 10,000 iterations (AWSTOE has no such cap; a typo in &apos;end&apos; should not keep a build busy for hours). If the count is intended, run with &apos;kiln run --max-loop-iterations N&apos;.</source>
        <translation>kiln run lässt einen Schritt fehlschlagen, dessen Schleife mehr als 10.000 Durchläufe hat (AWSTOE kennt keine solche Grenze; ein Tippfehler in „end“ soll einen Build nicht stundenlang beschäftigen). Ist die Anzahl beabsichtigt, führen Sie „kiln run --max-loop-iterations N“ aus.</translation>
    </message>
    <message>
        <source>Condition needs exactly one operator</source>
        <translation>Bedingung braucht genau einen Operator</translation>
    </message>
    <message>
        <source>The top level of an &apos;if&apos; expression or an Assert&apos;s inputs must hold exactly one comparison operator or one logical operator (and, or, not), plus its &apos;value&apos;/&apos;path&apos; operand and, for &apos;if&apos;, &apos;then&apos;/&apos;else&apos;. Combine several conditions with &apos;and&apos; or &apos;or&apos;.</source>
        <translation>Die oberste Ebene eines „if“-Ausdrucks oder der Eingaben eines Assert muss genau einen Vergleichsoperator oder einen logischen Operator (and, or, not) enthalten, dazu seinen Operanden „value“/„path“ und bei „if“ „then“/„else“. Verbinden Sie mehrere Bedingungen mit „and“ oder „or“.</translation>
    </message>
    <message>
        <source>Unknown condition operator</source>
        <translation>Unbekannter Bedingungsoperator</translation>
    </message>
    <message>
        <source>The key is not a comparison or logical operator. Operator names are case-sensitive: stringIsEmpty, stringIsWhitespace, stringEquals, stringLessThan, stringLessThanEquals, stringGreaterThan, stringGreaterThanEquals, patternMatches, numberEquals, numberLessThan, numberLessThanEquals, numberGreaterThan, numberGreaterThanEquals, binaryExists, fileExists, folderExists, fileMD5Equals, fileSHA1Equals, fileSHA256Equals, fileSHA512Equals, and, or, not.</source>
        <translation>Der Schlüssel ist kein Vergleichs- und kein logischer Operator. Bei Operatornamen zählt die Groß-/Kleinschreibung: stringIsEmpty, stringIsWhitespace, stringEquals, stringLessThan, stringLessThanEquals, stringGreaterThan, stringGreaterThanEquals, patternMatches, numberEquals, numberLessThan, numberLessThanEquals, numberGreaterThan, numberGreaterThanEquals, binaryExists, fileExists, folderExists, fileMD5Equals, fileSHA1Equals, fileSHA256Equals, fileSHA512Equals, and, or, not.</translation>
    </message>
    <message>
        <source>then/else must be Execute, Skip or Abort</source>
        <translation>then/else muss Execute, Skip oder Abort sein</translation>
    </message>
    <message>
        <source>&apos;then&apos; and &apos;else&apos; of an &apos;if&apos; choose what happens to the step: Execute, Skip or Abort (case-sensitive).</source>
        <translation>„then“ und „else“ eines „if“ bestimmen, was mit dem Schritt geschieht: Execute, Skip oder Abort (Groß-/Kleinschreibung zählt).</translation>
    </message>
    <message>
        <source>Condition nested too deeply</source>
        <translation>Bedingung zu tief verschachtelt</translation>
    </message>
    <message>
        <source>Logical operators (and, or, not) may nest at most 4 levels; AWSTOE rejects deeper expressions. Flatten the expression.</source>
        <translation>Logische Operatoren (and, or, not) dürfen höchstens 4 Ebenen tief verschachtelt sein; AWSTOE lehnt tiefere Ausdrücke ab. Vereinfachen Sie den Ausdruck.</translation>
    </message>
    <message>
        <source>Operand missing</source>
        <translation>Operand fehlt</translation>
    </message>
    <message>
        <source>Two-operand comparisons need a sibling &apos;value:&apos; key (the value tested against the operator&apos;s baseline); file hash operators need &apos;path:&apos;. Logical operators need their list of conditions.</source>
        <translation>Vergleiche mit zwei Operanden brauchen einen benachbarten Schlüssel „value:“ (den Wert, der gegen die Vergleichsbasis des Operators geprüft wird); Datei-Hash-Operatoren brauchen „path:“. Logische Operatoren brauchen ihre Liste von Bedingungen.</translation>
    </message>
    <message>
        <source>Number operator with a non-number baseline</source>
        <translation>Zahlenoperator mit einer Vergleichsbasis, die keine Zahl ist</translation>
    </message>
    <message>
        <source>The baseline of a number operator must be a number (an integer, a decimal like 1.5, or a string such as &apos;2&apos;). Otherwise the comparison is always false.</source>
        <translation>Die Vergleichsbasis eines Zahlenoperators muss eine Zahl sein (eine ganze Zahl, eine Dezimalzahl wie 1.5 oder eine Zeichenkette wie &apos;2&apos;). Sonst ist der Vergleich immer falsch.</translation>
    </message>
    <message>
        <source>Invalid regular expression</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>The patternMatches baseline is not a valid regular expression. AWSTOE uses Go&apos;s RE2 syntax; backreferences and lookaround are not supported there.</source>
        <translation>Die Vergleichsbasis von patternMatches ist kein gültiger regulärer Ausdruck. AWSTOE verwendet die RE2-Syntax von Go; Rückverweise und Lookaround werden dort nicht unterstützt.</translation>
    </message>
    <message>
        <source>Unexpected key in a condition</source>
        <translation>Unerwarteter Schlüssel in einer Bedingung</translation>
    </message>
    <message>
        <source>The key does not belong here: &apos;value&apos; only goes with two-operand comparisons, &apos;path&apos; only with hash operators, &apos;then&apos;/&apos;else&apos; only at the top of an &apos;if&apos;.</source>
        <translation>Der Schlüssel gehört nicht hierher: „value“ gehört nur zu Vergleichen mit zwei Operanden, „path“ nur zu Hash-Operatoren, „then“/„else“ nur auf die oberste Ebene eines „if“.</translation>
    </message>
    <message>
        <source>Bad operand of a logical operator</source>
        <translation>Ungültiger Operand eines logischen Operators</translation>
    </message>
    <message>
        <source>&apos;and&apos; and &apos;or&apos; take a non-empty list of conditions, each a mapping with one operator; &apos;not&apos; takes exactly one condition (a mapping or a list of one).</source>
        <translation>„and“ und „or“ nehmen eine nicht leere Liste von Bedingungen, jede ein Mapping mit einem Operator; „not“ nimmt genau eine Bedingung (ein Mapping oder eine Liste mit einem Eintrag).</translation>
    </message>
    <message>
        <source>Invalid parameter or constant name</source>
        <translation>Ungültiger Parameter- oder Konstantenname</translation>
    </message>
    <message>
        <source>Parameter and constant names are 3 to 128 characters of A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Parameter- und Konstantennamen bestehen aus 3 bis 128 Zeichen aus A-Z, a-z, 0-9, „-“ und „_“.</translation>
    </message>
    <message>
        <source>Duplicate parameter or constant</source>
        <translation>Doppelter Parameter oder doppelte Konstante</translation>
    </message>
    <message>
        <source>A name may be declared once across parameters and constants together.</source>
        <translation>Ein Name darf über Parameter und Konstanten hinweg nur einmal deklariert werden.</translation>
    </message>
    <message>
        <source>Parameter or constant type missing or not string</source>
        <translation>Typ des Parameters oder der Konstante fehlt oder ist nicht string</translation>
    </message>
    <message>
        <source>Each parameter and constant needs &apos;type: string&apos;, the only supported type.</source>
        <translation>Jeder Parameter und jede Konstante braucht „type: string“, den einzigen unterstützten Typ.</translation>
    </message>
    <message>
        <source>Constant without value</source>
        <translation>Konstante ohne Wert</translation>
    </message>
    <message>
        <source>A constant needs a &apos;value&apos;.</source>
        <translation>Eine Konstante braucht einen „value“.</translation>
    </message>
    <message>
        <source>Malformed parameter or constant</source>
        <translation>Fehlerhafter Parameter oder fehlerhafte Konstante</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; and &apos;constants&apos; are lists of single-key mappings: &apos;- Name: {type: string, default: x}&apos;.</source>
        <translation>„parameters“ und „constants“ sind Listen von Mappings mit je einem Schlüssel: „- Name: {type: string, default: x}“.</translation>
    </message>
    <message>
        <source>Run-time parameter not declared</source>
        <translation>Laufzeitparameter nicht deklariert</translation>
    </message>
    <message>
        <source>A parameter passed with --parameters (or a config file) is not declared by the document. AWSTOE ignores it silently; it is most likely a typo.</source>
        <translation>Ein mit --parameters (oder einer Konfigurationsdatei) übergebener Parameter ist im Dokument nicht deklariert. AWSTOE ignoriert ihn stillschweigend; vermutlich ist es ein Tippfehler.</translation>
    </message>
    <message>
        <source>Parameter has no value</source>
        <translation>Parameter hat keinen Wert</translation>
    </message>
    <message>
        <source>A parameter without a default gets no value at run time. AWSTOE substitutes an empty string; Image Builder rejects the build. Pass it with --parameters Name=value or give it a default.</source>
        <translation>Ein Parameter ohne Standardwert bekommt zur Laufzeit keinen Wert. AWSTOE setzt eine leere Zeichenkette ein; Image Builder lehnt den Build ab. Übergeben Sie ihn mit --parameters Name=Wert oder geben Sie ihm einen Standardwert.</translation>
    </message>
    <message>
        <source>Phase selection matches nothing</source>
        <translation>Phasenauswahl trifft nichts</translation>
    </message>
    <message>
        <source>None of the phases selected with --phases exists in the document, so nothing would run. Phase names are case-sensitive.</source>
        <translation>Keine der mit --phases gewählten Phasen existiert im Dokument, daher würde nichts laufen. Bei Phasennamen zählt die Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Parameter or constant never used</source>
        <translation>Parameter oder Konstante nie verwendet</translation>
    </message>
    <message>
        <source>Chaining to a phase that will not run</source>
        <translation>Verkettung zu einer Phase, die nicht läuft</translation>
    </message>
    <message>
        <source>A step in a selected phase reads the outputs of a step in a phase that --phases leaves out, so that step never runs and the reference has no value: the referencing step fails at run time. Select both phases, or run them in one invocation.</source>
        <translation>Ein Schritt in einer gewählten Phase liest die Ausgaben eines Schritts in einer Phase, die --phases auslässt; dieser Schritt läuft also nie und die Referenz hat keinen Wert: Der verweisende Schritt schlägt zur Laufzeit fehl. Wählen Sie beide Phasen oder führen Sie sie in einem Aufruf aus.</translation>
    </message>
    <message>
        <source>Parameter default outside allowedValues</source>
        <translation>Parameter-Standardwert außerhalb von allowedValues</translation>
    </message>
    <message>
        <source>The parameter lists its &apos;allowedValues&apos;, and its &apos;default&apos; (or the value passed with --parameters) is not one of them, so Image Builder rejects it. Fix the value or add it to the list.</source>
        <translation>Der Parameter nennt seine „allowedValues“, und sein „default“ (oder der mit --parameters übergebene Wert) ist keiner davon, daher lehnt Image Builder ihn ab. Korrigieren Sie den Wert oder nehmen Sie ihn in die Liste auf.</translation>
    </message>
    <message>
        <source>Shell script finding (ShellCheck)</source>
        <translation>Befund im Shell-Skript (ShellCheck)</translation>
    </message>
    <message>
        <source>Script lint could not run</source>
        <translation>Skriptprüfung konnte nicht laufen</translation>
    </message>
    <message>
        <source>shellcheck is installed but could not check the ExecuteBash scripts: it failed, its output could not be read, or it did not finish in time. The document itself is not affected; run shellcheck on the script by hand, or use &apos;kiln validate --no-lint&apos;.</source>
        <translation>shellcheck ist installiert, konnte die ExecuteBash-Skripte aber nicht prüfen: Es ist fehlgeschlagen, seine Ausgabe war nicht lesbar, oder es wurde nicht rechtzeitig fertig. Das Dokument selbst ist nicht betroffen; führen Sie shellcheck von Hand auf dem Skript aus oder verwenden Sie „kiln validate --no-lint“.</translation>
    </message>
    <message>
        <source>Path reaches a protected system folder</source>
        <translation>Pfad erreicht einen geschützten Systemordner</translation>
    </message>
    <message>
        <source>The file modules refuse to delete, move away, replace, link over or recursively change &apos;/&apos; and the top-level system folders /bin, /boot, /dev, /etc, /home, /lib*, /proc, /root, /run, /sbin, /srv, /sys, /usr and /var, and this path names one of them. &apos;..&apos; counts as the kernel counts it: it never goes above &apos;/&apos;, so &apos;/..&apos;, &apos;/tmp/../..&apos; and &apos;/usr/..&apos; are all &apos;/&apos;; a &apos;*&apos; pattern such as &apos;/*&apos; counts when it can select one. Such a path is almost always a typo or a variable that was empty. Name the folder inside that is meant (/var/tmp/build, /usr/local/app). Kiln checks the literal absolute paths here; relative paths, {{ }} references and symbolic links are resolved and refused when the step runs.</source>
        <translation>Die Dateimodule löschen, verschieben, ersetzen, überlinken und ändern rekursiv weder &apos;/&apos; noch die Systemordner der obersten Ebene /bin, /boot, /dev, /etc, /home, /lib*, /proc, /root, /run, /sbin, /srv, /sys, /usr und /var, und dieser Pfad bezeichnet einen davon. &apos;..&apos; zählt so, wie der Kernel es zählt: Es führt nie über &apos;/&apos; hinaus, also sind &apos;/..&apos;, &apos;/tmp/../..&apos; und &apos;/usr/..&apos; alle &apos;/&apos;; ein &apos;*&apos;-Muster wie &apos;/*&apos; zählt, wenn es einen davon erfassen kann. Ein solcher Pfad ist fast immer ein Tippfehler oder eine leere Variable. Geben Sie den gemeinten Ordner darin an (/var/tmp/build, /usr/local/app). Kiln prüft hier die wörtlichen absoluten Pfade; relative Pfade, {{ }}-Verweise und symbolische Links werden beim Ausführen des Schritts aufgelöst und dann abgelehnt.</translation>
    </message>
    <message>
        <source>Phase Image Builder never runs</source>
        <translation>Phase, die Image Builder nie ausführt</translation>
    </message>
    <message>
        <source>Image Builder runs the phases build, validate and test, and no other (names are case-sensitive). A phase such as &apos;cleanup&apos;, or a misspelt &apos;biuld&apos;, is accepted by AWSTOE but silently skipped in a build; only &apos;kiln run --phases&apos; or &apos;awstoe run --phases&apos; run it by name. Rename it, or move its steps into one of the three.</source>
        <translation>Image Builder führt die Phasen build, validate und test aus und keine andere (Groß- und Kleinschreibung zählt). Eine Phase wie „cleanup“ oder ein vertipptes „biuld“ nimmt AWSTOE an, in einem Build wird sie aber stillschweigend übersprungen; nur „kiln run --phases“ oder „awstoe run --phases“ führen sie mit ihrem Namen aus. Benennen Sie sie um oder verschieben Sie ihre Schritte in eine der drei.</translation>
    </message>
    <message>
        <source>Invalid S3 bucket name</source>
        <translation>Ungültiger S3-Bucket-Name</translation>
    </message>
    <message>
        <source>The bucket of an s3:// URI breaks S3&apos;s naming rules, so the request can never succeed: 3 to 63 characters of lowercase letters, digits, &apos;.&apos; and &apos;-&apos;, starting and ending with a letter or digit, no &apos;..&apos;, not shaped like an IP address, not starting with &apos;xn--&apos; or &apos;sthree-&apos;. Most often it is a placeholder such as &lt;bucket&gt; that was never replaced. A bucket written as a {{ }} reference is checked through the constant it names; parameters get their value later and are not checked.</source>
        <translation>Der Bucket einer s3://-URI verletzt die Namensregeln von S3, die Anfrage kann also nie gelingen: 3 bis 63 Zeichen aus Kleinbuchstaben, Ziffern, „.“ und „-“, am Anfang und Ende ein Buchstabe oder eine Ziffer, kein „..“, nicht wie eine IP-Adresse geformt, kein Anfang mit „xn--“ oder „sthree-“. Meist ist es ein Platzhalter wie &lt;bucket&gt;, der nie ersetzt wurde. Ein als {{ }}-Verweis geschriebener Bucket wird über die Konstante geprüft, die er nennt; Parameter erhalten ihren Wert später und werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Download folder may not exist</source>
        <translation>Download-Ordner existiert vielleicht nicht</translation>
    </message>
    <message>
        <source>S3Download fails when the parent folder of its destination does not exist, and no earlier step creates this one (a CreateFolder step, a command that mentions it, another file module) nor is it a standard system folder such as /tmp or C:\Windows\Temp. If the image has the folder already, ignore this hint; otherwise add a CreateFolder step before the download.</source>
        <translation>S3Download schlägt fehl, wenn der übergeordnete Ordner seines Ziels nicht existiert, und diesen legt kein früherer Schritt an (ein CreateFolder-Schritt, ein Befehl, der ihn nennt, ein anderes Dateimodul), noch ist er ein Standard-Systemordner wie /tmp oder C:\Windows\Temp. Hat das Image den Ordner schon, übergehen Sie diesen Hinweis; andernfalls fügen Sie vor dem Download einen CreateFolder-Schritt ein.</translation>
    </message>
    <message>
        <source>&apos;loop.index&apos;, &apos;loop.value&apos; and &apos;&lt;name&gt;.index&apos;/&apos;&lt;name&gt;.value&apos; only resolve inside the step that owns the loop, and a named form only when the name is that loop&apos;s name. Anywhere else AWSTOE leaves the text unreplaced and runs the step anyway, so this is a warning: almost never what was meant, but not an invalid document.</source>
        <translation>„loop.index“, „loop.value“ und „&lt;name&gt;.index“/„&lt;name&gt;.value“ werden nur in dem Schritt aufgelöst, dem die Schleife gehört, die benannte Form nur, wenn der Name der dieser Schleife ist. Überall sonst lässt AWSTOE den Text unersetzt und führt den Schritt trotzdem aus; daher eine Warnung: fast nie das Gemeinte, aber kein ungültiges Dokument.</translation>
    </message>
    <message>
        <source>The parameter or constant is declared but no &apos;{{ Name }}&apos; or &apos;aws:ssm:resolve(Name)&apos; in the phases refers to it. For a parameter this is information only: Image Builder pipelines often pass parameters that the publishing pipeline reads rather than the steps. For a constant it is a warning: only the document can read it, so a reference misspells it or the declaration can go.</source>
        <translation>Der Parameter oder die Konstante ist deklariert, aber kein „{{ Name }}“ und kein „aws:ssm:resolve(Name)“ in den Phasen verweist darauf. Für einen Parameter ist das nur eine Information: Image-Builder-Pipelines übergeben oft Parameter, die die veröffentlichende Pipeline liest statt der Schritte. Für eine Konstante ist es eine Warnung: Nur das Dokument kann sie lesen, also ist ein Verweis vertippt oder die Deklaration kann weg.</translation>
    </message>
    <message>
        <source>ShellCheck found a likely problem in the commands of an ExecuteBash step. Kiln joins the commands with line breaks into one script, as AWSTOE runs them, replaces each &apos;{{ }}&apos; reference with a placeholder word of the same length (KILN_REF___), and runs &apos;shellcheck --shell=bash&apos; on it; messages show the reference as written. The message starts with ShellCheck&apos;s own code; https://www.shellcheck.net/wiki/SC2086 (with that code) explains it. Findings are never errors, since AWSTOE accepts the document either way: ShellCheck&apos;s error and warning levels are warnings, info is info and style is a hint. SC1090 and SC1091 (a sourced file not followed) are off: that file is on the image, not beside the document. Silence one finding with a &apos;# shellcheck disable=SC2086&apos; command line before it, or all with &apos;kiln validate --no-lint&apos;.</source>
        <translation>ShellCheck hat in den Befehlen eines ExecuteBash-Schritts ein wahrscheinliches Problem gefunden. Kiln fügt die Befehle mit Zeilenumbrüchen zu einem Skript zusammen, wie AWSTOE sie ausführt, ersetzt jeden „{{ }}“-Verweis durch ein Platzhalterwort gleicher Länge (KILN_REF___) und lässt „shellcheck --shell=bash“ darauf laufen; die Meldungen zeigen den Verweis, wie er geschrieben ist. Die Meldung beginnt mit dem Code von ShellCheck; https://www.shellcheck.net/wiki/SC2086 (mit diesem Code) erklärt ihn. Befunde sind nie Fehler, da AWSTOE das Dokument so oder so annimmt: Die Stufen error und warning von ShellCheck werden Warnungen, info wird Information und style ein Hinweis. SC1090 und SC1091 (eine eingebundene Datei wird nicht verfolgt) sind aus: Diese Datei liegt auf dem Image, nicht neben dem Dokument. Einen Befund schalten Sie mit einer Befehlszeile „# shellcheck disable=SC2086“ davor ab, alle mit „kiln validate --no-lint“.</translation>
    </message>
</context>
<context>
    <name>Kiln::CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command (e.g. run, fold, quick fix)</source>
        <translation>Einen Befehl eingeben (z. B. Ausführen, Falten, Schnellkorrektur)</translation>
    </message>
</context>
<context>
    <name>Kiln::ComponentLookup</name>
    <message>
        <source>&apos;%1&apos; is neither an ARN nor NAME/VERSION (e.g. update-linux/1.0.x)</source>
        <translation>&apos;%1&apos; ist weder ein ARN noch NAME/VERSION (z. B. update-linux/1.0.x)</translation>
    </message>
    <message>
        <source>cannot find %1: %2</source>
        <translation>%1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>no component &apos;%1&apos; with owner %2 in region %3</source>
        <translation>keine Komponente &apos;%1&apos; mit Eigentümer %2 in Region %3</translation>
    </message>
</context>
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
    <message>
        <source> (folder replaced: its old content is gone)</source>
        <translation> (Ordner ersetzt: sein alter Inhalt ist weg)</translation>
    </message>
    <message>
        <source> (content)</source>
        <translation> (Inhalt)</translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more file(s)</source>
        <translation>
            <numerusform>    … und %n weitere Datei</numerusform>
            <numerusform>    … und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>    package %1 %2 installed
</source>
        <translation>    Paket %1 %2 installiert
</translation>
    </message>
    <message>
        <source>    package %1 %2 removed
</source>
        <translation>    Paket %1 %2 entfernt
</translation>
    </message>
    <message>
        <source>    package %1 %2 → %3
</source>
        <translation>    Paket %1 %2 → %3
</translation>
    </message>
    <message>
        <source>users added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>users removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>groups added</source>
        <translation>Gruppen hinzugefügt</translation>
    </message>
    <message>
        <source>groups removed</source>
        <translation>Gruppen entfernt</translation>
    </message>
    <message>
        <source>units enabled</source>
        <translation>Units aktiviert</translation>
    </message>
    <message>
        <source>units disabled</source>
        <translation>Units deaktiviert</translation>
    </message>
    <message>
        <source>not a change report (no &quot;steps&quot; array)</source>
        <translation>kein Änderungsbericht (kein Array „steps“)</translation>
    </message>
    <message>
        <source>a file change of an unknown kind</source>
        <translation>eine Dateiänderung unbekannter Art</translation>
    </message>
    <message>
        <source>Changes made in %1:
</source>
        <translation>Änderungen in %1:
</translation>
    </message>
    <message>
        <source>  (the run did not end: these are the changes until it stopped)
</source>
        <translation>  (der Lauf endete nicht: das sind die Änderungen bis zu seinem Abbruch)
</translation>
    </message>
    <message>
        <source>  none: no step changed a file
</source>
        <translation>  keine: kein Schritt hat eine Datei geändert
</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>%n Datei hinzugefügt</numerusform>
            <numerusform>%n Dateien hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) replaced</source>
        <translation>
            <numerusform>%n Ordner ersetzt</numerusform>
            <numerusform>%n Ordner ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) installed</source>
        <translation>
            <numerusform>%n Paket installiert</numerusform>
            <numerusform>%n Pakete installiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) removed</source>
        <translation>
            <numerusform>%n Paket entfernt</numerusform>
            <numerusform>%n Pakete entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) changed version</source>
        <translation>
            <numerusform>%n Paket in anderer Version</numerusform>
            <numerusform>%n Pakete in anderer Version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added</source>
        <translation>
            <numerusform>%n Benutzer hinzugefügt</numerusform>
            <numerusform>%n Benutzer hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) added</source>
        <translation>
            <numerusform>%n Gruppe hinzugefügt</numerusform>
            <numerusform>%n Gruppen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) enabled</source>
        <translation>
            <numerusform>%n Unit aktiviert</numerusform>
            <numerusform>%n Units aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1.
</source>
        <translation>Insgesamt: %1.
</translation>
    </message>
    <message>
        <source>The changed files are kept in %1.
</source>
        <translation>Die geänderten Dateien liegen in %1.
</translation>
    </message>
    <message>
        <source>Idempotence check: every step ran a second time with the same result.
</source>
        <translation>Idempotenzprüfung: jeder Schritt lief ein zweites Mal mit demselben Ergebnis.
</translation>
    </message>
    <message numerus="yes">
        <source>Idempotence check: %n step(s) are not idempotent:
</source>
        <translation>
            <numerusform>Idempotenzprüfung: %n Schritt ist nicht idempotent:
</numerusform>
            <numerusform>Idempotenzprüfung: %n Schritte sind nicht idempotent:
</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the sandbox&apos;s processes: %1</source>
        <translation>die Prozesse der Sandbox können nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot open the sandbox&apos;s namespaces: %1</source>
        <translation>die Namespaces der Sandbox können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 create %2: %3</source>
        <translation>%1 create %2: %3</translation>
    </message>
    <message>
        <source>%1 export: %2</source>
        <translation>%1 export: %2</translation>
    </message>
    <message>
        <source>unpacking the image: %1</source>
        <translation>beim Entpacken des Images: %1</translation>
    </message>
    <message>
        <source>--image needs podman or docker, and neither is installed (sudo apt install podman)</source>
        <translation>--image braucht podman oder docker, und keines ist installiert (sudo apt install podman)</translation>
    </message>
    <message>
        <source>the image %1 is not on this machine (%2); fetch it first with `%3 pull %1`</source>
        <translation>das Image %1 ist nicht auf diesem Rechner (%2); holen Sie es zuerst mit `%3 pull %1`</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>in %1 kann kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot move the unpacked image into %1</source>
        <translation>das entpackte Image kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>a sandbox of this machine</source>
        <translation>einer Sandbox dieses Rechners</translation>
    </message>
    <message>
        <source>a sandbox of the root %1</source>
        <translation>einer Sandbox der Wurzel %1</translation>
    </message>
    <message>
        <source>a sandbox of the image %1</source>
        <translation>einer Sandbox des Images %1</translation>
    </message>
    <message>
        <source>internal error: a sandbox is mounted only from kiln&apos;s private mount namespace</source>
        <translation>interner Fehler: eine Sandbox wird nur aus kilns eigenem Mount-Namespace eingehängt</translation>
    </message>
    <message>
        <source>kiln-contain, which starts the steps in the sandbox, is neither beside this program nor in %1</source>
        <translation>kiln-contain, das die Schritte in der Sandbox startet, liegt weder neben diesem Programm noch in %1</translation>
    </message>
    <message>
        <source>cannot create %1 %2</source>
        <translation>%1 kann nicht angelegt werden %2</translation>
    </message>
    <message>
        <source>--export-changes %1: %2</source>
        <translation>--export-changes %1: %2</translation>
    </message>
    <message>
        <source>--keep-sandbox %1: it exists already; the changed files were not kept</source>
        <translation>--keep-sandbox %1: existiert bereits; die geänderten Dateien wurden nicht aufbewahrt</translation>
    </message>
    <message>
        <source>--keep-sandbox %1: cannot copy the upper layer there</source>
        <translation>--keep-sandbox %1: die obere Schicht kann nicht dorthin kopiert werden</translation>
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
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
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
    <name>Kiln::ExecutionId</name>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>sie ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it starts with &apos;.&apos; or &apos;-&apos;</source>
        <translation>sie beginnt mit &apos;.&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>it may hold only ASCII letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>sie darf nur ASCII-Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an execution id, which names the run&apos;s log folder: %2</source>
        <translation>&apos;%1&apos; kann keine Ausführungs-ID sein, denn diese benennt den Protokollordner der Ausführung: %2</translation>
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
        <source>iteration %1 of step %2</source>
        <translation>Durchlauf %1 von Schritt %2</translation>
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
    <message>
        <source>fails when run again: %1</source>
        <translation>schlägt beim zweiten Lauf fehl: %1</translation>
    </message>
    <message>
        <source>changes files again: %1</source>
        <translation>ändert wieder Dateien: %1</translation>
    </message>
    <message>
        <source>prints a different output the second time</source>
        <translation>gibt beim zweiten Mal eine andere Ausgabe</translation>
    </message>
</context>
<context>
    <name>Kiln::FailureText</name>
    <message>
        <source>%1 failed with exit code %2</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 requested a reboot (exit code %2)</source>
        <translation>%1 hat einen Neustart angefordert (Exit-Code %2)</translation>
    </message>
    <message>
        <source>the loop timed out after %1 s (in iteration %2)</source>
        <translation>die Schleife hat nach %1 s das Zeitlimit überschritten (in Durchlauf %2)</translation>
    </message>
    <message>
        <source>loop iteration(s) %1 failed</source>
        <translation>Schleifendurchlauf/-durchläufe %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>not run: step %1.%2 failed and its onFailure is Abort</source>
        <translation>nicht ausgeführt: Schritt %1.%2 ist fehlgeschlagen und sein onFailure ist Abort</translation>
    </message>
    <message>
        <source>not run: the run was cancelled</source>
        <translation>nicht ausgeführt: die Ausführung wurde angehalten</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>die Ausführung wurde angehalten</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>ExecutePowerShell needs PowerShell (`pwsh`), which is not installed on this machine; install PowerShell 7 or run this document on Windows</source>
        <translation>ExecutePowerShell benötigt PowerShell (`pwsh`), das auf dieser Maschine nicht installiert ist; installieren Sie PowerShell 7 oder führen Sie dieses Dokument unter Windows aus</translation>
    </message>
    <message>
        <source>%1 is a Windows-only module and cannot run on this machine; run the document on Windows</source>
        <translation>%1 ist ein reines Windows-Modul und kann auf dieser Maschine nicht laufen; führen Sie das Dokument unter Windows aus</translation>
    </message>
    <message>
        <source>%1 failed to start: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation>%1 ist abgestürzt: %2</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde angehalten</translation>
    </message>
</context>
<context>
    <name>Kiln::Fixes</name>
    <message>
        <source>Change to &apos;%1&apos;</source>
        <translation>In „%1“ ändern</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; under &apos;inputs&apos;</source>
        <translation>„%1“ unter „inputs“ verschieben</translation>
    </message>
    <message>
        <source>Add the input &apos;%1&apos;</source>
        <translation>Eingabe „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Indent the attributes of &apos;%1&apos; under it</source>
        <translation>Die Attribute von „%1“ darunter einrücken</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>In %1 ändern</translation>
    </message>
    <message>
        <source>Change to Ignore (a failure no longer fails the document)</source>
        <translation>In Ignore ändern (ein Fehlschlag lässt das Dokument nicht mehr scheitern)</translation>
    </message>
    <message>
        <source>Indent line %1 with %2 spaces</source>
        <translation>Zeile %1 mit %2 Leerzeichen einrücken</translation>
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
    <message>
        <source>Compare With…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare the opened run with another run folder or report, e.g. one from the cloud</source>
        <translation>Den geöffneten Lauf mit einem anderen Laufordner oder Bericht vergleichen, z. B. einem aus der Cloud</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Compare with Previous Run</source>
        <translation>Mit vorherigem Lauf vergleichen</translation>
    </message>
    <message>
        <source>Compare Selected Runs</source>
        <translation>Ausgewählte Läufe vergleichen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open console.log</source>
        <translation>console.log öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Runs…</source>
        <translation>
            <numerusform>%n Lauf löschen…</numerusform>
            <numerusform>%n Läufe löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Run…</source>
        <translation>Lauf löschen…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Compare Runs — Kiln Studio</source>
        <translation>Läufe vergleichen — Kiln Studio</translation>
    </message>
    <message>
        <source>Open a run or a report first, then compare it with another.</source>
        <translation>Zuerst einen Lauf oder Bericht öffnen, dann mit einem anderen vergleichen.</translation>
    </message>
    <message>
        <source>Compare With Run Report</source>
        <translation>Mit Laufbericht vergleichen</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run folder(s) with their logs and reports?</source>
        <translation>
            <numerusform>%n Laufordner mit Protokollen und Berichten löschen?</numerusform>
            <numerusform>%n Laufordner mit Protokollen und Berichten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Run the opened run&apos;s documents again as it ran them, stop where it failed, and compare: reproduces a failure from the cloud on this machine or in a sandbox</source>
        <translation>Die Dokumente des geöffneten Laufs so wie damals noch einmal ausführen, dort anhalten, wo er fehlschlug, und vergleichen: reproduziert einen Fehler aus der Cloud auf diesem Rechner oder in einer Sandbox</translation>
    </message>
</context>
<context>
    <name>Kiln::HtmlReport</name>
    <message numerus="yes">
        <source>… %n character(s) before this left out (see detailedoutput.json)
</source>
        <translation>
            <numerusform>… %n Zeichen davor ausgelassen (siehe detailedoutput.json)
</numerusform>
            <numerusform>… %n Zeichen davor ausgelassen (siehe detailedoutput.json)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiln run %1: %2</source>
        <translation>Kiln-Lauf %1: %2</translation>
    </message>
    <message>
        <source>Written by kiln %1 on %2 from %3. This page is self-contained: it loads nothing from the network.</source>
        <translation>Geschrieben von kiln %1 am %2 aus %3. Diese Seite ist in sich geschlossen: Sie lädt nichts aus dem Netz.</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1 in all: %2 executed, %3 failed, %4 failures ignored, %5 skipped, %6 not run</source>
        <translation>%1 insgesamt: %2 ausgeführt, %3 fehlgeschlagen, %4 Fehler ignoriert, %5 übersprungen, %6 nicht ausgeführt</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Full log</source>
        <translation>Vollständiges Protokoll</translation>
    </message>
    <message>
        <source>Uploaded to</source>
        <translation>Hochgeladen nach</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Failures (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Output: the last %1 of %2 lines (all of them are in %3)</source>
        <translation>Ausgabe: die letzten %1 von %2 Zeilen (alle stehen in %3)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier line(s)</source>
        <translation>
            <numerusform>%n frühere Zeile</numerusform>
            <numerusform>%n frühere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>In the document: %1, &lt;a href=&quot;#d%2l%3&quot;&gt;line %3&lt;/a&gt;</source>
        <translation>Im Dokument: %1, &lt;a href=&quot;#d%2l%3&quot;&gt;Zeile %3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>maxAttempts: %1, onFailure: %2</source>
        <translation>maxAttempts: %1, onFailure: %2</translation>
    </message>
    <message>
        <source>In %1: %2 / %3</source>
        <translation>In %1: %2 / %3</translation>
    </message>
    <message>
        <source>Times from detailedoutput.json: whole seconds, without attempts and loop iterations (a run by kiln keeps them in kiln-timeline.json).</source>
        <translation>Zeiten aus detailedoutput.json: ganze Sekunden, ohne Versuche und Schleifendurchläufe (ein Lauf von kiln hält sie in kiln-timeline.json fest).</translation>
    </message>
    <message>
        <source>Bars: steps; segments: attempts (a notch at each retry); the strip along a bar&apos;s foot: loop iterations; dashed purple line: reboot. Hover for details, click for the step.</source>
        <translation>Balken: Schritte; Abschnitte: Versuche (eine Kerbe bei jeder Wiederholung); der Streifen am Fuß eines Balkens: Schleifendurchläufe; gestrichelte violette Linie: Neustart. Zeigen für Einzelheiten, Klicken für den Schritt.</translation>
    </message>
    <message>
        <source>No step ran.</source>
        <translation>Kein Schritt wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Attempts and loop iterations</source>
        <translation>Versuche und Schleifendurchläufe</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begann bei</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Iteration %1 (%2)</source>
        <translation>Durchlauf %1 (%2)</translation>
    </message>
    <message>
        <source>Nested run %1</source>
        <translation>Verschachtelter Lauf %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Changed files: %1 added, %2 modified, %3 deleted</source>
        <translation>Geänderte Dateien: %1 hinzugefügt, %2 geändert, %3 gelöscht</translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation>Schritte (%1)</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Only failures</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>%1 — phase %2</source>
        <translation>%1 — Phase %2</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Started %1, timeoutSeconds %2, maxAttempts %3, onFailure %4</source>
        <translation>Gestartet %1, timeoutSeconds %2, maxAttempts %3, onFailure %4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the failing steps are shown of this long document; it is in the run folder as %1.</source>
        <translation>Von diesem langen Dokument sind nur die fehlgeschlagenen Schritte zu sehen; es liegt im Laufordner als %1.</translation>
    </message>
    <message>
        <source>The run folder has no copy of the documents.</source>
        <translation>Der Laufordner enthält keine Kopie der Dokumente.</translation>
    </message>
    <message numerus="yes">
        <source>… %n more (see changes.json)</source>
        <translation>
            <numerusform>… %n weiterer (siehe changes.json)</numerusform>
            <numerusform>… %n weitere (siehe changes.json)</numerusform>
        </translation>
    </message>
    <message>
        <source>No step changed a file.</source>
        <translation>Kein Schritt hat eine Datei geändert.</translation>
    </message>
    <message>
        <source>%1 added, %2 modified, %3 deleted</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 gelöscht</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>The last %1 lines of %2 (%3)</source>
        <translation>Die letzten %1 Zeilen von %2 (%3)</translation>
    </message>
    <message>
        <source>Timeline: one row per step, time from the start of the run</source>
        <translation>Zeitleiste: eine Zeile je Schritt, Zeit ab dem Start des Laufs</translation>
    </message>
    <message>
        <source>Reboot after %1 (at %2)</source>
        <translation>Neustart nach %1 (bei %2)</translation>
    </message>
</context>
<context>
    <name>Kiln::Lsp::LanguageServer</name>
    <message>
        <source>broken message framing: %1</source>
        <translation>kaputte Nachrichtenrahmung: %1</translation>
    </message>
    <message>
        <source>the message is not JSON: %1 at byte %2</source>
        <translation>die Nachricht ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>eine Nachricht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the message has no &quot;method&quot;</source>
        <translation>die Nachricht hat keine „method“</translation>
    </message>
    <message>
        <source>not a JSON-RPC 2.0 request (&quot;jsonrpc&quot;: &quot;2.0&quot;, a string or number &quot;id&quot;)</source>
        <translation>keine JSON-RPC-2.0-Anfrage („jsonrpc“: „2.0“, eine „id“ als Zeichenkette oder Zahl)</translation>
    </message>
    <message>
        <source>&quot;params&quot; of %1 must be an object</source>
        <translation>„params“ von %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown method %1</source>
        <translation>unbekannte Methode %1</translation>
    </message>
    <message>
        <source>the server is not initialized yet</source>
        <translation>der Server ist noch nicht initialisiert</translation>
    </message>
    <message>
        <source>the server is shutting down</source>
        <translation>der Server fährt herunter</translation>
    </message>
    <message>
        <source>initialize was already sent</source>
        <translation>initialize wurde schon gesendet</translation>
    </message>
    <message>
        <source>there is no step, parameter or constant to rename here</source>
        <translation>hier gibt es keinen Schritt, keinen Parameter und keine Konstante zum Umbenennen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step name: no white space, &apos;.&apos;, &apos;[&apos;, &apos;]&apos;, &apos;{&apos; or &apos;}&apos;</source>
        <translation>„%1“ ist kein Schrittname: keine Leerzeichen, „.“, „[“, „]“, „{“ oder „}“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter or constant name: 3 to 128 characters of A-Z, a-z, 0-9, &apos;-&apos; and &apos;_&apos;</source>
        <translation>„%1“ ist kein Name für einen Parameter oder eine Konstante: 3 bis 128 Zeichen aus A-Z, a-z, 0-9, „-“ und „_“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>„%1“ gibt es schon</translation>
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
    <message>
        <source>Stopping the run and writing its report...</source>
        <translation>Die Ausführung wird angehalten und ihr Bericht geschrieben …</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>This run changes this machine: only runs in a sandbox record their changes.</source>
        <translation>Dieser Lauf ändert diesen Rechner: nur Läufe in einer Sandbox zeichnen ihre Änderungen auf.</translation>
    </message>
    <message>
        <source>No quick fix</source>
        <translation>Keine Schnellkorrektur</translation>
    </message>
    <message>
        <source>&amp;Quick Fix...</source>
        <translation>&amp;Schnellkorrektur...</translation>
    </message>
    <message>
        <source>Go to &amp;Definition</source>
        <translation>Zur &amp;Definition</translation>
    </message>
    <message>
        <source>The cursor is not on a step, parameter or constant reference.</source>
        <translation>Der Cursor steht auf keinem Verweis auf einen Schritt, Parameter oder eine Konstante.</translation>
    </message>
    <message>
        <source>Re&amp;name Symbol...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <source>Ne&amp;xt Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>Pre&amp;vious Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>No quick fix for this line.</source>
        <translation>Keine Schnellkorrektur für diese Zeile.</translation>
    </message>
    <message>
        <source>Put the cursor on a step, parameter or constant (its name or a reference to it) to rename it.</source>
        <translation>Setzen Sie den Cursor auf einen Schritt, Parameter oder eine Konstante (den Namen oder einen Verweis darauf), um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name for &apos;%1&apos;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>%1 does not record how it ran (no kiln-run.json): run its document instead.</source>
        <translation>%1 hält nicht fest, wie er lief (keine kiln-run.json): führen Sie stattdessen sein Dokument aus.</translation>
    </message>
    <message>
        <source>Cannot run %1 again: %2 is gone.</source>
        <translation>%1 kann nicht erneut ausgeführt werden: %2 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lle speichern</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <source>Show W&amp;hitespace</source>
        <translation>&amp;Leerraum anzeigen</translation>
    </message>
    <message>
        <source>&amp;Indent Guides</source>
        <translation>&amp;Einrückungslinien</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <source>Problems are checked for this operating system: by default the computer&apos;s own, unless the document&apos;s actions only run on another. Click to choose.</source>
        <translation>Probleme werden für dieses Betriebssystem geprüft: standardmäßig das des Rechners, es sei denn, die Aktionen des Dokuments laufen nur auf einem anderen. Zum Auswählen klicken.</translation>
    </message>
    <message>
        <source>Detect from the actions</source>
        <translation>Aus den Aktionen erkennen</translation>
    </message>
    <message>
        <source>&amp;Compare Last Two Runs</source>
        <translation>Letzte zwei Läufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>Run the document twice to compare its runs.</source>
        <translation>Führen Sie das Dokument zweimal aus, um seine Läufe zu vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Action Reference</source>
        <translation>&amp;Aktionsreferenz</translation>
    </message>
    <message>
        <source>&amp;Command Palette...</source>
        <translation>&amp;Befehlspalette...</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Re&amp;play Run Report...</source>
        <translation>Lauf&amp;bericht wiederholen...</translation>
    </message>
    <message>
        <source>Replay Run Report</source>
        <translation>Laufbericht wiederholen</translation>
    </message>
    <message>
        <source>Run reports (detailedoutput.json detailedOutput.json *.json);;All files (*)</source>
        <translation>Laufberichte (detailedoutput.json detailedOutput.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Component from &amp;Image Builder...</source>
        <translation>Komponente aus &amp;Image Builder öffnen...</translation>
    </message>
    <message>
        <source>Opened %1 from Image Builder (unsaved)</source>
        <translation>%1 aus Image Builder geöffnet (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>Kiln::OpenComponentDialog</name>
    <message>
        <source>Open Component from Image Builder</source>
        <translation>Komponente aus Image Builder öffnen</translation>
    </message>
    <message>
        <source>update-linux/1.x.x, or a component ARN</source>
        <translation>update-linux/1.x.x oder ein Komponenten-ARN</translation>
    </message>
    <message>
        <source>NAME/VERSION (x wildcards pick the newest match), NAME/VERSION/BUILD, or a component ARN</source>
        <translation>NAME/VERSION (Platzhalter x wählen die neueste passende), NAME/VERSION/BUILD oder ein Komponenten-ARN</translation>
    </message>
    <message>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Drittanbieter</translation>
    </message>
    <message>
        <source>Filter components</source>
        <translation>Komponenten filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>List the owner&apos;s components in the region (imagebuilder:ListComponents)</source>
        <translation>Die Komponenten des Eigentümers in der Region auflisten (imagebuilder:ListComponents)</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Listing the components…</source>
        <translation>Die Komponenten werden aufgelistet…</translation>
    </message>
    <message>
        <source>Listing %1&apos;s components in %2…</source>
        <translation>Komponenten von %1 in %2 werden aufgelistet…</translation>
    </message>
    <message>
        <source>Components listed: %1.</source>
        <translation>Aufgelistete Komponenten: %1.</translation>
    </message>
    <message>
        <source>Cannot list the components: %1</source>
        <translation>Die Komponenten können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Name a component, or choose one in the list.</source>
        <translation>Nennen Sie eine Komponente oder wählen Sie eine in der Liste.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird geholt…</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>%1 kann nicht geholt werden: %2</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Auf&amp;listen</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>Cannot read the document of %1: %2</source>
        <translation>Das Dokument von %1 ist nicht lesbar: %2</translation>
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
    <name>Kiln::ProblemsView</name>
    <message>
        <source>Filter problems (code, text, line)</source>
        <translation>Probleme filtern (Code, Text, Zeile)</translation>
    </message>
</context>
<context>
    <name>Kiln::RunCompareView</name>
    <message>
        <source>not in this run</source>
        <translation>nicht in diesem Lauf</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Duration A</source>
        <translation>Dauer A</translation>
    </message>
    <message>
        <source>Duration B</source>
        <translation>Dauer B</translation>
    </message>
    <message>
        <source>Failures and changed files of the selected step.</source>
        <translation>Fehler und geänderte Dateien des ausgewählten Schritts.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>changed files</source>
        <translation>geänderte Dateien</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Unterschied: %1</translation>
    </message>
    <message>
        <source>The outputs differ.</source>
        <translation>Die Ausgaben unterscheiden sich.</translation>
    </message>
    <message>
        <source>The runs agree on this step.</source>
        <translation>Bei diesem Schritt stimmen die Läufe überein.</translation>
    </message>
    <message>
        <source>%1: %2 — %3, %4
%5: %6 — %7, %8
%9 of %10 steps differ.</source>
        <translation>%1: %2 — %3, %4
%5: %6 — %7, %8
%9 von %10 Schritten unterscheiden sich.</translation>
    </message>
    <message>
        <source>Output in %1</source>
        <translation>Ausgabe in %1</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>the original run</source>
        <translation>dem ursprünglichen Lauf</translation>
    </message>
    <message>
        <source>the replay</source>
        <translation>der Wiederholung</translation>
    </message>
    <message>
        <source>Duration (original)</source>
        <translation>Dauer (Original)</translation>
    </message>
    <message>
        <source>Duration (replay)</source>
        <translation>Dauer (Wiederholung)</translation>
    </message>
    <message>
        <source>Failure in %1: %2</source>
        <translation>Fehler in %1: %2</translation>
    </message>
    <message>
        <source>Only in %1: %2</source>
        <translation>Nur in %1: %2</translation>
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
    <message>
        <source>reading report…</source>
        <translation>Bericht wird gelesen…</translation>
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
    <message>
        <source>Unpacking the image %1…</source>
        <translation>Das Image %1 wird entpackt…</translation>
    </message>
    <message>
        <source>No sandbox: %1</source>
        <translation>Keine Sandbox: %1</translation>
    </message>
    <message>
        <source>Run folders go to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (Settings).</source>
        <translation>Laufordner liegen in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (Einstellungen).</translation>
    </message>
    <message>
        <source>Another document</source>
        <translation>Ein anderes Dokument</translation>
    </message>
    <message>
        <source>%1 is already running; Stop (Shift+F5) ends the run.</source>
        <translation>%1 läuft bereits; Stopp (Umschalt+F5) beendet den Lauf.</translation>
    </message>
    <message>
        <source>%1 is running; stop it (Shift+F5) or let it finish, then run %2.</source>
        <translation>%1 läuft; stoppen Sie es (Umschalt+F5) oder warten Sie sein Ende ab, dann führen Sie %2 aus.</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>dieses Dokument</translation>
    </message>
    <message>
        <source>Fetching the documents to run…</source>
        <translation>Die auszuführenden Dokumente werden geholt…</translation>
    </message>
    <message>
        <source>Nothing was run: %1 is not there.</source>
        <translation>Nichts wurde ausgeführt: %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Nothing was run: cannot fetch %1: %2</source>
        <translation>Nichts wurde ausgeführt: %1 kann nicht geholt werden: %2</translation>
    </message>
    <message>
        <source>Nothing was run: cannot read the fetched copy of %1: %2</source>
        <translation>Nichts wurde ausgeführt: die geholte Kopie von %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is not valid; nothing was run. %2</source>
        <translation>%1 ist nicht gültig; nichts wurde ausgeführt. %2</translation>
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
    <name>Kiln::RunTargetPicker</name>
    <message>
        <source>Run on</source>
        <translation>Ausführen auf</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Diesem Rechner</translation>
    </message>
    <message>
        <source>A sandbox of this machine</source>
        <translation>Einer Sandbox dieses Rechners</translation>
    </message>
    <message>
        <source>A sandbox of a root folder</source>
        <translation>Einer Sandbox eines Wurzelordners</translation>
    </message>
    <message>
        <source>A sandbox of a container image</source>
        <translation>Einer Sandbox eines Container-Images</translation>
    </message>
    <message>
        <source>The steps change this machine, as kiln run does.</source>
        <translation>Die Schritte ändern diesen Rechner, wie kiln run.</translation>
    </message>
    <message>
        <source>Sandboxes mount an overlay: start Kiln Studio as root (sudo kiln-studio), or use kiln run --root in a terminal.</source>
        <translation>Sandboxen hängen ein Overlay ein: Kiln Studio als root starten (sudo kiln-studio) oder kiln run --root im Terminal verwenden.</translation>
    </message>
    <message>
        <source>The steps see this machine&apos;s files, their changes go to an overlay: the machine is left as it was, and the Changes pane lists what each step changed.</source>
        <translation>Die Schritte sehen die Dateien dieses Rechners, ihre Änderungen gehen in ein Overlay: der Rechner bleibt, wie er war, und der Bereich Änderungen listet, was jeder Schritt geändert hat.</translation>
    </message>
    <message>
        <source>The same over another distribution&apos;s root (debootstrap output, an exported container): its own programs run against its own files.</source>
        <translation>Dasselbe über der Wurzel einer anderen Distribution (Ausgabe von debootstrap, ein exportierter Container): ihre eigenen Programme arbeiten auf ihren eigenen Dateien.</translation>
    </message>
    <message>
        <source>The same over a container image&apos;s root, from podman or docker (nothing is pulled).</source>
        <translation>Dasselbe über der Wurzel eines Container-Images, von podman oder docker (nichts wird heruntergeladen).</translation>
    </message>
    <message>
        <source>Choose the root folder</source>
        <translation>Den Wurzelordner wählen</translation>
    </message>
    <message>
        <source>Root folder</source>
        <translation>Wurzelordner</translation>
    </message>
    <message>
        <source>/srv/roots/al2023</source>
        <translation>/srv/roots/al2023</translation>
    </message>
    <message>
        <source>image, e.g. amazonlinux:2023</source>
        <translation>Image, z. B. amazonlinux:2023</translation>
    </message>
    <message>
        <source>Choose the root folder to run on.</source>
        <translation>Den Wurzelordner wählen, auf dem ausgeführt wird.</translation>
    </message>
    <message>
        <source>%1 is not a root file system (it has no /bin).</source>
        <translation>%1 ist kein Wurzeldateisystem (es hat kein /bin).</translation>
    </message>
    <message>
        <source>Name the container image to run on.</source>
        <translation>Das Container-Image nennen, auf dem ausgeführt wird.</translation>
    </message>
</context>
<context>
    <name>Kiln::Sandbox</name>
    <message>
        <source>user namespaces are switched off for normal users (sysctl kernel.unprivileged_userns_clone=0)</source>
        <translation>User-Namespaces sind für normale Benutzer abgeschaltet (sysctl kernel.unprivileged_userns_clone=0)</translation>
    </message>
    <message>
        <source>user namespaces are switched off (sysctl user.max_user_namespaces=0)</source>
        <translation>User-Namespaces sind abgeschaltet (sysctl user.max_user_namespaces=0)</translation>
    </message>
    <message>
        <source>the kernel refused a user namespace (inside a chroot, a container, or a security policy such as AppArmor&apos;s)</source>
        <translation>der Kernel verweigerte einen User-Namespace (in einem chroot, einem Container oder durch eine Sicherheitsrichtlinie wie die von AppArmor)</translation>
    </message>
    <message>
        <source>internal error: the sandbox must be entered before any thread starts</source>
        <translation>interner Fehler: die Sandbox muss betreten werden, bevor ein Thread startet</translation>
    </message>
    <message>
        <source>this process runs in a chroot (or a policy refuses root a user namespace), where a sandbox&apos;s processes could leave it for the host&apos;s root; run kiln outside the chroot, or in a container or mount namespace whose root is its own (pivot_root)</source>
        <translation>dieser Prozess läuft in einem chroot (oder eine Richtlinie verweigert root einen User-Namespace), wo die Prozesse einer Sandbox ihn zur Wurzel des Rechners verlassen könnten; starten Sie kiln außerhalb des chroot oder in einem Container oder Mount-Namespace mit eigener Wurzel (pivot_root)</translation>
    </message>
    <message>
        <source>cannot tell whether this process runs in a chroot (user namespaces are off, and /proc/1/root: %1), so no sandbox is made</source>
        <translation>es lässt sich nicht feststellen, ob dieser Prozess in einem chroot läuft (User-Namespaces sind abgeschaltet, und /proc/1/root: %1), daher wird keine Sandbox angelegt</translation>
    </message>
    <message>
        <source>a sandbox needs root or a user namespace, and %1; run as root (sudo) instead</source>
        <translation>eine Sandbox braucht root oder einen User-Namespace, und %1; starten Sie stattdessen als root (sudo)</translation>
    </message>
    <message>
        <source>cannot map this user to root in the user namespace: %1</source>
        <translation>dieser Benutzer kann im User-Namespace nicht auf root abgebildet werden: %1</translation>
    </message>
    <message>
        <source>cannot make a private mount namespace: %1</source>
        <translation>es kann kein eigener Mount-Namespace angelegt werden: %1</translation>
    </message>
    <message>
        <source>this process runs in a chroot whose / is not a mount point, so the sandbox cannot keep its mounts from the host; bind the root onto itself first (mount --bind DIR DIR, in a private mount namespace)</source>
        <translation>dieser Prozess läuft in einem chroot, dessen / kein Einhängepunkt ist, daher kann die Sandbox ihre Einhängungen nicht vom Rechner fernhalten; binden Sie die Wurzel zuerst auf sich selbst (mount --bind DIR DIR, in einem eigenen Mount-Namespace)</translation>
    </message>
    <message>
        <source>cannot make the mounts private: %1</source>
        <translation>die Einhängungen können nicht privat gemacht werden: %1</translation>
    </message>
    <message>
        <source>cannot mount %1 on %2: %3</source>
        <translation>%1 kann nicht auf %2 eingehängt werden: %3</translation>
    </message>
</context>
<context>
    <name>Kiln::Sandbox::OverlayRoot</name>
    <message>
        <source>a sandbox cannot use a folder whose path contains &apos;:&apos; or &apos;,&apos; (%1)</source>
        <translation>eine Sandbox kann keinen Ordner verwenden, dessen Pfad „:“ oder „,“ enthält (%1)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>as a normal user, a sandbox cannot stack on %1: the kernel refuses an overlay over a folder with other file systems mounted in it (%2). Run as root (sudo), or give a root folder of your own with --root</source>
        <translation>als normaler Benutzer kann eine Sandbox nicht auf %1 aufsetzen: der Kernel verweigert ein Overlay über einem Ordner, in dem andere Dateisysteme eingehängt sind (%2). Starten Sie als root (sudo) oder geben Sie mit --root einen eigenen Wurzelordner an</translation>
    </message>
    <message>
        <source>cannot create the mount point %1 in %2</source>
        <translation>der Einhängepunkt %1 kann in %2 nicht angelegt werden</translation>
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
        <source>On reboot request:</source>
        <translation>Bei Neustartanforderung:</translation>
    </message>
    <message>
        <source>Check ExecuteBash commands with ShellCheck</source>
        <translation>ExecuteBash-Befehle mit ShellCheck prüfen</translation>
    </message>
    <message>
        <source>In Kiln&apos;s data folder, one folder per document</source>
        <translation>Im Datenordner von Kiln, ein Ordner je Dokument</translation>
    </message>
    <message>
        <source>Next to the document (like awstoe run)</source>
        <translation>Neben dem Dokument (wie awstoe run)</translation>
    </message>
    <message>
        <source>In this folder:</source>
        <translation>In diesem Ordner:</translation>
    </message>
    <message>
        <source>A folder for the runs of every document</source>
        <translation>Ein Ordner für die Läufe aller Dokumente</translation>
    </message>
    <message>
        <source>shellcheck is not installed (Debian: apt install shellcheck).</source>
        <translation>shellcheck ist nicht installiert (Debian: apt install shellcheck).</translation>
    </message>
    <message>
        <source>Run folders:</source>
        <translation>Laufordner:</translation>
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
    <message>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>not selected: outside the steps this run ran</source>
        <translation>nicht ausgewählt: außerhalb der Schritte dieses Laufs</translation>
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
    <name>Kiln::StudioReplay</name>
    <message>
        <source>Reproduced: every step the replay ran ended as in the original run.</source>
        <translation>Reproduziert: Jeder Schritt der Wiederholung endete wie im ursprünglichen Lauf.</translation>
    </message>
    <message>
        <source>Not reproduced: the replay ran none of the original run&apos;s steps.</source>
        <translation>Nicht reproduziert: Die Wiederholung führte keinen Schritt des ursprünglichen Laufs aus.</translation>
    </message>
    <message numerus="yes">
        <source>Not reproduced: %n step(s) ended otherwise than in the original run.</source>
        <translation>
            <numerusform>Nicht reproduziert: %n Schritt endete anders als im ursprünglichen Lauf.</numerusform>
            <numerusform>Nicht reproduziert: %n Schritte endeten anders als im ursprünglichen Lauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay Run</source>
        <translation>Lauf wiederholen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Run in a sandbox of this machine, leaving it as it is</source>
        <translation>In einer Sandbox dieses Rechners ausführen und ihn unverändert lassen</translation>
    </message>
    <message>
        <source>A run is going on; replay when it has ended.</source>
        <translation>Ein Lauf ist im Gang; wiederholen Sie, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation>%1 kann nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Phases: %1, as in the original run.</source>
        <translation>Phasen: %1, wie im ursprünglichen Lauf.</translation>
    </message>
    <message>
        <source>Stops after %1 › %2, where the original run failed.</source>
        <translation>Hält nach %1 › %2 an, wo der ursprüngliche Lauf fehlschlug.</translation>
    </message>
    <message>
        <source>The original run had no failed step: the replay runs every step.</source>
        <translation>Der ursprüngliche Lauf hatte keinen fehlgeschlagenen Schritt: Die Wiederholung führt jeden Schritt aus.</translation>
    </message>
    <message>
        <source>Parameters: the original run&apos;s (from its kiln-run.json).</source>
        <translation>Parameter: die des ursprünglichen Laufs (aus seiner kiln-run.json).</translation>
    </message>
    <message>
        <source>Parameters: unknown (AWSTOE&apos;s reports have none): the Run pane&apos;s values apply to the document shown, the defaults to the others.</source>
        <translation>Parameter: unbekannt (AWSTOE-Berichte enthalten keine): Für das angezeigte Dokument gelten die Werte des Ausführen-Bereichs, für die anderen die Standardwerte.</translation>
    </message>
    <message>
        <source>Runs in %1 (Run pane › Run on).</source>
        <translation>Läuft in %1 (Ausführen-Bereich › Ausführen auf).</translation>
    </message>
    <message>
        <source>Runs on this machine, changing it: a sandbox needs Kiln Studio started as root.</source>
        <translation>Läuft auf diesem Rechner und verändert ihn: Eine Sandbox setzt voraus, dass Kiln Studio als root gestartet wurde.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>The replay did not finish (%1): nothing to compare.</source>
        <translation>Die Wiederholung wurde nicht beendet (%1): nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Cannot compare the replay with the original run: %1</source>
        <translation>Die Wiederholung kann nicht mit dem ursprünglichen Lauf verglichen werden: %1</translation>
    </message>
    <message>
        <source>Replay — Kiln Studio</source>
        <translation>Wiederholung — Kiln Studio</translation>
    </message>
    <message>
        <source>• %1 (the run folder&apos;s copy of %2)</source>
        <translation>• %1 (die Kopie von %2 im Laufordner)</translation>
    </message>
</context>
<context>
    <name>Kiln::Target</name>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>the root %1</source>
        <translation>das Wurzelverzeichnis %1</translation>
    </message>
</context>
<context>
    <name>Kiln::TimelineModel</name>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>Iteration %1 (%2), attempt %3: %4</source>
        <translation>Durchlauf %1 (%2), Versuch %3: %4</translation>
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
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Kiln::TimelineView</name>
    <message>
        <source>The run on a time axis: one row per step, its attempts and loop iterations, reboots as dashed lines. Click a step to select it.</source>
        <translation>Der Lauf auf einer Zeitachse: eine Zeile je Schritt, seine Versuche und Schleifendurchläufe, Neustarts als gestrichelte Linien. Einen Schritt anklicken, um ihn auszuwählen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Run a document, or open a run in the Run History, to see its steps on a time axis.</source>
        <translation>Ein Dokument ausführen oder einen Lauf im Laufverlauf öffnen, um seine Schritte auf einer Zeitachse zu sehen.</translation>
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
    <message>
        <source>delete %1</source>
        <translation>%1 zu löschen</translation>
    </message>
    <message>
        <source>move %1 away</source>
        <translation>%1 wegzuverschieben</translation>
    </message>
    <message>
        <source>replace %1</source>
        <translation>%1 zu ersetzen</translation>
    </message>
    <message>
        <source>put a link at %1</source>
        <translation>an %1 einen Link anzulegen</translation>
    </message>
    <message>
        <source>change the owner of everything in %1</source>
        <translation>den Eigentümer von allem in %1 zu ändern</translation>
    </message>
    <message>
        <source>change the permissions of everything in %1</source>
        <translation>die Berechtigungen von allem in %1 zu ändern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (resolves to &apos;%2&apos;)</source>
        <translation>„%1“ (aufgelöst: „%2“)</translation>
    </message>
    <message>
        <source>as a &apos;*&apos; pattern it can select the protected system folder &apos;%1&apos;</source>
        <translation>als &apos;*&apos;-Muster kann das den geschützten Systemordner „%1“ erfassen</translation>
    </message>
    <message>
        <source>it is a protected system folder</source>
        <translation>das ist ein geschützter Systemordner</translation>
    </message>
    <message>
        <source>%1 refuses to %2: %3</source>
        <translation>%1 lehnt es ab, %2: %3</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Go-template syntax; AWSTOE writes &apos;{{ %1 }}&apos; without the dot</source>
        <translation>Go-Template-Syntax; AWSTOE schreibt „{{ %1 }}“ ohne den Punkt</translation>
    </message>
    <message>
        <source>the URI has no bucket name</source>
        <translation>die URI hat keinen Bucket-Namen</translation>
    </message>
    <message>
        <source>it is a placeholder that was never replaced</source>
        <translation>es ist ein Platzhalter, der nie ersetzt wurde</translation>
    </message>
    <message>
        <source>a bucket name has 3 to 63 characters</source>
        <translation>ein Bucket-Name hat 3 bis 63 Zeichen</translation>
    </message>
    <message>
        <source>a bucket name has only lowercase letters, digits, &apos;.&apos; and &apos;-&apos;</source>
        <translation>ein Bucket-Name hat nur Kleinbuchstaben, Ziffern, „.“ und „-“</translation>
    </message>
    <message>
        <source>a bucket name starts and ends with a letter or digit</source>
        <translation>ein Bucket-Name beginnt und endet mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a bucket name has no two adjacent periods</source>
        <translation>ein Bucket-Name hat keine zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>a bucket name is not shaped like an IP address</source>
        <translation>ein Bucket-Name ist nicht wie eine IP-Adresse geformt</translation>
    </message>
    <message>
        <source>the prefixes &apos;xn--&apos; and &apos;sthree-&apos; are reserved</source>
        <translation>die Präfixe „xn--“ und „sthree-“ sind reserviert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid S3 bucket name: %2</source>
        <translation>„%1“ ist kein gültiger S3-Bucket-Name: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (from constant &apos;%2&apos;) is not a valid S3 bucket name: %3</source>
        <translation>„%1“ (aus der Konstante „%2“) ist kein gültiger S3-Bucket-Name: %3</translation>
    </message>
    <message>
        <source>no earlier step creates the folder &apos;%1&apos;, and S3Download fails when it does not exist; add a CreateFolder step before this one unless the image has it</source>
        <translation>kein früherer Schritt legt den Ordner „%1“ an, und S3Download schlägt fehl, wenn er fehlt; fügen Sie davor einen CreateFolder-Schritt ein, sofern das Image ihn nicht schon hat</translation>
    </message>
    <message>
        <source>Image Builder never runs phase &apos;%1&apos;: it runs only build, validate and test</source>
        <translation>Image Builder führt die Phase „%1“ nie aus: nur build, validate und test</translation>
    </message>
    <message>
        <source>Image Builder never runs phase &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>Image Builder führt die Phase „%1“ nie aus; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is written as one mapping of %3 keys: write &apos;- %2:&apos; and indent %4 under it, two spaces deeper than &apos;%2&apos;</source>
        <translation>%1 „%2“ ist als ein Mapping mit %3 Schlüsseln geschrieben: Schreiben Sie „- %2:“ und rücken Sie %4 darunter ein, zwei Leerzeichen tiefer als „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is indented %2 spaces under &apos;%3&apos; (line %4) but the lines of its block only %5, so line %6 fits under nothing: indent it by %5 like them</source>
        <translation>„%1“ ist %2 Leerzeichen unter „%3“ (Zeile %4) eingerückt, die Zeilen seines Blocks aber nur %5, daher passt Zeile %6 unter nichts: rücken Sie es wie sie um %5 ein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is indented %2 deeper than &apos;%3&apos; on line %4, which already has a value: align it with &apos;%3&apos;</source>
        <translation>„%1“ ist %2 tiefer eingerückt als „%3“ in Zeile %4, das schon einen Wert hat: richten Sie es an „%3“ aus</translation>
    </message>
</context>
<context>
    <name>Kiln::WelcomePage</name>
    <message>
        <source>Kiln Studio</source>
        <translation>Kiln Studio</translation>
    </message>
    <message>
        <source>Write, check and run EC2 Image Builder components on this machine before they reach the cloud.</source>
        <translation>EC2-Image-Builder-Komponenten auf diesem Rechner schreiben, prüfen und ausführen, bevor sie in die Cloud gehen.</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
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
    <message>
        <source>parameter (%1)</source>
        <translation>Parameter (%1)</translation>
    </message>
    <message>
        <source>constant = %1</source>
        <translation>Konstante = %1</translation>
    </message>
    <message>
        <source>the value of this loop&apos;s iteration</source>
        <translation>der Wert dieses Schleifendurchlaufs</translation>
    </message>
    <message>
        <source>the iteration&apos;s 0-based index</source>
        <translation>der 0-basierte Index des Durchlaufs</translation>
    </message>
    <message>
        <source>input of %1 (%2)</source>
        <translation>Eingabe von %1 (%2)</translation>
    </message>
    <message>
        <source>output of %1 (%2): %3</source>
        <translation>Ausgabe von %1 (%2): %3</translation>
    </message>
    <message>
        <source>set by the run</source>
        <translation>vom Lauf gesetzt</translation>
    </message>
    <message>
        <source>an environment variable: env:NAME</source>
        <translation>eine Umgebungsvariable: env:NAME</translation>
    </message>
    <message>
        <source>an SSM Parameter Store value: aws:ssm:NAME</source>
        <translation>ein Wert aus dem SSM Parameter Store: aws:ssm:NAME</translation>
    </message>
    <message>
        <source>EC2 instance metadata: aws:imds:PATH</source>
        <translation>EC2-Instanzmetadaten: aws:imds:PATH</translation>
    </message>
    <message>
        <source>the component&apos;s name</source>
        <translation>der Name der Komponente</translation>
    </message>
    <message>
        <source>what the component does</source>
        <translation>was die Komponente tut</translation>
    </message>
    <message>
        <source>always 1.0</source>
        <translation>immer 1.0</translation>
    </message>
    <message>
        <source>values given when the component runs</source>
        <translation>Werte, die beim Ausführen der Komponente übergeben werden</translation>
    </message>
    <message>
        <source>fixed values the document names once</source>
        <translation>feste Werte, die das Dokument einmal benennt</translation>
    </message>
    <message>
        <source>build, validate and test, each a list of steps</source>
        <translation>build, validate und test, jeweils eine Liste von Schritten</translation>
    </message>
    <message>
        <source>build, validate or test</source>
        <translation>build, validate oder test</translation>
    </message>
    <message>
        <source>the phase&apos;s steps</source>
        <translation>die Schritte der Phase</translation>
    </message>
    <message>
        <source>stop the document (the default)</source>
        <translation>das Dokument anhalten (Vorgabe)</translation>
    </message>
    <message>
        <source>record the failure and run the next step</source>
        <translation>den Fehler festhalten und den nächsten Schritt ausführen</translation>
    </message>
    <message>
        <source>run the next step as if this one succeeded</source>
        <translation>den nächsten Schritt ausführen, als wäre dieser gelungen</translation>
    </message>
    <message>
        <source>runs when the image is built</source>
        <translation>läuft, wenn das Image gebaut wird</translation>
    </message>
    <message>
        <source>runs when the image is tested</source>
        <translation>läuft, wenn das Image getestet wird</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>kiln</name>
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
        <source>kiln run: %1
Try &apos;kiln run --help&apos;.
</source>
        <translation>kiln run: %1
Siehe „kiln run --help“.
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
    <message numerus="yes">
        <source>Dry run finished: %n step(s) would run (executedStepCount below counts them); nothing was executed.</source>
        <translation>
            <numerusform>Probelauf beendet: %n Schritt würde laufen (executedStepCount unten zählt ihn); nichts wurde ausgeführt.</numerusform>
            <numerusform>Probelauf beendet: %n Schritte würden laufen (executedStepCount unten zählt sie); nichts wurde ausgeführt.</numerusform>
        </translation>
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
    <message>
        <source>Execution id, used in the log folder&apos;s name: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 128 (default: a new UUID).</source>
        <translation>Ausführungs-ID, Teil des Namens des Protokollordners: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, höchstens 128 (Standard: eine neue UUID).</translation>
    </message>
    <message>
        <source>kiln run: the state file %1: %2; remove it to start a new run
</source>
        <translation>kiln run: Zustandsdatei %1: %2; entfernen Sie sie, um eine neue Ausführung zu starten
</translation>
    </message>
    <message>
        <source>Write the HTML report of a run: one self-contained file (summary, failures
first, timeline, each step&apos;s inputs, outputs and last output lines, the
document) to open in a browser or keep as a CI artifact. RUN is a TOE_* run
folder or a detailedoutput.json (also one AWSTOE wrote).
Exit status: 0 written, 1 the run cannot be read or the file not written,
2 usage error.</source>
        <translation>Den HTML-Bericht eines Laufs schreiben: eine in sich geschlossene Datei
(Übersicht, Fehler zuerst, Zeitleiste, Eingaben, Ausgaben und letzte
Ausgabezeilen jedes Schritts, das Dokument), im Browser zu öffnen oder als
CI-Artefakt aufzubewahren. RUN ist ein TOE_*-Laufordner oder eine
detailedoutput.json (auch eine von AWSTOE).
Exit-Status: 0 geschrieben, 1 der Lauf ist nicht lesbar oder die Datei nicht
geschrieben, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Write to FILE (default: report.html in the run folder; - for standard output).</source>
        <translation>In FILE schreiben (Vorgabe: report.html im Laufordner; - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>The run folder or its detailedoutput.json.</source>
        <translation>Der Laufordner oder seine detailedoutput.json.</translation>
    </message>
    <message>
        <source>kiln report: %1
Try &apos;kiln report --help&apos;.
</source>
        <translation>kiln report: %1
Siehe &apos;kiln report --help&apos;.
</translation>
    </message>
    <message>
        <source>kiln report: which run? Give a run folder or a detailedoutput.json
</source>
        <translation>kiln report: welcher Lauf? Einen Laufordner oder eine detailedoutput.json angeben
</translation>
    </message>
    <message>
        <source>kiln report: one run at a time (&apos;%1&apos; is one too many)
</source>
        <translation>kiln report: ein Lauf auf einmal (&apos;%1&apos; ist einer zu viel)
</translation>
    </message>
    <message>
        <source>Also write the run&apos;s HTML report (as kiln report does) to &lt;file&gt;, at the end of every run.</source>
        <translation>Außerdem den HTML-Bericht des Laufs (wie kiln report) nach &lt;file&gt; schreiben, am Ende jedes Laufs.</translation>
    </message>
    <message>
        <source>Run the Kiln language server on standard input and output (Language Server Protocol), for editors: diagnostics, completion, hover, symbols, definitions, references, rename and quick fixes for component documents.</source>
        <translation>Den Kiln-Sprachserver auf Standardein- und -ausgabe starten (Language Server Protocol), für Editoren: Diagnosen, Vervollständigung, Hover, Symbole, Definitionen, Verweise, Umbenennen und Schnellkorrekturen für Komponentendokumente.</translation>
    </message>
    <message>
        <source>Talk over stdin/stdout (the default and only transport; accepted because clients pass it).</source>
        <translation>Über stdin/stdout sprechen (der Standard und einzige Transportweg; angenommen, weil Clients es übergeben).</translation>
    </message>
    <message>
        <source>Validate for this platform: auto (default: detected from the actions), linux, windows or darwin. A client setting overrides it.</source>
        <translation>Für diese Plattform validieren: auto (Standard: aus den Aktionen erkannt), linux, windows oder darwin. Eine Einstellung des Clients hat Vorrang.</translation>
    </message>
    <message>
        <source>Do not lint ExecuteBash commands with shellcheck.</source>
        <translation>ExecuteBash-Befehle nicht mit shellcheck prüfen.</translation>
    </message>
    <message>
        <source>kiln lsp: %1
Try &apos;kiln lsp --help&apos;.
</source>
        <translation>kiln lsp: %1
Siehe „kiln lsp --help“.
</translation>
    </message>
    <message>
        <source>kiln lsp: unknown --platform &apos;%1&apos; (auto, linux, windows or darwin)
</source>
        <translation>kiln lsp: unbekanntes --platform „%1“ (auto, linux, windows oder darwin)
</translation>
    </message>
    <message>
        <source>kiln validate: cannot read %1: %2
</source>
        <translation>kiln validate: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>kiln validate: cannot write %1: %2
</source>
        <translation>kiln validate: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: applied %n fix
</source>
        <translation>
            <numerusform>%1: %n Korrektur angewandt
</numerusform>
            <numerusform>%1: %n Korrekturen angewandt
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: applied %n fixes
</source>
        <translation>
            <numerusform>%1: %n Korrektur angewandt
</numerusform>
            <numerusform>%1: %n Korrekturen angewandt
</numerusform>
        </translation>
    </message>
    <message>
        <source>Report diagnostics of this severity and above: error, warning, info or hint (default: warning for text, everything for json and sarif).</source>
        <translation>Diagnosen dieses Schweregrads und darüber melden: error, warning, info oder hint (Standard: warning für text, alles für json und sarif).</translation>
    </message>
    <message>
        <source>Also show info and hints in the text output (--min-severity hint).</source>
        <translation>Auch Informationen und Hinweise in der Textausgabe zeigen (--min-severity hint).</translation>
    </message>
    <message>
        <source>Apply the safe quick fixes (misspelt names, missing required inputs, indentation) to the files, then report what is left.</source>
        <translation>Die sicheren Schnellkorrekturen (vertippte Namen, fehlende Pflichteingaben, Einrückung) auf die Dateien anwenden, dann melden, was übrig ist.</translation>
    </message>
    <message>
        <source>Print the quick fixes as a unified diff instead of applying them; no file is written.</source>
        <translation>Die Schnellkorrekturen als Unified Diff ausgeben, statt sie anzuwenden; keine Datei wird geschrieben.</translation>
    </message>
    <message>
        <source>kiln validate: unknown --min-severity &apos;%1&apos; (error, warning, info or hint)
</source>
        <translation>kiln validate: unbekanntes --min-severity „%1“ (error, warning, info oder hint)
</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n more below --min-severity; --verbose shows them)</source>
        <translation>
            <numerusform> (%n weiterer Befund unter --min-severity; --verbose zeigt ihn)</numerusform>
            <numerusform> (%n weitere Befunde unter --min-severity; --verbose zeigt sie)</numerusform>
        </translation>
    </message>
    <message>
        <source>kiln run: --html: a dry run has no report
</source>
        <translation>kiln run: --html: ein Probelauf hat keinen Bericht
</translation>
    </message>
    <message>
        <source>Print what a sandboxed run (kiln run --sandbox, --root or --image) changed,
step by step: files added, modified, deleted and replaced, packages, users,
groups and systemd units. RUN is its TOE_* folder or its changes.json.
Exit status: 0 printed, 1 no change report can be read there, 2 usage error.</source>
        <translation>Ausgeben, was ein Lauf in einer Sandbox (kiln run --sandbox, --root oder --image)
geändert hat, Schritt für Schritt: hinzugefügte, geänderte, gelöschte und ersetzte
Dateien, Pakete, Benutzer, Gruppen und systemd-Units. RUN ist sein TOE_*-Ordner oder
seine changes.json.
Exit-Status: 0 ausgegeben, 1 dort ist kein Änderungsbericht lesbar, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>The run folder or its changes.json.</source>
        <translation>Der Laufordner oder seine changes.json.</translation>
    </message>
    <message>
        <source>kiln changes: %1
Try &apos;kiln changes --help&apos;.
</source>
        <translation>kiln changes: %1
Siehe „kiln changes --help“.
</translation>
    </message>
    <message>
        <source>kiln changes: unknown --format &apos;%1&apos; (text or json)
</source>
        <translation>kiln changes: unbekanntes --format „%1“ (text oder json)
</translation>
    </message>
    <message>
        <source>kiln changes: give one run folder (TOE_*) or its changes.json
</source>
        <translation>kiln changes: einen Laufordner (TOE_*) oder seine changes.json angeben
</translation>
    </message>
    <message>
        <source>kiln changes: %1: %2 (only a sandboxed run has a change report)
</source>
        <translation>kiln changes: %1: %2 (nur ein Lauf in einer Sandbox hat einen Änderungsbericht)
</translation>
    </message>
    <message>
        <source>kiln changes: %1: %2
</source>
        <translation>kiln changes: %1: %2
</translation>
    </message>
    <message>
        <source>kiln run: no sandbox: %1
</source>
        <translation>kiln run: keine Sandbox: %1
</translation>
    </message>
    <message>
        <source>Idempotence check skipped: %1</source>
        <translation>Idempotenzprüfung übersprungen: %1</translation>
    </message>
    <message>
        <source>Idempotence check: running every step a second time</source>
        <translation>Idempotenzprüfung: jeder Schritt läuft ein zweites Mal</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are not idempotent</source>
        <translation>
            <numerusform>%n Schritt ist nicht idempotent</numerusform>
            <numerusform>%n Schritte sind nicht idempotent</numerusform>
        </translation>
    </message>
    <message>
        <source>kiln run: --%1 needs --sandbox, --root or --image
</source>
        <translation>kiln run: --%1 braucht --sandbox, --root oder --image
</translation>
    </message>
    <message>
        <source>kiln run: --root %1 is not a root file system (it has no /bin)
</source>
        <translation>kiln run: --root %1 ist kein Wurzeldateisystem (es hat kein /bin)
</translation>
    </message>
    <message>
        <source>Run in a sandbox of this machine: an overlay of its root in a private mount namespace; the machine is left as it was, changes.json says what changed.</source>
        <translation>In einer Sandbox dieses Rechners ausführen: ein Overlay seiner Wurzel in einem eigenen Mount-Namespace; der Rechner bleibt, wie er war, changes.json sagt, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Run in a sandbox of another root file system: a folder such as debootstrap&apos;s output or an exported container.</source>
        <translation>In einer Sandbox eines anderen Wurzeldateisystems ausführen: ein Ordner wie die Ausgabe von debootstrap oder ein exportierter Container.</translation>
    </message>
    <message>
        <source>Run in a sandbox of a container image&apos;s root (podman or docker; nothing is pulled).</source>
        <translation>In einer Sandbox der Wurzel eines Container-Images ausführen (podman oder docker; nichts wird heruntergeladen).</translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s changed files (its overlay upper layer) in &lt;dir&gt;.</source>
        <translation>Die geänderten Dateien der Sandbox (die obere Overlay-Schicht) in &lt;dir&gt; aufbewahren.</translation>
    </message>
    <message>
        <source>Write the files the sandboxed run added or modified to a tar &lt;file&gt;.</source>
        <translation>Die Dateien, die der Lauf in der Sandbox hinzugefügt oder geändert hat, in eine tar-Datei &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>After a successful sandboxed run, run every step again and report each one that fails, changes files again or prints another output (exit status 1).</source>
        <translation>Nach einem erfolgreichen Lauf in der Sandbox jeden Schritt erneut ausführen und jeden melden, der fehlschlägt, wieder Dateien ändert oder eine andere Ausgabe druckt (Exit-Status 1).</translation>
    </message>
    <message>
        <source>Paths (globs, * also matches /) the idempotence check lets a step change again, besides logs, caches and temporary folders; repeatable.</source>
        <translation>Pfade (Globs, * passt auch auf /), die ein Schritt bei der Idempotenzprüfung erneut ändern darf, neben Protokollen, Caches und temporären Ordnern; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Also print the diff of each text file a step added or changed (up to 64 KiB).</source>
        <translation>Auch den Diff jeder Textdatei ausgeben, die ein Schritt hinzugefügt oder geändert hat (bis 64 KiB).</translation>
    </message>
    <message>
        <source>Compare two runs step by step: status, duration, outputs, failure messages and, for
sandboxed runs, the files each changed. A run is its TOE_* folder or a
detailedoutput.json (also one AWSTOE wrote in the cloud). Durations never count as
a difference.
Exit status: 0 the runs agree, 1 they differ, 2 usage error or a run cannot be read.</source>
        <translation>Zwei Läufe Schritt für Schritt vergleichen: Status, Dauer, Ausgaben, Fehlermeldungen
und bei Läufen in einer Sandbox die Dateien, die jeder geändert hat. Ein Lauf ist sein
TOE_*-Ordner oder eine detailedoutput.json (auch eine, die AWSTOE in der Cloud schrieb).
Dauern zählen nie als Unterschied.
Exit-Status: 0 die Läufe stimmen überein, 1 sie unterscheiden sich, 2 Aufruffehler oder
ein Lauf ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The first run (folder or report).</source>
        <translation>Der erste Lauf (Ordner oder Bericht).</translation>
    </message>
    <message>
        <source>The second run.</source>
        <translation>Der zweite Lauf.</translation>
    </message>
    <message>
        <source>kiln diff: %1
Try &apos;kiln diff --help&apos;.
</source>
        <translation>kiln diff: %1
Siehe „kiln diff --help“.
</translation>
    </message>
    <message>
        <source>kiln diff: unknown --format &apos;%1&apos; (text or json)
</source>
        <translation>kiln diff: unbekanntes --format „%1“ (text oder json)
</translation>
    </message>
    <message>
        <source>kiln diff: give two runs (TOE_* folders or detailedoutput.json files)
</source>
        <translation>kiln diff: zwei Läufe angeben (TOE_*-Ordner oder detailedoutput.json-Dateien)
</translation>
    </message>
    <message>
        <source>kiln diff: %1
</source>
        <translation>kiln diff: %1
</translation>
    </message>
    <message>
        <source>Write the document of an EC2 Image Builder component to a file.
COMPONENT is a component ARN (arn:aws:imagebuilder:REGION:ACCOUNT:component/NAME/VERSION[/BUILD])
or NAME/VERSION; VERSION may use x wildcards (1.x.x): the newest match is pulled.
Needs imagebuilder:GetComponent (and ListComponents / ListComponentBuildVersions to resolve
a version or a NAME).
Exit status: 0 written, 1 the component cannot be fetched or the file exists, 2 usage error.</source>
        <translation>Das Dokument einer EC2-Image-Builder-Komponente in eine Datei schreiben.
COMPONENT ist ein Komponenten-ARN (arn:aws:imagebuilder:REGION:ACCOUNT:component/NAME/VERSION[/BUILD])
oder NAME/VERSION; VERSION darf x als Platzhalter enthalten (1.x.x): der neueste Treffer wird geholt.
Braucht imagebuilder:GetComponent (und ListComponents / ListComponentBuildVersions, um eine
Version oder einen NAME aufzulösen).
Exit-Status: 0 geschrieben, 1 die Komponente ist nicht abrufbar oder die Datei existiert, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (default: NAME.yaml; - for stdout).</source>
        <translation>Nach &lt;file&gt; schreiben (Vorgabe: NAME.yaml; - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Region of a NAME/VERSION component (default: the AWS region).</source>
        <translation>Region einer NAME/VERSION-Komponente (Vorgabe: die AWS-Region).</translation>
    </message>
    <message>
        <source>Owner of a NAME/VERSION component: Self (default), Amazon, Shared or ThirdParty.</source>
        <translation>Besitzer einer NAME/VERSION-Komponente: Self (Vorgabe), Amazon, Shared oder ThirdParty.</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Eine vorhandene Datei überschreiben.</translation>
    </message>
    <message>
        <source>ARN or NAME/VERSION.</source>
        <translation>ARN oder NAME/VERSION.</translation>
    </message>
    <message>
        <source>kiln pull: %1
Try &apos;kiln pull --help&apos;.
</source>
        <translation>kiln pull: %1
Siehe „kiln pull --help“.
</translation>
    </message>
    <message>
        <source>kiln pull: give one component (ARN or NAME/VERSION)
</source>
        <translation>kiln pull: eine Komponente angeben (ARN oder NAME/VERSION)
</translation>
    </message>
    <message>
        <source>kiln pull: unknown --owner &apos;%1&apos; (Self, Amazon, Shared or ThirdParty)
</source>
        <translation>kiln pull: unbekannter --owner „%1“ (Self, Amazon, Shared oder ThirdParty)
</translation>
    </message>
    <message>
        <source>kiln pull: %1 exists; use --force to overwrite it
</source>
        <translation>kiln pull: %1 existiert; mit --force überschreiben
</translation>
    </message>
    <message>
        <source>kiln pull: cannot fetch %1: %2
</source>
        <translation>kiln pull: %1 kann nicht abgerufen werden: %2
</translation>
    </message>
    <message>
        <source>kiln pull: cannot write %1: %2
</source>
        <translation>kiln pull: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>kiln pull: wrote %1 (%2)
</source>
        <translation>kiln pull: %1 geschrieben (%2)
</translation>
    </message>
    <message>
        <source>kiln run: warning: %1; the run goes on without it (--cw-ignore-failures)
</source>
        <translation>kiln run: Warnung: %1; der Lauf geht ohne weiter (--cw-ignore-failures)
</translation>
    </message>
    <message>
        <source>kiln run: --cw-log-stream and --cw-log-region need --cw-log-group
</source>
        <translation>kiln run: --cw-log-stream und --cw-log-region brauchen --cw-log-group
</translation>
    </message>
    <message>
        <source>Comma-separated documents to run, in order: paths, s3://bucket/key or Image Builder component ARNs.</source>
        <translation>Kommagetrennte Dokumente, die der Reihe nach laufen: Pfade, s3://bucket/key oder ARNs von Image-Builder-Komponenten.</translation>
    </message>
    <message>
        <source>Stream console.log to this CloudWatch Logs group while the run goes.</source>
        <translation>console.log während des Laufs in diese CloudWatch-Logs-Gruppe übertragen.</translation>
    </message>
    <message>
        <source>Log stream in --cw-log-group (default: the run folder&apos;s name, TOE_&lt;date&gt;_&lt;time&gt;_UTC-0_&lt;execution id&gt;).</source>
        <translation>Log-Stream in --cw-log-group (Vorgabe: der Name des Laufordners, TOE_&lt;date&gt;_&lt;time&gt;_UTC-0_&lt;execution id&gt;).</translation>
    </message>
    <message>
        <source>Region of --cw-log-group (default: the AWS region).</source>
        <translation>Region von --cw-log-group (Vorgabe: die AWS-Region).</translation>
    </message>
    <message>
        <source>A failure to log to CloudWatch is a warning, not a failed run.</source>
        <translation>Ein Fehler beim Protokollieren nach CloudWatch ist eine Warnung, kein fehlgeschlagener Lauf.</translation>
    </message>
    <message>
        <source>Comma-separated documents to check: paths, s3://bucket/key or Image Builder component ARNs.</source>
        <translation>Kommagetrennte Dokumente, die geprüft werden: Pfade, s3://bucket/key oder ARNs von Image-Builder-Komponenten.</translation>
    </message>
    <message>
        <source>kiln validate: --fix and --diff work on local files, not s3:// or Image Builder documents
</source>
        <translation>kiln validate: --fix und --diff arbeiten mit lokalen Dateien, nicht mit s3://- oder Image-Builder-Dokumenten
</translation>
    </message>
    <message>
        <source>Download a run folder (TOE_*) that AWSTOE or kiln run uploaded to S3.
URI is s3://bucket/prefix/: the newest TOE_* folder under it, or the one it names.
Prints the local folder. Needs s3:ListBucket and s3:GetObject.
Exit status: 0 downloaded, 1 nothing found or the download failed, 2 usage error.</source>
        <translation>Einen Laufordner (TOE_*) herunterladen, den AWSTOE oder kiln run nach S3 hochgeladen hat.
URI ist s3://bucket/prefix/: der neueste TOE_*-Ordner darunter oder der, den sie nennt.
Gibt den lokalen Ordner aus. Braucht s3:ListBucket und s3:GetObject.
Exit-Status: 0 heruntergeladen, 1 nichts gefunden oder der Download schlug fehl, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Download into &lt;dir&gt;, which must not exist or be empty (default: the run folder&apos;s name in the working directory).</source>
        <translation>Nach &lt;dir&gt; herunterladen, das nicht existieren oder leer sein muss (Vorgabe: der Name des Laufordners im Arbeitsverzeichnis).</translation>
    </message>
    <message>
        <source>s3://bucket/prefix/ of the run folder.</source>
        <translation>s3://bucket/prefix/ des Laufordners.</translation>
    </message>
    <message>
        <source>kiln logs: %1
Try &apos;kiln logs --help&apos;.
</source>
        <translation>kiln logs: %1
Siehe „kiln logs --help“.
</translation>
    </message>
    <message>
        <source>kiln logs: give one s3://bucket/prefix/ (where the run&apos;s logs were uploaded)
</source>
        <translation>kiln logs: ein s3://bucket/prefix/ angeben (wohin die Protokolle des Laufs hochgeladen wurden)
</translation>
    </message>
    <message>
        <source>kiln logs: cannot download the run folder from %1: %2
</source>
        <translation>kiln logs: der Laufordner kann nicht von %1 heruntergeladen werden: %2
</translation>
    </message>
    <message>
        <source>kiln logs: downloaded %1
</source>
        <translation>kiln logs: %1 heruntergeladen
</translation>
    </message>
    <message>
        <source>Usage: kiln &lt;command&gt; [options]

Validate and run EC2 Image Builder component documents (AWSTOE YAML) locally.

Commands:
  validate   check documents: YAML, schema, action inputs, references, loops
  run        run documents on this machine or in a sandbox, like `awstoe run`
  actions    list the action modules, or describe one (kiln actions ExecuteBash)
  schema     write the JSON Schema of component documents, for editors and CI
  report     write a run&apos;s HTML report, to look at in a browser
  changes    print what a sandboxed run changed (files, packages, users, units)
  diff       compare two runs step by step (status, outputs, changes)
  pull       write an Image Builder component&apos;s document to a file
  publish    validate a document and create an Image Builder component version
  logs       download a run folder that AWSTOE or kiln run uploaded to S3
  lsp        run the language server for editors (stdin/stdout)
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
  run        Dokumente auf diesem Rechner oder in einer Sandbox ausführen, wie `awstoe run`
  actions    die Aktionsmodule auflisten oder eines beschreiben (kiln actions ExecuteBash)
  schema     das JSON-Schema der Komponentendokumente schreiben, für Editoren und CI
  report     den HTML-Bericht eines Laufs schreiben, zum Ansehen im Browser
  changes    ausgeben, was ein Lauf in einer Sandbox geändert hat (Dateien, Pakete, Benutzer, Units)
  diff       zwei Läufe Schritt für Schritt vergleichen (Status, Ausgaben, Änderungen)
  pull       das Dokument einer Image-Builder-Komponente in eine Datei schreiben
  publish    ein Dokument prüfen und als neue Version einer Image-Builder-Komponente anlegen
  logs       einen Laufordner herunterladen, den AWSTOE oder kiln run nach S3 hochgeladen hat
  lsp        den Sprachserver für Editoren starten (stdin/stdout)
  help       die Hilfe eines Befehls anzeigen (kiln help run)

Optionen:
  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version ausgeben

Jeder Befehl hat eigene Optionen: kiln &lt;Befehl&gt; --help. Siehe auch kiln(1).
</translation>
    </message>
    <message>
        <source>Name of the component (required).</source>
        <translation>Name der Komponente (erforderlich).</translation>
    </message>
    <message>
        <source>Version to create, x.y.z (required); Image Builder adds the build number.</source>
        <translation>Anzulegende Version, x.y.z (erforderlich); Image Builder fügt die Build-Nummer hinzu.</translation>
    </message>
    <message>
        <source>Linux, Windows or macOS (default: the platform the document&apos;s actions run on).</source>
        <translation>Linux, Windows oder macOS (Vorgabe: die Plattform, auf der die Aktionen des Dokuments laufen).</translation>
    </message>
    <message>
        <source>Description of the component.</source>
        <translation>Beschreibung der Komponente.</translation>
    </message>
    <message>
        <source>What changed in this version.</source>
        <translation>Was sich in dieser Version geändert hat.</translation>
    </message>
    <message>
        <source>KMS key (ID or ARN) to encrypt the component with.</source>
        <translation>KMS-Schlüssel (ID oder ARN), mit dem die Komponente verschlüsselt wird.</translation>
    </message>
    <message>
        <source>Tags of the component: key=value,...</source>
        <translation>Tags der Komponente: key=value,...</translation>
    </message>
    <message>
        <source>Bucket for a document longer than CreateComponent takes inline: it is uploaded to s3://BUCKET/PREFIX/NAME/VERSION/FILE and published from there.</source>
        <translation>Bucket für ein Dokument, das länger ist, als CreateComponent direkt annimmt: es wird nach s3://BUCKET/PREFIX/NAME/VERSION/FILE hochgeladen und von dort veröffentlicht.</translation>
    </message>
    <message>
        <source>Key prefix in --uri-bucket (default: none).</source>
        <translation>Schlüsselpräfix in --uri-bucket (Vorgabe: keines).</translation>
    </message>
    <message>
        <source>Region to publish in (default: the AWS region).</source>
        <translation>Region, in der veröffentlicht wird (Vorgabe: die AWS-Region).</translation>
    </message>
    <message>
        <source>Validate and print the CreateComponent request (and the S3 key of an upload); send nothing. Needs no credentials.</source>
        <translation>Prüfen und die CreateComponent-Anfrage (und den S3-Schlüssel eines Uploads) ausgeben; nichts senden. Braucht keine Anmeldedaten.</translation>
    </message>
    <message>
        <source>The component document (YAML).</source>
        <translation>Das Komponentendokument (YAML).</translation>
    </message>
    <message>
        <source>Try &apos;kiln publish --help&apos;.
</source>
        <translation>Siehe „kiln publish --help“.
</translation>
    </message>
    <message>
        <source>give one document file</source>
        <translation>eine Dokumentdatei angeben</translation>
    </message>
    <message>
        <source>--name is required (the component&apos;s name in Image Builder)</source>
        <translation>--name ist erforderlich (der Name der Komponente in Image Builder)</translation>
    </message>
    <message>
        <source>--name &apos;%1&apos;: %2</source>
        <translation>--name „%1“: %2</translation>
    </message>
    <message>
        <source>--semantic-version is required (x.y.z, e.g. 1.0.0)</source>
        <translation>--semantic-version ist erforderlich (x.y.z, z. B. 1.0.0)</translation>
    </message>
    <message>
        <source>--semantic-version &apos;%1&apos; is not x.y.z with whole numbers (e.g. 1.2.3; no wildcards, no build number)</source>
        <translation>--semantic-version „%1“ ist nicht x.y.z mit ganzen Zahlen (z. B. 1.2.3; keine Platzhalter, keine Build-Nummer)</translation>
    </message>
    <message>
        <source>unknown --platform &apos;%1&apos; (Linux, Windows or macOS)</source>
        <translation>unbekannte --platform „%1“ (Linux, Windows oder macOS)</translation>
    </message>
    <message>
        <source>--tags: %1 (give key=value,key2=value2)</source>
        <translation>--tags: %1 (key=value,key2=value2 angeben)</translation>
    </message>
    <message>
        <source>--uri-prefix needs --uri-bucket</source>
        <translation>--uri-prefix braucht --uri-bucket</translation>
    </message>
    <message>
        <source>kiln publish: %1 has errors (%2); nothing was published. Fix them (kiln validate %1 shows them too) and publish again.
</source>
        <translation>kiln publish: %1 hat Fehler (%2); nichts wurde veröffentlicht. Beheben Sie sie (kiln validate %1 zeigt sie auch) und veröffentlichen Sie erneut.
</translation>
    </message>
    <message>
        <source>Publish a component document as a new EC2 Image Builder component version.
The document is validated first (as by kiln validate) and nothing is sent while it has errors.
Needs imagebuilder:CreateComponent and imagebuilder:ListComponents (and s3:PutObject with --uri-bucket).
Exit status: 0 published (or printed with --dry-run), 1 the document has errors, is too long to send inline, the version exists or Image Builder refused it, 2 usage error.</source>
        <translation>Ein Komponentendokument als neue Version einer EC2-Image-Builder-Komponente veröffentlichen.
Das Dokument wird zuerst geprüft (wie von kiln validate), und solange es Fehler hat, wird nichts gesendet.
Braucht imagebuilder:CreateComponent und imagebuilder:ListComponents (und s3:PutObject mit --uri-bucket).
Exit-Status: 0 veröffentlicht (oder mit --dry-run ausgegeben), 1 das Dokument hat Fehler, ist zu lang für den direkten Versand, die Version existiert oder Image Builder lehnte ab, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>kiln publish: %1
Try &apos;kiln publish --help&apos;.
</source>
        <translation>kiln publish: %1
Siehe „kiln publish --help“.
</translation>
    </message>
    <message>
        <source>kiln publish: cannot read %1: %2
</source>
        <translation>kiln publish: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>kiln publish: %1 has %2 characters; CreateComponent takes at most %3 inline. Pass --uri-bucket BUCKET to upload it to S3 and publish it from there.
</source>
        <translation>kiln publish: %1 hat %2 Zeichen; CreateComponent nimmt direkt höchstens %3. Mit --uri-bucket BUCKET wird es nach S3 hochgeladen und von dort veröffentlicht.
</translation>
    </message>
    <message>
        <source>kiln publish: would upload %1 to %2
</source>
        <translation>kiln publish: würde %1 nach %2 hochladen
</translation>
    </message>
    <message>
        <source>kiln publish: dry run; nothing was sent.
</source>
        <translation>kiln publish: Probelauf; nichts wurde gesendet.
</translation>
    </message>
    <message>
        <source>kiln publish: no AWS credentials: %1
</source>
        <translation>kiln publish: keine AWS-Anmeldedaten: %1
</translation>
    </message>
    <message>
        <source>kiln publish: version %1 of component &apos;%2&apos; already exists in region %3; Image Builder never replaces a version.
%4 is free: %5
</source>
        <translation>kiln publish: Version %1 der Komponente „%2“ existiert in Region %3 bereits; Image Builder ersetzt nie eine Version.
%4 ist frei: %5
</translation>
    </message>
    <message>
        <source>kiln publish: cannot check the versions of &apos;%1&apos; first: %2
</source>
        <translation>kiln publish: die Versionen von „%1“ können vorab nicht geprüft werden: %2
</translation>
    </message>
    <message>
        <source>kiln publish: cannot upload %1 to %2: %3
</source>
        <translation>kiln publish: %1 kann nicht nach %2 hochgeladen werden: %3
</translation>
    </message>
    <message>
        <source>kiln publish: uploaded %1 to %2
</source>
        <translation>kiln publish: %1 nach %2 hochgeladen
</translation>
    </message>
    <message>
        <source>kiln publish: Image Builder did not create %1 %2: %3
</source>
        <translation>kiln publish: Image Builder hat %1 %2 nicht angelegt: %3
</translation>
    </message>
    <message>
        <source>With --kms-key-id the credentials also need the use of that key (kms:GenerateDataKey, kms:Encrypt, kms:Decrypt, kms:DescribeKey on %1).
</source>
        <translation>Mit --kms-key-id brauchen die Anmeldedaten auch die Nutzung dieses Schlüssels (kms:GenerateDataKey, kms:Encrypt, kms:Decrypt, kms:DescribeKey auf %1).
</translation>
    </message>
    <message>
        <source>kiln publish: published %1 as %2
</source>
        <translation>kiln publish: %1 als %2 veröffentlicht
</translation>
    </message>
    <message>
        <source>kiln run: --replay: cannot download the run folder from %1: %2
</source>
        <translation>kiln run: --replay: der Laufordner kann nicht von %1 heruntergeladen werden: %2
</translation>
    </message>
    <message>
        <source>kiln run: --replay: fetched %1
</source>
        <translation>kiln run: --replay: %1 geholt
</translation>
    </message>
    <message>
        <source>kiln run: --replay: %1
</source>
        <translation>kiln run: --replay: %1
</translation>
    </message>
    <message>
        <source>kiln run: --replay %1: %2
</source>
        <translation>kiln run: --replay %1: %2
</translation>
    </message>
    <message>
        <source>%1 (from its copy %2)</source>
        <translation>%1 (aus seiner Kopie %2)</translation>
    </message>
    <message>
        <source>kiln run: replaying %1: %2
</source>
        <translation>kiln run: %1 wird wiederholt: %2
</translation>
    </message>
    <message>
        <source>kiln run: phases %1, as in the original run
</source>
        <translation>kiln run: Phasen %1, wie im ursprünglichen Lauf
</translation>
    </message>
    <message>
        <source>kiln run: stopping after %1/%2, where the original run failed
</source>
        <translation>kiln run: Halt nach %1/%2, wo der ursprüngliche Lauf fehlschlug
</translation>
    </message>
    <message>
        <source>kiln run: note: the report has no kiln-run.json (AWSTOE&apos;s runs have none), so the original parameters are unknown: the documents&apos; defaults apply; pass --parameters name=value to set them
</source>
        <translation>kiln run: Hinweis: der Bericht hat keine kiln-run.json (die Läufe von AWSTOE haben keine), daher sind die ursprünglichen Parameter unbekannt: es gelten die Vorgaben der Dokumente; mit --parameters name=value lassen sie sich setzen
</translation>
    </message>
    <message>
        <source>kiln run: --replay: cannot compare with the original run: %1
</source>
        <translation>kiln run: --replay: Vergleich mit dem ursprünglichen Lauf nicht möglich: %1
</translation>
    </message>
    <message>
        <source>Run component documents locally, like `awstoe run`.
Exit status: 0 success (also with ignored failures), 1 the run failed, 2 usage or
validation error (nothing ran), 194 reboot handed off (--reboot=handoff),
129/130/143 interrupted by SIGHUP/SIGINT/SIGTERM. With --replay: 0 every step
ended as in the report, 1 not.</source>
        <translation>Führt Komponentendokumente lokal aus, wie `awstoe run`.
Exit-Status: 0 Erfolg (auch mit ignorierten Fehlschlägen), 1 Ausführung fehlgeschlagen,
2 Aufruf- oder Validierungsfehler (nichts ausgeführt), 194 Neustart übergeben
(--reboot=handoff), 129/130/143 durch SIGHUP/SIGINT/SIGTERM unterbrochen. Mit --replay:
0 jeder Schritt endete wie im Bericht, 1 nicht.</translation>
    </message>
    <message>
        <source>kiln run: --replay runs the documents of the report; it cannot be combined with --documents or --config
</source>
        <translation>kiln run: --replay führt die Dokumente des Berichts aus; es lässt sich nicht mit --documents oder --config kombinieren
</translation>
    </message>
    <message>
        <source>Run again what a report describes: a detailedoutput.json, a run folder, or an s3:// prefix as for kiln logs. Same documents, phases and (from kiln-run.json) parameters, stopping after the step that failed; then the original and the replay are compared. Exit status 0 when every step ends as in the report, 1 when not.</source>
        <translation>Erneut ausführen, was ein Bericht beschreibt: eine detailedoutput.json, ein Laufordner oder ein s3://-Präfix wie bei kiln logs. Dieselben Dokumente, Phasen und (aus kiln-run.json) Parameter, mit Halt nach dem fehlgeschlagenen Schritt; dann werden Original und Wiederholung verglichen. Exit-Status 0, wenn jeder Schritt wie im Bericht endet, sonst 1.</translation>
    </message>
    <message>
        <source>kiln run: note: the replay runs on this machine as this user; --sandbox runs it in a sandbox
</source>
        <translation>kiln run: Hinweis: Die Wiederholung läuft auf diesem Rechner als dieser Benutzer; --sandbox führt sie in einer Sandbox aus
</translation>
    </message>
    <message>
        <source>kiln run: note: no sandbox here (%1): the replay runs on this machine
</source>
        <translation>kiln run: Hinweis: Hier ist keine Sandbox möglich (%1): Die Wiederholung läuft auf diesem Rechner
</translation>
    </message>
    <message>
        <source>kiln run: the replay runs in a sandbox of this machine (--on-host: on the machine itself)
</source>
        <translation>kiln run: Die Wiederholung läuft in einer Sandbox dieses Rechners (--on-host: auf dem Rechner selbst)
</translation>
    </message>
    <message>
        <source>kiln run: --sandbox, --root, --image and --on-host are alternatives; give one
</source>
        <translation>kiln run: --sandbox, --root, --image und --on-host schließen einander aus; geben Sie eines an
</translation>
    </message>
    <message>
        <source>kiln run: --on-host is for --replay (a run is on this machine unless --sandbox, --root or --image says otherwise)
</source>
        <translation>kiln run: --on-host gilt nur mit --replay (ein Lauf findet auf diesem Rechner statt, sofern --sandbox, --root oder --image nichts anderes sagen)
</translation>
    </message>
    <message>
        <source>With --replay: run on this machine, changing it. Without it a replay runs in a sandbox of this machine when it can have one (as root, outside a chroot).</source>
        <translation>Mit --replay: auf diesem Rechner ausführen und ihn verändern. Ohne diese Option läuft eine Wiederholung in einer Sandbox dieses Rechners, wenn eine möglich ist (als root, außerhalb eines chroot).</translation>
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
