// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The `loop` of a step (behaviour-reference §3): parsing the `loop` node into a
// LoopSpec, and expanding a spec into its iterations. Parsing reports every
// problem it finds (ExprIssue, codes K5xxx) and still returns a spec when the
// loop is usable. Expansion is lazy (LoopIterations::at), so a `for` loop of a
// million iterations costs nothing until it runs.
//
// Semantics:
//   * `for`: inclusive of `end`; iteration k has index k and value
//     start + k*updateBy, as a decimal string; updateBy may be negative; a
//     spec whose direction never reaches `end` yields no iterations (the
//     validator rejects it, §3.1 REC).
//   * `forEach` list: each item is substituted (the callback) and used as is.
//   * `forEach.list` + `delimiter` (default ","): the substituted string is
//     split like Go's strings.Split — on every occurrence, no trimming, empty
//     items kept ("a,,b," → "a", "", "b", ""), and an empty string gives one
//     empty item. `LoopSplit::DropEmpty` is the switch §3.2 asks for until the
//     real binary settles the question (§8.3).
#pragma once

#include "document/yamlnode.h"
#include "expr/exprissue.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace Kiln {

// Iterations kiln runs per loop unless `kiln run --max-loop-iterations` says
// otherwise; the validator warns about a `for` loop above it (K5010). AWSTOE
// has no cap; this is ours ([REC]-style improvement): a typo such as
// `end: 1000000` should not keep a build machine busy for hours.
inline constexpr qint64 DefaultMaxLoopIterations = 10'000;

struct LoopSpec
{
    enum class Kind { For, ForEachList, ForEachDelimited };

    Kind kind = Kind::For;
    QString name;                       // "" when the loop has no name
    const YamlNode *node = nullptr;     // the `loop` mapping
    const YamlNode *nameNode = nullptr; // its `name` value, when present

    // For
    qint64 start = 0;
    qint64 end = 0;
    qint64 updateBy = 1;

    // ForEachList: the items as written (unsubstituted), with their nodes.
    std::vector<const YamlNode *> items;
    // ForEachDelimited
    const YamlNode *list = nullptr;
    QChar delimiter = u',';
};

struct LoopParseResult
{
    std::optional<LoopSpec> spec; // empty when the loop cannot run at all
    ExprIssues issues;
};

// `loop` is Step::loop. Checks shape, types, direction, delimiter and the
// places where references are not allowed (for start/end/updateBy, delimiter).
LoopParseResult parseLoop(const YamlNode &loop);

struct LoopIteration
{
    qint64 index = 0;
    QString value;
};

enum class LoopSplit { KeepEmpty, DropEmpty };

class LoopIterations
{
public:
    qint64 count() const;
    LoopIteration at(qint64 index) const; // 0 <= index < count()

private:
    friend LoopIterations expandLoop(const LoopSpec &,
                                     const std::function<QString(const QString &)> &, LoopSplit);
    bool m_isFor = false;
    qint64 m_start = 0;
    qint64 m_updateBy = 1;
    qint64 m_count = 0;
    std::vector<QString> m_values;
};

// `substitute` replaces references in a forEach item or in `list` (parameters,
// chaining, …; not the loop's own variables). Called once per item, before the
// first iteration: the list is captured once (§3.2).
LoopIterations expandLoop(const LoopSpec &spec,
                          const std::function<QString(const QString &)> &substitute,
                          LoopSplit split = LoopSplit::KeepEmpty);

// Splits like Go's strings.Split(s, sep) for a one-character separator.
std::vector<QString> goSplit(const QString &text, QChar delimiter);

} // namespace Kiln
