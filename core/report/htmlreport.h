// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The HTML run report (`kiln report`, `kiln run --html`): one self-contained
// file (inline CSS, a few lines of inline JavaScript, the timeline as inline
// SVG; no external script, font, image or link) that a reviewer opens from a
// CI artifact, offline. Failures first (message, last output lines, the
// document around the failing step), then the timeline, every step (inputs,
// outputs, last output lines, attempts and iterations, nested ExecuteDocument
// runs; collapsed unless it failed, all searchable with the browser's find),
// the documents with the failing steps' lines marked, the changes of a
// sandboxed run (changes.json) and the end of console.log.
//
// Every text from the run is HTML-escaped; secrets are already masked in the
// files it comes from (see RunReportSource). Big runs stay light: a step shows
// its last lines only (the full log's path is given), long values are cut.
#pragma once

#include <QString>

namespace Kiln {

struct RunReportSource;

struct HtmlReportOptions
{
    int linesPerStep = 8;         // output lines shown for a step that did not fail
    int linesPerFailedStep = 200; // ... for a failed, cancelled or ignored failure
    int maxValueChars = 2000;     // of one input or output value (its end is kept)
    int maxFailedValueChars = 20000;
    int maxDocumentLines = 3000; // longer documents: only the parts around failures
};

QString renderHtmlReport(const RunReportSource &source, const HtmlReportOptions &options = {});

// Reads `runPath` (a run folder or a detailedoutput.json) and writes its report
// to `outputPath` (replaced atomically). False with `error` naming the file.
bool writeHtmlReport(const QString &runPath, const QString &outputPath, QString *error);

} // namespace Kiln
