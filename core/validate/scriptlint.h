// Embedded script lint (K8xxx): the `commands` of every ExecuteBash step go
// through ShellCheck, when it is installed, and its findings come back as
// warnings at the YAML line and column of the offending shell text. The
// commands are joined with '\n' into one script, exactly as the executor
// writes it, and each `{{ }}` reference is first replaced by a placeholder
// word of the same length (KILN_REF_____), so that columns stay aligned and
// the reference reads to ShellCheck as an ordinary word rather than as a
// brace group. ShellCheck's own `# shellcheck disable=SCxxxx` comments in the
// commands work as usual. A placeholder is still a constant to ShellCheck,
// while the real value is not known before the run, so the findings that only
// say "this is constant" or "not a number" (exit/return status, [ "x" = y ],
// case word, one-item loop, -gt operand) are dropped on lines that hold a
// reference.
#pragma once

#include <QString>
#include <utility>
#include <vector>

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

// Runs one shellcheck process for all ExecuteBash steps of `doc` (K8001 per
// finding; K8002 when shellcheck fails or times out). Does nothing when
// shellcheck is not installed or the document has no bash commands.
void checkScripts(const Document &doc, const ValidationOptions &options, Reporter &reporter);

} // namespace Kiln
