// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The private mount namespace a sandboxed run lives in. Every mount of the
// sandbox (the overlay, its /dev, /sys, /run) is made in it, so the host never
// sees one, and the kernel removes them all when the process ends, even after
// a kill -9: nothing to clean up, nothing left mounted.
#pragma once

#include <QString>

namespace Kiln::Sandbox {

// Moves this process into a mount namespace of its own. As root that is all;
// as another user the process first enters a user namespace where it is root
// (its own uid and gid mapped to 0), which is what lets it mount. Must be
// called while the process has one thread (the kernel refuses a user namespace
// to a threaded process, and a mount namespace only moves the calling thread):
// `kiln run` calls it before it starts any. Returns an empty string, or why the
// sandbox cannot be made here, worded for the user.
QString enterPrivateMountNamespace();

// True once enterPrivateMountNamespace() succeeded: mounts stay in this process.
bool inPrivateMountNamespace();

// True after enterPrivateMountNamespace() made a user namespace: root inside
// is the user outside, and files of other users are read-only.
bool inUserNamespace();

} // namespace Kiln::Sandbox
