// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The WebDownload engine (behaviour-reference §5.2): downloads each entry's http(s) URL to its
// destination, following redirects, treating any final status but 200 as an
// error, verifying `checksum`/`algorithm` before the file is moved into place
// (a DownloadFile: temp file next to the destination + rename, so a failed or
// cancelled download leaves nothing behind; memory bounded however fast the network), honouring `overwrite` (skipping the download when an
// existing file already matches the checksum) and `ignoreCertificateErrors`, and
// retrying transient failures up to TransferOptions::maxAttempts times with
// exponential back-off. Output `destination`: the final absolute paths (relative
// destinations resolved against TransferOptions::workingDirectory), one per entry,
// newline-separated, in entry order.
#pragma once

#include "net/transferjob.h"

#include <QCryptographicHash>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkReply;
class QTimer;

namespace Kiln {

class DownloadFile;

class WebDownloadJob : public TransferJob
{
    Q_OBJECT
public:
    WebDownloadJob(QJsonArray entries, TransferOptions options = {}, QObject *parent = nullptr);
    ~WebDownloadJob() override;

    void start() override;
    void cancel() override;

    // "MD5", "SHA1", "SHA256", "SHA512" (any case) → the Qt algorithm.
    static std::optional<QCryptographicHash::Algorithm> hashAlgorithm(const QString &name);
    // Hex digest of a file, or an empty string when it cannot be read.
    static QByteArray fileHash(const QString &path, QCryptographicHash::Algorithm algorithm);

private:
    struct Entry;
    void startEntry(const QJsonObject &input) override;
    QJsonObject outputs() const override;
    void startAttempt();
    void onReadyRead();
    void onFinished();
    void failEntry(const QString &message);
    void retryOrFail(const QString &message);
    void cleanupReply();

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<Entry> m_entry;
    QStringList m_destinations;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<DownloadFile> m_temp;
    QTimer *m_stallTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    qint64 m_doneBytes = 0;
};

} // namespace Kiln
