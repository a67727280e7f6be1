// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "net/downloadfile.h"

#include <QFileInfo>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace Kiln {

DownloadFile::DownloadFile(QString destination) : m_destination(std::move(destination)) {}

DownloadFile::~DownloadFile()
{
    if (m_committed || m_file.fileName().isEmpty())
        return;
    m_file.close();
    m_file.remove();
}

bool DownloadFile::open()
{
    const QFileInfo target(m_destination);
    for (int tries = 0; tries < 100; ++tries) {
        const QString suffix =
            QString::number(QRandomGenerator::global()->generate() % 0x1000000, 16);
        m_file.setFileName(u"%1/.%2.kiln-%3"_s.arg(target.absolutePath(), target.fileName(),
                                                   suffix.rightJustified(6, u'0')));
        // NewOnly (O_EXCL): never another file's; QFile creates it 0666 & ~umask.
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return true;
        if (m_file.error() != QFileDevice::OpenError || !QFileInfo::exists(m_file.fileName()))
            break; // not a name clash: trying other names will not help
    }
    m_error = m_file.errorString();
    m_file.setFileName(QString()); // nothing of ours to remove
    return false;
}

void DownloadFile::streamFrom(QNetworkReply *reply)
{
    reply->setReadBufferSize(DownloadReadBufferSize);
}

bool DownloadFile::write(const QByteArray &data)
{
    if (m_file.write(data) == data.size())
        return true;
    m_error = m_file.errorString();
    return false;
}

bool DownloadFile::commit()
{
    if (!m_file.flush()) {
        m_error = u"cannot write '%1': %2"_s.arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_file.close();
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(m_file.fileName()).toStdString(),
                            QFile::encodeName(m_destination).toStdString(), ec);
    if (ec) {
        m_error = u"cannot move the download into place at '%1': %2"_s.arg(
            m_destination, QString::fromLocal8Bit(ec.message().c_str()));
        return false;
    }
    m_committed = true;
    return true;
}

} // namespace Kiln
