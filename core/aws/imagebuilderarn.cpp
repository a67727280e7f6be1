// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "aws/imagebuilderarn.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Kiln {

bool isImageBuilderArn(const QString &location)
{
    return location.startsWith(u"arn:");
}

std::optional<ComponentVersion> ComponentVersion::parse(const QString &text)
{
    const QStringList nodes = text.split(u'.');
    if (nodes.size() != 3)
        return std::nullopt;
    int values[3];
    bool wildcard = false;
    for (int i = 0; i < 3; ++i) {
        if (nodes[i] == u"x") {
            values[i] = -1;
            wildcard = true;
            continue;
        }
        bool ok = false;
        values[i] = nodes[i].toInt(&ok);
        // Nothing after a wildcard may be exact ("1.x.2" is not a version).
        if (!ok || values[i] < 0 || wildcard || nodes[i].startsWith(u'+'))
            return std::nullopt;
    }
    return ComponentVersion{values[0], values[1], values[2]};
}

bool ComponentVersion::matches(const ComponentVersion &v) const
{
    return (major < 0 || major == v.major) && (minor < 0 || minor == v.minor) &&
           (patch < 0 || patch == v.patch);
}

QString ComponentVersion::toString() const
{
    const auto node = [](int n) { return n < 0 ? u"x"_s : QString::number(n); };
    return u"%1.%2.%3"_s.arg(node(major), node(minor), node(patch));
}

std::optional<ImageBuilderArn> ImageBuilderArn::parse(const QString &text, QString *error)
{
    // The pattern of GetComponent's componentBuildVersionArn, split into its parts.
    static const QRegularExpression pattern(
        uR"(^arn:(aws[a-z-]*):imagebuilder:([a-z0-9-]+):([0-9]{12}|aws(?:-[a-z-]+)?|third-party):)"
        uR"(component/([a-z0-9_-]+)/([0-9x]+\.[0-9x]+\.[0-9x]+)(?:/([0-9]+))?$)"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    const auto fail = [&](const QString &why) {
        *error = u"%1 is not an Image Builder component ARN: %2"_s.arg(text, why);
        return std::nullopt;
    };
    if (!m.hasMatch())
        return fail(u"expected arn:aws:imagebuilder:<region>:<account|aws>:component/<name>/"
                    "<x.y.z>[/<build>] (lower-case name; x wildcards in the version)"_s);
    const auto version = ComponentVersion::parse(m.captured(5));
    if (!version)
        return fail(u"the version '%1' must be x.y.z, with x wildcards only in trailing nodes "
                    "(1.x.x, not 1.x.2)"_s.arg(m.captured(5)));
    ImageBuilderArn arn;
    arn.partition = m.captured(1);
    arn.region = m.captured(2);
    arn.owner = m.captured(3);
    arn.name = m.captured(4);
    arn.version = *version;
    if (m.hasCaptured(6)) {
        if (version->hasWildcard())
            return fail(u"a build number needs an exact version"_s);
        arn.build = m.captured(6).toInt();
    }
    return arn;
}

QString ImageBuilderArn::ownership() const
{
    if (owner == u"aws")
        return u"Amazon"_s;
    if (owner.startsWith(u"aws-") || owner == u"third-party")
        return u"ThirdParty"_s;
    return u"Self"_s;
}

QString ImageBuilderArn::toString() const
{
    QString text = u"arn:%1:imagebuilder:%2:%3:component/%4/%5"_s.arg(partition, region, owner,
                                                                      name, version.toString());
    if (build >= 0)
        text += u'/' + QString::number(build);
    return text;
}

ImageBuilderArn ImageBuilderArn::withVersion(const ComponentVersion &exact) const
{
    ImageBuilderArn out = *this;
    out.version = exact;
    out.build = -1;
    return out;
}

} // namespace Kiln
