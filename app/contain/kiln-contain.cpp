// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// kiln-contain: how the processes of a sandboxed run are contained. Not merely
// chrooted (a root process escapes a chroot through /proc/1/root, a second
// chroot, or a mount), but the way a container runtime does it:
//   - a mount namespace whose root is the sandbox's (pivot_root, the host's
//     root then detached: no path leads back to it);
//   - a PID namespace with its own /proc, so /proc/1/root is the sandbox's
//     root and no host process is visible or signalled;
//   - /proc/sys read-only, /proc/sysrq-trigger gone;
//   - the capabilities of Docker's default set only (no mount, module loading,
//     raw I/O, reboot, clock, ptrace, …; core/sandbox/capabilities.h).
// The same network, kernel and user ids as the host remain (a component's
// `dnf install` needs the network).
//
// `kiln-contain init ROOT` makes the namespaces once per run and stays as
// their PID 1; each step's process is born in the PID namespace (kiln's
// thread that starts it points its children there) and joins the mount
// namespace before exec (core/sandbox/containedlaunch.cpp). Making namespaces
// costs milliseconds (the kernel waits for an RCU grace period when one is torn
// down), joining them does not. A process a step leaves behind (a daemon it
// started) runs on until the sandbox ends, as it would on an instance, and
// then dies with PID 1.
//
// A program of its own, not code run between QProcess's fork and exec: Qt
// starts children with vfork semantics, so the parent waits until the child
// execs, and PID 1 never does. Qt Creator's process stub is the model.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
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
void enterRoot(const char *root)
{
    // Nothing mounted from here on propagates to kiln's namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        fail("making the mounts private");
    if (::chdir(root) != 0)
        fail(root);
    // pivot_root(".", ".") stacks the old root under the new one; detaching it
    // leaves no way back (a chroot would leave one: a second chroot).
    if (::syscall(SYS_pivot_root, ".", ".") != 0)
        fail("making the sandbox the root (pivot_root)");
    if (::umount2(".", MNT_DETACH) != 0)
        fail("detaching the host's root");
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
}

void onChild(int) {}

// `init ROOT`: the sandbox's PID 1, made once per run. Prints its pid (as this
// machine sees it) when its root is ready, then reaps orphans until kiln ends
// the sandbox; it and everything in the namespace die with kiln, even after a
// kill -9 (the parent-death signal).
int init(const char *root)
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0)
        fail("pipe");
    if (::unshare(CLONE_NEWNS | CLONE_NEWPID) != 0)
        fail("making the sandbox's namespaces");
    const pid_t pid = ::fork();
    if (pid < 0)
        fail("fork");
    if (pid > 0) {
        ::close(ready[1]);
        char byte = 0;
        if (::read(ready[0], &byte, 1) != 1)
            return SetUpFailed; // PID 1 said why on stderr
        std::printf("ready %d\n", int(pid));
        std::fflush(stdout);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        return 0;
    }
    ::close(ready[0]);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    enterRoot(root);
    struct sigaction action = {};
    action.sa_handler = onChild;
    ::sigaction(SIGCHLD, &action, nullptr);
    sigset_t blocked, waiting;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &blocked, &waiting);
    sigdelset(&waiting, SIGCHLD);
    (void)!::write(ready[1], "r", 1);
    ::close(ready[1]);
    closeDescriptorsExcept(2);
    for (;;) {
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
        ::sigsuspend(&waiting);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "init") == 0)
        return init(argv[2]);
    std::fprintf(stderr, "usage: kiln-contain init ROOT\n(started by kiln for sandboxed runs)\n");
    return 2;
}
