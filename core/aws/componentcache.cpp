// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/componentcache.h"

#include "process/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

// The process's copies (ExecuteDocument in a loop fetches the same component).
QMutex memoryMutex;
QHash<QString, QByteArray> &memory()
{
    static QHash<QString, QByteArray> documents;
    return documents;
}

} // namespace

ComponentCache::ComponentCache(const QProcessEnvironment &environment)
{
    QString base = environment.value(u"XDG_CACHE_HOME"_s);
    if (base.isEmpty() && !environment.value(u"HOME"_s).isEmpty())
        base = environment.value(u"HOME"_s) + u"/.cache"_s;
    if (!base.isEmpty())
        m_folder = QDir(base).filePath(u"kiln/components"_s);
}

QString ComponentCache::fileFor(const QString &buildArn) const
{
    // The ARN has ':' and '/': its hash names the file.
    const QByteArray hash = QCryptographicHash::hash(buildArn.toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_folder).filePath(QString::fromLatin1(hash.toHex()) + u".yaml"_s);
}

std::optional<QByteArray> ComponentCache::find(const QString &buildArn) const
{
    {
        const QMutexLocker lock(&memoryMutex);
        if (const auto it = memory().constFind(buildArn); it != memory().constEnd())
            return *it;
    }
    if (m_folder.isEmpty())
        return std::nullopt;
    QFile file(fileFor(buildArn));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray document = file.readAll();
    const QMutexLocker lock(&memoryMutex);
    memory().insert(buildArn, document);
    return document;
}

void ComponentCache::store(const QString &buildArn, const QByteArray &document) const
{
    {
        const QMutexLocker lock(&memoryMutex);
        memory().insert(buildArn, document);
    }
    QString ignored;
    if (!m_folder.isEmpty() && PrivateFiles::makeFolder(m_folder))
        PrivateFiles::writeFile(fileFor(buildArn), document, &ignored);
}

} // namespace Kiln
