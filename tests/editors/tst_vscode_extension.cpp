// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The VS Code extension (editors/vscode): its manifest activates for component
// documents (file patterns and the `# kiln` / schema modeline), starts `kiln
// lsp`, and declares the settings the server reads; the .vsix, when the build
// made one (npm available), carries that manifest and the extension code.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kDir = QStringLiteral(KILN_VSCODE_DIR "/");

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject manifest()
{
    return QJsonDocument::fromJson(read(kDir + u"package.json"_s)).object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestVscodeExtension : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestActivatesForComponents()
    {
        const QJsonObject m = manifest();
        QVERIFY2(!m.isEmpty(), "editors/vscode/package.json is missing or not JSON");
        QCOMPARE(m.value(u"main"_s).toString(), u"./extension.js"_s);
        const QStringList events = strings(m.value(u"activationEvents"_s));
        QVERIFY(events.contains(u"onLanguage:kiln-component"_s));
        QVERIFY(events.contains(u"onLanguage:yaml"_s)); // to look for the modeline
        const QJsonObject language =
            m.value(u"contributes"_s).toObject().value(u"languages"_s).toArray().at(0).toObject();
        QCOMPARE(language.value(u"id"_s).toString(), u"kiln-component"_s);
        const QStringList patterns = strings(language.value(u"filenamePatterns"_s));
        for (const QString &p : {u"component.yaml"_s, u"*.component.yaml"_s, u"*-component.yml"_s})
            QVERIFY2(patterns.contains(p), qPrintable(p));
        // The modeline: `# kiln` or a yaml-language-server schema naming Kiln's.
        const QRegularExpression firstLine(language.value(u"firstLine"_s).toString());
        QVERIFY(firstLine.isValid());
        QVERIFY(firstLine.match(u"# kiln"_s).hasMatch());
        QVERIFY(firstLine.match(u"#kiln: EC2 Image Builder component"_s).hasMatch());
        QVERIFY(firstLine.match(u"# yaml-language-server: $schema=./component.schema.json"_s)
                    .hasMatch());
        QVERIFY(firstLine.match(u"# yaml-language-server: $schema=https://x/kiln/schema.json"_s)
                    .hasMatch());
        QVERIFY(!firstLine.match(u"# kilns of the world"_s).hasMatch());
        QVERIFY(!firstLine.match(u"name: kiln"_s).hasMatch());
        // The extension applies the same expression to the first lines of YAML files.
        const QString code = QString::fromUtf8(read(kDir + u"extension.js"_s));
        QVERIFY(code.contains(
            u"const MODELINE = /"_s +
            language.value(u"firstLine"_s).toString().replace(u"\\\\"_s, u"\\"_s) + u"/m;"_s));
    }

    void extensionStartsKilnLsp()
    {
        const QString code = QString::fromUtf8(read(kDir + u"extension.js"_s));
        QVERIFY(code.contains(u"settings.get('path', 'kiln')"_s));
        QVERIFY(code.contains(u"args: ['lsp']"_s));
        QVERIFY(code.contains(u"TransportKind.stdio"_s));
        QVERIFY(code.contains(u"documentSelector: [{ language: LANGUAGE }]"_s));
        QVERIFY(code.contains(u"configurationSection: 'kiln'"_s));
        // The settings the server reads (ServerSettings::update).
        const QJsonObject properties = manifest()
                                           .value(u"contributes"_s)
                                           .toObject()
                                           .value(u"configuration"_s)
                                           .toObject()
                                           .value(u"properties"_s)
                                           .toObject();
        QCOMPARE(properties.value(u"kiln.path"_s).toObject().value(u"default"_s).toString(),
                 u"kiln"_s);
        QCOMPARE(strings(properties.value(u"kiln.platform"_s).toObject().value(u"enum"_s)),
                 (QStringList{u"auto"_s, u"linux"_s, u"windows"_s, u"darwin"_s}));
        QVERIFY(properties.contains(u"kiln.lint"_s));
        // Built with vsce from the committed lock file.
        QVERIFY(
            manifest().value(u"dependencies"_s).toObject().contains(u"vscode-languageclient"_s));
        QVERIFY(manifest().value(u"devDependencies"_s).toObject().contains(u"@vscode/vsce"_s));
        QVERIFY(!read(kDir + u"package-lock.json"_s).isEmpty());
    }

    // A .vsix is a zip: its entry names are stored as plain bytes.
    void vsixHoldsTheManifest()
    {
        const QByteArray vsix = read(QStringLiteral(KILN_VSIX));
        if (vsix.isEmpty())
            QSKIP("no .vsix in this build (needs npx and `npm ci` in editors/vscode)");
        QVERIFY(vsix.startsWith("PK\x03\x04"));
        for (const char *entry :
             {"extension.vsixmanifest", "extension/package.json", "extension/extension.js",
              "extension/node_modules/vscode-languageclient/package.json"})
            QVERIFY2(vsix.contains(entry), entry);
    }
};

QTEST_GUILESS_MAIN(TestVscodeExtension)
#include "tst_vscode_extension.moc"
