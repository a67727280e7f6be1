// The process-based action modules: ExecuteBash (commands written to a script
// in the step's work folder, run with bash), ExecuteBinary (argv, no shell),
// ExecutePowerShell (pwsh when installed) and UpdateOS (the host's package
// manager). Exit 194 (3010 for PowerShell) is a reboot request; the `stdout`
// output is the process's stdout with one trailing newline trimmed.
#pragma once

#include "actions/actionrun.h"

#include <QStringList>
#include <memory>
#include <optional>

namespace Kiln {

class ProcessActionRun : public ActionRun
{
    Q_OBJECT
public:
    ProcessActionRun(QString module, QString program, QStringList arguments, QList<int> rebootCodes,
                     const ActionContext &context, QObject *parent = nullptr);

    void start() override;
    void stop(ActionResult::Kind reason) override;

private:
    void onFinished(const ProcessResult &result);

    QString m_module;
    QList<int> m_rebootCodes;
    ProcessRunner m_runner;
    QString m_lastStderr;
};

// An action whose result is known before it starts (a setup error, a module
// that cannot run here). finished() is posted, never emitted from start().
class ImmediateActionRun : public ActionRun
{
    Q_OBJECT
public:
    explicit ImmediateActionRun(ActionResult result, QStringList log = {},
                                QObject *parent = nullptr)
        : ActionRun(parent), m_result(std::move(result)), m_log(std::move(log))
    {
    }
    void start() override;
    void stop(ActionResult::Kind) override {}

private:
    ActionResult m_result;
    QStringList m_log;
};

std::unique_ptr<ActionRun> createExecuteBash(const ActionContext &context);
std::unique_ptr<ActionRun> createExecuteBinary(const ActionContext &context);
std::unique_ptr<ActionRun> createExecutePowerShell(const ActionContext &context);
std::unique_ptr<ActionRun> createUpdateOS(const ActionContext &context);

// UpdateOS: the package manager found on `searchPath` (apt-get, dnf, yum, zypper,
// in that order of preference) and the bash script that applies the updates,
// honouring include/exclude. nullopt when no supported manager is found.
struct UpdateOsPlan
{
    QString manager; // "apt-get", "dnf", "yum", "zypper"
    QString script;
};
std::optional<UpdateOsPlan> planUpdateOs(const QStringList &searchPath, const QStringList &include,
                                         const QStringList &exclude);

} // namespace Kiln
