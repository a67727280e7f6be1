// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A step's identity in a run: the document's position in the run and the phase
// and step names (unique within their parent: the validator makes sure). An
// entry of a phase leaves `step` empty. Every map keyed by step (the studio's
// step tree, output and timeline, the HTML report) uses this one type.
#pragma once

#include <QHashFunctions>
#include <QString>

namespace Kiln {

struct StepAddress
{
    int document = 0;
    QString phase;
    QString step;

    friend bool operator==(const StepAddress &, const StepAddress &) = default;
};

inline size_t qHash(const StepAddress &address, size_t seed = 0)
{
    return qHashMulti(seed, address.document, address.phase, address.step);
}

} // namespace Kiln
