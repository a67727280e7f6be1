// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Component documents fetched from Image Builder, by build-version ARN: a build
// version never changes once created (a change is a new build), so a document
// fetched once is kept for the process and on disk under the user's cache
// folder ($XDG_CACHE_HOME/kiln/components, else ~/.cache/kiln/components;
// private, 0700/0600). Only build-version ARNs are cached: a version ARN
// ("1.0.x") is resolved again every time, since a newer build may have appeared.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace Kiln {

class ComponentCache
{
public:
    explicit ComponentCache(const QProcessEnvironment &environment);

    std::optional<QByteArray> find(const QString &buildArn) const;
    // Keeps `document`; a cache that cannot be written is only slower, never an error.
    void store(const QString &buildArn, const QByteArray &document) const;
    QString folder() const { return m_folder; }

private:
    QString fileFor(const QString &buildArn) const;

    QString m_folder; // empty: no disk cache (no HOME)
};

} // namespace Kiln
