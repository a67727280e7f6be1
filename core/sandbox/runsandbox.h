// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The sandbox of one run: an overlay over a root (this machine's, a folder's,
// a container image's), the contained target its steps act on, and the
// change report written as the run goes (changes.json in the run folder, again
// after every step, so a run that is killed still has one).
//
// Layout, in the run folder: sandbox/upper (the changes), sandbox/work (the
// overlay's), sandbox/root (the view the steps see), sandbox/owner (the boot
// id and pid of the kiln that made it). At the end the folder goes, unless the
// upper layer is kept (--keep-sandbox); a sandbox whose kiln died (kill -9) is
// removed by the next sandboxed run in the same log folder.
#pragma once

#include "sandbox/changereport.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace Kiln {
class SecretMasker;
class Target;
} // namespace Kiln

namespace Kiln::Sandbox {

class ChangeScanner;
class ContainedRoot;
class OverlayRoot;
class SystemState;

struct SandboxRequest
{
    enum class Kind { Host, Root, Image };
    Kind kind = Kind::Host;
    QString root;          // Root: the folder given; Image: its unpacked files (imageroot.h)
    QString image;         // Image: the name given
    QString keepUpper;     // --keep-sandbox: move the upper layer there at the end
    QString exportChanges; // --export-changes: a tar of the added and modified files

    // "a sandbox of this machine", "a sandbox of the root /srv/al2023", …
    QString description() const;
};

class RunSandbox
{
public:
    // Mounts the sandbox for the run whose folder is `runFolder`. The process
    // must be in its private mount namespace (namespaces.h). What the report
    // quotes of files (diffs, link targets) is masked with `secrets`: a step
    // may write a SecureString value into a configuration file.
    static std::unique_ptr<RunSandbox> open(const SandboxRequest &request, const QString &runFolder,
                                            std::shared_ptr<const SecretMasker> secrets,
                                            QString *error);
    ~RunSandbox();
    RunSandbox(const RunSandbox &) = delete;
    RunSandbox &operator=(const RunSandbox &) = delete;

    std::shared_ptr<const Target> target() const { return m_target; }
    const ChangeReport &report() const { return m_report; }

    // Records what the step that just ended changed.
    void stepFinished(const QString &document, const QString &phase, const QString &step);
    // The idempotence check: what steps change from now on is the second run's.
    void beginSecondRun() { m_secondRun = true; }
    const std::vector<StepChanges> &secondRunChanges() const { return m_secondRunChanges; }
    void setIdempotence(std::vector<IdempotenceFinding> findings);
    // The end of the run: the report marked complete, the upper layer kept or
    // exported as asked. Returns what could not be done.
    QStringList finish();

private:
    RunSandbox(SandboxRequest request, QString runFolder,
               std::shared_ptr<const SecretMasker> secrets);
    bool writeReport(QString *error) const;
    bool exportChanges(QString *error) const;

    SandboxRequest m_request;
    std::shared_ptr<const SecretMasker> m_secrets;
    QString m_runFolder;
    QString m_folder; // runFolder/sandbox
    std::unique_ptr<OverlayRoot> m_overlay;
    std::shared_ptr<ContainedRoot> m_contained; // the processes' namespaces
    std::shared_ptr<const Target> m_target;
    std::unique_ptr<ChangeScanner> m_scanner;
    std::unique_ptr<SystemState> m_system;
    ChangeReport m_report;
    bool m_secondRun = false;
    std::vector<StepChanges> m_secondRunChanges;
};

// Removes the sandboxes left in the run folders of `logParent` by a kiln that
// is gone (killed, or before the last boot). Returns how many.
int removeStaleSandboxes(const QString &logParent);

} // namespace Kiln::Sandbox
