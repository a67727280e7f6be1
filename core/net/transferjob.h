// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The common shape of the file transfer engines behind the WebDownload,
// S3Download and S3Upload action modules: an asynchronous QObject job, started
// once, that reports progress and log lines while it runs and ends with exactly
// one finished() signal, whatever happened (success, error or cancel). A module
// wraps a job, forwards logLine() to the step log and turns the result into the
// step's status and outputs.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace Kiln {

struct FileTransferResult
{
    bool ok = false;
    bool cancelled = false; // cancel() was called: a user stop, not a failure of the transfer
    QString error;          // for !ok: "<module>: <what failed and how to fix it>"
    QJsonObject outputs;    // module outputs, e.g. {"destination": "/a\n/b"} for WebDownload
};

struct TransferOptions
{
    // Relative local paths are resolved against this folder (empty: the process CWD).
    QString workingDirectory;
    // Where a local path (absolute, as the step sees it) is on this machine: set
    // for a step that acts in another root (process/target.h); empty: as it is.
    std::function<QString(const QString &)> hostPath;
    // Environment the AWS settings (credentials, profile, region, endpoints, IMDS) and
    // the proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) are read from.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Attempts per file for transient errors (connection refused/reset, timeouts, 5xx).
    int maxAttempts = 5;
    // Back-off before attempt n+1 is retryDelayMs * 2^(n-1); tests make it small.
    int retryDelayMs = 1000;
    // A transfer that receives or sends nothing for this long is aborted as a timeout.
    int stallTimeoutMs = 60000;
    // Optional shared access manager (must outlive the job; its proxy settings are then
    // the caller's); otherwise the job owns one that follows the proxy variables.
    QNetworkAccessManager *network = nullptr;
    // S3 only: multipart upload above this size, with parts of multipartPartSize bytes.
    qint64 multipartThreshold = 16 * 1024 * 1024;
    qint64 multipartPartSize = 8 * 1024 * 1024;
};

class TransferJob : public QObject
{
    Q_OBJECT
public:
    // `entries` are the module's list-shaped inputs, one JSON object per entry, with
    // booleans as JSON bools or "true"/"false" strings; expressions already resolved.
    TransferJob(QJsonArray entries, TransferOptions options, QObject *parent = nullptr);
    ~TransferJob() override;

    // Starts the transfer asynchronously; finished() is always emitted later, never
    // from inside start(). Call once.
    virtual void start() = 0;
    // Aborts what is in flight; finished() follows with cancelled = true.
    virtual void cancel() = 0;

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total); // bytes over all entries; total -1 = unknown
    void logLine(const QString &line);        // one line, no trailing newline, no secrets
    void finished(const Kiln::FileTransferResult &result);

protected:
    // The walk over m_entries: starts the entry after the current one with
    // startEntry(), or, after the last one, finishes with success and outputs().
    // A job calls it once to begin and again whenever an entry is done; it does
    // nothing once the job has finished (cancelled or failed).
    void nextEntry();
    // Starts one entry. Ends by calling nextEntry() when the entry is done, or
    // finish() with an error.
    virtual void startEntry(const QJsonObject &input) = 0;
    // The module outputs of a successful job.
    virtual QJsonObject outputs() const { return {}; }
    bool isLastEntry() const { return m_index == m_entries.size() - 1; }

    // Emits finished() once; later calls are ignored.
    void finish(FileTransferResult result);
    // Input helpers: a JSON bool or a "true"/"false" string (case-insensitive).
    static bool boolInput(const QJsonObject &entry, const QString &name, bool defaultValue,
                          QString *error);
    QString absolutePath(const QString &path) const;

    QJsonArray m_entries;
    TransferOptions m_options;
    bool m_running = false;
    bool m_finished = false;

private:
    int m_index = -1; // the entry being transferred
};

} // namespace Kiln

Q_DECLARE_METATYPE(Kiln::FileTransferResult)
