// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Prints a run as it happens: documents, phases, steps with their output
// lines (stderr marked), each step's status and duration, and the executor's
// notes (retries, reboots, warnings). Every line goes to the given stream and
// to console.log, so the log holds exactly what the user saw. Both are masked
// with the run's secrets (Executor::secrets()), whatever the line's origin.
// When the stream fails (a closed pipe) the lines go on to console.log only.
#pragma once

#include <QObject>
#include <QTextStream>
#include <memory>

namespace Kiln {

class Executor;
class RunLogs;
class SecretMasker;

class ConsoleReporter : public QObject
{
    Q_OBJECT
public:
    ConsoleReporter(Executor *executor, QTextStream *out, RunLogs *logs, QObject *parent = nullptr);

    // For lines that are not executor events (the CLI's own notes).
    void print(const QString &line);

private:
    std::shared_ptr<const SecretMasker> m_secrets;
    QTextStream *m_out;
    RunLogs *m_logs;
};

} // namespace Kiln
