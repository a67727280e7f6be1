// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "process/actionregistry.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Kiln {

void ActionRegistry::add(const QString &module, ActionFactory factory, DryRunNotes notes)
{
    m_factories.insert(module, Entry{std::move(factory), std::move(notes)});
}

QStringList ActionRegistry::modules() const
{
    QStringList names = m_factories.keys();
    std::sort(names.begin(), names.end());
    return names;
}

std::unique_ptr<ActionRun> ActionRegistry::create(const ActionContext &context) const
{
    const auto factory = m_factories.constFind(context.action);
    if (factory == m_factories.cend())
        return std::make_unique<ImmediateActionRun>(
            ActionResult::failure(u"unknown action module '%1'"_s.arg(context.action)));
    return factory->create(context);
}

QStringList ActionRegistry::dryRunNotes(const QString &module, const QJsonObject &entry,
                                        const QString &workingDirectory) const
{
    const auto found = m_factories.constFind(module);
    return found == m_factories.cend() || !found->notes ? QStringList()
                                                        : found->notes(entry, workingDirectory);
}

} // namespace Kiln
