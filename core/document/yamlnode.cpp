// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "yamlnode.h"

#include "i18n/tr.h"

#include <QCoreApplication>

namespace Kiln {

bool YamlNode::isNull() const
{
    if (kind == Kind::Null)
        return true;
    return kind == Kind::Scalar && plain &&
           (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" ||
            text == u"NULL");
}

const YamlEntry *YamlNode::entry(QStringView key) const
{
    for (const YamlEntry &e : entries) {
        if (e.key.kind == Kind::Scalar && e.key.text == key)
            return &e;
    }
    return nullptr;
}

const YamlNode *YamlNode::value(QStringView key) const
{
    const YamlEntry *e = entry(key);
    return e ? &e->value : nullptr;
}

qsizetype YamlNode::subtreeSize() const
{
    qsizetype n = 1;
    for (const YamlNode &item : items)
        n += item.subtreeSize();
    for (const YamlEntry &e : entries)
        n += e.key.subtreeSize() + e.value.subtreeSize();
    return n;
}

QString kindName(YamlNode::Kind kind)
{
    switch (kind) {
    case YamlNode::Kind::Null:
        return ValidatorTr::tr("nothing");
    case YamlNode::Kind::Scalar:
        return ValidatorTr::tr("a single value");
    case YamlNode::Kind::Sequence:
        return ValidatorTr::tr("a list");
    case YamlNode::Kind::Map:
        return ValidatorTr::tr("a mapping");
    }
    return {};
}

} // namespace Kiln
