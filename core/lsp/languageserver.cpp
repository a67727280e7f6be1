// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "lsp/languageserver.h"

#include "document/document.h"
#include "document/incrementalparse.h"
#include "fix/codeactions.h"
#include "lsp/documentindex.h"
#include "lsp/jsonrpc.h"
#include "lsp/lspconvert.h"
#include "model/completionitems.h"
#include "model/documentplatform.h"
#include "model/yamlassist.h"
#include "schema/actioncatalogue.h"
#include "validate/scriptlintjob.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Kiln::Lsp {

struct LanguageServer::OpenDocument
{
    QString uri;
    QString label; // file path for diagnostics (or the URI)
    int version = 0;
    QString text;
    // The last validation: the text it saw, its parse and its findings.
    QString validatedText;
    std::shared_ptr<Document> parsed;        // shared with a running ShellCheck job
    std::shared_ptr<const Document> retired; // the parse before, until published
    Diagnostics diagnostics;
    Diagnostics lint;
    int validatedVersion = -1;
    QTimer debounce;
    std::unique_ptr<ScriptLintJob> lintJob;

    // `text` as lines without their breaks, for YamlAssist; kept until the next change.
    const QStringList &lines()
    {
        if (!linesValid) {
            textLines = text.split(u'\n');
            for (QString &line : textLines) {
                if (line.endsWith(u'\r'))
                    line.chop(1);
            }
            linesValid = true;
        }
        return textLines;
    }
    void changed() { linesValid = false; }

private:
    QStringList textLines;
    bool linesValid = false;
};

namespace {

// LSP CompletionItemKind values.
enum CompletionKind {
    KindFunction = 3,
    KindVariable = 6,
    KindModule = 9,
    KindProperty = 10,
    KindEnumMember = 20,
    KindSnippet = 15
};
// LSP SymbolKind values.
enum SymbolKind { SymbolNamespace = 3, SymbolFunction = 12 };

int completionKind(AssistContext::Kind kind)
{
    switch (kind) {
    case AssistContext::Kind::ActionValue:
        return KindModule;
    case AssistContext::Kind::OnFailureValue:
    case AssistContext::Kind::PhaseNameValue:
        return KindEnumMember;
    case AssistContext::Kind::Reference:
        return KindVariable;
    default:
        return KindProperty;
    }
}

// `text` as the body of an LSP snippet: $, } and \ are escaped.
QString snippetEscaped(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'$', u"\\$"_s);
    text.replace(u'}', u"\\}"_s);
    return text;
}

QString labelOf(const QString &uri)
{
    const QUrl url(uri);
    return url.isLocalFile() ? url.toLocalFile() : uri;
}

} // namespace

void ServerSettings::update(const QJsonObject &json)
{
    const QString p = json.value(u"platform"_s).toString();
    if (p == u"auto" || p == u"linux" || p == u"windows" || p == u"darwin")
        platform = p;
    if (json.value(u"lint"_s).isBool())
        lint = json.value(u"lint"_s).toBool();
    if (json.value(u"shellcheckPath"_s).isString())
        shellcheckPath = json.value(u"shellcheckPath"_s).toString();
    if (json.value(u"debounceMs"_s).isDouble())
        debounceMs = std::clamp(json.value(u"debounceMs"_s).toInt(), 0, 10000);
}

LanguageServer::LanguageServer(QObject *parent) : QObject(parent)
{
    m_requests = {
        {u"initialize"_s, &LanguageServer::initialize},
        {u"shutdown"_s, &LanguageServer::shutdown},
        {u"textDocument/completion"_s, &LanguageServer::completion},
        {u"textDocument/hover"_s, &LanguageServer::hover},
        {u"textDocument/definition"_s, &LanguageServer::definition},
        {u"textDocument/references"_s, &LanguageServer::references},
        {u"textDocument/documentSymbol"_s, &LanguageServer::documentSymbol},
        {u"textDocument/codeAction"_s, &LanguageServer::codeAction},
        {u"textDocument/prepareRename"_s, &LanguageServer::prepareRename},
        {u"textDocument/rename"_s, &LanguageServer::rename},
    };
    m_notifications = {
        {u"initialized"_s, nullptr},
        {u"exit"_s, &LanguageServer::exit},
        {u"textDocument/didOpen"_s, &LanguageServer::didOpen},
        {u"textDocument/didChange"_s, &LanguageServer::didChange},
        {u"textDocument/didClose"_s, &LanguageServer::didClose},
        {u"textDocument/didSave"_s, &LanguageServer::didSave},
        {u"workspace/didChangeConfiguration"_s, &LanguageServer::didChangeConfiguration},
    };
}

