// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "lsp/documentindex.h"

#include "document/document.h"
#include "expr/referencewalk.h"
#include "expr/scalarlocator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <tuple>

namespace Kiln::Lsp {
namespace {

class Indexer
{
public:
    Indexer(const Document &doc, std::vector<Occurrence> &out) : m_locator(doc.source()), m_out(out)
    {
    }

    void declaration(Occurrence::Kind kind, const YamlNode &node, const QString &phase)
    {
        if (!node.isScalar() || node.text.isEmpty())
            return;
        const Mark at = m_locator.markAt(node, 0);
        const int length = ScalarLocator::codePoints(node.text);
        m_out.push_back({kind, phase, node.text, at, length, at, length});
    }

    // Every reference in the scalars under `node`.
    void references(const YamlNode &node)
    {
        forEachReference(
            node, [this](const YamlNode &scalar, const Reference &ref) { reference(scalar, ref); });
    }

private:
    void reference(const YamlNode &scalar, const Reference &ref)
    {
        // The expression starts after `{{` and any white space.
        qsizetype at = ref.start + 2;
        while (at < scalar.text.size() && scalar.text.at(at).isSpace())
            ++at;
        if (ref.kind == Reference::Kind::Chaining) {
            at += ref.phase.size() + 1; // `phase.`
            add(Occurrence::Kind::StepReference, scalar, ref, at, ref.phase, ref.step);
        } else if (ref.kind == Reference::Kind::Variable) {
            add(Occurrence::Kind::VariableReference, scalar, ref, at, {}, ref.name);
        } else if (ref.kind == Reference::Kind::SsmResolve) {
            const qsizetype name = scalar.text.indexOf(ref.name, at);
            if (name >= 0 && name < ref.start + ref.length)
                add(Occurrence::Kind::VariableReference, scalar, ref, name, {}, ref.name);
        }
    }

    void add(Occurrence::Kind kind, const YamlNode &scalar, const Reference &ref, qsizetype offset,
             const QString &phase, const QString &name)
    {
        if (scalar.text.mid(offset, name.size()) != name)
            return; // not where expected (cannot happen for parsed references)
        m_out.push_back(
            {kind, phase, name, m_locator.markAt(scalar, offset), ScalarLocator::codePoints(name),
             m_locator.markAt(scalar, ref.start),
             ScalarLocator::codePoints(QStringView(scalar.text).mid(ref.start, ref.length))});
    }

    ScalarLocator m_locator;
    std::vector<Occurrence> &m_out;
};

} // namespace

bool Occurrence::sameSymbol(const Occurrence &other) const
{
    return isStep() == other.isStep() && name == other.name && (!isStep() || phase == other.phase);
}

bool Occurrence::contains(Mark mark) const
{
    return mark.line == start.line && mark.column >= start.column &&
           mark.column <= start.column + length;
}

DocumentIndex::DocumentIndex(const Document &doc)
{
    Indexer indexer(doc, m_occurrences);
    for (const std::vector<Variable> *vars : {&doc.parameters, &doc.constants}) {
        for (const Variable &v : *vars) {
            if (v.entry)
                indexer.declaration(Occurrence::Kind::Variable, v.entry->key, {});
        }
    }
    for (const Phase &phase : doc.phases) {
        for (const Step &step : phase.steps) {
            if (step.nameNode)
                indexer.declaration(Occurrence::Kind::StepName, *step.nameNode, phase.name);
            if (step.node)
                indexer.references(*step.node);
        }
    }
    std::stable_sort(
        m_occurrences.begin(), m_occurrences.end(), [](const Occurrence &a, const Occurrence &b) {
            return std::tie(a.start.line, a.start.column) < std::tie(b.start.line, b.start.column);
        });
}

bool Occurrence::wholeContains(Mark mark) const
{
    return mark.line == whole.line && mark.column >= whole.column &&
           mark.column <= whole.column + wholeLength;
}

const Occurrence *DocumentIndex::at(Mark mark) const
{
    for (const Occurrence &o : m_occurrences) {
        if (o.contains(mark))
            return &o;
    }
    for (const Occurrence &o : m_occurrences) {
        if (o.wholeContains(mark))
            return &o;
    }
    return nullptr;
}

const Occurrence *DocumentIndex::declarationOf(const Occurrence &o) const
{
    for (const Occurrence &d : m_occurrences) {
        if (d.isDeclaration() && d.sameSymbol(o))
            return &d;
    }
    return nullptr;
}

std::vector<const Occurrence *> DocumentIndex::occurrencesOf(const Occurrence &o,
                                                             bool includeDeclaration) const
{
    std::vector<const Occurrence *> out;
    for (const Occurrence &other : m_occurrences) {
        if (other.sameSymbol(o) && (includeDeclaration || !other.isDeclaration()))
            out.push_back(&other);
    }
    return out;
}

namespace {

bool isStepName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[^\\s.\\[\\]{}]+$"));
    return re.match(name).hasMatch();
}

bool isVariableName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{3,128}$"));
    return re.match(name).hasMatch();
}

} // namespace

std::optional<std::vector<TextEdit>> renameEdits(const DocumentIndex &index, const Occurrence *at,
                                                 const QString &newName, RenameRefusal *refusal)
{
    // The messages keep the language server's context: one catalogue entry each.
    const Occurrence *declaration = at ? index.declarationOf(*at) : nullptr;
    if (!declaration) {
        *refusal = {RenameRefusal::Kind::NoSymbol,
                    QCoreApplication::translate("Kiln::Lsp::LanguageServer",
                                                "there is no step, parameter or constant to "
                                                "rename here")};
        return std::nullopt;
    }
    if (declaration->isStep() ? !isStepName(newName) : !isVariableName(newName)) {
        refusal->kind = RenameRefusal::Kind::InvalidName;
        refusal->message =
            declaration->isStep()
                ? QCoreApplication::translate("Kiln::Lsp::LanguageServer",
                                              "'%1' is not a step name: no white space, '.', "
                                              "'[', ']', '{' or '}'")
                      .arg(newName)
                : QCoreApplication::translate("Kiln::Lsp::LanguageServer",
                                              "'%1' is not a parameter or constant name: 3 to "
                                              "128 characters of A-Z, a-z, 0-9, '-' and '_'")
                      .arg(newName);
        return std::nullopt;
    }
    for (const Occurrence &o : index.occurrences()) {
        if (o.isDeclaration() && o.isStep() == declaration->isStep() && o.name == newName &&
            (!o.isStep() || o.phase == declaration->phase)) {
            *refusal = {
                RenameRefusal::Kind::NameTaken,
                QCoreApplication::translate("Kiln::Lsp::LanguageServer", "'%1' already exists")
                    .arg(newName)};
            return std::nullopt;
        }
    }
    std::vector<TextEdit> edits;
    for (const Occurrence *o : index.occurrencesOf(*declaration, true))
        edits.push_back(
            TextEdit{o->start, Mark{o->start.line, o->start.column + o->length}, newName});
    return edits;
}

} // namespace Kiln::Lsp
