// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
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
        PhaseNameValue, // `- name: bu|` of a phase
        Reference,      // inside `{{ ` before its `}}`: needs the Document's names
    };
    Kind kind = Kind::None;
    QString prefix;      // what is typed so far of the word being completed
    int prefixStart = 0; // UTF-16 offset of `prefix` in its line
    QString action;      // the step's action, for InputKey
    QStringList parents; // enclosing keys, outermost first (e.g. phases, steps, inputs)

    // Whether a completion is a key (then `: ` follows it) rather than a value.
    bool isKey() const
    {
        return kind == Kind::TopLevelKey || kind == Kind::PhaseKey || kind == Kind::StepKey ||
               kind == Kind::InputKey;
    }
};

namespace YamlAssist {

// `lines` is the document split into lines; `line` is 0-based, `offset` the
// UTF-16 offset of the cursor in that line.
AssistContext contextAt(const QStringList &lines, int line, int offset);
// Keys and values for `context` that start with its prefix (case-insensitive), in
// catalogue order, whatever the text around has. References need the document:
// completionsAt() (completionitems.h) offers those, and is what editors call.
QStringList completions(const AssistContext &context);
// A new step running `action`, as YAML for the start of a list item whose keys
// are at column `keyIndent` (the first line without indentation, the text after
// `- `); empty for an unknown action. From the catalogue's example.
QString stepTemplate(const QString &action, int keyIndent);
// Plain-text documentation of the key or action name under (line, offset), or empty.
QString hoverText(const QStringList &lines, int line, int offset);

} // namespace YamlAssist

} // namespace Kiln
