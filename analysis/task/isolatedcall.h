#pragma once

#include <chrono>
#include <functional>

namespace core {

/// How a call run in a child process ended.
struct IsolatedOutcome
{
    enum class Kind { Finished, Crashed, TimedOut };
    Kind kind = Kind::Finished;
    int exitCode = 0; ///< Finished: what `work` returned (255 if it threw)
    int signal = 0;   ///< Crashed: the signal that ended the child
};

/// Runs `work` in a forked child process and waits up to `timeout` for it: a third-party library that
/// crashes or loops on a hostile file (libhdf5 1.10.8 has such defects) then ends the child, not
/// InfoScope. The child shares nothing back but its exit code; its stderr is discarded (the caller
/// reports the outcome), and it leaves with _exit, running no destructors or atexit handlers of the
/// parent's objects. It is killed if the parent dies, and writes no core dump. `work` must not take a
/// lock that another thread of the parent may hold: the child has only the calling thread. Throws
/// std::system_error if fork() fails.
IsolatedOutcome runIsolated(const std::function<int()> &work, std::chrono::milliseconds timeout);

} // namespace core
