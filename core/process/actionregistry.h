// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Module name → the factory of its ActionRun. The executor looks every step's module up here
// and knows no module by name. Each family registers itself through an explicit call
// (registerProcessActions(), registerBuiltinActions(), registerFileActions() in core/actions,
// registerExecuteDocument() in core/exec), never through static self-registering objects: the
// linker drops an object file of a static library that nothing references, and with it the
// registration, so a module would vanish from one binary and not another.
#pragma once

#include "process/actionrun.h"

#include <QHash>
#include <QStringList>
#include <functional>
#include <memory>

namespace Kiln {

using ActionFactory = std::function<std::unique_ptr<ActionRun>(const ActionContext &)>;
// For a dry run: notes on one input entry, such as where a path really leads
// ("path '/usr/..' resolves to '/'"), relative to `workingDirectory`.
using DryRunNotes =
    std::function<QStringList(const QJsonObject &entry, const QString &workingDirectory)>;

class ActionRegistry
{
public:
    // Adds or replaces the factory of `module` (and what a dry run says about its inputs).
    void add(const QString &module, ActionFactory factory, DryRunNotes notes = {});
    bool contains(const QString &module) const { return m_factories.contains(module); }
    QStringList modules() const; // sorted

    // The ActionRun of context.action; for a module nobody registered, one that fails with
    // a message naming it (the validator has refused unknown modules already; this is the
    // last line for a registry that lacks a family).
    std::unique_ptr<ActionRun> create(const ActionContext &context) const;
    QStringList dryRunNotes(const QString &module, const QJsonObject &entry,
                            const QString &workingDirectory) const;

private:
    struct Entry
    {
        ActionFactory create;
        DryRunNotes notes;
    };
    QHash<QString, Entry> m_factories;
};

} // namespace Kiln
