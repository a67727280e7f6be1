// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "net/transferjob.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln {

TransferJob::TransferJob(QJsonArray entries, TransferOptions options, QObject *parent)
    : QObject(parent), m_entries(std::move(entries)), m_options(std::move(options))
{
    qRegisterMetaType<Kiln::FileTransferResult>();
}

TransferJob::~TransferJob() = default;

void TransferJob::nextEntry()
{
    if (m_finished)
        return;
    ++m_index;
    if (m_index < m_entries.size())
        return startEntry(m_entries.at(m_index).toObject());
    FileTransferResult result;
    result.ok = true;
    result.outputs = outputs();
    finish(result);
}

void TransferJob::finish(FileTransferResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    Q_EMIT finished(result);
}

bool TransferJob::boolInput(const QJsonObject &entry, const QString &name, bool defaultValue,
                            QString *error)
{
    const QJsonValue value = entry.value(name);
    if (value.isUndefined() || value.isNull())
        return defaultValue;
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true"_s)
            return true;
        if (text == u"false"_s)
            return false;
    }
    if (error)
        *error = u"input '%1' must be true or false"_s.arg(name);
    return defaultValue;
}

QString TransferJob::absolutePath(const QString &path) const
{
    const QString absolute = QFileInfo(path).isAbsolute() || m_options.workingDirectory.isEmpty()
                                 ? QFileInfo(path).absoluteFilePath()
                                 : QDir(m_options.workingDirectory).absoluteFilePath(path);
    return m_options.hostPath ? m_options.hostPath(absolute) : absolute;
}

} // namespace Kiln
