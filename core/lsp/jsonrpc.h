// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// JSON-RPC 2.0 over the Language Server Protocol's base protocol: messages
// framed by a `Content-Length: N` header block and N bytes of UTF-8 JSON.
// MessageReader splits a byte stream into message bodies and says when the
// framing itself is broken; the server answers those with JSON-RPC errors
// instead of giving up, so a misbehaving client can never crash it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <vector>

namespace Kiln::Lsp {

// Error codes of JSON-RPC 2.0 and LSP.
enum ErrorCode {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ServerNotInitialized = -32002,
    RequestFailed = -32803,
};

// One unit read from the stream: a message body, or a framing error that
// destroyed one (the bytes up to the next header were dropped).
struct Incoming
{
    QByteArray body;
    QString framingError; // non-empty: no body, answer with a ParseError
};

class MessageReader
{
public:
    // Messages larger than this are refused (and skipped) rather than buffered.
    static constexpr qsizetype MaxContentLength = 64 * 1024 * 1024;

    // Adds bytes from the stream; returns every message completed by them.
    std::vector<Incoming> feed(const QByteArray &bytes);

private:
    QByteArray m_buffer;
    qsizetype m_skip = 0;  // bytes of a refused message still to drop
    bool m_resync = false; // after broken framing: drop bytes up to the next Content-Length
};

// The framed bytes of a message ready for the stream.
QByteArray frame(const QByteArray &json);
QByteArray frame(const QJsonObject &message);

QJsonObject response(const QJsonValue &id, const QJsonValue &result);
QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message);
QJsonObject notification(const QString &method, const QJsonValue &params);

} // namespace Kiln::Lsp
