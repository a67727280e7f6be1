// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "testhttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

TestHttpServer::TestHttpServer() : TestHttpServer(QSslCertificate(), QSslKey()) {}

TestHttpServer::TestHttpServer(const QSslCertificate &certificate, const QSslKey &key)
{
    if (!certificate.isNull()) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
        m_server = std::move(server);
        m_tls = true;
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onConnection);
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port());
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::route(const QByteArray &path, const QByteArray &body)
{
    route(path, [body](const TestHttpRequest &, int) {
        return TestHttpResponse{200, body, {}, -1};
    });
}

QByteArray TestHttpServer::routeSlowDownload(const QByteArray &path, qsizetype size)
{
    QByteArray body(size, '\0');
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char('a' + i % 26);
    route(path, [body](const TestHttpRequest &, int) {
        TestHttpResponse response;
        response.body = body;
        response.trickleBytes = 128 * 1024;
        return response;
    });
    return body;
}

void TestHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            TestHttpRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QByteArray target = first.value(1);
            request.path = target.split('?').value(0);
            if (const qsizetype q = target.indexOf('?'); q >= 0)
                request.query = target.mid(q + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // wait for the whole body
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            const int hit = ++m_hits[request.path];
            TestHttpResponse response;
            if (auto it = m_routes.constFind(request.path); it != m_routes.constEnd())
                response = (*it)(request, hit);
            else
                response = {404, QByteArrayLiteral("not found"), {}, -1};

            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            if (response.contentLength)
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += "Connection: close\r\n";
            for (const auto &[name, value] : response.headers)
                head += name + ": " + value + "\r\n";
            head += "\r\n";
            socket->write(head);
            if (response.dropAfter >= 0) {
                socket->write(response.body.left(response.dropAfter));
                socket->flush();
                socket->abort(); // a reset mid-body
                socket->deleteLater();
                return;
            }
            if (response.trickleBytes > 0) {
                // A slow server: progress and stall handling see many small reads.
                auto *timer = new QTimer(socket);
                auto rest = std::make_shared<QByteArray>(response.body);
                const int slice = response.trickleBytes;
                connect(timer, &QTimer::timeout, socket, [socket, timer, rest, slice] {
                    socket->write(rest->left(slice));
                    rest->remove(0, std::min<qsizetype>(slice, rest->size()));
                    if (rest->isEmpty()) {
                        timer->stop();
                        socket->disconnectFromHost();
                    }
                });
                timer->start(20);
                return;
            }
            socket->write(response.body);
            socket->disconnectFromHost();
        });
    }
}
