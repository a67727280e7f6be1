// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A module registry whose ExecuteBash runs no process, so orchestration tests
// (retries, onFailure, chaining, selection, cancel) need no shell: the first
// command is the step's stdout, "fail" fails, and "hang" runs until the executor
// stops it. Header-only, shared by tests/exec.
#pragma once

#include "process/actionregistry.h"
#include "process/actionrun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace KilnTest {

class FakeBash : public Kiln::ActionRun
{
public:
    explicit FakeBash(const Kiln::ActionContext &context)
        : m_command(context.inputs.at(0).toObject().value(u"commands").toArray().at(0).toString())
    {
    }
    void start() override
    {
        using Kiln::ActionResult;
        if (m_command == u"hang")
            return;
        finishLater(m_command == u"fail"
                        ? ActionResult::failure(QStringLiteral("fake failure"))
                        : ActionResult::success({{QStringLiteral("stdout"), m_command}}));
    }
    void stop(Kiln::ActionResult::Kind reason) override
    {
        Kiln::ActionResult stopped;
        stopped.kind = reason;
        finishLater(stopped);
    }

private:
    void finishLater(const Kiln::ActionResult &result)
    {
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
    }

    QString m_command;
};

// `calls`, when given, counts the steps' attempts.
inline std::shared_ptr<Kiln::ActionRegistry> fakeActions(int *calls = nullptr)
{
    auto registry = std::make_shared<Kiln::ActionRegistry>();
    registry->add(QStringLiteral("ExecuteBash"), [calls](const Kiln::ActionContext &context) {
        if (calls)
            ++*calls;
        return std::make_unique<FakeBash>(context);
    });
    return registry;
}

} // namespace KilnTest
