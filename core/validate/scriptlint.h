// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Embedded script lint (K8xxx): the `commands` of every ExecuteBash step go
// through ShellCheck, when it is installed, and its findings come back at the
// YAML line and column of the offending shell text. The commands are joined
// with '\n' into one script, exactly as the executor writes it, and each
// `{{ }}` reference is first replaced by a placeholder word of the same length
// (KILN_REF_____), so that columns stay aligned and the reference reads to
// ShellCheck as an ordinary word rather than as a brace group; messages that
// quote the placeholder get the document's own text back. ShellCheck's own
// `# shellcheck disable=SCxxxx` comments in the commands work as usual.
//
// Severity follows ShellCheck's level, but never above warning (AWSTOE accepts
// the document either way): error and warning are warnings, info is info and
// style is a hint. SC1090/SC1091 ("not following" a sourced file) are off by
// default: the sourced file is on the image, never beside the document.
//
// A placeholder is still a constant to ShellCheck, while the real value is
// not known before the run, so the findings that only say "this is constant"
// or "not a number" (exit/return status, [ "x" = y ], case word, one-item
// loop, -gt operand) are dropped on lines that hold a reference.
#pragma once

#include "diagnostics/diagnostic.h"

#include <QString>
#include <atomic>
#include <memory>
#include <utility>
#include <vector>

class QProcess;

namespace Kiln {

class Document;
class Reporter;
struct ValidationOptions;

// The shellcheck executable found on PATH, or an empty string.
QString findShellcheck();

// The joined script with every `{{ }}` reference masked (exposed for tests);
// `spans` receives the masked ranges (start, length).
QString maskReferences(const QString &script,
                       std::vector<std::pair<qsizetype, qsizetype>> *spans = nullptr);

// One shellcheck process over all ExecuteBash steps of a document: writes the
// scripts, starts the process and turns its result into diagnostics (K8001 per
// finding; K8002 when shellcheck fails or times out). The blocking check of
// `kiln validate` and the asynchronous ScriptLintJob of `kiln lsp` share it.
// `doc` must outlive the run.
class ScriptLintRun
{
public:
    ScriptLintRun(const Document &doc, const ValidationOptions &options);
    ~ScriptLintRun();
    ScriptLintRun(const ScriptLintRun &) = delete;
    ScriptLintRun &operator=(const ScriptLintRun &) = delete;

    // False when there is nothing to do: no bash commands, or no shellcheck.
    bool needed() const;
    // Writes the scripts and starts `process`; false (with a K8002 in
    // takeDiagnostics()) when that fails.
    bool start(QProcess &process);
    // Reads the finished `process`.
    void finish(QProcess &process);
    // `process` took longer than the options allow (the caller kills it).
    void timedOut();
    Diagnostics takeDiagnostics();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Runs ScriptLintRun to completion, blocking, and returns its diagnostics (none
// when shellcheck is not installed or the document has no bash commands). With
// `cancel`, setting it kills shellcheck within 100 ms (the studio's worker
// thread, when its page closes); what a cancelled run returns is not complete.
Diagnostics lintScripts(const Document &doc, const ValidationOptions &options,
                        const std::atomic<bool> *cancel = nullptr);
// lintScripts() into `reporter` (`kiln validate`).
void checkScripts(const Document &doc, const ValidationOptions &options, Reporter &reporter);

} // namespace Kiln
