// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A local SSM endpoint that answers every GetParameter with one SecureString,
// and the environment that points a kiln process at it with fake credentials
// (no AWS config or credentials file of the developer's is read).
#pragma once

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>

namespace KilnTest {

class FakeSsm : public QTcpServer
{
public:
    explicit FakeSsm(QByteArray value)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this, value] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, value] {
                if (!socket->readAll().contains("AmazonSSM.GetParameter"))
                    return;
                ++requests;
                const QByteArray body = R"({"Parameter":{"Name":"/app/db-password",)"
                                        R"("Type":"SecureString","Value":")" +
                                        value + R"(","Version":3}})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                              body);
                socket->disconnectFromHost();
            });
        });
    }

    // This process's environment, with AWS pointed at this endpoint; `missing`
    // names a file that does not exist (for the config and credentials files).
    QProcessEnvironment environment(const QString &missing) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDTEST"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("test-secret-key"));
        env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSM"),
                   QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), missing);
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), missing);
        return env;
    }

    int requests = 0; // GetParameter calls answered
};

} // namespace KilnTest
