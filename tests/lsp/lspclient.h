// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A minimal LSP client for tests and bench/: starts `kiln lsp` as a process,
// frames JSON-RPC messages onto its stdin and reads framed messages from its
// stdout, so the tests speak exactly what an editor speaks.
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace KilnTest {

class LspClient
{
public:
    explicit LspClient(const QString &program,
                       const QStringList &arguments = {QStringLiteral("lsp")})
    {
        m_clock.start();
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        m_process.waitForStarted(10000);
    }
    ~LspClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcess &process() { return m_process; }
    // Nanoseconds since the client started.
    qint64 clock() const { return m_clock.nsecsElapsed(); }

    void sendRaw(const QByteArray &bytes)
    {
        m_process.write(bytes);
        m_process.waitForBytesWritten(5000);
    }
    void send(const QJsonObject &message)
    {
        const QByteArray body = QJsonDocument(message).toJson(QJsonDocument::Compact);
        sendRaw("Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    // A request with a fresh id; returns the id.
    int request(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++m_lastId;
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
              {QStringLiteral("id"), id},
              {QStringLiteral("method"), method},
              {QStringLiteral("params"), params}});
        return id;
    }
    void notify(const QString &method, const QJsonObject &params = {})
    {
        send({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
              {QStringLiteral("method"), method},
              {QStringLiteral("params"), params}});
    }

    // The first message (received before or after this call) that `match`
    // accepts; it is removed from the queue. Empty after `timeoutMs`.
    // `receivedNs` gets when its last byte was read, on clock(), before the
    // client parsed it.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match,
                        int timeoutMs = 10000, qint64 *receivedNs = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        while (true) {
            for (size_t i = 0; i < m_received.size(); ++i) {
                if (!match(m_received[i]))
                    continue;
                const QJsonObject found = m_received[i];
                if (receivedNs)
                    *receivedNs = m_receivedAt[i];
                m_received.erase(m_received.begin() + ptrdiff_t(i));
                m_receivedAt.erase(m_receivedAt.begin() + ptrdiff_t(i));
                return found;
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(int(std::min<qint64>(left, 100)));
            readAvailable();
        }
    }
    QJsonObject response(int id, int timeoutMs = 10000)
    {
        return waitFor(
            [id](const QJsonObject &m) {
                return m.value(QStringLiteral("id")).toInt(-1) == id &&
                       !m.contains(QStringLiteral("method"));
            },
            timeoutMs);
    }
    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        return response(request(method, params));
    }
    QJsonObject notification(const QString &method, int timeoutMs = 10000)
    {
        return waitFor(
            [&](const QJsonObject &m) {
                return m.value(QStringLiteral("method")).toString() == method;
            },
            timeoutMs);
    }

private:
    void readAvailable()
    {
        m_buffer += m_process.readAllStandardOutput();
        const qint64 now = clock();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray header = m_buffer.left(end);
            const qsizetype colon = header.indexOf(':');
            const qsizetype length = header.mid(colon + 1).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            m_received.push_back(QJsonDocument::fromJson(m_buffer.mid(end + 4, length)).object());
            m_receivedAt.push_back(now);
            m_buffer.remove(0, end + 4 + length);
        }
    }

    QProcess m_process;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    std::vector<QJsonObject> m_received;
    std::vector<qint64> m_receivedAt;
    int m_lastId = 0;
};

} // namespace KilnTest
