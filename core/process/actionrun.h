// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The runtime side of an action module: one ActionRun object runs one
// iteration of one step (already substituted inputs in, one ActionResult out)
// and streams its output lines while it works. The executor owns retries,
// loops, timeouts and onFailure; a module only runs and stops when told.
// Process modules run asynchronously on the owner's thread (QProcess), file
// modules on a worker thread with a cancel flag; both look the same from here.
#pragma once

#include "process/processrunner.h"
#include "process/target.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>

namespace Kiln {

class SecretMasker;
struct YamlNode;

struct ActionResult
{
    enum class Kind {
        Success,
        Failure,
        TimedOut,  // stopped because the step's time budget ran out
        Cancelled, // stopped by the user
        Reboot,    // exit 194 / the Reboot module: the executor decides what a reboot means
    };

    Kind kind = Kind::Success;
    QString failureMessage;               // user-facing, one sentence
    QJsonObject outputs;                  // {"stdout": "..."}; empty for modules without outputs
    QJsonValue detailedOutput;            // ExecuteDocument only
    bool rebootResumesAtNextStep = false; // Reboot module: continue after the step

    static ActionResult success(QJsonObject outputs = {})
    {
        return ActionResult{Kind::Success, {}, std::move(outputs), {}, false};
    }
    static ActionResult failure(QString message)
    {
        return ActionResult{Kind::Failure, std::move(message), {}, {}, false};
    }
};

// What a module may know about where it runs.
struct ActionContext
{
    QString action;
    QJsonArray inputs;                   // normalised: map-shaped modules have one element
    const YamlNode *rawInputs = nullptr; // Assert parses its condition from the tree
    std::function<QString(const QString &)> substitute; // references in Assert operands
    QString workDirectory; // a folder of this step: masked copies of generated scripts
    // The run's secrets: what a module writes for the record is masked with
    // them, and a script holding one is never put on a command line. May be null.
    std::shared_ptr<const SecretMasker> secrets;
    // Small generated scripts are run inline (bash -c) and appended to this one
    // file instead of a file (and folder) per step; empty: always a file.
    QString scriptArchive;
    QString stepLabel;         // "<phase>/<step>": $0 of inline scripts, archive headers
    QString documentDirectory; // folder of the document (ExecuteDocument relative paths)
    QString platform;          // "linux", "windows", "darwin": what the document was validated for
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    std::chrono::milliseconds gracePeriod{5000};
    // Where the step acts: its processes, files, owners and permissions.
    std::shared_ptr<const Target> target = hostTarget();
};

class ActionRun : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts the work. finished() follows exactly once and never from inside
    // start(): modules that know their result at once post it.
    virtual void start() = 0;
    // Stops the work; finished() then carries Cancelled or TimedOut.
    virtual void stop(ActionResult::Kind reason) = 0;

Q_SIGNALS:
    void output(Kiln::OutputChannel channel, const QString &line);
    // A child process started, leading its own process group `pid` (process modules only).
    void processStarted(qint64 pid);
    // Bytes transferred so far (transfer modules only); total -1 = unknown. As
    // often as the transfer reports it: the executor throttles.
    void progress(qint64 done, qint64 total);
    void finished(const Kiln::ActionResult &result);
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

} // namespace Kiln

Q_DECLARE_METATYPE(Kiln::ActionResult)
