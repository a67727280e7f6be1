// Prints a run as it happens: documents, phases, steps with their output
// lines (stderr marked), each step's status and duration, and the executor's
// notes (retries, reboots, warnings). Every line goes to the given stream and
// to console.log, so the log holds exactly what the user saw. When the stream
// fails (a closed pipe) the lines go on to console.log only.
#pragma once

#include <QObject>
#include <QTextStream>

namespace Kiln {

class Executor;
class RunLogs;

class ConsoleReporter : public QObject
{
    Q_OBJECT
public:
    ConsoleReporter(Executor *executor, QTextStream *out, RunLogs *logs, QObject *parent = nullptr);

    // For lines that are not executor events (the CLI's own notes).
    void print(const QString &line);

private:
    QTextStream *m_out;
    RunLogs *m_logs;
};

} // namespace Kiln
