#include "task/isolatedcall.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <thread>

namespace core {

IsolatedOutcome runIsolated(const std::function<int()> &work, std::chrono::milliseconds timeout)
{
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child < 0)
        throw std::system_error(errno, std::generic_category(), "fork");
    if (child == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive InfoScope (a child caught in a loop)
        if (::getppid() != parent)
            ::_exit(255);
        const struct rlimit noCore{0, 0}; // a crash here is expected, not worth a core dump
        ::setrlimit(RLIMIT_CORE, &noCore);
        const int null = ::open("/dev/null", O_WRONLY);
        if (null >= 0)
            ::dup2(null, STDERR_FILENO);
        int code = 255;
        try {
            code = work();
        } catch (...) {
        }
        ::_exit(code & 0xff);
    }
    // Poll rather than block, so that a child caught in a loop can be ended at the deadline.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto pause = std::chrono::microseconds(200);
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            throw std::system_error(errno, std::generic_category(), "waitpid");
        if (std::chrono::steady_clock::now() >= deadline) {
            ::kill(child, SIGKILL);
            while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
            }
            return {IsolatedOutcome::Kind::TimedOut, 0, SIGKILL};
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::microseconds(20'000));
    }
    if (WIFSIGNALED(status))
        return {IsolatedOutcome::Kind::Crashed, 0, WTERMSIG(status)};
    return {IsolatedOutcome::Kind::Finished, WEXITSTATUS(status), 0};
}

} // namespace core
