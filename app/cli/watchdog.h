#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace cli {

/// `--timeout SECONDS`: when the time is up, cancels the run through the same token as Ctrl-C;
/// an analysis polls it between chunks and stops. A call that cannot be interrupted (LibTorch's
/// forward() runs to its end) gets `grace` seconds more, then the process exits with 124, as
/// coreutils' timeout does, before any result is written.
class Watchdog
{
public:
    Watchdog(double seconds, double grace = 5.0); ///< seconds <= 0: no watchdog
    ~Watchdog(); ///< stops watching
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    bool fired() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    bool m_fired = false;
    std::thread m_thread;
};

} // namespace cli
