// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What `kiln publish` sends to Image Builder's CreateComponent (PUT
// /CreateComponent), and the rules it checks before sending anything: a name
// and an exact x.y.z version the API accepts, the platform (Linux, Windows,
// macOS), tags as k=v pairs, and the document either inline (`data`, at most
// InlineDataLimit characters) or as an s3:// `uri`. When a version is taken,
// nextFreeVersion() names the one to offer instead.
#pragma once

#include "aws/imagebuilderarn.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Kiln {

struct ComponentPublication
{
    // CreateComponent's `data`: "Length Constraints: Minimum length of 1. Maximum
    // length of 16000." (API reference); a longer document must go through S3.
    static constexpr qsizetype InlineDataLimit = 16000;

    QString name;
    QString semanticVersion; // x.y.z
    QString platform;        // Linux, Windows or macOS
    QString description;
    QString changeDescription;
    QString kmsKeyId;
    QMap<QString, QString> tags;
    QString data; // the document inline, or
    QString uri;  // s3://bucket/key of its copy
    QString clientToken;

    // The request body; empty fields are left out.
    QJsonObject toJson() const;
};

// "Linux", "Windows" or "macOS" for a --platform value in any case ("linux",
// "WINDOWS"); also accepts the validator's names ("darwin"). Nothing when unknown.
std::optional<QString> componentPlatform(const QString &given);
// The validator's platform ("linux", "windows", "darwin") for a CreateComponent one.
QString validatorPlatform(const QString &componentPlatform);

// The API's name rule (1 to 128 letters, digits, '-', '_' and inner spaces);
// empty when `name` follows it, else why not.
QString componentNameProblem(const QString &name);
// An exact version (no wildcard, each node at most 2^30-1), or nothing.
std::optional<ComponentVersion> exactComponentVersion(const QString &text);

// "k=v,k2=v2" as a map. Nothing with `error` (naming the bad item) when an item
// has no '=' or an empty key, or a key repeats.
std::optional<QMap<QString, QString>> parseComponentTags(const QString &text, QString *error);

// The first version from `wanted` on, counting up the patch node, that is not in `taken`.
ComponentVersion nextFreeVersion(const ComponentVersion &wanted,
                                 const QList<ComponentVersion> &taken);

// Where a document too large for `data` is uploaded: PREFIX/NAME/X.Y.Z/FILE
// (the prefix's surrounding slashes dropped; no prefix: NAME/X.Y.Z/FILE).
QString componentUploadKey(const QString &prefix, const QString &name, const QString &version,
                           const QString &fileName);

} // namespace Kiln
