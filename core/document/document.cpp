// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "document.h"

#include "diagnostics/codes.h"
#include "document/yamlparser.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QFile>

namespace Kiln {
namespace {

QString scalarText(const YamlNode *node)
{
    return node && node->isScalar() ? node->text : QString();
}

std::vector<Variable> readVariables(const YamlNode *list, QStringView valueKey)
{
    std::vector<Variable> vars;
    if (!list || !list->isSequence())
        return vars;
    for (const YamlNode &item : list->items) {
        if (!item.isMap())
            continue;
        for (const YamlEntry &e : item.entries) {
            Variable v;
            v.name = scalarText(&e.key);
            v.entry = &e;
            if (e.value.isMap()) {
                v.type = e.value.value(u"type");
                v.value = e.value.value(valueKey);
                v.description = e.value.value(u"description");
            }
            vars.push_back(std::move(v));
        }
    }
    return vars;
}

Step readStep(const YamlNode &node)
{
    Step s;
    s.node = &node;
    if (!node.isMap())
        return s;
    s.nameNode = node.value(u"name");
    s.actionNode = node.value(u"action");
    s.name = scalarText(s.nameNode);
    s.action = scalarText(s.actionNode);
    s.inputs = node.value(u"inputs");
    s.timeoutSeconds = node.value(u"timeoutSeconds");
    s.onFailure = node.value(u"onFailure");
    s.maxAttempts = node.value(u"maxAttempts");
    s.loop = node.value(u"loop");
    s.condition = node.value(u"if");
    return s;
}

} // namespace

Document::~Document() = default;

Document Document::fromText(const QByteArray &source, const QString &filePath)
{
    Document doc;
    doc.m_filePath = filePath;
    doc.m_source = source;
    YamlParseResult parsed = parseYaml(source, filePath);
    doc.m_parseDiagnostics = std::move(parsed.diagnostics);
    if (parsed.root)
        doc.m_root = std::make_unique<YamlNode>(std::move(*parsed.root));
    doc.buildModel();
    return doc;
}

Document Document::fromTree(const QByteArray &source, const QString &filePath, YamlNode root)
{
    Document doc;
    doc.m_filePath = filePath;
    doc.m_source = source;
    doc.m_root = std::make_unique<YamlNode>(std::move(root));
    doc.buildModel();
    return doc;
}

YamlNode Document::takeRoot() &&
{
    phases.clear(); // the model points into the tree
    parameters.clear();
    constants.clear();
    schemaVersion = nullptr;
    if (!m_root)
        return {};
    YamlNode root = std::move(*m_root);
    m_root.reset();
    return root;
}

Document Document::fromFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        Document doc;
        doc.m_filePath = filePath;
        doc.m_parseDiagnostics.push_back(
            Diagnostic{Severity::Error, QString::fromLatin1(Codes::FileUnreadable),
                       ValidatorTr::tr("cannot read the file: %1").arg(file.errorString()),
                       SourceLocation{filePath, 0, 0}, 0});
        return doc;
    }
    // Read one byte past the limit so that the parser can report the size.
    const QByteArray bytes = file.read(YamlLimits{}.maxBytes + 1);
    return fromText(bytes, filePath);
}

const Phase *Document::phase(QStringView phaseName) const
{
    for (const Phase &p : phases) {
        if (p.name == phaseName)
            return &p;
    }
    return nullptr;
}

void Document::buildModel()
{
    if (!m_root || !m_root->isMap())
        return;
    const YamlNode &root = *m_root;
    name = scalarText(root.value(u"name"));
    description = scalarText(root.value(u"description"));
    schemaVersion = root.value(u"schemaVersion");
    parameters = readVariables(root.value(u"parameters"), u"default");
    constants = readVariables(root.value(u"constants"), u"value");
    const YamlNode *phaseList = root.value(u"phases");
    if (!phaseList || !phaseList->isSequence())
        return;
    for (const YamlNode &phaseNode : phaseList->items) {
        Phase phase;
        phase.node = &phaseNode;
        if (phaseNode.isMap()) {
            phase.nameNode = phaseNode.value(u"name");
            phase.name = scalarText(phase.nameNode);
            phase.stepsNode = phaseNode.value(u"steps");
            if (phase.stepsNode && phase.stepsNode->isSequence()) {
                for (const YamlNode &stepNode : phase.stepsNode->items)
                    phase.steps.push_back(readStep(stepNode));
            }
        }
        phases.push_back(std::move(phase));
    }
}

} // namespace Kiln
