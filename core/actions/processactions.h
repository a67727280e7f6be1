// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The process-based action modules: ExecuteBash (commands run with bash, see
// createExecuteBash for where the script is), ExecuteBinary (argv, no shell),
// ExecutePowerShell (pwsh when installed) and UpdateOS (the host's package
// manager). Exit 194 (3010 for PowerShell) is a reboot request; the `stdout`
// output is the process's stdout with one trailing newline trimmed.
#pragma once

#include "process/actionregistry.h"

#include <QStringList>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace Kiln {

class ProcessActionRun : public ActionRun
{
    Q_OBJECT
public:
    ProcessActionRun(QString module, QString program, QStringList arguments, QList<int> rebootCodes,
                     const ActionContext &context, QObject *parent = nullptr);

    ~ProcessActionRun() override;

    void start() override;
    void stop(ActionResult::Kind reason) override;
    // The private folder of the script this process runs: removed with this
    // object, i.e. when the step's iteration is over, however it ended.
    void ownScriptFolder(std::unique_ptr<QTemporaryDir> folder);

private:
    void onFinished(const ProcessResult &result);

    QString m_module;
    QList<int> m_rebootCodes;
    std::unique_ptr<QTemporaryDir> m_scriptFolder; // outlives m_runner (declared before it)
    ProcessRunner m_runner;
    QString m_lastStderr;
};

std::unique_ptr<ActionRun> createExecuteBash(const ActionContext &context);
std::unique_ptr<ActionRun> createExecuteBinary(const ActionContext &context);
std::unique_ptr<ActionRun> createExecutePowerShell(const ActionContext &context);
std::unique_ptr<ActionRun> createUpdateOS(const ActionContext &context);
void registerProcessActions(ActionRegistry &registry);

// UpdateOS: the package manager found on `searchPath` (apt-get, dnf, yum, zypper,
// in that order of preference) and the bash script that applies the updates,
// honouring include/exclude. nullopt when no supported manager is found.
struct UpdateOsPlan
{
    QString manager; // "apt-get", "dnf", "yum", "zypper"
    QString script;
};
// The managers are looked for in `searchPath` inside `target`.
std::optional<UpdateOsPlan> planUpdateOs(const QStringList &searchPath, const QStringList &include,
                                         const QStringList &exclude, const Target &target);

} // namespace Kiln
