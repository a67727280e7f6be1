// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Image Builder component ARNs as document locations (behaviour-reference §6.2):
//   arn:<partition>:imagebuilder:<region>:<account|aws|third-party>:component/<name>/<x.y.z>[/<build>]
// The version may use `x` wildcards in trailing nodes ("1.x.x", "x.x.x"): after
// the first wildcard every node must be one (Image Builder's semantic-version rule).
#pragma once

#include <QString>
#include <optional>

namespace Kiln {

// True for every "arn:" location (a malformed one is then refused by parse()).
bool isImageBuilderArn(const QString &location);

struct ComponentVersion
{
    // -1 for a wildcard node.
    int major = -1;
    int minor = -1;
    int patch = -1;

    static std::optional<ComponentVersion> parse(const QString &text); // "1.0.2"
    bool hasWildcard() const { return major < 0 || minor < 0 || patch < 0; }
    // Whether the exact version `v` is one this (possibly wildcard) version selects.
    bool matches(const ComponentVersion &v) const;
    QString toString() const;
    auto operator<=>(const ComponentVersion &) const = default;
};

struct ImageBuilderArn
{
    QString partition; // "aws", "aws-cn", ...
    QString region;
    QString owner; // 12-digit account, "aws", "third-party", ...
    QString name;
    ComponentVersion version;
    int build = -1; // -1: not given (a version ARN)

    // Nothing, with a one-line reason naming the ARN, when `text` is not a
    // component ARN.
    static std::optional<ImageBuilderArn> parse(const QString &text, QString *error);

    bool isBuildVersion() const { return build >= 0; }
    // For ListComponents' `owner`: Self, Amazon or ThirdParty (shared components
    // are looked up as Shared when Self finds none).
    QString ownership() const;
    // arn:...:component/<name>/<version>[/<build>]
    QString toString() const;
    // The same ARN for another exact version, without a build.
    ImageBuilderArn withVersion(const ComponentVersion &exact) const;
};

} // namespace Kiln
