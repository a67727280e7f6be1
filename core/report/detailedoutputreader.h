// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Reads run reports back for the studio's run history: detailedoutput.json as
// `kiln run` writes it or as AWSTOE wrote it in the cloud (§6.5), tolerating
// missing fields, capitalised statuses ("Success") and inputs/outputs given as
// arrays instead of JSON-encoded strings; and the TOE_* folders of a log
// directory, newest first.
#pragma once

#include "exec/runrecord.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace Kiln {

// nullopt with `error` (file, and for bad JSON the offset) when the file cannot
// be read or is not a JSON object.
std::optional<ExecutionRecord> readDetailedOutput(const QString &path, QString *error);

struct RunFolder
{
    QString path;           // absolute folder path
    QString executionId;    // from the folder name
    QDateTime startUtc;     // from the folder name (UTC)
    bool hasReport = false; // detailedoutput.json exists (a run in progress has none yet)
};

// TOE_<YYYY-MM-DD>_<HH-MM-SS>_UTC-0_<id> folders directly in `logDirectory`,
// newest first (by the time in the name, then by name). Other folders are ignored.
std::vector<RunFolder> findRunFolders(const QString &logDirectory);
// Parses one folder name; nullopt if it is not a TOE_* run folder.
std::optional<RunFolder> parseRunFolderName(const QString &name);

} // namespace Kiln
