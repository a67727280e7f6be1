// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "loop.h"

#include "diagnostics/codes.h"
#include "i18n/tr.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

const QString kDelimiters = u".,;:\n\t -_"_s;

QString printable(QStringView s)
{
    QString out = s.toString();
    out.replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
    return out;
}

void unknownKeys(const YamlNode &map, std::initializer_list<QStringView> known, QStringView where,
                 ExprIssues &issues)
{
    for (const YamlEntry &e : map.entries) {
        if (!e.key.isScalar())
            continue;
        if (std::find(known.begin(), known.end(), QStringView(e.key.text)) != known.end())
            continue;
        QStringList names;
        std::vector<QString> candidates;
        for (QStringView k : known) {
            names << k.toString();
            candidates.push_back(k.toString());
        }
        const QString hint = closestName(e.key.text, candidates);
        issues.push_back(issueAt(
            Codes::UnknownKey, e.key,
            ValidatorTr::tr("unknown key '%1' in %2%3 (expected: %4)")
                .arg(e.key.text, where.toString(),
                     hint.isEmpty() ? QString() : ValidatorTr::tr("; did you mean '%1'?").arg(hint),
                     names.join(u", "))));
    }
}

std::optional<qint64> parseInteger(const YamlNode &node)
{
    if (!node.isScalar())
        return std::nullopt;
    const QString t = node.text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype i = (t.at(0) == u'+' || t.at(0) == u'-') ? 1 : 0;
    if (i == t.size())
        return std::nullopt;
    for (; i < t.size(); ++i) {
        if (t.at(i) < u'0' || t.at(i) > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

void parseFor(const YamlNode &node, LoopSpec &spec, bool &usable, ExprIssues &issues)
{
    if (!node.isMap()) {
        issues.push_back(
            issueAt(Codes::LoopNotInteger, node,
                    ValidatorTr::tr("'for' must be a mapping with start, end and updateBy, not %1")
                        .arg(kindName(node.kind))));
        usable = false;
        return;
    }
    unknownKeys(node, {u"start", u"end", u"updateBy"}, u"'for'", issues);
    qint64 *targets[] = {&spec.start, &spec.end, &spec.updateBy};
    const QStringView keys[] = {u"start", u"end", u"updateBy"};
    for (int k = 0; k < 3; ++k) {
        const YamlEntry *e = node.entry(keys[k]);
        if (!e) {
            issues.push_back(
                issueAt(Codes::LoopNotInteger, node,
                        ValidatorTr::tr("'for' has no '%1': add a whole number").arg(keys[k])));
            usable = false;
            continue;
        }
        if (e->value.isScalar() && e->value.text.contains(u"{{")) {
            issues.push_back(
                issueAt(Codes::ReferenceNotAllowed, e->value,
                        ValidatorTr::tr("'%1' cannot hold a reference: AWSTOE does not substitute "
                                        "variables in 'for' bounds; write a whole number")
                            .arg(keys[k])));
            usable = false;
            continue;
        }
        const std::optional<qint64> v = parseInteger(e->value);
        if (!v) {
            issues.push_back(issueAt(
                Codes::LoopNotInteger, e->value.mark.line ? e->value : e->key,
                ValidatorTr::tr("'%1' must be a whole number, not '%2'")
                    .arg(keys[k], e->value.isScalar() ? e->value.text : kindName(e->value.kind))));
            usable = false;
            continue;
        }
        *targets[k] = *v;
    }
    if (!usable)
        return;
    const YamlNode &updateBy = node.entry(u"updateBy")->value;
    if (spec.updateBy == 0) {
        issues.push_back(
            issueAt(Codes::LoopZeroStep, updateBy,
                    ValidatorTr::tr("'updateBy' is 0, so the loop would never end: use a positive "
                                    "or negative step")));
        usable = false;
    } else if ((spec.updateBy > 0 && spec.start > spec.end) ||
               (spec.updateBy < 0 && spec.start < spec.end)) {
        issues.push_back(issueAt(
            Codes::LoopDirection, updateBy,
            ValidatorTr::tr("counting from %1 by %2 never reaches %3: %4")
                .arg(spec.start)
                .arg(spec.updateBy)
                .arg(spec.end)
                .arg(spec.updateBy > 0 ? ValidatorTr::tr("use a negative updateBy to count down")
                                       : ValidatorTr::tr("use a positive updateBy to count up"))));
        usable = false;
    }
}

void parseForEach(const YamlNode &node, LoopSpec &spec, bool &usable, ExprIssues &issues)
{
    if (node.isSequence()) {
        spec.kind = LoopSpec::Kind::ForEachList;
        if (node.items.empty()) {
            issues.push_back(
                issueAt(Codes::ForEachEmpty, node, ValidatorTr::tr("'forEach' has no items")));
            usable = false;
        }
        for (const YamlNode &item : node.items) {
            if (!item.isScalar() || item.isNull()) {
                issues.push_back(
                    issueAt(Codes::ForEachItemNotScalar, item,
                            ValidatorTr::tr("a forEach item must be a single text value, not %1")
                                .arg(kindName(item.isNull() ? YamlNode::Kind::Null : item.kind))));
                usable = false;
                continue;
            }
            spec.items.push_back(&item);
        }
        return;
    }
    if (!node.isMap()) {
        issues.push_back(issueAt(
            Codes::WrongType, node,
            ValidatorTr::tr("'forEach' must be a list of values or a mapping with 'list' and "
                            "'delimiter', not %1")
                .arg(kindName(node.kind))));
        usable = false;
        return;
    }
    spec.kind = LoopSpec::Kind::ForEachDelimited;
    unknownKeys(node, {u"list", u"delimiter"}, u"'forEach'", issues);
    const YamlEntry *list = node.entry(u"list");
    if (!list) {
        issues.push_back(
            issueAt(Codes::ForEachEmpty, node,
                    ValidatorTr::tr("'forEach' has no 'list': add the delimited string to split")));
        usable = false;
    } else if (!list->value.isScalar()) {
        issues.push_back(issueAt(Codes::WrongType, list->value.mark.line ? list->value : list->key,
                                 ValidatorTr::tr("'list' must be a string such as 'a,b,c', not %1")
                                     .arg(kindName(list->value.kind))));
        usable = false;
    } else {
        spec.list = &list->value;
    }
    if (const YamlEntry *d = node.entry(u"delimiter")) {
        const YamlNode &v = d->value;
        if (v.isScalar() && v.text.contains(u"{{")) {
            issues.push_back(issueAt(
                Codes::ReferenceNotAllowed, v,
                ValidatorTr::tr("'delimiter' cannot hold a reference; write the character")));
            usable = false;
        } else if (!v.isScalar() || v.text.size() != 1 || !kDelimiters.contains(v.text.at(0))) {
            QString hint;
            if (v.isScalar() && v.text == u"\\n")
                hint = ValidatorTr::tr(" (for a newline write \"\\n\" in double quotes)");
            else if (v.isScalar() && v.text == u"\\t")
                hint = ValidatorTr::tr(" (for a tab write \"\\t\" in double quotes)");
            issues.push_back(
                issueAt(Codes::BadDelimiter, v.mark.line ? v : d->key,
                        ValidatorTr::tr(
                            "'delimiter' must be one character of . , ; : newline tab space - _, "
                            "not '%1'%2")
                            .arg(v.isScalar() ? printable(v.text) : kindName(v.kind), hint)));
            usable = false;
        } else {
            spec.delimiter = v.text.at(0);
        }
    }
}

} // namespace

LoopParseResult parseLoop(const YamlNode &loop)
{
    LoopParseResult result;
    if (!loop.isMap()) {
        result.issues.push_back(
            issueAt(Codes::WrongType, loop,
                    ValidatorTr::tr("'loop' must be a mapping with 'for' or 'forEach', not %1")
                        .arg(kindName(loop.kind))));
        return result;
    }
    LoopSpec spec;
    spec.node = &loop;
    bool usable = true;
    unknownKeys(loop, {u"name", u"for", u"forEach"}, u"'loop'", result.issues);
    if (const YamlNode *name = loop.value(u"name")) {
        if (!name->isScalar()) {
            result.issues.push_back(issueAt(
                Codes::WrongType, *name,
                ValidatorTr::tr("the loop 'name' must be text, not %1").arg(kindName(name->kind))));
        } else {
            spec.name = name->text;
            spec.nameNode = name;
        }
    }
    const YamlEntry *forEntry = loop.entry(u"for");
    const YamlEntry *forEachEntry = loop.entry(u"forEach");
    if (forEntry && forEachEntry) {
        result.issues.push_back(
            issueAt(Codes::LoopKind, forEachEntry->key,
                    ValidatorTr::tr("a loop has either 'for' or 'forEach', not both")));
        return result;
    }
    if (!forEntry && !forEachEntry) {
        result.issues.push_back(issueAt(
            Codes::LoopKind, loop, ValidatorTr::tr("the loop has neither 'for' nor 'forEach'")));
        return result;
    }
    if (forEntry) {
        spec.kind = LoopSpec::Kind::For;
        parseFor(forEntry->value, spec, usable, result.issues);
    } else {
        parseForEach(forEachEntry->value, spec, usable, result.issues);
    }
    if (usable)
        result.spec = std::move(spec);
    return result;
}

std::vector<QString> goSplit(const QString &text, QChar delimiter)
{
    std::vector<QString> out;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(delimiter, from);
        if (at < 0)
            break;
        out.push_back(text.mid(from, at - from));
        from = at + 1;
    }
    out.push_back(text.mid(from));
    return out;
}

LoopIterations expandLoop(const LoopSpec &spec,
                          const std::function<QString(const QString &)> &substitute,
                          LoopSplit split)
{
    LoopIterations it;
    switch (spec.kind) {
    case LoopSpec::Kind::For: {
        it.m_isFor = true;
        it.m_start = spec.start;
        it.m_updateBy = spec.updateBy;
        // Unsigned arithmetic: the distance between two qint64 may not fit one.
        quint64 distance = 0;
        quint64 step = 0;
        if (spec.updateBy > 0 && spec.start <= spec.end) {
            distance = quint64(spec.end) - quint64(spec.start);
            step = quint64(spec.updateBy);
        } else if (spec.updateBy < 0 && spec.start >= spec.end) {
            distance = quint64(spec.start) - quint64(spec.end);
            step = quint64(0) - quint64(spec.updateBy);
        } else {
            break;
        }
        const quint64 count = distance / step + 1;
        it.m_count = count == 0 || count > quint64(std::numeric_limits<qint64>::max())
                         ? std::numeric_limits<qint64>::max()
                         : qint64(count);
        break;
    }
    case LoopSpec::Kind::ForEachList:
        for (const YamlNode *item : spec.items)
            it.m_values.push_back(substitute ? substitute(item->text) : item->text);
        break;
    case LoopSpec::Kind::ForEachDelimited: {
        const QString list =
            spec.list ? (substitute ? substitute(spec.list->text) : spec.list->text) : QString();
        for (QString &v : goSplit(list, spec.delimiter)) {
            if (split == LoopSplit::DropEmpty && v.isEmpty())
                continue;
            it.m_values.push_back(std::move(v));
        }
        break;
    }
    }
    if (!it.m_isFor)
        it.m_count = qint64(it.m_values.size());
    return it;
}

qint64 LoopIterations::count() const
{
    return m_count;
}

LoopIteration LoopIterations::at(qint64 index) const
{
    if (m_isFor) {
        // Wrapping arithmetic is exact here: the true result lies between start and end.
        const quint64 v = quint64(m_start) + quint64(index) * quint64(m_updateBy);
        return {index, QString::number(qint64(v))};
    }
    return {index, m_values[size_t(index)]};
}

} // namespace Kiln
