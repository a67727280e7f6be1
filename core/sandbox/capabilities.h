// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// The capabilities a sandboxed step keeps: Docker's default set, what package
// managers, useradd and systemctl enable need, and nothing that reaches the
// kernel or other mounts (no mount, module loading, raw I/O, reboot, clock,
// ptrace, …). Dropped from the bounding set before exec, so the program cannot
// get them back. System calls only: it runs between fork and exec.
#pragma once

#include <linux/capability.h>
#include <sys/prctl.h>

namespace Kiln::Sandbox {

inline bool keptCapability(int capability)
{
    switch (capability) {
    case CAP_CHOWN:
    case CAP_DAC_OVERRIDE:
    case CAP_FSETID:
    case CAP_FOWNER:
    case CAP_MKNOD:
    case CAP_NET_RAW:
    case CAP_SETGID:
    case CAP_SETUID:
    case CAP_SETFCAP:
    case CAP_SETPCAP:
    case CAP_NET_BIND_SERVICE:
    case CAP_SYS_CHROOT:
    case CAP_KILL:
    case CAP_AUDIT_WRITE:
        return true;
    default:
        return false;
    }
}

inline void dropCapabilities()
{
    for (int capability = 0; capability <= 63; ++capability) {
        if (!keptCapability(capability))
            ::prctl(PR_CAPBSET_DROP, capability, 0, 0, 0); // EINVAL past the kernel's last
    }
}

} // namespace Kiln::Sandbox
