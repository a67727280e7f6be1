// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "s3testserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

S3TestServer::S3TestServer() = default;

S3TestServer::~S3TestServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // s3gate.js exits when its stdin closes
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool S3TestServer::start(QString *error)
{
    const QString script = QStringLiteral(KILN_S3GATE_DIR "/s3gate.js");
    const QString modules = QStringLiteral(KILN_S3GATE_DIR "/node_modules/s3rver");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral(
            "node is not installed; run scripts/setup.sh (it installs nodejs and npm)");
        return false;
    }
    if (!QFileInfo::exists(modules)) {
        *error = QStringLiteral(
            "s3rver is not installed; run scripts/setup.sh, or `npm ci` in " KILN_S3GATE_DIR);
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KILN_S3_ACCESS_KEY"), AccessKey);
    env.insert(QStringLiteral("KILN_S3_SECRET_KEY"), SecretKey);
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(node, QStringList{script, m_dir.path(), Bucket} + m_extraBuckets);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start node: ") + m_process.errorString();
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        out += m_process.readAllStandardOutput();
    }
    if (!out.startsWith("READY ")) {
        *error = QStringLiteral("s3gate.js did not start: ") + QString::fromUtf8(out);
        return false;
    }
    m_port = out.mid(6).trimmed().toInt();
    return m_port > 0;
}

QString S3TestServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString S3TestServer::requestLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("requests.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QProcessEnvironment S3TestServer::environment(const QString &home) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), AccessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), SecretKey);
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_S3"), endpoint());
    // Deterministic on an EC2 build host too: never ask the real instance metadata.
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    return env;
}
