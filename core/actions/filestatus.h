// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Internal: what a file-system helper returns, apart so that the path helpers (and the fuzz
// build of the validator, which checks protected paths) need none of the module machinery.
#pragma once

#include <QString>

namespace Kiln::FileOps {

// The outcome of a helper: ok, failed with a message (without the module prefix), or cancelled.
struct Status
{
    enum Kind { Ok, Failed, Cancelled };
    Kind kind = Ok;
    QString message;

    static Status ok() { return {}; }
    static Status failed(const QString &message) { return {Failed, message}; }
    static Status cancelled() { return {Cancelled, {}}; }
    bool isOk() const { return kind == Ok; }
};

} // namespace Kiln::FileOps
