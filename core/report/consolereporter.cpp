#include "report/consolereporter.h"

#include "exec/executor.h"
#include "report/runlogs.h"

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QString duration(const StepRecord &r)
{
    if (!r.startTime.isValid() || !r.endTime.isValid())
        return {};
    const qint64 ms = r.startTime.msecsTo(r.endTime);
    return ms < 1000 ? u" (%1 ms)"_s.arg(ms) : u" (%1 s)"_s.arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace

ConsoleReporter::ConsoleReporter(Executor *executor, QTextStream *out, RunLogs *logs,
                                 QObject *parent)
    : QObject(parent), m_out(out), m_logs(logs)
{
    connect(executor, &Executor::documentStarted, this,
            [this](int, const QString &path) { print(u"Document %1"_s.arg(path)); });
    connect(executor, &Executor::phaseStarted, this,
            [this](int, const QString &phase) { print(u"Phase %1"_s.arg(phase)); });
    connect(executor, &Executor::stepStarted, this,
            [this](int, const QString &, const QString &step, const QString &action) {
                print(u"  Step %1 (%2)"_s.arg(step, action));
            });
    connect(
        executor, &Executor::stepOutput, this,
        [this](int, const QString &, const QString &, OutputChannel channel, const QString &line) {
            switch (channel) {
            case OutputChannel::StdOut:
                print(u"    "_s + line);
                break;
            case OutputChannel::StdErr:
                print(u"    stderr: "_s + line);
                break;
            case OutputChannel::Info:
                print(u"    "_s + line);
                break;
            }
        });
    connect(executor, &Executor::stepFinished, this,
            [this](int, const QString &, const StepRecord &r) {
                QString line = u"  Step %1: %2%3"_s.arg(r.name, statusName(r.status), duration(r));
                if (!r.failureMessage.isEmpty())
                    line += u": "_s + r.failureMessage;
                print(line);
            });
    connect(executor, &Executor::phaseFinished, this, [this](int, const PhaseRecord &p) {
        print(u"Phase %1: %2"_s.arg(p.name, statusName(p.status)));
    });
    connect(executor, &Executor::documentFinished, this, [this](int, const DocumentRecord &d) {
        print(u"Document %1: %2"_s.arg(d.filePath, statusName(d.status)));
    });
    connect(executor, &Executor::message, this,
            [this](const QString &text) { print(u"  note: "_s + text); });
}

void ConsoleReporter::print(const QString &line)
{
    if (m_out) {
        *m_out << line << '\n';
        m_out->flush();
    }
    if (m_logs)
        m_logs->console(line);
}

} // namespace Kiln
