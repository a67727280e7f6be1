// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "lsp/jsonrpc.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Kiln::Lsp {

std::vector<Incoming> MessageReader::feed(const QByteArray &bytes)
{
    std::vector<Incoming> out;
    m_buffer += bytes;
    while (true) {
        if (m_skip > 0) {
            const qsizetype dropped = std::min(m_skip, m_buffer.size());
            m_buffer.remove(0, dropped);
            m_skip -= dropped;
            if (m_skip > 0)
                break;
        }
        if (m_resync) {
            const qsizetype next = m_buffer.toLower().indexOf("content-length:");
            if (next < 0) {
                // Keep a tail that may be the start of the header.
                m_buffer = m_buffer.right(14);
                break;
            }
            m_buffer.remove(0, next);
            m_resync = false;
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            // A header block never grows this large: the stream is not LSP.
            if (m_buffer.size() > 64 * 1024) {
                out.push_back({{}, u"no header block in the first 64 KiB of input"_s});
                m_buffer.clear();
            }
            break;
        }
        const QList<QByteArray> headers = m_buffer.left(end).split('\n');
        qsizetype length = -1;
        bool headerOk = true;
        for (QByteArray header : headers) {
            header = header.trimmed();
            const qsizetype colon = header.indexOf(':');
            if (colon <= 0) {
                headerOk = false;
                continue;
            }
            if (header.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                length = header.mid(colon + 1).trimmed().toLongLong(&ok);
                if (!ok || length < 0)
                    length = -2;
            }
        }
        m_buffer.remove(0, end + 4);
        if (length < 0 || !headerOk) {
            out.push_back({{},
                           length == -2 ? u"Content-Length is not a number"_s
                                        : u"a header has no Content-Length or no ':'"_s});
            m_resync = true; // whatever body followed is not a header either
            continue;
        }
        if (length > MaxContentLength) {
            out.push_back({{}, u"a message of %1 bytes is larger than the limit"_s.arg(length)});
            m_skip = length;
            continue;
        }
        if (m_buffer.size() < length) {
            // Put the header back and wait for the rest.
            m_buffer.prepend("Content-Length: " + QByteArray::number(length) + "\r\n\r\n");
            break;
        }
        out.push_back({m_buffer.left(length), {}});
        m_buffer.remove(0, length);
    }
    return out;
}

QByteArray frame(const QByteArray &json)
{
    return "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

QByteArray frame(const QJsonObject &message)
{
    return frame(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

QJsonObject response(const QJsonValue &id, const QJsonValue &result)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}};
}

QJsonObject errorResponse(const QJsonValue &id, int code, const QString &message)
{
    return {{u"jsonrpc"_s, u"2.0"_s},
            {u"id"_s, id},
            {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

QJsonObject notification(const QString &method, const QJsonValue &params)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}, {u"params"_s, params}};
}

} // namespace Kiln::Lsp
