// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "reference.h"

#include "i18n/tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_' || c == u'-';
}

bool isName(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

// A path segment of a chaining reference: not empty, no white space or braces.
bool isSegment(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c.isSpace() || c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':')
            return false;
    }
    return true;
}

Reference malformed(Reference r, QString why)
{
    r.kind = Reference::Kind::Malformed;
    r.error = std::move(why);
    return r;
}

// `inputs`, `outputs`, `inputs[3]`, `outputs[0]`
bool parseSection(QStringView s, Reference &r)
{
    qsizetype bracket = s.indexOf(u'[');
    QStringView word = bracket < 0 ? s : s.left(bracket);
    if (word == u"inputs")
        r.section = Reference::Section::Inputs;
    else if (word == u"outputs")
        r.section = Reference::Section::Outputs;
    else
        return false;
    if (bracket < 0)
        return true;
    if (!s.endsWith(u']'))
        return false;
    QStringView digits = s.mid(bracket + 1, s.size() - bracket - 2);
    if (digits.isEmpty() || digits.size() > 6)
        return false;
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    r.index = digits.toInt();
    return true;
}

} // namespace

const std::vector<QString> &contextKeys()
{
    static const std::vector<QString> keys = {
        u"executionId"_s, u"accountId"_s, u"region"_s, u"osPlatform"_s, u"osName"_s, u"osVersion"_s,
        u"date"_s,        u"dateTime"_s,  u"uuid"_s,   u"hostname"_s,   u"phase"_s,  u"step"_s,
    };
    return keys;
}

Reference classifyExpression(QStringView expression)
{
    Reference r;
    const QStringView e = expression.trimmed();
    r.expression = e.toString();
    if (e.isEmpty())
        return malformed(r, ValidatorTr::tr("the reference is empty"));

    auto prefixed = [&](QStringView prefix, Reference::Kind kind) {
        if (!e.startsWith(prefix))
            return false;
        r.kind = kind;
        r.name = e.mid(prefix.size()).toString();
        return true;
    };
    if (prefixed(u"env:", Reference::Kind::Env) ||
        prefixed(u"context:", Reference::Kind::Context) ||
        prefixed(u"aws:imds:", Reference::Kind::Imds) ||
        prefixed(u"aws:ssm:", Reference::Kind::Ssm)) {
        if (r.name.trimmed().isEmpty())
            return malformed(r, ValidatorTr::tr("nothing follows '%1'").arg(e.toString()));
        if (r.kind == Reference::Kind::Ssm && r.name.startsWith(u"resolve(")) {
            if (!r.name.endsWith(u')'))
                return malformed(r, ValidatorTr::tr("'resolve(' is not closed with ')'"));
            r.kind = Reference::Kind::SsmResolve;
            r.name = QStringView(r.name).mid(8, r.name.size() - 9).trimmed().toString();
            if (r.name.isEmpty())
                return malformed(
                    r, ValidatorTr::tr("resolve() needs a parameter name or an SSM reference"));
        }
        return r;
    }
    if (e.startsWith(u'.') && e.size() > 1 && isName(e.mid(1).split(u'.').front())) {
        // `{{ .Name }}` is Go-template (and Helm) syntax; AWSTOE names have no dot.
        return malformed(
            r, ValidatorTr::tr("Go-template syntax; AWSTOE writes '{{ %1 }}' without the dot")
                   .arg(e.mid(1).toString()));
    }
    if (e.contains(u':')) {
        return malformed(
            r,
            ValidatorTr::tr("unknown namespace '%1' (known: env:, context:, aws:ssm:, aws:imds:)")
                .arg(e.left(e.lastIndexOf(u':') + 1).toString()));
    }

    const QList<QStringView> parts = e.split(u'.');
    if (parts.size() == 1) {
        if (!isName(e))
            return malformed(
                r, ValidatorTr::tr("'%1' is not a parameter or constant name").arg(e.toString()));
        r.kind = Reference::Kind::Variable;
        r.name = e.toString();
        return r;
    }
    if (parts.size() == 2) {
        if (!isName(parts[0]))
            return malformed(r,
                             ValidatorTr::tr("'%1' is not a loop name").arg(parts[0].toString()));
        if (parts[1] == u"index")
            r.loopField = Reference::LoopField::Index;
        else if (parts[1] == u"value")
            r.loopField = Reference::LoopField::Value;
        else
            return malformed(r, ValidatorTr::tr("a loop variable is '%1.index' or '%1.value'")
                                    .arg(parts[0].toString()));
        r.kind = Reference::Kind::Loop;
        r.name = parts[0].toString();
        return r;
    }
    if (parts.size() == 4) {
        if (!isSegment(parts[0]) || !isSegment(parts[1]) || !isSegment(parts[3]) ||
            !parseSection(parts[2], r)) {
            return malformed(r,
                             ValidatorTr::tr("a chaining reference is 'phase.step.outputs.key' or "
                                             "'phase.step.inputs[index].key'"));
        }
        r.kind = Reference::Kind::Chaining;
        r.phase = parts[0].toString();
        r.step = parts[1].toString();
        r.key = parts[3].toString();
        return r;
    }
    return malformed(r,
                     ValidatorTr::tr("'%1' is not a reference: use 'Name', 'loop.value', "
                                     "'phase.step.outputs.key' or a namespace such as 'env:NAME'")
                         .arg(e.toString()));
}

std::vector<Reference> parseReferences(QStringView text)
{
    std::vector<Reference> out;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        const qsizetype reopen = text.indexOf(u"{{", open + 2);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
            // No `}}` before the next `{{` (or at all): this one is left open.
            Reference r;
            r.kind = Reference::Kind::Unterminated;
            r.start = open;
            r.length =
                (close < 0 && reopen < 0 ? text.size() : (reopen >= 0 ? reopen : close)) - open;
            r.expression = text.mid(open + 2, r.length - 2).trimmed().toString();
            r.error = ValidatorTr::tr("'{{' is not closed with '}}'");
            out.push_back(std::move(r));
            if (reopen < 0)
                break;
            from = reopen;
            continue;
        }
        Reference r = classifyExpression(text.mid(open + 2, close - open - 2));
        r.start = open;
        r.length = close + 2 - open;
        out.push_back(std::move(r));
        from = close + 2;
    }
    return out;
}

QString substitute(QStringView text, const ReferenceLookup &resolve)
{
    const std::vector<Reference> refs = parseReferences(text);
    if (refs.empty())
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Reference &r : refs) {
        out += text.mid(at, r.start - at);
        std::optional<QString> value;
        if (r.kind != Reference::Kind::Malformed && r.kind != Reference::Kind::Unterminated)
            value = resolve(r);
        out += value ? QStringView(*value) : text.mid(r.start, r.length);
        at = r.start + r.length;
    }
    out += text.mid(at);
    return out;
}

} // namespace Kiln
