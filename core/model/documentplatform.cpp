// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "model/documentplatform.h"

#include "document/document.h"
#include "schema/actioncatalogue.h"

namespace Kiln {

QString guessDocumentPlatform(const Document &document, const QString &preferred)
{
    Platforms common = AllPlatforms;
    for (const Phase &phase : document.phases) {
        for (const Step &step : phase.steps) {
            if (const ActionSpec *spec = ActionCatalogue::instance().find(step.action))
                common &= spec->platforms;
        }
    }
    const Platforms preferredBit = platformFromName(preferred);
    if (common == 0 || (common & preferredBit) != 0)
        return preferred;
    for (const Platform p : {Platform::Linux, Platform::Windows, Platform::Darwin}) {
        if (common & platformBit(p))
            return platformOptionName(platformBit(p));
    }
    return preferred;
}

} // namespace Kiln
