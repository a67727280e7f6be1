// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The translation contexts of kiln_core, one per part that people read, so a
// file says ValidatorTr::tr("…") instead of repeating the context in a
// QCoreApplication::translate call each time. lupdate reads the contexts from
// Q_DECLARE_TR_FUNCTIONS (translations/CMakeLists.txt lists the sources it scans).
#pragma once

#include <QCoreApplication>

namespace Kiln {

// Diagnostics: core/validate, core/expr, core/document, core/diagnostics.
struct ValidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Validator)
};

// kiln run's console lines (core/report/consolereporter.cpp).
struct ConsoleTr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::ConsoleReporter)
};

// The executor's notes and warnings (core/exec).
struct ExecutorTr
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Executor)
};

} // namespace Kiln
