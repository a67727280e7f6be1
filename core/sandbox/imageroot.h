// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// A container image's files as a root folder, for `kiln run --image NAME`:
// asked of podman or docker (whichever is installed, podman first), exported
// once per image id into Kiln's cache, and used from there as the read-only
// lower layer of a sandbox. Kiln pulls nothing: an image that is not on this
// machine is refused with the command that would fetch it. Kiln itself need
// not be in the image: it runs on the host and starts the steps inside.
#pragma once

#include <QString>
#include <optional>

namespace Kiln::Sandbox {

struct ImageRoot
{
    QString engine; // the program asked: /usr/bin/podman
    QString id;     // the image id
    QString root;   // the unpacked files
};

// The root of image `name`, unpacked under `cacheFolder` (empty: Kiln's cache
// folder for this user) unless an earlier run did. Waits for the engine;
// nothing, and `error` set, when it cannot.
std::optional<ImageRoot> unpackImage(const QString &name, const QString &cacheFolder,
                                     QString *error);

} // namespace Kiln::Sandbox
