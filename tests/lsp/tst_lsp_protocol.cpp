// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// `kiln lsp` spoken to as an editor does: JSON-RPC over the process's stdin
// and stdout (initialize, didOpen, didChange, completion, hover, definition,
// references, rename, documentSymbol, codeAction, shutdown/exit), and
// malformed input that must get an error response, never a crash.
#include "lspclient.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using KilnTest::LspClient;

namespace {

const QString kUri = u"file:///tmp/kiln-lsp-test/component.yaml"_s;

// Line 5 holds the misspelt action (characters 16-26); step Fetch is named on
// line 4 (14-19) and referenced on line 13 (29-34).
const QString kDocument = u"schemaVersion: 1.0\n"
                          "phases:\n"
                          "  - name: build\n"
                          "    steps:\n"
                          "      - name: Fetch\n"
                          "        action: ExecuteBsh\n"
                          "        inputs:\n"
                          "          commands:\n"
                          "            - echo hi\n"
                          "      - name: Show\n"
                          "        action: ExecuteBash\n"
                          "        inputs:\n"
                          "          commands:\n"
                          "            - echo \"{{ build.Fetch.outputs.stdout }}\"\n"_s;

QJsonObject pos(int line, int character)
{
    return {{u"line"_s, line}, {u"character"_s, character}};
}

QJsonObject range(int line, int from, int to)
{
    return {{u"start"_s, pos(line, from)}, {u"end"_s, pos(line, to)}};
}

QJsonObject textDocument(const QString &uri = kUri)
{
    return {{u"uri"_s, uri}};
}

QJsonObject at(int line, int character, const QString &uri = kUri)
{
    return {{u"textDocument"_s, textDocument(uri)}, {u"position"_s, pos(line, character)}};
}

// An initialized server (with `options` as initializationOptions).
void initialize(LspClient &client, const QJsonObject &options = {})
{
    const QJsonObject reply = client.call(u"initialize"_s, {{u"processId"_s, QJsonValue()},
                                                            {u"capabilities"_s, QJsonObject{}},
                                                            {u"initializationOptions"_s, options}});
    QVERIFY(reply.contains(u"result"_s));
    client.notify(u"initialized"_s);
}

void open(LspClient &client, const QString &text, const QString &uri = kUri)
{
    client.notify(u"textDocument/didOpen"_s,
                  {{u"textDocument"_s, QJsonObject{{u"uri"_s, uri},
                                                   {u"languageId"_s, u"yaml"_s},
                                                   {u"version"_s, 1},
                                                   {u"text"_s, text}}}});
}

// The next publishDiagnostics for `uri` whose version is `version`.
QJsonArray diagnostics(LspClient &client, int version, const QString &uri = kUri)
{
    const QJsonObject message = client.waitFor([&](const QJsonObject &m) {
        const QJsonObject params = m.value(u"params"_s).toObject();
        return m.value(u"method"_s) == u"textDocument/publishDiagnostics"_s &&
               params.value(u"uri"_s) == uri && params.value(u"version"_s).toInt() == version;
    });
    return message.value(u"params"_s).toObject().value(u"diagnostics"_s).toArray();
}

QStringList codes(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &d : list)
        out << d.toObject().value(u"code"_s).toString();
    return out;
}

} // namespace

class TestLspProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initializeAnnouncesCapabilities()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY));
        const QJsonObject reply =
            client.call(u"initialize"_s, {{u"capabilities"_s, QJsonObject{}}});
        const QJsonObject caps =
            reply.value(u"result"_s).toObject().value(u"capabilities"_s).toObject();
        QCOMPARE(caps.value(u"textDocumentSync"_s).toObject().value(u"change"_s).toInt(), 2);
        for (const QString &provider :
             {u"completionProvider"_s, u"hoverProvider"_s, u"definitionProvider"_s,
              u"referencesProvider"_s, u"documentSymbolProvider"_s, u"codeActionProvider"_s,
              u"renameProvider"_s})
            QVERIFY2(caps.contains(provider), qPrintable(provider));
        QCOMPARE(reply.value(u"result"_s)
                     .toObject()
                     .value(u"serverInfo"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
                 u"kiln"_s);
    }

    void diagnosticsAndIncrementalChanges()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY), {u"lsp"_s, u"--no-lint"_s});
        initialize(client);
        open(client, kDocument);
        const QJsonArray first = diagnostics(client, 1);
        QCOMPARE(codes(first), QStringList{u"K3007"_s});
        const QJsonObject d = first.at(0).toObject();
        QCOMPARE(d.value(u"range"_s).toObject(), range(5, 16, 26));
        QCOMPARE(d.value(u"severity"_s).toInt(), 1);
        QCOMPARE(d.value(u"source"_s).toString(), u"kiln"_s);
        QVERIFY(d.value(u"codeDescription"_s)
                    .toObject()
                    .value(u"href"_s)
                    .toString()
                    .endsWith(u"docs/diagnostic-codes.md#k3007"_s));

        // Two incremental edits in one notification: fix the action, break a key.
        client.notify(
            u"textDocument/didChange"_s,
            {{u"textDocument"_s, QJsonObject{{u"uri"_s, kUri}, {u"version"_s, 2}}},
             {u"contentChanges"_s,
              QJsonArray{QJsonObject{{u"range"_s, range(5, 16, 26)}, {u"text"_s, u"ExecuteBash"_s}},
                         QJsonObject{{u"range"_s, range(7, 10, 18)}, {u"text"_s, u"comands"_s}}}}});
        QCOMPARE(codes(diagnostics(client, 2)), QStringList{u"K3016"_s});
        // A full-text change.
        client.notify(
            u"textDocument/didChange"_s,
            {{u"textDocument"_s, QJsonObject{{u"uri"_s, kUri}, {u"version"_s, 3}}},
             {u"contentChanges"_s,
              QJsonArray{QJsonObject{
                  {u"text"_s, QString(kDocument).replace(u"ExecuteBsh"_s, u"UpdateOS"_s)}}}}});
        QVERIFY(codes(diagnostics(client, 3)).contains(u"K3016"_s)); // UpdateOS takes no commands

        client.notify(u"textDocument/didClose"_s, {{u"textDocument"_s, textDocument()}});
        QVERIFY(client.notification(u"textDocument/publishDiagnostics"_s)
                    .value(u"params"_s)
                    .toObject()
                    .value(u"diagnostics"_s)
                    .toArray()
                    .isEmpty());
    }

    // LSP positions count UTF-16 units; Kiln counts code points. A character
    // outside the BMP before the problem moves the range by two units.
    void positionsAreUtf16()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY), {u"lsp"_s, u"--no-lint"_s});
        initialize(client);
        const QString text = u"schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                             u"      - {name: \"A\U0001F600\", action: ExecuteBsh}\n"_s;
        open(client, text);
        const QJsonArray found = diagnostics(client, 1);
        QCOMPARE(codes(found), QStringList{u"K3007"_s});
        QCOMPARE(found.at(0).toObject().value(u"range"_s).toObject(), range(4, 30, 40));
        client.notify(u"textDocument/didChange"_s,
                      {{u"textDocument"_s, QJsonObject{{u"uri"_s, kUri}, {u"version"_s, 2}}},
                       {u"contentChanges"_s, QJsonArray{QJsonObject{{u"range"_s, range(4, 30, 40)},
                                                                    {u"text"_s, u"UpdateOS"_s}}}}});
        QCOMPARE(codes(diagnostics(client, 2)), QStringList{});
    }

    void features()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY), {u"lsp"_s, u"--no-lint"_s});
        initialize(client);
        open(client, kDocument);
        diagnostics(client, 1);

        // Completion of an action name: the catalogue, replacing what is typed.
        QJsonObject reply = client.call(u"textDocument/completion"_s, at(5, 20));
        bool found = false;
        for (const QJsonValue &item :
             reply.value(u"result"_s).toObject().value(u"items"_s).toArray()) {
            const QJsonObject i = item.toObject();
            if (i.value(u"label"_s) == u"ExecuteBash"_s) {
                found = true;
                QCOMPARE(i.value(u"textEdit"_s).toObject().value(u"range"_s).toObject(),
                         range(5, 16, 20));
            }
        }
        QVERIFY2(found, qPrintable(QString::fromUtf8(QJsonDocument(reply).toJson())));

        // Completion inside {{ }}: what the steps before this one hold.
        reply = client.call(u"textDocument/completion"_s, at(13, 26));
        QStringList labels;
        for (const QJsonValue &item :
             reply.value(u"result"_s).toObject().value(u"items"_s).toArray())
            labels << item.toObject().value(u"label"_s).toString();
        // Fetch's inputs as written; not its outputs (its action is still misspelt),
        // and nothing of Show itself, whose outputs do not exist yet.
        QVERIFY2(labels.contains(u"build.Fetch.inputs.commands"_s), qPrintable(labels.join(u' ')));
        QVERIFY(!labels.contains(u"build.Fetch.outputs.stdout"_s));
        QVERIFY(!labels.contains(u"build.Show.outputs.stdout"_s));

        // Hover: the catalogue's documentation.
        reply = client.call(u"textDocument/hover"_s, at(10, 20));
        QVERIFY(reply.value(u"result"_s)
                    .toObject()
                    .value(u"contents"_s)
                    .toObject()
                    .value(u"value"_s)
                    .toString()
                    .startsWith(u"ExecuteBash — "_s));

        // Definition of the step a chaining reference names (from its phase part too).
        for (int character : {31, 25}) {
            reply = client.call(u"textDocument/definition"_s, at(13, character));
            QCOMPARE(reply.value(u"result"_s).toObject().value(u"range"_s).toObject(),
                     range(4, 14, 19));
        }

        // References, declaration included.
        QJsonObject params = at(4, 16);
        params.insert(u"context"_s, QJsonObject{{u"includeDeclaration"_s, true}});
        reply = client.call(u"textDocument/references"_s, params);
        QCOMPARE(reply.value(u"result"_s).toArray().size(), 2);

        // Rename of a step with its references.
        reply = client.call(u"textDocument/prepareRename"_s, at(13, 31));
        QCOMPARE(reply.value(u"result"_s).toObject().value(u"placeholder"_s).toString(),
                 u"Fetch"_s);
        params = at(13, 31);
        params.insert(u"newName"_s, u"Download"_s);
        reply = client.call(u"textDocument/rename"_s, params);
        const QJsonArray edits = reply.value(u"result"_s)
                                     .toObject()
                                     .value(u"changes"_s)
                                     .toObject()
                                     .value(kUri)
                                     .toArray();
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits.at(0).toObject().value(u"range"_s).toObject(), range(4, 14, 19));
        QCOMPARE(edits.at(1).toObject().value(u"range"_s).toObject(), range(13, 29, 34));
        params.insert(u"newName"_s, u"Show"_s); // taken
        QVERIFY(client.call(u"textDocument/rename"_s, params).contains(u"error"_s));
        params.insert(u"newName"_s, u"a.b"_s); // not a step name
        QCOMPARE(client.call(u"textDocument/rename"_s, params)
                     .value(u"error"_s)
                     .toObject()
                     .value(u"code"_s)
                     .toInt(),
                 -32602);

        // Symbols: the phase with its steps.
        reply =
            client.call(u"textDocument/documentSymbol"_s, {{u"textDocument"_s, textDocument()}});
        const QJsonArray symbols = reply.value(u"result"_s).toArray();
        QCOMPARE(symbols.size(), 1);
        QCOMPARE(symbols.at(0).toObject().value(u"name"_s).toString(), u"build"_s);
        const QJsonArray steps = symbols.at(0).toObject().value(u"children"_s).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1).toObject().value(u"name"_s).toString(), u"Show"_s);
        QCOMPARE(steps.at(1).toObject().value(u"detail"_s).toString(), u"ExecuteBash"_s);

        // The quick fix of --fix, as a code action.
        reply = client.call(u"textDocument/codeAction"_s,
                            {{u"textDocument"_s, textDocument()},
                             {u"range"_s, range(5, 18, 18)},
                             {u"context"_s, QJsonObject{{u"diagnostics"_s, QJsonArray{}}}}});
        const QJsonArray actions = reply.value(u"result"_s).toArray();
        QCOMPARE(actions.size(), 1);
        const QJsonObject action = actions.at(0).toObject();
        QCOMPARE(action.value(u"kind"_s).toString(), u"quickfix"_s);
        QCOMPARE(action.value(u"isPreferred"_s).toBool(), true);
        const QJsonObject edit = action.value(u"edit"_s)
                                     .toObject()
                                     .value(u"changes"_s)
                                     .toObject()
                                     .value(kUri)
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(edit.value(u"newText"_s).toString(), u"ExecuteBash"_s);
        QCOMPARE(edit.value(u"range"_s).toObject(), range(5, 16, 26));
    }

    // The platform comes from the document's actions, as in the studio, unless set.
    void platformDetectionAndOverride()
    {
        const QString windowsDoc = u"schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n"
                                   u"      - name: A\n        action: ExecutePowerShell\n"
                                   u"        inputs:\n          commands: [Write-Host hi]\n"_s;
        {
            LspClient client(QStringLiteral(KILN_CLI_BINARY), {u"lsp"_s, u"--no-lint"_s});
            initialize(client);
            open(client, windowsDoc);
            QCOMPARE(codes(diagnostics(client, 1)), QStringList{});
        }
        LspClient client(QStringLiteral(KILN_CLI_BINARY), {u"lsp"_s, u"--no-lint"_s});
        initialize(client, {{u"platform"_s, u"linux"_s}});
        open(client, windowsDoc);
        QCOMPARE(codes(diagnostics(client, 1)), QStringList{u"K3008"_s});
        // A configuration change re-validates.
        client.notify(
            u"workspace/didChangeConfiguration"_s,
            {{u"settings"_s, QJsonObject{{u"kiln"_s, QJsonObject{{u"platform"_s, u"auto"_s}}}}}});
        QCOMPARE(codes(diagnostics(client, 1)), QStringList{});
    }

    // ShellCheck runs after the other diagnostics are out and adds its own.
    void shellcheckFindingsArriveLater()
    {
        if (QStandardPaths::findExecutable(u"shellcheck"_s).isEmpty())
            QSKIP("shellcheck is not installed");
        LspClient client(QStringLiteral(KILN_CLI_BINARY));
        initialize(client);
        open(client, QString(kDocument).replace(u"echo \"{{ build.Fetch.outputs.stdout }}\""_s,
                                                u"cd /tmp; ls"_s));
        QCOMPARE(codes(diagnostics(client, 1)), QStringList{u"K3007"_s});
        const QJsonArray later = diagnostics(client, 1);
        QCOMPARE(codes(later), (QStringList{u"K3007"_s, u"K8001"_s}));
        QCOMPARE(later.at(1).toObject().value(u"severity"_s).toInt(), 2); // SC2164: warning
        QVERIFY(later.at(1).toObject().value(u"message"_s).toString().startsWith(u"SC2164"_s));
    }

    void malformedInputGetsErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const auto framed = [](const QByteArray &body) {
            return "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        QTest::newRow("not JSON") << framed("{\"jsonrpc\": \"2.0\", \"id\": 1,") << -32700;
        QTest::newRow("binary garbage") << framed(QByteArray("\x00\xff\xfe{", 4)) << -32700;
        QTest::newRow("JSON array") << framed("[1, 2]") << -32600;
        QTest::newRow("no method") << framed("{\"jsonrpc\": \"2.0\", \"id\": 7}") << -32600;
        QTest::newRow("object id")
            << framed("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"x\"}") << -32600;
        QTest::newRow("wrong jsonrpc version")
            << framed("{\"jsonrpc\": \"1.0\", \"id\": 7, \"method\": \"shutdown\"}") << -32600;
        QTest::newRow("unknown method")
            << framed("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"textDocument/frobnicate\"}")
            << -32601;
        QTest::newRow("params not an object")
            << framed("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"textDocument/hover\", "
                      "\"params\": [1]}")
            << -32602;
        QTest::newRow("no Content-Length") << QByteArray("Content-Type: x\r\n\r\n{}") << -32700;
        QTest::newRow("bad Content-Length") << QByteArray("Content-Length: ten\r\n\r\n") << -32700;
    }

    void malformedInputGetsErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        LspClient client(QStringLiteral(KILN_CLI_BINARY), {u"lsp"_s, u"--no-lint"_s});
        initialize(client);
        client.sendRaw(bytes);
        const QJsonObject error =
            client.waitFor([](const QJsonObject &m) { return m.contains(u"error"_s); });
        QCOMPARE(error.value(u"error"_s).toObject().value(u"code"_s).toInt(), code);
        // Still serving: a valid request right after gets its answer.
        QVERIFY(client.call(u"textDocument/hover"_s, at(0, 0)).contains(u"result"_s));
        QCOMPARE(client.process().state(), QProcess::Running);
    }

    // Requests on unknown documents or with missing fields answer null, not crash.
    void missingFieldsAreHarmless()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY), {u"lsp"_s, u"--no-lint"_s});
        initialize(client);
        client.notify(u"textDocument/didChange"_s, {{u"contentChanges"_s, 5}});
        client.notify(u"textDocument/didOpen"_s, {{u"textDocument"_s, 3}});
        for (const QString &method :
             {u"textDocument/completion"_s, u"textDocument/definition"_s,
              u"textDocument/references"_s, u"textDocument/documentSymbol"_s,
              u"textDocument/codeAction"_s, u"textDocument/rename"_s}) {
            const QJsonObject reply = client.call(method, {});
            QVERIFY2(reply.contains(u"result"_s) || reply.contains(u"error"_s), qPrintable(method));
        }
        // Out-of-range edits clamp instead of corrupting memory.
        open(client, u"schemaVersion: 1.0\n"_s);
        diagnostics(client, 1);
        client.notify(u"textDocument/didChange"_s,
                      {{u"textDocument"_s, QJsonObject{{u"uri"_s, kUri}, {u"version"_s, 2}}},
                       {u"contentChanges"_s, QJsonArray{QJsonObject{{u"range"_s, range(99, 5, 2)},
                                                                    {u"text"_s, u"x"_s}}}}});
        const QStringList appended = codes(diagnostics(client, 2));
        QVERIFY(!appended.isEmpty()); // "x" appended: not a mapping now
        // A change without text is ignored, not taken as an empty document.
        client.notify(u"textDocument/didChange"_s,
                      {{u"textDocument"_s, QJsonObject{{u"uri"_s, kUri}, {u"version"_s, 3}}},
                       {u"contentChanges"_s, QJsonArray{QJsonObject{}, 7}}});
        QCOMPARE(codes(diagnostics(client, 3)), appended); // the same text as before
        QCOMPARE(client.process().state(), QProcess::Running);
    }

    void requestsBeforeInitializeAreRefused()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY));
        const QJsonObject reply = client.call(u"textDocument/hover"_s, at(0, 0));
        QCOMPARE(reply.value(u"error"_s).toObject().value(u"code"_s).toInt(), -32002);
    }

    void shutdownThenExit()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY));
        initialize(client);
        const QJsonObject reply = client.call(u"shutdown"_s);
        QVERIFY(reply.contains(u"result"_s));
        QVERIFY(reply.value(u"result"_s).isNull());
        client.notify(u"exit"_s);
        QVERIFY(client.process().waitForFinished(10000));
        QCOMPARE(client.process().exitCode(), 0);
    }

    void exitWithoutShutdownFails()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY));
        initialize(client);
        client.notify(u"exit"_s);
        QVERIFY(client.process().waitForFinished(10000));
        QCOMPARE(client.process().exitCode(), 1);
    }

    void closedInputEndsTheServer()
    {
        LspClient client(QStringLiteral(KILN_CLI_BINARY));
        initialize(client);
        client.process().closeWriteChannel();
        QVERIFY(client.process().waitForFinished(10000));
        QCOMPARE(client.process().exitStatus(), QProcess::NormalExit);
    }
};

QTEST_GUILESS_MAIN(TestLspProtocol)
#include "tst_lsp_protocol.moc"
