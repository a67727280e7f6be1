// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/runstate.h"

#include "process/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <csignal>
#include <spdlog/spdlog.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

// The key of a step's loop iterations in the state file.
QString iterationsKey(int document, const QString &phase, const QString &step)
{
    return u"%1/%2/%3"_s.arg(document).arg(phase, step);
}

} // namespace

QString stateFilePath(const QString &stateDirectory)
{
    return QDir(stateDirectory).filePath(u"kiln-executionstate.json"_s);
}

bool writeStateFile(const QString &stateDirectory, const QJsonObject &state, QString *error)
{
    if (!PrivateFiles::makeFolder(stateDirectory)) {
        *error = u"cannot create %1"_s.arg(stateDirectory);
        return false;
    }
    QSaveFile file(stateFilePath(stateDirectory));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    PrivateFiles::restrict(file); // it holds real values (see Executor::stateJson())
    file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString stepId(int document, int phase, int step)
{
    return u"%1.%2.%3"_s.arg(document).arg(phase).arg(step);
}

QString bootId()
{
    QFile f(u"/proc/sys/kernel/random/boot_id"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

QString rebootModeName(RebootMode m)
{
    return m == RebootMode::Handoff ? u"handoff"_s
           : m == RebootMode::Fail  ? u"fail"_s
                                    : u"simulate"_s;
}

QJsonObject iterationsJson(const ExecutionRecord &record)
{
    QJsonObject iterations;
    for (size_t d = 0; d < record.documents.size(); ++d) {
        for (const PhaseRecord &p : record.documents[d].phases) {
            for (const StepRecord &st : p.steps) {
                if (st.iterations.empty())
                    continue;
                QJsonArray rows;
                for (const IterationRecord &it : st.iterations)
                    rows.append(QJsonObject{{u"index"_s, it.index},
                                            {u"label"_s, it.label},
                                            {u"status"_s, statusName(it.status)},
                                            {u"durationMs"_s, it.durationMs}});
                iterations.insert(iterationsKey(int(d), p.name, st.name), rows);
            }
        }
    }
    return iterations;
}

void restoreIterations(ExecutionRecord &record, const QJsonObject &iterations)
{
    for (size_t d = 0; d < record.documents.size() && !iterations.isEmpty(); ++d) {
        for (PhaseRecord &p : record.documents[d].phases) {
            for (StepRecord &st : p.steps) {
                for (const QJsonValue &v :
                     iterations.value(iterationsKey(int(d), p.name, st.name)).toArray()) {
                    const QJsonObject o = v.toObject();
                    st.iterations.push_back(IterationRecord{
                        o.value(u"index"_s).toInteger(), o.value(u"label"_s).toString(),
                        statusFromName(o.value(u"status"_s).toString()),
                        o.value(u"durationMs"_s).toInteger(-1)});
                }
            }
        }
    }
}

SavedRun savedRun(const QJsonObject &state)
{
    const QJsonObject saved = state.value(u"options"_s).toObject();
    SavedRun run;
    for (const QJsonValue &v : saved.value(u"documents"_s).toArray()) {
        const QJsonObject d = v.toObject();
        SavedRun::Document &document = run.documents.emplace_back();
        document.path = d.value(u"displayPath"_s).toString();
        document.file = d.value(u"path"_s).toString();
        const QJsonObject parameters = d.value(u"parameters"_s).toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            document.parameters.insert(it.key(), it.value().toString());
    }
    ExecutorOptions &options = run.options;
    for (const QJsonValue &v : saved.value(u"phases"_s).toArray())
        options.phases << v.toString();
    for (const QJsonValue &v : saved.value(u"blockedModules"_s).toArray())
        options.blockedModules << v.toString();
    options.platform = saved.value(u"platform"_s).toString();
    const QString mode = saved.value(u"rebootMode"_s).toString();
    options.rebootMode = mode == rebootModeName(RebootMode::Handoff) ? RebootMode::Handoff
                         : mode == rebootModeName(RebootMode::Fail)  ? RebootMode::Fail
                                                                     : RebootMode::Simulate;
    options.executionId = state.value(u"executionId"_s).toString();
    const QJsonObject selection = saved.value(u"selection"_s).toObject();
    options.selectionPhase = selection.value(u"phase"_s).toString();
    options.selectionStep = selection.value(u"step"_s).toString();
    options.selectionOnly = selection.value(u"only"_s).toBool();
    const QJsonObject stop = selection.value(u"stopAfter"_s).toObject();
    options.stopAfter = {stop.value(u"document"_s).toInt(-1), stop.value(u"phase"_s).toString(),
                         stop.value(u"step"_s).toString()};
    options.extraState = saved.value(u"extra"_s).toObject();
    return run;
}

Leftovers killLeftoverProcesses(const QJsonObject &state)
{
    Leftovers done;
    if (const QString boot = bootId();
        boot.isEmpty() || state.value(u"bootId"_s).toString() != boot)
        return done; // rebooted since: nothing of that run can be alive
    const qint64 group = state.value(u"runningProcessGroup"_s).toInteger();
    // By the marker first. Only the step at the saved position: it is the one
    // that was running (the position is saved before a step starts), and it
    // runs again now. Processes that earlier, finished steps left on purpose
    // (setsid daemons) carry other step ids and are left alone. A daemon the
    // interrupted step had already started is stopped too; its rerun starts it
    // again. Repeated, as a dying process's children may be forking.
    const QJsonObject pos = state.value(u"position"_s).toObject();
    const QByteArray runMark = "KILN_RUN_ID=" + state.value(u"executionId"_s).toString().toUtf8();
    const QByteArray stepMark =
        "KILN_STEP_ID=" + stepId(pos.value(u"document"_s).toInt(), pos.value(u"phase"_s).toInt(),
                                 pos.value(u"step"_s).toInt())
                              .toUtf8();
    if (runMark.size() <= 12)
        return done;
    const QString self = QString::number(::getpid());
    QSet<pid_t> killed;
    bool groupIsTheStep = false; // a marked process belongs to the saved group
    for (int round = 0; round < 10; ++round) {
        int found = 0;
        const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            bool numeric = false;
            const pid_t p = pid.toInt(&numeric);
            if (!numeric || pid == self || killed.contains(p))
                continue;
            QFile envFile(u"/proc/%1/environ"_s.arg(pid));
            if (!envFile.open(QIODevice::ReadOnly))
                continue; // gone, or another user's
            const QList<QByteArray> vars = envFile.readAll().split('\0');
            if (!vars.contains(runMark) || !vars.contains(stepMark))
                continue;
            groupIsTheStep = groupIsTheStep || (group > 1 && ::getpgid(p) == group);
            if (::kill(p, SIGKILL) == 0) {
                killed.insert(p);
                ++found;
            }
        }
        if (found == 0)
            break;
    }
    done.marked = int(killed.size());
    const auto logger = spdlog::get("core.exec");
    if (done.marked > 0 && logger)
        logger->warn("killed {} leftover process(es) of the interrupted step found by KILN_RUN_ID",
                     done.marked);
    // Then the saved group, for members that cleared their environment (env -i) —
    // but only when a marked process proved the group is still the step's: its id
    // is a process id, which the system may have given to an unrelated process
    // group since.
    if (groupIsTheStep && ::kill(-static_cast<pid_t>(group), SIGKILL) == 0) {
        if (logger)
            logger->warn("killed the leftover process group {} of the interrupted step", group);
        done.group = group;
    }
    return done;
}

} // namespace Kiln
