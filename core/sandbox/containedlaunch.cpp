// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "sandbox/containedlaunch.h"

#include "i18n/tr.h"
#include "sandbox/capabilities.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Sandbox {
namespace {

int openNamespace(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}

} // namespace

QString containHelper()
{
    // Looked up once, from the first call: /proc/self/exe names the program
    // by the mount namespace it was started in, and after kiln enters its own
    // inside a chroot, that is a path of the host's (enterPrivateMountNamespace
    // calls this first). Not QCoreApplication: the studio enters its namespace
    // before it has one.
    static const QString helper = [] {
        const QString program = QFile::symLinkTarget(u"/proc/self/exe"_s);
        const QStringList candidates = {QDir(QFileInfo(program).path()).filePath(u"kiln-contain"_s),
                                        QStringLiteral(KILN_CONTAIN_INSTALLED)};
        for (const QString &candidate : candidates) {
            if (QFileInfo(candidate).isExecutable())
                return candidate;
        }
        return QString();
    }();
    return helper;
}

std::shared_ptr<ContainedRoot> ContainedRoot::start(const QString &root, QString *error)
{
    std::shared_ptr<ContainedRoot> contained(new ContainedRoot);
    QProcess &holder = contained->m_holder;
    holder.start(containHelper(), {u"init"_s, root});
    // "ready <pid>" once PID 1 is in the root; set-up takes milliseconds.
    while (!holder.canReadLine() && holder.waitForReadyRead(10'000)) {
    }
    const QByteArray line = holder.readLine().trimmed();
    if (!line.startsWith("ready ")) {
        holder.waitForFinished(1000);
        *error = ConsoleTr::tr("cannot start the sandbox's processes: %1")
                     .arg(QString::fromLocal8Bit(holder.readAllStandardError()).trimmed());
        return nullptr;
    }
    const QString init = u"/proc/%1/"_s.arg(QString::fromLatin1(line.mid(6)));
    contained->m_mountNamespace = openNamespace(init + u"ns/mnt"_s);
    contained->m_pidNamespace = openNamespace(init + u"ns/pid"_s);
    contained->m_ownPidNamespace = openNamespace(u"/proc/self/ns/pid"_s);
    contained->m_root =
        ::open(QFile::encodeName(init + u"root"_s).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (contained->m_mountNamespace < 0 || contained->m_pidNamespace < 0 ||
        contained->m_ownPidNamespace < 0 || contained->m_root < 0) {
        *error = ConsoleTr::tr("cannot open the sandbox's namespaces: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    return contained;
}

void ContainedRoot::stop()
{
    for (int *fd : {&m_mountNamespace, &m_pidNamespace, &m_ownPidNamespace, &m_root}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
    if (m_holder.state() != QProcess::NotRunning) {
        m_holder.kill(); // PID 1 follows (its parent-death signal), and the namespace with it
        m_holder.waitForFinished();
    }
}

void ContainedRoot::spawn(const std::function<void()> &start) const
{
    // A stopped sandbox starts nothing: QProcess then reports the failed start.
    const bool inside = m_pidNamespace >= 0 && ::setns(m_pidNamespace, CLONE_NEWPID) == 0;
    start();
    if (inside)
        ::setns(m_ownPidNamespace, CLONE_NEWPID);
}

ProcessLaunch ContainedRoot::launch(ProcessLaunch launch) const
{
    const QByteArray folder =
        QFile::encodeName(launch.workingDirectory.isEmpty() ? u"/"_s : launch.workingDirectory);
    launch.workingDirectory.clear();
    // Between fork and exec: system calls only. The root is PID 1's, taken
    // explicitly rather than trusted to setns (which gives the namespace's root).
    launch.inChild = [mountNamespace = m_mountNamespace, root = m_root, folder] {
        if (::setns(mountNamespace, CLONE_NEWNS) != 0 || ::fchdir(root) != 0 ||
            ::chroot(".") != 0 || ::chdir(folder.constData()) != 0)
            ::_exit(127); // QProcess reports the exit; the step fails, nothing ran
        dropCapabilities();
    };
    return launch;
}

} // namespace Kiln::Sandbox
