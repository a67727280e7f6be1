// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The language server behind `kiln lsp`, independent of the transport: it
// takes JSON-RPC message bodies and answers through send(). Documents are
// kept in memory as the client edits them (incremental sync by UTF-16
// positions, as LSP says), parsed incrementally and validated by the same
// Validator as `kiln validate` after a short debounce; ShellCheck runs
// asynchronously afterwards and its findings are merged in when they arrive.
// Completion and hover come from YamlAssist (the studio's), quick fixes from
// codeActionsFor (the CLI's --fix), definitions, references and rename from
// DocumentIndex, the platform from guessDocumentPlatform (the studio's).
// Malformed messages get JSON-RPC errors; nothing a client sends can crash it.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>

namespace Kiln::Lsp {

// What a client can set in initializationOptions or, under "kiln", in
// workspace/didChangeConfiguration.
struct ServerSettings
{
    QString platform = QStringLiteral("auto"); // auto (detect, host first), linux, windows, darwin
    bool lint = true;                          // ShellCheck, when installed
    QString shellcheckPath;                    // empty: from PATH
    int debounceMs = 25;                       // from the last change to validation

    // Applies the keys present in `json` (platform, lint, shellcheckPath, debounceMs).
    void update(const QJsonObject &json);
};

class LanguageServer : public QObject
{
    Q_OBJECT
public:
    explicit LanguageServer(QObject *parent = nullptr);
    ~LanguageServer() override;

    // One message body (JSON) from the client.
    void receive(const QByteArray &body);
    // The transport lost a message to broken framing: answered as a parse error.
    void receiveBroken(const QString &why);

    const ServerSettings &settings() const { return m_settings; }
    // Defaults from the command line; initializationOptions and later
    // configuration still override them.
    void settingsFromCommandLine(const QJsonObject &json) { m_settings.update(json); }
    bool shutdownReceived() const { return m_shutdown; }

Q_SIGNALS:
    // One message as compact JSON, to be framed by the transport.
    void send(const QByteArray &json);
    // `exit` arrived: 0 after a shutdown request, 1 without one (as LSP says).
    void exitRequested(int code);

private:
    struct OpenDocument;
    using Handler = QJsonValue (LanguageServer::*)(const QJsonObject &params);

    void dispatch(const QJsonObject &message);
    void emitMessage(const QJsonObject &message);
    void reply(const QJsonValue &id, const QJsonValue &result);
    void fail(const QJsonValue &id, int code, const QString &why);

    // Requests (their result) and notifications (result ignored).
    QJsonValue initialize(const QJsonObject &params);
    QJsonValue shutdown(const QJsonObject &params);
    QJsonValue exit(const QJsonObject &params);
    QJsonValue didOpen(const QJsonObject &params);
    QJsonValue didChange(const QJsonObject &params);
    QJsonValue didClose(const QJsonObject &params);
    QJsonValue didSave(const QJsonObject &params);
    QJsonValue didChangeConfiguration(const QJsonObject &params);
    QJsonValue completion(const QJsonObject &params);
    QJsonValue hover(const QJsonObject &params);
    QJsonValue definition(const QJsonObject &params);
    QJsonValue references(const QJsonObject &params);
    QJsonValue documentSymbol(const QJsonObject &params);
    QJsonValue codeAction(const QJsonObject &params);
    QJsonValue prepareRename(const QJsonObject &params);
    QJsonValue rename(const QJsonObject &params);

    OpenDocument *document(const QJsonObject &params) const; // by textDocument.uri
    // document(), validated first if its text changed (requests that need the parse).
    OpenDocument *validatedDocument(const QJsonObject &params);
    struct SymbolQuery;
    // The validated document of `params`, its index and the symbol at
    // params.position: what definition, references and rename start from.
    std::optional<SymbolQuery> symbolAt(const QJsonObject &params);
    // Validates `doc` now if its text changed since the last validation.
    void validate(OpenDocument &doc);
    void publish(OpenDocument &doc);
    void startLint(OpenDocument &doc);

    ServerSettings m_settings;
    bool m_initialized = false;
    bool m_shutdown = false;
    QString m_failure; // set by a handler: the request fails with InvalidParams/RequestFailed
    int m_failureCode = 0;
    std::map<QString, std::unique_ptr<OpenDocument>> m_documents;
    QHash<QString, Handler> m_requests;
    QHash<QString, Handler> m_notifications;
};

} // namespace Kiln::Lsp
