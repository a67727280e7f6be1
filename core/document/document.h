// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The typed view of one component document (schemaVersion 1.0): parameters,
// constants, phases and steps, each pointing back at the YAML nodes it came
// from so that every value has a source position. Building the view never
// fails: missing or mistyped parts are simply absent or null here, and the
// validator is the one place that says what is wrong with them.
#pragma once

#include "diagnostics/diagnostic.h"
#include "document/yamlnode.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace Kiln {

// A parameter or constant: `- Name: {type: string, default|value: ..., description: ...}`.
struct Variable
{
    QString name;
    const YamlEntry *entry = nullptr; // key = the name as written, value = the attribute map
    const YamlNode *type = nullptr;
    const YamlNode *value = nullptr; // `default` for parameters, `value` for constants
    const YamlNode *description = nullptr;
};

struct Step
{
    QString name;
    QString action;
    const YamlNode *node = nullptr; // the step mapping
    const YamlNode *nameNode = nullptr;
    const YamlNode *actionNode = nullptr;
    const YamlNode *inputs = nullptr;
    const YamlNode *timeoutSeconds = nullptr;
    const YamlNode *onFailure = nullptr;
    const YamlNode *maxAttempts = nullptr;
    const YamlNode *loop = nullptr;
    const YamlNode *condition = nullptr; // `if`
};

struct Phase
{
    QString name;
    const YamlNode *node = nullptr;
    const YamlNode *nameNode = nullptr;
    const YamlNode *stepsNode = nullptr;
    std::vector<Step> steps;
};

class Document
{
public:
    // Parses `source`; `filePath` labels diagnostics and reports.
    static Document fromText(const QByteArray &source, const QString &filePath);
    // Reads and parses a local file; an unreadable file yields a K1007 diagnostic.
    static Document fromFile(const QString &filePath);
    // Wraps an already parsed tree (the incremental re-parse builds one).
    static Document fromTree(const QByteArray &source, const QString &filePath, YamlNode root);

    Document(Document &&) noexcept = default;
    Document &operator=(Document &&) noexcept = default;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;
    ~Document();

    const QString &filePath() const { return m_filePath; }
    const QByteArray &source() const { return m_source; }
    // The parsed tree, or nullptr when the text is not YAML (see parseDiagnostics()).
    const YamlNode *root() const { return m_root.get(); }
    // File, encoding and YAML syntax problems found while loading.
    const Diagnostics &parseDiagnostics() const { return m_parseDiagnostics; }

    QString name;
    QString description;
    const YamlNode *schemaVersion = nullptr;
    std::vector<Variable> parameters;
    std::vector<Variable> constants;
    std::vector<Phase> phases;

    const Phase *phase(QStringView name) const;

    // The parsed tree, moved out (a null node without one); the document is
    // left without a model. For re-parsing without copying the tree.
    YamlNode takeRoot() &&;

private:
    Document() = default;
    void buildModel();

    QString m_filePath;
    QByteArray m_source;
    std::unique_ptr<YamlNode> m_root; // heap-allocated: the model points into it
    Diagnostics m_parseDiagnostics;
};

} // namespace Kiln
