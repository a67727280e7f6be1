// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// What an execution id may be. It names the run's log folder
// (TOE_<date>_<time>_UTC-0_<id>), the spare copy of the report in the
// temporary folder and the S3 keys of the uploaded logs, so it must be one
// safe path component: 1 to 128 ASCII letters, digits, '.', '_' and '-',
// not starting with '.' or '-'. That keeps out '/', '\', "..", hidden
// names, control characters and anything a shell or an option parser could
// misread. AWSTOE's ids are UUIDs; names such as nightly-2024.06_2 pass too.
#pragma once

#include <QString>

namespace Kiln {

constexpr qsizetype MaxExecutionIdLength = 128;

// Empty when `id` is a valid execution id, else a translated sentence saying
// why not, with the id (escaped, cut when long); the caller puts where the id
// came from in front of it.
QString executionIdProblem(const QString &id);

} // namespace Kiln
