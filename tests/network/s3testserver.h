// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Starts tests/network/s3gate.js (s3rver behind a SigV4-checking gate) on a free
// port of 127.0.0.1 with its own temporary data folder, and stops it when
// destroyed. Needs `node` and the packages that scripts/setup.sh installs into
// tests/network/node_modules with `npm ci`.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class S3TestServer
{
public:
    static inline const QString AccessKey = QStringLiteral("AKIAKILNTESTKEY00001");
    static inline const QString SecretKey =
        QStringLiteral("kiln/Test+Secret0123456789abcdefGHIJKLmn");
    static inline const QString Bucket = QStringLiteral("kiln-test");
    static inline const QString Owner = QStringLiteral("123456789000");

    S3TestServer();
    ~S3TestServer();

    // Buckets to create besides Bucket (call before start()).
    void addBuckets(const QStringList &names) { m_extraBuckets += names; }
    // Starts the server; on failure returns false and sets `error`.
    bool start(QString *error);
    QString endpoint() const;   // http://127.0.0.1:<port>
    QString requestLog() const; // every request seen: "METHOD /path owner=<id>"
    // An environment with the server's credentials and endpoint, and a HOME with no
    // ~/.aws, so nothing from the developer's machine leaks into the test.
    QProcessEnvironment environment(const QString &home) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QStringList m_extraBuckets;
};
