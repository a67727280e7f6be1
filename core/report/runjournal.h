// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What a run folder's other files cannot tell afterwards: when each step,
// attempt and loop iteration ran (to the millisecond; detailedoutput.json has
// whole seconds and no attempts), where the reboots were, and each step's last
// output lines, more of a failed step's (finding them in a 100 MB console.log
// means reading all of it).
// Follows an executor for a run and writes <run folder>/kiln-timeline.json when
// the run ends, also after a failure, a cancel or a reboot hand-off; a run
// resumed in the same folder reads it back and goes on. `kiln report` and
// `kiln run --html` read it; without one (a folder AWSTOE wrote) the report
// falls back to detailedoutput.json.
//
// The file is Kiln's own: {"format": "kiln-timeline", "version": 1,
// "executionId", "startTime" (UTC, ms), "lanes": [{document, phase, step,
// action, bars: [{kind: step|attempt|iteration, start, end (ms from the start,
// -1 running), status, attempt, index, label, failureMessage}]}], "markers":
// [{kind: "reboot", lane, at}], "output": [{document, phase, step, dropped,
// lines: [[channel "o"|"e"|"i", text]]}]}. Output lines are the executor's,
// secrets already masked.
#pragma once

#include "model/runoutputlog.h"
#include "model/timelinemodel.h"

#include <QObject>

namespace Kiln {

class Executor;

class RunJournal : public QObject
{
    Q_OBJECT
public:
    static constexpr int TailLines = 200;         // last output lines kept of a step that failed
    static constexpr int SucceededTailLines = 20; // ... of one that did not (a 2,000-step run)
    static constexpr int MaxLineLength = 2000;    // characters kept of one line

    // Follows `executor` from now on and writes the journal into `runFolder`
    // when the run finishes. An empty `runFolder` (a dry run) writes nothing.
    RunJournal(Executor *executor, const QString &runFolder, QObject *parent = nullptr);

    const TimelineModel &timeline() const { return m_timeline; }
    const RunOutputLog &output() const { return m_output; }
    QString path() const;
    bool write(QString *error) const;

    // Reads a journal written by write(). False with `error` (naming the file)
    // when it cannot be read or is not one.
    static bool read(const QString &path, TimelineModel *timeline, RunOutputLog *output,
                     QString *error);

private:
    TimelineModel m_timeline;
    RunOutputLog m_output;
    QString m_folder;
};

} // namespace Kiln
