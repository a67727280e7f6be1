// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The timeline of a run as inline SVG for the HTML report: a time axis, one
// row per step (label, step bar, attempt segments with a notch at each retry,
// loop iterations as a strip along the bar's foot), reboot markers. Each row
// links to the step's section of the page and has a tooltip (<title>) with its
// status, duration and failure. Colours are not in the SVG: bars carry classes
// (st-<status name>) that the page's stylesheet colours for light and dark.
#pragma once

#include <QString>
#include <functional>

namespace Kiln {

class TimelineModel;

// `anchor(lane)`: the id of the lane's step section ("s12"), or empty for no link.
QString timelineSvg(const TimelineModel &model, const std::function<QString(int lane)> &anchor);

} // namespace Kiln
