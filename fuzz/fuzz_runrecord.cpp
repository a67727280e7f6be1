// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// libFuzzer target (d): reading detailedoutput.json / the reboot state's run
// record back (executionFromJson), then writing it again: what a resumed run
// does with a file that may have been truncated or edited.
#include "exec/runrecord.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    const Kiln::ExecutionRecord record = Kiln::executionFromJson(json.object());
    const QJsonObject again = Kiln::toJson(record);
    (void)Kiln::summaryJson(record);
    (void)record.counters();
    // A second round trip must be stable: what we write we read back the same.
    const QJsonObject twice = Kiln::toJson(Kiln::executionFromJson(again));
    if (twice != again)
        __builtin_trap();
    return 0;
}
