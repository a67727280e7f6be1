// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The validator's checks for the expression side of a document: parameters and
// constants, `{{ }}` references, loops, conditions (`if` and Assert inputs) and
// the run-time options (parameters passed, phases selected). Each is a free
// function that Checker::run() calls once; each reports through the Reporter.
#pragma once

namespace Kiln {

class Document;
class Reporter;
struct ValidationOptions;

void checkVariables(const Document &doc, Reporter &reporter);  // K7001..K7005
void checkReferences(const Document &doc, Reporter &reporter); // K4xxx in inputs and loops
void checkLoops(const Document &doc, Reporter &reporter);      // K5xxx
void checkConditions(const Document &doc, Reporter &reporter); // K6xxx (+ K4xxx in operands)
void checkRunOptions(const Document &doc, const ValidationOptions &options,
                     Reporter &reporter); // K7006..K7008

} // namespace Kiln
