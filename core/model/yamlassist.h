// Editor assistance from the action catalogue: what may be typed at a cursor
// position (top-level, phase, step and input keys, action names, onFailure
// values) and the documentation for the key or action under a position.
// Works on the raw text by indentation, not on the parsed tree, because the
// text is usually not valid YAML while the user is typing. QtCore only: the
// popup and tooltips live in widgets (CodeEditor).
#pragma once

#include <QString>
#include <QStringList>

namespace Kiln {

struct AssistContext
{
    enum class Kind {
        None,
        TopLevelKey,
        PhaseKey,
        StepKey,
        InputKey, // `action` says whose inputs
        ActionValue,
        OnFailureValue,
    };
    Kind kind = Kind::None;
    QString prefix;      // what is typed so far of the word being completed
    int prefixStart = 0; // UTF-16 offset of `prefix` in its line
    QString action;      // the step's action, for InputKey
    QStringList parents; // enclosing keys, outermost first (e.g. phases, steps, inputs)
};

namespace YamlAssist {

// `lines` is the document split into lines; `line` is 0-based, `offset` the
// UTF-16 offset of the cursor in that line.
AssistContext contextAt(const QStringList &lines, int line, int offset);
// Candidates for `context` that start with its prefix (case-insensitive), in catalogue order.
QStringList completions(const AssistContext &context);
// Plain-text documentation of the key or action name under (line, offset), or empty.
QString hoverText(const QStringList &lines, int line, int offset);

} // namespace YamlAssist

} // namespace Kiln
