// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "exec/inputconversion.h"

#include "document/yamlnode.h"
#include "schema/actioncatalogue.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Kiln {
namespace {

QJsonValue plainScalar(const YamlNode &n)
{
    if (n.isNull())
        return QJsonValue();
    if (n.plain) {
        const QString lower = n.text.toLower();
        if (lower == u"true")
            return true;
        if (lower == u"false")
            return false;
        static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
        if (integer.match(n.text).hasMatch() && !(n.text.size() > 1 && n.text.startsWith(u'0'))) {
            bool ok = false;
            const qint64 v = n.text.toLongLong(&ok);
            if (ok)
                return double(v);
        }
    }
    return n.text;
}

QJsonValue typed(const YamlNode &n, const InputSpec *spec)
{
    if (!spec || !n.isScalar())
        return yamlToJson(n);
    switch (spec->type) {
    case InputType::Boolean: {
        const QString lower = n.text.trimmed().toLower();
        if (lower == u"true")
            return true;
        if (lower == u"false")
            return false;
        return n.text; // a reference such as '{{ Overwrite }}', resolved later
    }
    case InputType::Integer: {
        bool ok = false;
        const qint64 v = n.text.trimmed().toLongLong(&ok);
        return ok ? QJsonValue(double(v)) : QJsonValue(n.text);
    }
    case InputType::Permissions:
    case InputType::String:
        return n.text;
    default:
        return yamlToJson(n);
    }
}

QJsonValue defaultValue(const InputSpec &spec)
{
    YamlNode n;
    n.kind = YamlNode::Kind::Scalar;
    n.text = spec.defaultValue;
    n.plain = true;
    return typed(n, &spec);
}

QJsonObject entryToJson(const YamlNode &entry, const ActionSpec *spec)
{
    QJsonObject o;
    if (!entry.isMap())
        return o;
    for (const YamlEntry &e : entry.entries) {
        const InputSpec *input = spec ? spec->input(e.key.text) : nullptr;
        o.insert(e.key.text, typed(e.value, input));
    }
    if (spec) {
        for (const InputSpec &input : spec->inputs) {
            if (!o.contains(input.name) && !input.defaultValue.isEmpty())
                o.insert(input.name, defaultValue(input));
        }
    }
    return o;
}

} // namespace

QJsonValue yamlToJson(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null:
        return QJsonValue();
    case YamlNode::Kind::Scalar:
        return plainScalar(node);
    case YamlNode::Kind::Sequence: {
        QJsonArray a;
        for (const YamlNode &item : node.items)
            a.append(yamlToJson(item));
        return a;
    }
    case YamlNode::Kind::Map: {
        QJsonObject o;
        for (const YamlEntry &e : node.entries)
            o.insert(e.key.text, yamlToJson(e.value));
        return o;
    }
    }
    return QJsonValue();
}

QJsonArray inputsToJson(const QString &action, const YamlNode *inputs)
{
    const ActionSpec *spec = ActionCatalogue::instance().find(action);
    QJsonArray out;
    if (spec && spec->shape == InputShape::Condition)
        return QJsonArray{inputs ? yamlToJson(*inputs) : QJsonValue(QJsonObject())};
    if (inputs && inputs->isSequence()) {
        for (const YamlNode &item : inputs->items)
            out.append(entryToJson(item, spec));
        return out;
    }
    if (!inputs || inputs->isNull()) {
        if (spec && spec->shape == InputShape::List)
            return out;
        YamlNode empty;
        empty.kind = YamlNode::Kind::Map;
        out.append(entryToJson(empty, spec));
        return out;
    }
    out.append(entryToJson(*inputs, spec));
    return out;
}

} // namespace Kiln
