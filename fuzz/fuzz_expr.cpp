// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// libFuzzer target (b): the `{{ }}` reference parser and substitution, loop
// parsing/expansion, and the condition parser and evaluator. The text is
// parsed as YAML; every scalar goes through parseReferences/substitute and every
// node through parseLoop and parseCondition (both contexts), which are then
// evaluated against an environment that never touches the file system.
#include "document/yamlparser.h"
#include "expr/condition.h"
#include "expr/loop.h"
#include "expr/reference.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

// Answers from the operand text alone, so the evaluator's every branch is
// reachable without a real file system or PATH.
class FakeEnvironment : public Kiln::ConditionEnvironment
{
public:
    QString substitute(const QString &text) override
    {
        return Kiln::substitute(text, [](const Kiln::Reference &r) -> std::optional<QString> {
            if (r.kind == Kiln::Reference::Kind::Variable)
                return r.name + u"-value"_s;
            if (r.kind == Kiln::Reference::Kind::Loop)
                return u"3"_s;
            return std::nullopt;
        });
    }
    bool fileExists(const QString &path) override { return path.size() % 2 == 0; }
    bool folderExists(const QString &path) override { return path.startsWith(u'/'); }
    bool binaryExists(const QString &name) override { return name.contains(u'b'); }
    std::optional<QString> fileHash(const QString &path, QCryptographicHash::Algorithm) override
    {
        if (path.isEmpty())
            return std::nullopt;
        return u"d41d8cd98f00b204e9800998ecf8427e"_s;
    }
};

void visit(const Kiln::YamlNode &node, FakeEnvironment &environment, int depth)
{
    if (node.isScalar()) {
        (void)Kiln::parseReferences(node.text);
        (void)environment.substitute(node.text);
        (void)Kiln::classifyExpression(node.text);
        return;
    }
    for (const Kiln::ConditionContext context :
         {Kiln::ConditionContext::StepIf, Kiln::ConditionContext::Assert}) {
        const Kiln::ConditionParseResult parsed = Kiln::parseCondition(node, context);
        if (parsed.condition) {
            (void)Kiln::evaluate(*parsed.condition, environment);
            (void)Kiln::describe(parsed.condition->expression);
        }
    }
    const Kiln::LoopParseResult loop = Kiln::parseLoop(node);
    if (loop.spec) {
        const Kiln::LoopIterations iterations = Kiln::expandLoop(
            *loop.spec, [&](const QString &text) { return environment.substitute(text); });
        // Walk a bounded number of iterations: the count itself is what the
        // executor caps, touching each one here would only measure time.
        const qint64 n = iterations.count();
        for (qint64 i = 0; i < n && i < 64; ++i)
            (void)iterations.at(i);
        if (n > 0)
            (void)iterations.at(n - 1);
    }
    if (depth > 64)
        return;
    for (const Kiln::YamlNode &item : node.items)
        visit(item, environment, depth + 1);
    for (const Kiln::YamlEntry &entry : node.entries) {
        visit(entry.key, environment, depth + 1);
        visit(entry.value, environment, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The raw text as one scalar too: references need no YAML around them.
    const QString text = QString::fromUtf8(bytes);
    (void)Kiln::parseReferences(text);
    FakeEnvironment environment;
    (void)environment.substitute(text);
    (void)Kiln::compareNumbers(text, false, text.left(text.size() / 2), true);

    const Kiln::YamlParseResult parsed = Kiln::parseYaml(bytes, u"fuzz.yaml"_s);
    if (parsed.root)
        visit(*parsed.root, environment, 0);
    return 0;
}
