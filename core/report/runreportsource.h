// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Everything the HTML report shows of one run, read from its folder:
// detailedoutput.json (Kiln's or AWSTOE's), kiln-timeline.json when Kiln wrote
// one (milliseconds, attempts, iterations, reboots, each step's last output
// lines), the document copies (document.yaml, document-<n>-<name>.yaml), the
// size and last lines of console.log, and changes.json when a sandboxed run
// left one. Only files that are already masked are read: never the state file
// or the generated scripts under work/.
//
// changes.json (written by sandboxed runs; this is the shape read, unknown keys
// ignored): {"steps": [{"document": 0, "phase": "build", "step": "Install",
// "added": ["/etc/x"], "modified": ["/etc/passwd"], "deleted": ["/tmp/y"]}]}.
#pragma once

#include "exec/runrecord.h"
#include "model/runoutputlog.h"
#include "model/timelinemodel.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace Kiln {

struct StepChanges
{
    int document = 0;
    QString phase;
    QString step;
    QStringList added;
    QStringList modified;
    QStringList deleted;
};

struct RunReportSource
{
    static constexpr int ConsoleTailLines = 100;

    QString folder;     // the run folder (the report's folder for a bare detailedoutput.json)
    QString reportPath; // detailedoutput.json
    ExecutionRecord record;
    std::unique_ptr<TimelineModel> timeline;
    bool preciseTimeline = false; // from kiln-timeline.json, else from the record (seconds)
    RunOutputLog output{1};       // each step's last lines (kiln-timeline.json only)
    struct DocumentText
    {
        QString fileName; // in the run folder
        QString text;
    };
    std::vector<DocumentText> documents; // parallel to record.documents; empty text if missing
    bool hasChanges = false;
    std::vector<StepChanges> changes;
    QString consoleLogPath; // empty when there is none
    qint64 consoleLogSize = 0;
    QStringList consoleTail; // its last ConsoleTailLines lines
    // Files that were there but could not be used ("kiln-timeline.json: not JSON ..."):
    // the report says so and goes on without them.
    QStringList problems;
};

// The name of a run folder's copy of document `index` of `count` (`filePath` as the
// report names it): document.yaml for one, document-<n>-<file name> for several.
QString documentCopyName(int index, int count, const QString &filePath);

// `path` is a run folder or a detailedoutput.json. nullopt with `error` (naming
// the file) when there is no readable detailedoutput.json.
std::optional<RunReportSource> loadRunReport(const QString &path, QString *error);

// The last `count` lines of a text file, read from its end (a 100 MB
// console.log costs what its last lines cost); lines longer than `maxLength`
// are cut. Invalid UTF-8 becomes U+FFFD.
QStringList lastLines(const QString &path, int count, int maxLength);

} // namespace Kiln
