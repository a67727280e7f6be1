// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/componentpublication.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {
constexpr int MaxVersionNode = 1073741823; // 2^30-1, the API's limit per node
} // namespace

QJsonObject ComponentPublication::toJson() const
{
    QJsonObject body{{u"name"_s, name},
                     {u"semanticVersion"_s, semanticVersion},
                     {u"platform"_s, platform},
                     {u"clientToken"_s, clientToken}};
    const auto optional = [&body](const QString &key, const QString &value) {
        if (!value.isEmpty())
            body.insert(key, value);
    };
    optional(u"description"_s, description);
    optional(u"changeDescription"_s, changeDescription);
    optional(u"kmsKeyId"_s, kmsKeyId);
    optional(u"data"_s, data);
    optional(u"uri"_s, uri);
    if (!tags.isEmpty()) {
        QJsonObject tagObject;
        for (auto it = tags.begin(); it != tags.end(); ++it)
            tagObject.insert(it.key(), it.value());
        body.insert(u"tags"_s, tagObject);
    }
    return body;
}

std::optional<QString> componentPlatform(const QString &given)
{
    const QString lower = given.trimmed().toLower();
    if (lower == u"linux")
        return u"Linux"_s;
    if (lower == u"windows")
        return u"Windows"_s;
    if (lower == u"macos" || lower == u"darwin")
        return u"macOS"_s;
    return std::nullopt;
}

QString validatorPlatform(const QString &componentPlatform)
{
    if (componentPlatform == u"Windows")
        return u"windows"_s;
    if (componentPlatform == u"macOS")
        return u"darwin"_s;
    return u"linux"_s;
}

QString componentNameProblem(const QString &name)
{
    // CreateComponent's pattern: ^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$
    static const QRegularExpression pattern(u"^[-_A-Za-z0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z0-9]$"_s);
    if (pattern.match(name).hasMatch())
        return {};
    return u"a component name has 3 to 128 characters: letters, digits, '-', '_' and spaces "
           "(not at either end)"_s;
}

std::optional<ComponentVersion> exactComponentVersion(const QString &text)
{
    const auto version = ComponentVersion::parse(text);
    if (!version || version->hasWildcard() || version->major > MaxVersionNode ||
        version->minor > MaxVersionNode || version->patch > MaxVersionNode)
        return std::nullopt;
    return version;
}

std::optional<QMap<QString, QString>> parseComponentTags(const QString &text, QString *error)
{
    QMap<QString, QString> tags;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = item.left(eq).trimmed();
        if (eq < 0 || key.isEmpty()) {
            *error = u"'%1' is not key=value"_s.arg(item);
            return std::nullopt;
        }
        if (tags.contains(key)) {
            *error = u"the tag '%1' is given twice"_s.arg(key);
            return std::nullopt;
        }
        tags.insert(key, item.mid(eq + 1).trimmed());
    }
    return tags;
}

ComponentVersion nextFreeVersion(const ComponentVersion &wanted,
                                 const QList<ComponentVersion> &taken)
{
    ComponentVersion candidate = wanted;
    while (taken.contains(candidate) && candidate.patch < MaxVersionNode)
        ++candidate.patch;
    return candidate;
}

QString componentUploadKey(const QString &prefix, const QString &name, const QString &version,
                           const QString &fileName)
{
    QStringList parts = prefix.split(u'/', Qt::SkipEmptyParts);
    parts << name << version << fileName;
    return parts.join(u'/');
}

} // namespace Kiln
