// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// kiln-contain ROOT FOLDER PROGRAM [ARGUMENTS...]: starts a sandboxed step's
// program contained in ROOT (a mount point of kiln's private mount namespace,
// core/sandbox/overlayroot.h) with FOLDER (inside it) as its working folder.
// Not merely chrooted (a root process escapes a chroot through /proc/1/root,
// a second chroot, or a mount), but the way a container runtime does it:
//   - its own mount namespace, whose root is the sandbox's (pivot_root, the
//     host's root then detached: no path leads back to it);
//   - its own PID namespace with its own /proc, so /proc/1/root is the
//     sandbox's root and no host process is visible or signalled;
//   - /proc/sys read-only, /proc/sysrq-trigger gone;
//   - the capabilities of Docker's default set only (no mount, module loading,
//     raw I/O, reboot, clock, ptrace, …), dropped from the bounding set so the
//     program cannot get them back through exec.
// The same network, kernel and user ids as the host remain (a component's
// `dnf install` needs the network).
//
// A program of its own, not code run between QProcess's fork and exec: Qt
// starts children with vfork semantics, so the parent waits until the child
// execs; this process is what it execs. It stays outside the namespace and
// stands for the step: it exits as the program exits (or is killed by the same
// signal), so timeouts, Stop and exit 194 work as on the host. Its child is
// PID 1 of the new namespace: it reaps, and when it ends the kernel kills
// every process left in the namespace, so a step leaves nothing running. Its
// grandchild execs the program. Qt Creator's process stub is the model.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <linux/capability.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int SetUpFailed = 127; // as a shell says "cannot run"

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "kiln-contain: %s: %s\n", what, std::strerror(errno));
    ::_exit(SetUpFailed);
}

// Docker's default capability set: what package managers, useradd and
// systemctl enable need, and nothing that reaches the kernel or other mounts.
bool keptCapability(int capability)
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

// Closes every descriptor from 3 on except `keep`, so that the helper
// processes do not hold the step's pipes open.
void closeDescriptorsExcept(int keep)
{
    if (keep > 3)
        ::syscall(SYS_close_range, 3u, unsigned(keep - 1), 0u);
    ::syscall(SYS_close_range, unsigned(keep + 1), ~0u, 0u);
}

// Makes `root` the root of this mount namespace and mounts this PID
// namespace's /proc in it.
void enterRoot(const char *root, const char *folder)
{
    // Nothing mounted from here on propagates to kiln's namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        fail("making the mounts private");
    if (::chdir(root) != 0)
        fail(root);
    // pivot_root(".", ".") stacks the old root under the new one; detaching it
    // leaves no way back. Inside a chroot whose root is not a mount point (the
    // CI's Debian 13 leg) the kernel refuses, and a chroot is what remains: the
    // other walls (PID namespace, capabilities) still stand.
    if (::syscall(SYS_pivot_root, ".", ".") == 0) {
        if (::umount2(".", MNT_DETACH) != 0)
            fail("detaching the host's root");
    } else if (::chroot(".") != 0) {
        fail("entering the root");
    }
    if (::chdir("/") != 0)
        fail("/");
    const unsigned long procFlags = MS_NOSUID | MS_NODEV | MS_NOEXEC;
    if (::mount("proc", "/proc", "proc", procFlags, nullptr) == 0) {
        // Kernel settings are the host's: read-only, as in a container.
        if (::mount("/proc/sys", "/proc/sys", nullptr, MS_BIND | MS_REC, nullptr) == 0)
            ::mount(nullptr, "/proc/sys", nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | procFlags,
                    nullptr);
        ::mount("/dev/null", "/proc/sysrq-trigger", nullptr, MS_BIND, nullptr);
    }
    if (::chdir(folder) != 0)
        fail(folder);
    for (int capability = 0; capability <= 63; ++capability) {
        if (!keptCapability(capability))
            ::prctl(PR_CAPBSET_DROP, capability, 0, 0, 0); // EINVAL past the kernel's last
    }
}

// PID 1's loop: reaps every process of the namespace until `program` ends;
// returns its wait status.
int reapUntil(pid_t program)
{
    for (;;) {
        int status = 0;
        const pid_t ended = ::waitpid(-1, &status, 0);
        if (ended == program)
            return status;
        if (ended < 0 && errno != EINTR)
            return SetUpFailed << 8;
    }
}

// This process, outside: waits for the namespace's PID 1 to hand over the
// program's wait status, and ends the same way.
[[noreturn]] void standForProgram(pid_t init, int statusPipe)
{
    // Stop's SIGTERM reaches the program through the process group; this
    // process must outlive it to report how it ended. SIGKILL still works.
    ::signal(SIGTERM, SIG_IGN);
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGHUP, SIG_IGN);
    closeDescriptorsExcept(statusPipe);
    int status = SetUpFailed << 8;
    ssize_t got = 0;
    do {
        got = ::read(statusPipe, &status, sizeof status);
    } while (got < 0 && errno == EINTR);
    if (got != ssize_t(sizeof status))
        status = SetUpFailed << 8; // PID 1 died first (killed): so did the program
    while (::waitpid(init, nullptr, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        ::signal(signal, SIG_DFL);
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, signal);
        ::sigprocmask(SIG_UNBLOCK, &set, nullptr);
        ::kill(::getpid(), signal);
    }
    ::_exit(WIFEXITED(status) ? WEXITSTATUS(status) : SetUpFailed);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: kiln-contain ROOT FOLDER PROGRAM [ARGUMENTS...]\n"
                             "(started by kiln for the steps of a sandboxed run)\n");
        return 2;
    }
    int statusPipe[2];
    if (::pipe2(statusPipe, O_CLOEXEC) != 0)
        fail("pipe");
    if (::unshare(CLONE_NEWNS | CLONE_NEWPID) != 0)
        fail("making the step's namespaces");
    const pid_t init = ::fork();
    if (init < 0)
        fail("fork");
    if (init > 0) {
        ::close(statusPipe[1]);
        standForProgram(init, statusPipe[0]);
    }
    // PID 1 of the namespace. If the process standing for the program is
    // killed (Stop's SIGKILL), so is this one, and with it the namespace.
    ::close(statusPipe[0]);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    enterRoot(argv[1], argv[2]);
    const pid_t program = ::fork();
    if (program < 0)
        fail("fork");
    if (program == 0) {
        ::close(statusPipe[1]);
        ::execvp(argv[3], argv + 3);
        fail(argv[3]);
    }
    closeDescriptorsExcept(statusPipe[1]);
    const int status = reapUntil(program);
    (void)!::write(statusPipe[1], &status, sizeof status);
    ::_exit(0);
}
