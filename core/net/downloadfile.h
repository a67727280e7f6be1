// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Where a download goes while it arrives, shared by WebDownload and S3Download: a
// hidden file next to the destination (".<name>.kiln-XXXXXX"), renamed into place by
// commit() and removed otherwise, so a failed or cancelled download leaves nothing.
// It is created like any other new file, mode 0666 & ~umask (as CreateFile and
// AWSTOE do; QTemporaryFile would make it 0600).
//
// streamFrom() bounds what a reply holds in memory: Qt stops reading the socket once
// DownloadReadBufferSize bytes wait to be read, so a network faster than the disk
// cannot fill memory with the body, nor the event queue with chunks that delay a stop.
// Qt can only be told after get() has started the request in its HTTP thread: what
// arrives before the size reaches that thread is read unbounded. That is one
// statement's time, unless the main thread is descheduled there; a loaded machine
// with a local server at memory speed once took a whole 128 MiB body in that gap.
#pragma once

#include <QFile>
#include <QString>

class QNetworkReply;

namespace Kiln {

constexpr qint64 DownloadReadBufferSize = 2 * 1024 * 1024;

class DownloadFile
{
public:
    explicit DownloadFile(QString destination);
    ~DownloadFile(); // removes the file unless committed
    DownloadFile(const DownloadFile &) = delete;
    DownloadFile &operator=(const DownloadFile &) = delete;

    // Creates the file; false with errorString() when it cannot.
    bool open();
    // Bounds the reply's read buffer; call right after the request is sent.
    static void streamFrom(QNetworkReply *reply);
    // False with errorString() when the disk refuses.
    bool write(const QByteArray &data);
    // Flushes, closes and renames the file to the destination; false with
    // errorString(), a whole sentence then ("cannot write '…': …").
    bool commit();

    QString fileName() const { return m_file.fileName(); }
    QString errorString() const { return m_error; }

private:
    QString m_destination;
    QFile m_file;
    QString m_error;
    bool m_committed = false;
};

} // namespace Kiln
