// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A root file system made of this machine's own programs and the libraries
// they load, in a folder the test owns: what tests that run destructive
// modules (rm -rf /, DeleteFolder through links) use as the sandbox's lower
// layer, so nothing they do can be aimed at a root anyone needs. Marked with
// /kiln-throwaway-root, which a destructive step checks before it acts.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace KilnTest {

using namespace Qt::StringLiterals;

// Copies `host` (an absolute file of this machine) to the same path under
// `root`, with a link where `host` itself is one (the ELF interpreter
// /lib64/ld-linux-x86-64.so.2 is a link into /usr/lib).
inline bool copyIntoRoot(const QString &root, const QString &host)
{
    const QString real = QFileInfo(host).canonicalFilePath();
    const QString target = root + real;
    if (real.isEmpty() || !QDir().mkpath(QFileInfo(target).absolutePath()))
        return false;
    if (!QFileInfo::exists(target) &&
        (!QFile::copy(real, target) ||
         !QFile::setPermissions(target, QFileInfo(real).permissions())))
        return false;
    const QFileInfo given(host);
    const QString linkFolder = root + QFileInfo(given.absolutePath()).canonicalFilePath();
    const QString link = linkFolder + u'/' + given.fileName();
    if (link != target && !QFileInfo(link).isSymLink() && !QFileInfo::exists(link))
        return QDir().mkpath(linkFolder) && QFile::link(real, link);
    return true;
}

// The root: `programs` (names found on PATH), their libraries, the host's
// top-level links (/bin → usr/bin on a merged-/usr system), /tmp and /etc.
inline bool makeThrowawayRoot(const QString &root, const QStringList &programs)
{
    if (!QDir().mkpath(root))
        return false;
    for (const QString &top : {u"bin"_s, u"sbin"_s, u"lib"_s, u"lib64"_s, u"lib32"_s}) {
        const QFileInfo host(u"/"_s + top);
        if (host.isSymLink() && !QFile::link(host.symLinkTarget().mid(1), root + u"/"_s + top))
            return false;
    }
    for (const QString &dir : {u"tmp"_s, u"etc"_s, u"proc"_s, u"dev"_s, u"sys"_s, u"run"_s})
        QDir(root).mkpath(dir);
    QFile::setPermissions(root + u"/tmp"_s, QFileDevice::Permissions(0x7777));
    static const QRegularExpression library(u"(/\\S+) \\(0x"_s);
    for (const QString &name : programs) {
        const QString program = QStandardPaths::findExecutable(name);
        if (program.isEmpty() || !copyIntoRoot(root, program))
            return false;
        QProcess ldd;
        ldd.start(u"ldd"_s, {program});
        ldd.waitForFinished();
        const QString listing = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        for (const QRegularExpressionMatch &m : library.globalMatch(listing)) {
            if (!copyIntoRoot(root, m.captured(1)))
                return false;
        }
    }
    QFile marker(root + u"/kiln-throwaway-root"_s);
    return marker.open(QIODevice::WriteOnly);
}

} // namespace KilnTest