LanguageServer::~LanguageServer() = default;

void LanguageServer::receiveBroken(const QString &why)
{
    fail(QJsonValue::Null, ParseError, tr("broken message framing: %1").arg(why));
}

void LanguageServer::receive(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(QJsonValue::Null, ParseError,
             tr("the message is not JSON: %1 at byte %2")
                 .arg(error.errorString())
                 .arg(error.offset));
        return;
    }
    if (!json.isObject()) {
        fail(QJsonValue::Null, InvalidRequest, tr("a message must be a JSON object"));
        return;
    }
    dispatch(json.object());
}

void LanguageServer::dispatch(const QJsonObject &message)
{
    const QJsonValue rawId = message.value(u"id"_s);
    const bool isRequest = message.contains(u"id"_s);
    const QJsonValue id = rawId.isString() || rawId.isDouble() ? rawId : QJsonValue();
    const QJsonValue method = message.value(u"method"_s);
    if (!method.isString()) {
        // A response to a request of ours (we send none that need one): ignore it.
        if (isRequest && (message.contains(u"result"_s) || message.contains(u"error"_s)))
            return;
        fail(id, InvalidRequest, tr("the message has no \"method\""));
        return;
    }
    if (message.value(u"jsonrpc"_s) != u"2.0"_s || (isRequest && id.isNull())) {
        fail(id, InvalidRequest,
             tr("not a JSON-RPC 2.0 request (\"jsonrpc\": \"2.0\", a string "
                "or number \"id\")"));
        return;
    }
    const QString name = method.toString();
    const QJsonValue rawParams = message.value(u"params"_s);
    if (!rawParams.isUndefined() && !rawParams.isNull() && !rawParams.isObject()) {
        if (isRequest)
            fail(id, InvalidParams, tr("\"params\" of %1 must be an object").arg(name));
        return;
    }
    const QJsonObject params = rawParams.toObject();
    if (!isRequest) {
        const auto it = m_notifications.constFind(name);
        // Unknown notifications ($/... included) are ignored, as LSP says; before
        // initialize only exit counts.
        if (it == m_notifications.constEnd() || !*it || (!m_initialized && name != u"exit"))
            return;
        (this->*(*it))(params);
        return;
    }
    const auto it = m_requests.constFind(name);
    if (it == m_requests.constEnd()) {
        fail(id, MethodNotFound, tr("unknown method %1").arg(name));
        return;
    }
    if (!m_initialized && name != u"initialize") {
        fail(id, ServerNotInitialized, tr("the server is not initialized yet"));
        return;
    }
    if (m_shutdown) {
        fail(id, InvalidRequest, tr("the server is shutting down"));
        return;
    }
    m_failure.clear();
    const QJsonValue result = (this->*(*it))(params);
    if (!m_failure.isEmpty())
        fail(id, m_failureCode, m_failure);
    else
        reply(id, result);
}

