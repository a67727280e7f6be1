// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// How a sandboxed run's processes start: in namespaces made once per run by
// kiln-contain (app/contain/kiln-contain.cpp, which says what they hold back),
// whose PID 1 lives as long as the sandbox. A step's process is born in the
// PID namespace (the starting thread points its children there for the
// moment of the fork: a thread cannot be made while it does) and joins the
// mount namespace between fork and exec, where it also loses the capabilities
// a step does not keep (capabilities.h): no extra process, no new namespace
// per step.
#pragma once

#include "process/target.h"

#include <QProcess>
#include <QString>
#include <memory>

namespace Kiln::Sandbox {

// kiln-contain: beside the running executable (the build tree, where the tests
// run), else where it is installed; empty when it is in neither place.
QString containHelper();

// The sandbox's PID 1. Its end (this object's, or kiln's, even by kill -9)
// ends every process in the sandbox.
class ContainedRoot
{
public:
    // Makes the namespaces over `root` (a host folder, a mount point of kiln's
    // private mount namespace) and waits until they are ready.
    static std::shared_ptr<ContainedRoot> start(const QString &root, QString *error);
    ~ContainedRoot() { stop(); }
    ContainedRoot(const ContainedRoot &) = delete;
    ContainedRoot &operator=(const ContainedRoot &) = delete;

    // Ends PID 1, and with it every process left in the sandbox.
    void stop();

    // `launch` as it starts inside the sandbox.
    ProcessLaunch launch(ProcessLaunch launch) const;
    // Calls `start` (QProcess::start) with the calling thread's children
    // pointed into the sandbox's PID namespace.
    void spawn(const std::function<void()> &start) const;

private:
    ContainedRoot() = default;
    QProcess m_holder; // kiln-contain init, the parent of PID 1
    int m_mountNamespace = -1;
    int m_pidNamespace = -1;
    int m_root = -1;            // PID 1's root, the sandbox's view
    int m_ownPidNamespace = -1; // to point back to
};

} // namespace Kiln::Sandbox
