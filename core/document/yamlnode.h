// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Kiln's own YAML tree: what yaml-cpp parsed, with the source position of every
// key and value, and whether a scalar was written plain or quoted. Public
// headers never expose YAML::Node (see ARCHITECTURE.md); the validator, the
// step tree and the editor's completion all walk this tree instead.
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Kiln {

// 1-based line and column (column counted in Unicode code points, like editors do).
struct Mark
{
    int line = 0;
    int column = 0;
};

struct YamlEntry;

struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    Mark mark;
    QString text;          // scalars only
    bool plain = false;    // scalar written without quotes or block indicator
    bool flow = false;     // sequence/map written in flow style ([..] or {..})
    std::vector<YamlNode> items;    // sequences
    std::vector<YamlEntry> entries; // maps, in document order (duplicates kept)

    bool isNull() const;   // explicit null or an empty / `~` / `null` plain scalar
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }

    // First entry whose key is the scalar `key`, or nullptr.
    const YamlEntry *entry(QStringView key) const;
    const YamlNode *value(QStringView key) const;

    // Number of nodes in this subtree (used to bound alias expansion).
    qsizetype subtreeSize() const;
};

struct YamlEntry
{
    YamlNode key;
    YamlNode value;
};

QString kindName(YamlNode::Kind kind); // "a mapping", "a list", "text", "nothing"

} // namespace Kiln
