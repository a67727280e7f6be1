// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Step failure messages in two languages. The run record, and with it
// detailedoutput.json, keeps the English text: the report file is read by
// tools that parse AWSTOE's output, and a report must not change with the
// locale of the machine that wrote it. What people read (the `kiln run`
// console, the studio's step tree, run panel and history) passes the message
// through localized(), which recognises a message built from one of the
// templates below and re-builds it from the translated template. Because it
// works on the text, it also translates records read back from an older
// detailedoutput.json; a message it does not recognise is shown unchanged.
#pragma once

#include <QString>

namespace Kiln::FailureText {

enum Id {
    ExitCode,        // %1 module, %2 exit code; ": <stderr>" may follow
    RebootRequested, // %1 module, %2 exit code
    TimedOut,        // %1 module
    WasCancelled,    // %1 module
    Crashed,         // %1 module
    CrashedBecause,  // %1 module, %2 reason (from the system, untranslated)
    FailedToStart,   // %1 module, %2 reason (from the system, untranslated)
    WindowsOnly,     // %1 module
    NeedsPowerShell,
    Cancelled,
    CancelledBeforeStart,
    RunCancelled,
    NotRunRunCancelled,
    NotRunAfterAbort,     // %1 phase, %2 step
    LoopTimedOut,         // %1 seconds, %2 iteration
    LoopIterationsFailed, // %1 comma-separated indices
};

// The English template, to build a record's message with .arg().
QString english(Id id);

// `message` in the language of the installed translators (context
// Kiln::FailureText), also behind the "Step: " or "phase/Step: " that phase
// and document messages start with; unchanged when it matches no template or
// no translation is installed.
QString localized(const QString &message);

} // namespace Kiln::FailureText
