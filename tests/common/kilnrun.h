// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Runs the built `kiln` binary for end-to-end tests and reads what it left:
// the exit code and printed summary, the TOE_* run folder, detailedoutput.json
// and its steps by name. Header-only, shared by tests/cli and tests/faults.
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace KilnTest {

using namespace Qt::StringLiterals;

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject summary;
};

inline QJsonObject parseSummary(const QString &out)
{
    const qsizetype at = out.lastIndexOf(u"\n{"_s);
    const QString json = at >= 0 ? out.mid(at + 1) : (out.startsWith(u'{') ? out : QString());
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// What a finished kiln process left: exit code (-1 for a crash), output, summary.
inline Result collect(QProcess &p)
{
    Result r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()),
             {}};
    r.summary = parseSummary(r.out);
    return r;
}

// Waits for `p` (killed after `timeoutMs`: then an empty Result) and collects it.
inline Result finish(QProcess &p, int timeoutMs = 120000)
{
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return collect(p);
}

// Like finish(), but the thread's event loop keeps running meanwhile, so that
// a test server living on it (fake S3 or SSM) can answer kiln.
inline Result finishServing(QProcess &p, int timeoutMs = 120000)
{
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return collect(p);
}

// `kiln ARGS...`, any command, with `env` (e.g. a locale).
inline Result kilnCommand(const QStringList &args,
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(KILN_CLI_BINARY));
    p.setArguments(args);
    p.start();
    return finish(p);
}

// `kiln run ARGS...`.
inline Result kiln(const QStringList &args, const QString &cwd = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(KILN_CLI_BINARY));
    p.setArguments(QStringList{u"run"_s} + args);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start();
    return finish(p);
}

// The single TOE_* folder under `logDir`.
inline QString runFolder(const QString &logDir)
{
    const QStringList found = QDir(logDir).entryList({u"TOE_*"_s}, QDir::Dirs);
    return found.size() == 1 ? QDir(logDir).filePath(found.first()) : QString();
}

inline QJsonObject detailed(const QString &logDir)
{
    QFile f(QDir(runFolder(logDir)).filePath(u"detailedoutput.json"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// step name -> step object, over every document and phase.
inline QHash<QString, QJsonObject> stepsByName(const QJsonObject &execution)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &d : execution.value(u"documents"_s).toArray()) {
        for (const QJsonValue &p : d.toObject().value(u"phases"_s).toArray()) {
            for (const QJsonValue &s : p.toObject().value(u"steps"_s).toArray())
                out.insert(s.toObject().value(u"name"_s).toString(), s.toObject());
        }
    }
    return out;
}

} // namespace KilnTest
