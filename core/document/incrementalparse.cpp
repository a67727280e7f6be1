// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "incrementalparse.h"

#include <algorithm>

namespace Kiln {
namespace {

// Bytes that make a step's meaning depend on text outside it (anchors, aliases,
// tags), or that the line arithmetic below does not model (tabs, CR line
// breaks, NUL). Rare in real steps; when present, the full parse decides.
bool hasUnsafeByte(const char *begin, const char *end)
{
    return std::any_of(begin, end, [](char c) {
        return c == '&' || c == '*' || c == '!' || c == '\t' || c == '\r' || c == '\0';
    });
}

bool hasBom(const QByteArray &b)
{
    return b.startsWith("\xEF\xBB\xBF") || b.startsWith("\xFF\xFE") || b.startsWith("\xFE\xFF") ||
           (!b.isEmpty() && b[0] == '\0');
}

// Byte offsets of the start of every line (index 0 = line 1), plus one past the end.
std::vector<qsizetype> lineStarts(const QByteArray &b)
{
    std::vector<qsizetype> starts{0};
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (b[i] == '\n')
            starts.push_back(i + 1);
    }
    starts.push_back(b.size());
    return starts;
}

// True when line `line` (1-based) is `<spaces>-<spaces>` up to the 1-based code
// point column `keyColumn` where the step's first key starts, i.e. the step is a
// block sequence item whose mapping begins on the dash line. Returns the
// dash's 0-based byte column in `dashColumn`.
bool isDashLine(const QByteArray &b, const std::vector<qsizetype> &starts, int line, int keyColumn,
                int &dashColumn)
{
    if (line < 1 || line + 1 >= int(starts.size()) || keyColumn < 3)
        return false;
    const qsizetype begin = starts[line - 1];
    const qsizetype key = begin + keyColumn - 1; // all ASCII before the key
    if (key >= starts[line])
        return false;
    qsizetype i = begin;
    while (i < key && b[i] == ' ')
        ++i;
    if (i >= key || b[i] != '-')
        return false;
    dashColumn = int(i - begin);
    ++i;
    if (i >= key)
        return false;
    while (i < key && b[i] == ' ')
        ++i;
    return i == key;
}

// Every line after the first must be blank or indented deeper than the dash, so
// that the lines form one sequence item on their own exactly as in context.
bool linesStayInside(const QByteArray &region, int dashColumn)
{
    qsizetype i = region.indexOf('\n');
    while (i >= 0 && i + 1 < region.size()) {
        qsizetype j = i + 1;
        int indent = 0;
        while (j < region.size() && region[j] == ' ') {
            ++j;
            ++indent;
        }
        if (j < region.size() && region[j] != '\n' && indent <= dashColumn)
            return false;
        i = region.indexOf('\n', j);
    }
    return true;
}

bool marksWithin(const YamlNode &n, int lastLine)
{
    if (n.mark.line < 1 || n.mark.line > lastLine)
        return false;
    for (const YamlNode &item : n.items) {
        if (!marksWithin(item, lastLine))
            return false;
    }
    for (const YamlEntry &e : n.entries) {
        if (!marksWithin(e.key, lastLine) || !marksWithin(e.value, lastLine))
            return false;
    }
    return true;
}

void shiftLines(YamlNode &n, int fromLine, int delta)
{
    if (n.mark.line >= fromLine)
        n.mark.line += delta;
    for (YamlNode &item : n.items)
        shiftLines(item, fromLine, delta);
    for (YamlEntry &e : n.entries) {
        shiftLines(e.key, fromLine, delta);
        shiftLines(e.value, fromLine, delta);
    }
}

// A copy of `src` in which `target` is replaced by `replacement` and every mark
// at or after `fromLine` moves by `delta` lines.
YamlNode spliced(const YamlNode &src, const YamlNode *target, YamlNode &replacement, int fromLine,
                 int delta)
{
    if (&src == target)
        return std::move(replacement);
    YamlNode copy;
    copy.kind = src.kind;
    copy.mark = src.mark;
    if (copy.mark.line >= fromLine)
        copy.mark.line += delta;
    copy.text = src.text;
    copy.plain = src.plain;
    copy.flow = src.flow;
    copy.items.reserve(src.items.size());
    for (const YamlNode &item : src.items)
        copy.items.push_back(spliced(item, target, replacement, fromLine, delta));
    copy.entries.reserve(src.entries.size());
    for (const YamlEntry &e : src.entries) {
        YamlEntry entry{spliced(e.key, target, replacement, fromLine, delta),
                        spliced(e.value, target, replacement, fromLine, delta)};
        copy.entries.push_back(std::move(entry));
    }
    return copy;
}

// `node` changed in place: `target` becomes `replacement`, marks shift as in spliced().
void spliceInPlace(YamlNode &node, const YamlNode *target, YamlNode &replacement, int fromLine,
                   int delta)
{
    if (&node == target) {
        node = std::move(replacement);
        return;
    }
    if (node.mark.line >= fromLine)
        node.mark.line += delta;
    for (YamlNode &item : node.items)
        spliceInPlace(item, target, replacement, fromLine, delta);
    for (YamlEntry &e : node.entries) {
        spliceInPlace(e.key, target, replacement, fromLine, delta);
        spliceInPlace(e.value, target, replacement, fromLine, delta);
    }
}

// The re-parsed step and where it goes in the previous tree.
struct Splice
{
    const YamlNode *step = nullptr; // in the previous tree
    YamlNode fresh;                 // its new parse, marks already in document lines
    int next = 0;                   // first line after the old step
    int delta = 0;                  // lines added (or removed, < 0)
};

std::optional<Splice> planSplice(const Document &previous, const QByteArray &newSource,
                                 const YamlLimits &limits)
{
    const QByteArray &old = previous.source();
    if (!previous.root() || !previous.parseDiagnostics().empty() || hasBom(old) ||
        hasBom(newSource) || newSource.size() > limits.maxBytes || old == newSource)
        return std::nullopt;

    // The changed range: [prefix, old.size() - suffix) in the old text became
    // [prefix, newSource.size() - suffix) in the new one.
    const qsizetype shorter = std::min(old.size(), newSource.size());
    qsizetype prefix = 0;
    while (prefix < shorter && old[prefix] == newSource[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           old[old.size() - 1 - suffix] == newSource[newSource.size() - 1 - suffix])
        ++suffix;
    const qsizetype oldEnd = old.size() - suffix;

    const std::vector<qsizetype> starts = lineStarts(old);
    // 1-based line of the first changed byte.
    const int editLine =
        int(std::upper_bound(starts.begin(), starts.end() - 1, prefix) - starts.begin());

    // Find the step (not the last of its list) whose lines hold the edit.
    for (const Phase &phase : previous.phases) {
        if (!phase.stepsNode || !phase.stepsNode->isSequence() || phase.stepsNode->flow)
            continue;
        const std::vector<YamlNode> &items = phase.stepsNode->items;
        for (size_t k = 0; k + 1 < items.size(); ++k) {
            const YamlNode &step = items[k];
            const int first = step.mark.line;
            const int next = items[k + 1].mark.line;
            if (editLine < first || editLine >= next)
                continue;
            int dash = 0;
            int nextDash = 0;
            // The edit must leave the dash line and the next step's line alone.
            if (!step.isMap() || step.flow || !items[k + 1].isMap() || editLine <= first ||
                !isDashLine(old, starts, first, step.mark.column, dash) ||
                !isDashLine(old, starts, next, items[k + 1].mark.column, nextDash) ||
                dash != nextDash || prefix < starts[first] || oldEnd >= starts[next - 1])
                return std::nullopt;
            const qsizetype begin = starts[first - 1];
            const qsizetype oldRegionEnd = starts[next - 1];
            const qsizetype newRegionEnd = oldRegionEnd + (newSource.size() - old.size());
            const QByteArray region = newSource.mid(begin, newRegionEnd - begin);
            if (hasUnsafeByte(old.constData() + begin, old.constData() + oldRegionEnd) ||
                hasUnsafeByte(region.constData(), region.constData() + region.size()) ||
                !region.endsWith('\n') || !linesStayInside(region, dash))
                return std::nullopt;

            // The next step's dash line is parsed too: it proves that the step
            // ends where it ends in context. (yaml-cpp lets a multi-line plain
            // scalar run on differently at the end of the text than before a
            // less indented line, which the property test found.)
            QByteArray withNext =
                region + old.mid(starts[next - 1], starts[next] - starts[next - 1]);
            if (!withNext.endsWith('\n'))
                withNext += '\n';
            const int regionLines = int(region.count('\n'));
            YamlParseResult parsed = parseYaml(withNext, previous.filePath(), limits);
            if (!parsed.diagnostics.empty() || !parsed.root || !parsed.root->isSequence() ||
                parsed.root->flow || parsed.root->items.size() != 2 ||
                parsed.root->items[1].mark.line != regionLines + 1 ||
                parsed.root->items[1].mark.column != items[k + 1].mark.column)
                return std::nullopt;
            YamlNode fresh = std::move(parsed.root->items.front());
            // A null value's mark can point at the next token, which in context
            // is the next step; alone it is the end of the text.
            if (!fresh.isMap() || fresh.flow || fresh.mark.line != 1 ||
                fresh.mark.column != step.mark.column || !marksWithin(fresh, regionLines))
                return std::nullopt;
            shiftLines(fresh, 1, first - 1);

            return Splice{&step, std::move(fresh), next, regionLines - (next - first)};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Document> reparseIncrementally(const Document &previous, const QByteArray &newSource,
                                             const YamlLimits &limits)
{
    std::optional<Splice> plan = planSplice(previous, newSource, limits);
    if (!plan)
        return std::nullopt;
    YamlNode root = spliced(*previous.root(), plan->step, plan->fresh, plan->next, plan->delta);
    if (root.subtreeSize() > limits.maxNodes)
        return std::nullopt;
    return Document::fromTree(newSource, previous.filePath(), std::move(root));
}

std::optional<Document> reparseIncrementally(Document &&previous, const QByteArray &newSource,
                                             const YamlLimits &limits)
{
    std::optional<Splice> plan = planSplice(previous, newSource, limits);
    if (!plan)
        return std::nullopt;
    const QString filePath = previous.filePath();
    YamlNode root = std::move(previous).takeRoot();
    spliceInPlace(root, plan->step, plan->fresh, plan->next, plan->delta);
    if (root.subtreeSize() > limits.maxNodes)
        return std::nullopt;
    return Document::fromTree(newSource, filePath, std::move(root));
}

} // namespace Kiln
