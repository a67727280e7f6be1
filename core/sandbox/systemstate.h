// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What a change report says beyond files: packages (the dpkg and rpm
// databases of the root), users and groups (its passwd and group files) and
// systemd units (the links `systemctl enable` makes). Each is read again only
// after a step that changed its files, so a step that touches none costs nothing.
#pragma once

#include "sandbox/changescanner.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace Kiln {
class Target;
}

namespace Kiln::Sandbox {

struct PackageChange
{
    QString name;
    QString before; // empty: installed by the step
    QString after;  // empty: removed by the step
};

// Everything one step changed.
struct StepChanges
{
    QString document;
    QString phase;
    QString step;
    std::vector<FileChange> files;
    std::vector<PackageChange> packages;
    QStringList usersAdded, usersRemoved, groupsAdded, groupsRemoved;
    QStringList unitsEnabled, unitsDisabled; // "unit (by target.wants)"
    bool isEmpty() const;
};

class SystemState
{
public:
    // Reads the state of the root `target` (its packages, users and groups).
    explicit SystemState(std::shared_ptr<const Target> target);

    // Fills the non-file parts of `step` from its file changes.
    void update(StepChanges &step);

private:
    QHash<QString, QString> readPackages() const; // name → version
    QSet<QString> readNames(const QString &database) const;

    std::shared_ptr<const Target> m_target;
    QHash<QString, QString> m_packages;
    QSet<QString> m_users;
    QSet<QString> m_groups;
};

} // namespace Kiln::Sandbox
