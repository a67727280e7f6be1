// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A tiny HTTP/1.1 server for the network tests, listening on 127.0.0.1 on a free
// port, plain or TLS (QSslServer with a certificate the test makes). Each path is
// answered by a handler that sees how often that path was requested, so tests can
// script "fail twice, then succeed" and count the attempts a client made.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <functional>
#include <memory>

struct TestHttpRequest
{
    QByteArray method;
    QByteArray path;                       // as sent, without the query
    QByteArray query;                      // as sent, after the '?' (empty: none)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct TestHttpResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int dropAfter = -1;        // send only this many body bytes, then close the connection
    int trickleBytes = -1;     // send the body in slices of this many bytes, one every 20 ms
    bool contentLength = true; // false: no Content-Length, the body ends with the connection
};

class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<TestHttpResponse(const TestHttpRequest &, int hit)>;

    // With a certificate and key: HTTPS.
    TestHttpServer();
    TestHttpServer(const QSslCertificate &certificate, const QSslKey &key);
    ~TestHttpServer() override;

    bool listen();
    quint16 port() const;
    QString baseUrl() const; // http(s)://127.0.0.1:<port>

    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const QByteArray &body); // 200 with this body
    // Serves `size` bytes (a-z repeated) at `path` in 128 KiB slices, one every
    // 20 ms (about 0.7 s for 4 MiB: long enough for throttled progress updates).
    // Returns the body, to compare with what was downloaded.
    QByteArray routeSlowDownload(const QByteArray &path, qsizetype size);
    int hits(const QByteArray &path) const { return m_hits.value(path); }

private:
    void onConnection();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QHash<QByteArray, int> m_hits;
};