void LanguageServer::emitMessage(const QJsonObject &message)
{
    Q_EMIT send(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void LanguageServer::reply(const QJsonValue &id, const QJsonValue &result)
{
    emitMessage(response(id, result));
}

void LanguageServer::fail(const QJsonValue &id, int code, const QString &why)
{
    emitMessage(errorResponse(id, code, why));
}

QJsonValue LanguageServer::initialize(const QJsonObject &params)
{
    if (m_initialized) {
        m_failureCode = InvalidRequest;
        m_failure = tr("initialize was already sent");
        return {};
    }
    m_initialized = true;
    m_settings.update(params.value(u"initializationOptions"_s).toObject());
    const QJsonObject capabilities{
        {u"textDocumentSync"_s,
         QJsonObject{{u"openClose"_s, true}, {u"change"_s, 2}, {u"save"_s, true}}},
        {u"completionProvider"_s,
         QJsonObject{{u"triggerCharacters"_s, QJsonArray{u":"_s, u" "_s, u"{"_s, u"."_s}}}},
        {u"hoverProvider"_s, true},
        {u"definitionProvider"_s, true},
        {u"referencesProvider"_s, true},
        {u"documentSymbolProvider"_s, true},
        {u"codeActionProvider"_s, QJsonObject{{u"codeActionKinds"_s, QJsonArray{u"quickfix"_s}}}},
        {u"renameProvider"_s, QJsonObject{{u"prepareProvider"_s, true}}},
    };
    return QJsonObject{
        {u"capabilities"_s, capabilities},
        {u"serverInfo"_s,
         QJsonObject{{u"name"_s, u"kiln"_s}, {u"version"_s, QStringLiteral(KILN_VERSION)}}}};
}

QJsonValue LanguageServer::shutdown(const QJsonObject &)
{
    m_documents.clear(); // stops timers and ShellCheck
    m_shutdown = true;
    return QJsonValue::Null;
}

QJsonValue LanguageServer::exit(const QJsonObject &)
{
    Q_EMIT exitRequested(m_shutdown ? 0 : 1);
    return {};
}

LanguageServer::OpenDocument *LanguageServer::document(const QJsonObject &params) const
{
    const QString uri = params.value(u"textDocument"_s).toObject().value(u"uri"_s).toString();
    const auto it = m_documents.find(uri);
    return it == m_documents.end() ? nullptr : it->second.get();
}

LanguageServer::OpenDocument *LanguageServer::validatedDocument(const QJsonObject &params)
{
    OpenDocument *doc = document(params);
    if (doc)
        validate(*doc);
    return doc;
}

struct LanguageServer::SymbolQuery
{
    OpenDocument &doc;
    SourceLines lines;
    DocumentIndex index;
    const Occurrence *at = nullptr; // may be null: nothing there
};

std::optional<LanguageServer::SymbolQuery> LanguageServer::symbolAt(const QJsonObject &params)
{
    OpenDocument *doc = validatedDocument(params);
    if (!doc)
        return std::nullopt;
    SymbolQuery query{*doc, SourceLines(doc->validatedText), DocumentIndex(*doc->parsed), nullptr};
    query.at = query.index.at(markOf(query.lines, params.value(u"position"_s).toObject()));
    return query;
}

QJsonValue LanguageServer::didOpen(const QJsonObject &params)
{
    const QJsonObject item = params.value(u"textDocument"_s).toObject();
    const QString uri = item.value(u"uri"_s).toString();
    if (uri.isEmpty() || !item.value(u"text"_s).isString())
        return {};
    auto doc = std::make_unique<OpenDocument>();
    doc->uri = uri;
    doc->label = labelOf(uri);
    doc->version = item.value(u"version"_s).toInt();
    doc->text = item.value(u"text"_s).toString();
    doc->debounce.setSingleShot(true);
    OpenDocument *raw = doc.get();
    connect(&doc->debounce, &QTimer::timeout, this, [this, raw] {
        validate(*raw);
        publish(*raw);
        raw->retired.reset(); // the previous parse, freed once the client has its answer
        startLint(*raw);
    });
    m_documents[uri] = std::move(doc);
    raw->debounce.start(0); // right away, but after this message
    return {};
}

QJsonValue LanguageServer::didChange(const QJsonObject &params)
{
    OpenDocument *doc = document(params);
    if (!doc)
        return {};
    doc->version =
        params.value(u"textDocument"_s).toObject().value(u"version"_s).toInt(doc->version);
    for (const QJsonValue &change : params.value(u"contentChanges"_s).toArray()) {
        const QJsonObject c = change.toObject();
        if (!c.value(u"text"_s).isString())
            continue; // malformed: never taken as "replace everything with nothing"
        const QString text = c.value(u"text"_s).toString();
        if (!c.contains(u"range"_s)) {
            doc->text = text; // the whole document
            continue;
        }
        // Positions are UTF-16 code units, as QString counts; out of range clamps.
        const QJsonObject r = c.value(u"range"_s).toObject();
        const SourceLines lines(doc->text);
        const auto offset = [&](const QJsonObject &p) {
            const int line = p.value(u"line"_s).toInt();
            if (line >= lines.lineCount())
                return qsizetype(doc->text.size());
            const qsizetype start = lines.offsetOf(Mark{line + 1, 1});
            const int character =
                std::clamp(p.value(u"character"_s).toInt(), 0, int(lines.line(line + 1).size()));
            return start + character;
        };
        const qsizetype from = offset(r.value(u"start"_s).toObject());
        const qsizetype to = std::max(from, offset(r.value(u"end"_s).toObject()));
        doc->text.replace(from, to - from, text);
    }
    doc->changed();
    doc->lintJob.reset(); // its findings would be about an older text
    doc->debounce.start(m_settings.debounceMs);
    return {};
}

QJsonValue LanguageServer::didClose(const QJsonObject &params)
{
    OpenDocument *doc = document(params);
    if (!doc)
        return {};
    const QString uri = doc->uri;
    m_documents.erase(uri);
    emitMessage(notification(u"textDocument/publishDiagnostics"_s,
                             QJsonObject{{u"uri"_s, uri}, {u"diagnostics"_s, QJsonArray{}}}));
    return {};
}

QJsonValue LanguageServer::didSave(const QJsonObject &)
{
    return {};
}

QJsonValue LanguageServer::didChangeConfiguration(const QJsonObject &params)
{
    m_settings.update(params.value(u"settings"_s).toObject().value(u"kiln"_s).toObject());
    for (auto &[uri, doc] : m_documents) {
        doc->validatedText.clear(); // the platform or lint may have changed
        doc->debounce.start(0);
    }
    return {};
}

void LanguageServer::validate(OpenDocument &doc)
{
    if (doc.parsed && doc.validatedText == doc.text && doc.validatedVersion == doc.version)
        return;
    doc.debounce.stop();
    const QByteArray source = doc.text.toUtf8();
    std::optional<Document> parsed;
    // Re-parse only the edited step; reuse the old tree when nothing else holds it.
    if (doc.parsed && doc.parsed.use_count() == 1)
        parsed = reparseIncrementally(std::move(*doc.parsed), source);
    else if (doc.parsed)
        parsed = reparseIncrementally(*doc.parsed, source);
    if (!parsed)
        parsed = Document::fromText(source, doc.label);
    doc.retired = std::move(doc.parsed);
    doc.parsed = std::make_shared<Document>(std::move(*parsed));
    ValidationOptions options;
    options.osPlatform = m_settings.platform == u"auto"
                             ? guessDocumentPlatform(*doc.parsed, ValidationOptions::hostPlatform())
                             : m_settings.platform;
    doc.diagnostics = Validator(options).validate(*doc.parsed);
    if (doc.validatedText != doc.text)
        doc.lint.clear(); // about an older text
    doc.validatedText = doc.text;
    doc.validatedVersion = doc.version;
}

void LanguageServer::publish(OpenDocument &doc)
{
    const SourceLines lines(doc.validatedText);
    Diagnostics all = doc.diagnostics;
    all.insert(all.end(), doc.lint.begin(), doc.lint.end());
    sortDiagnostics(all);
    // Written as text directly: thousands of diagnostics are common (appendDiagnostic).
    QByteArray json = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\","
                      "\"params\":{\"uri\":";
    appendJsonString(json, doc.uri);
    json += ",\"version\":" + QByteArray::number(doc.validatedVersion) + ",\"diagnostics\":[";
    for (size_t i = 0; i < all.size(); ++i) {
        if (i)
            json += ',';
        appendDiagnostic(json, lines, all[i]);
    }
    json += "]}}";
    Q_EMIT send(json);
}

void LanguageServer::startLint(OpenDocument &doc)
{
    if (!m_settings.lint || !doc.parsed)
        return;
    ValidationOptions options;
    options.shellcheckProgram = m_settings.shellcheckPath;
    auto job = std::make_unique<ScriptLintJob>(doc.parsed, options);
    const int version = doc.validatedVersion;
    const QString text = doc.validatedText;
    OpenDocument *target = &doc;
    connect(job.get(), &ScriptLintJob::finished, this,
            [this, target, version, text](const Diagnostics &found) {
                // Only for the text it linted; a newer edit has its own job.
                if (target->validatedVersion != version || target->validatedText != text)
                    return;
                target->lint = found;
                publish(*target);
            });
    doc.lintJob = std::move(job);
    doc.lintJob->start();
}

QJsonValue LanguageServer::completion(const QJsonObject &params)
{
    OpenDocument *doc = document(params);
    if (!doc)
        return QJsonValue::Null;
    const QStringList &textLines = doc->lines();
    const QJsonObject pos = params.value(u"position"_s).toObject();
    const int line = pos.value(u"line"_s).toInt();
    const QString lineText = textLines.value(line);
    const int character = std::clamp(pos.value(u"character"_s).toInt(), 0, int(lineText.size()));
    const CompletionList list =
        YamlAssist::completionsAt(textLines, line, character, doc->parsed.get());
    QJsonArray items;
    const QJsonObject replaced{
        {u"start"_s, QJsonObject{{u"line"_s, line}, {u"character"_s, list.context.prefixStart}}},
        {u"end"_s, QJsonObject{{u"line"_s, line}, {u"character"_s, character}}}};
    for (const CompletionItem &candidate : list.items) {
        QJsonObject item{{u"label"_s, candidate.label},
                         {u"kind"_s, completionKind(list.context.kind)},
                         {u"textEdit"_s, QJsonObject{{u"range"_s, replaced},
                                                     {u"newText"_s, candidate.insertText}}}};
        if (!candidate.detail.isEmpty())
            item.insert(u"detail"_s, candidate.detail);
        if (candidate.kind == CompletionItem::Kind::Snippet) {
            // The step's name is the first placeholder, selected after insertion.
            QString body = snippetEscaped(candidate.insertText);
            static const QRegularExpression name(u"^name: (\\S+)"_s);
            body.replace(name, u"name: ${1:\\1}"_s);
            item.insert(u"kind"_s, KindSnippet);
            item.insert(u"filterText"_s, list.context.prefix + candidate.label);
            item.insert(u"insertTextFormat"_s, 2);
            item.insert(u"textEdit"_s, QJsonObject{{u"range"_s, replaced}, {u"newText"_s, body}});
        }
        items.append(item);
    }
    return QJsonObject{{u"isIncomplete"_s, false}, {u"items"_s, items}};
}

QJsonValue LanguageServer::hover(const QJsonObject &params)
{
    OpenDocument *doc = document(params);
    if (!doc)
        return QJsonValue::Null;
    const QJsonObject pos = params.value(u"position"_s).toObject();
    const QString text = YamlAssist::hoverText(doc->lines(), pos.value(u"line"_s).toInt(),
                                               pos.value(u"character"_s).toInt());
    if (text.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {u"contents"_s, QJsonObject{{u"kind"_s, u"plaintext"_s}, {u"value"_s, text}}}};
}

QJsonValue LanguageServer::definition(const QJsonObject &params)
{
    const std::optional<SymbolQuery> q = symbolAt(params);
    const Occurrence *declaration = q && q->at ? q->index.declarationOf(*q->at) : nullptr;
    if (!declaration)
        return QJsonValue::Null;
    return QJsonObject{{u"uri"_s, q->doc.uri},
                       {u"range"_s, range(q->lines, declaration->start, declaration->length)}};
}

QJsonValue LanguageServer::references(const QJsonObject &params)
{
    const std::optional<SymbolQuery> q = symbolAt(params);
    if (!q)
        return QJsonValue::Null;
    if (!q->at)
        return QJsonArray{};
    const bool withDeclaration =
        params.value(u"context"_s).toObject().value(u"includeDeclaration"_s).toBool(true);
    QJsonArray locations;
    for (const Occurrence *o : q->index.occurrencesOf(*q->at, withDeclaration)) {
        locations.append(QJsonObject{{u"uri"_s, q->doc.uri},
                                     {u"range"_s, range(q->lines, o->start, o->length)}});
    }
    return locations;
}

QJsonValue LanguageServer::documentSymbol(const QJsonObject &params)
{
    OpenDocument *doc = validatedDocument(params);
    if (!doc)
        return QJsonValue::Null;
    const SourceLines lines(doc->validatedText);
    // A symbol spans from its node to the line before the next sibling's.
    const auto lastLineBefore = [&](const YamlNode *next, int fallback) {
        return next && next->mark.line > 1 ? next->mark.line - 1 : fallback;
    };
    const auto endOf = [&](int line) { return Mark{line, int(lines.line(line).size()) + 1}; };
    QJsonArray symbols;
    const std::vector<Phase> &phases = doc->parsed->phases;
    for (size_t p = 0; p < phases.size(); ++p) {
        const Phase &phase = phases[p];
        if (!phase.node || phase.name.isEmpty())
            continue;
        const int phaseEnd =
            lastLineBefore(p + 1 < phases.size() ? phases[p + 1].node : nullptr, lines.lineCount());
        QJsonArray children;
        for (size_t s = 0; s < phase.steps.size(); ++s) {
            const Step &step = phase.steps[s];
            if (!step.node || step.name.isEmpty() || !step.nameNode)
                continue;
            const int stepEnd = lastLineBefore(
                s + 1 < phase.steps.size() ? phase.steps[s + 1].node : nullptr, phaseEnd);
            children.append(QJsonObject{
                {u"name"_s, step.name},
                {u"detail"_s, step.action},
                {u"kind"_s, SymbolFunction},
                {u"range"_s,
                 range(lines, step.node->mark, endOf(std::max(stepEnd, step.node->mark.line)))},
                {u"selectionRange"_s, range(lines, step.nameNode->mark, int(step.name.size()))}});
        }
        const YamlNode &at = phase.nameNode ? *phase.nameNode : *phase.node;
        symbols.append(
            QJsonObject{{u"name"_s, phase.name},
                        {u"kind"_s, SymbolNamespace},
                        {u"range"_s, range(lines, phase.node->mark,
                                           endOf(std::max(phaseEnd, phase.node->mark.line)))},
                        {u"selectionRange"_s, range(lines, at.mark, int(phase.name.size()))},
                        {u"children"_s, children}});
    }
    return symbols;
}

QJsonValue LanguageServer::codeAction(const QJsonObject &params)
{
    OpenDocument *doc = validatedDocument(params);
    if (!doc)
        return QJsonValue::Null;
    const SourceLines lines(doc->validatedText);
    const QJsonObject wanted = params.value(u"range"_s).toObject();
    const Mark from = markOf(lines, wanted.value(u"start"_s).toObject());
    const Mark to = markOf(lines, wanted.value(u"end"_s).toObject());
    const auto before = [](Mark a, Mark b) {
        return a.line < b.line || (a.line == b.line && a.column < b.column);
    };
    QJsonArray actions;
    for (const Diagnostic &d : doc->diagnostics) {
        const Mark start{d.location.line, d.location.column};
        const Mark end{d.location.line, d.location.column + std::max(1, d.length)};
        if (before(end, from) || before(to, start))
            continue; // not in the requested range
        for (const CodeAction &action : codeActionsFor(*doc->parsed, d)) {
            QJsonArray edits;
            for (const TextEdit &e : action.edits)
                edits.append(textEdit(lines, e));
            actions.append(QJsonObject{
                {u"title"_s, action.title},
                {u"kind"_s, u"quickfix"_s},
                {u"isPreferred"_s, action.preferred},
                {u"diagnostics"_s, QJsonArray{diagnostic(lines, d)}},
                {u"edit"_s, QJsonObject{{u"changes"_s, QJsonObject{{doc->uri, edits}}}}}});
        }
    }
    return actions;
}

QJsonValue LanguageServer::prepareRename(const QJsonObject &params)
{
    const std::optional<SymbolQuery> q = symbolAt(params);
    if (!q || !q->at || !q->index.declarationOf(*q->at))
        return QJsonValue::Null; // nothing renamable here
    return QJsonObject{{u"range"_s, range(q->lines, q->at->start, q->at->length)},
                       {u"placeholder"_s, q->at->name}};
}

QJsonValue LanguageServer::rename(const QJsonObject &params)
{
    const std::optional<SymbolQuery> q = symbolAt(params);
    if (!q)
        return QJsonValue::Null;
    const QString newName = params.value(u"newName"_s).toString();
    RenameRefusal refusal;
    const auto edits = renameEdits(q->index, q->at, newName, &refusal);
    if (!edits) {
        // A name the user typed is a bad parameter; no symbol, or a taken name, a failed request.
        m_failureCode =
            refusal.kind == RenameRefusal::Kind::InvalidName ? InvalidParams : RequestFailed;
        m_failure = refusal.message;
        return {};
    }
    QJsonArray json;
    for (const TextEdit &edit : *edits)
        json.append(textEdit(q->lines, edit));
    return QJsonObject{{u"changes"_s, QJsonObject{{q->doc.uri, json}}}};
}

} // namespace Kiln::Lsp
