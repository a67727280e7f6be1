// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/roottarget.h"

#include "actions/pathresolution.h"
#include "sandbox/containedlaunch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {

RootTarget::RootTarget(QString root, std::shared_ptr<const Sandbox::ContainedRoot> contained)
    : m_root(QDir::cleanPath(std::move(root))), m_contained(std::move(contained))
{
}

QString RootTarget::description() const
{
    return QCoreApplication::translate("Kiln::Target", "the root %1").arg(m_root);
}

ProcessLaunch RootTarget::launch(ProcessLaunch launch) const
{
    // QProcess looks a bare name up on the host's PATH: find it inside instead.
    if (!launch.program.contains(u'/')) {
        const QString path = launch.environment.value(u"PATH"_s);
        const QString found = findExecutable(launch.program, path.split(u':', Qt::SkipEmptyParts));
        if (!found.isEmpty())
            launch.program = found;
    }
    if (m_contained)
        return m_contained->launch(std::move(launch));
    // QProcess changes folder before the child set-up runs, so the folder inside
    // the root is entered after the chroot.
    const QByteArray root = QFile::encodeName(m_root);
    const QByteArray folder = QFile::encodeName(
        launch.workingDirectory.isEmpty() ? workingDirectory() : launch.workingDirectory);
    launch.workingDirectory.clear();
    launch.inChild = [root, folder] {
        if (::chroot(root.constData()) != 0 || ::chdir(folder.constData()) != 0)
            ::_exit(127); // QProcess reports the exit; the step fails, nothing runs outside
    };
    return launch;
}

void RootTarget::spawn(const std::function<void()> &start) const
{
    if (m_contained)
        m_contained->spawn(start);
    else
        start();
}

QString RootTarget::findExecutable(const QString &name, const QStringList &searchPath) const
{
    static const QStringList defaultPath = {u"/usr/local/sbin"_s, u"/usr/local/bin"_s,
                                            u"/usr/sbin"_s,       u"/usr/bin"_s,
                                            u"/sbin"_s,           u"/bin"_s};
    for (const QString &folder : searchPath.isEmpty() ? defaultPath : searchPath) {
        const FileOps::ResolvedPath inside = FileOps::resolvePath(
            QDir(folder).filePath(name), u"/"_s, FileOps::FinalLink::Follow, m_root);
        const QFileInfo info(hostPath(inside.path));
        if (inside.ok() && info.isFile() && info.isExecutable())
            return inside.path;
    }
    return {};
}

QStringList RootTarget::databaseEntry(const QString &database, int key, const QString &value) const
{
    // Through the root's own links: etc/passwd may itself be a link inside it.
    const FileOps::ResolvedPath inside =
        FileOps::resolvePath(database, u"/"_s, FileOps::FinalLink::Follow, m_root);
    QFile file(hostPath(inside.path));
    if (!inside.ok() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u':');
        if (fields.size() > 3 && fields.at(key) == value)
            return fields;
    }
    return {};
}

std::optional<Account> RootTarget::user(const QString &nameOrId) const
{
    QStringList entry = databaseEntry(u"/etc/passwd"_s, 0, nameOrId);
    if (entry.isEmpty())
        entry = databaseEntry(u"/etc/passwd"_s, 2, nameOrId);
    if (entry.isEmpty())
        return std::nullopt;
    return Account{uid_t(entry.at(2).toUInt()), gid_t(entry.at(3).toUInt())};
}

std::optional<gid_t> RootTarget::group(const QString &name) const
{
    const QStringList entry = databaseEntry(u"/etc/group"_s, 0, name);
    if (entry.isEmpty())
        return std::nullopt;
    return gid_t(entry.at(2).toUInt());
}

} // namespace Kiln
