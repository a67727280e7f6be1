// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The CLI's translation context ("kiln"): CliTr::tr("…") in every command.
#pragma once

#include <QCoreApplication>

namespace Kiln::Cli {

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(kiln)
};

} // namespace Kiln::Cli
