// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// libFuzzer target (c): the `kiln run --config` JSON reader.
#include "exec/runconfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto config = Kiln::parseRunConfig(bytes, &error);
    // Either a config with at least one document or a reason, never both or neither.
    if (config.has_value() == !error.isEmpty() || (config && config->documents.isEmpty()))
        __builtin_trap();
    return 0;
}
