// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A writable view of a root file system that never writes to it: an overlay
// whose lower layer is the root (this machine's "/", a debootstrap folder, a
// container image's files) and whose upper layer, a folder of the run, takes
// every change. The upper layer is then the exact record of what the run
// changed (changescanner.h reads it).
//
// The view (the "merged" folder) gets what a process expects of a root: a
// small /dev of its own (null, zero, full, random, urandom, tty, a private
// devpts and /dev/shm), the host's /sys read-only, an empty /run, and the
// host's resolv.conf so the network names resolve. /proc is mounted per step,
// in the step's own PID namespace (containedlaunch.h).
//
// Everything is mounted in kiln's private mount namespace (namespaces.h): the
// host never sees these mounts, and they end with the process.
#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace Kiln::Sandbox {

class OverlayRoot
{
public:
    // Mounts the view of `lower` with its layers in `folder` (created: upper/,
    // work/, root/, lower/). Null, with `error` set, when it cannot.
    static std::unique_ptr<OverlayRoot> mount(const QString &lower, const QString &folder,
                                              QString *error);
    // Unmounts the view and removes work/ and root/; upper/ stays (the caller
    // keeps or removes it).
    ~OverlayRoot();
    OverlayRoot(const OverlayRoot &) = delete;
    OverlayRoot &operator=(const OverlayRoot &) = delete;

    // The lower layer as the overlay sees it (the root without its submounts).
    QString lower() const { return m_lower; }
    QString upper() const;
    QString merged() const;
    // The paths (inside the root) this class created in the upper layer as
    // mount points: its own, not the run's changes.
    QStringList ownPaths() const { return m_ownPaths; }

private:
    OverlayRoot(QString lower, QString folder);
    bool mountAll(QString *error);
    bool mountDev(QString *error);
    // The folder `insidePath` to mount on, made when missing.
    bool ensureMountPoint(const QString &insidePath, QString *error);

    QString m_lower;
    QString m_folder;
    QStringList m_ownPaths;
    bool m_mounted = false;
    bool m_lowerMounted = false;
};

// Removes `folder` and everything in it, the overlay's mode-0 work folders too.
void removeTree(const QString &folder);

} // namespace Kiln::Sandbox
