#include "watchdog.h"

#include "exitcodes.h"
#include "interruption.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace cli {

Watchdog::Watchdog(double seconds, double grace)
{
    if (seconds <= 0)
        return;
    m_thread = std::thread([this, seconds, grace] {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return m_done; }))
            return;
        m_fired = true;
        cancelNow();
        if (m_wake.wait_for(lock, std::chrono::duration<double>(grace), [this] { return m_done; }))
            return;
        std::fprintf(stderr, "infoscope-cli: timed out after %g s; the running call could not be interrupted "
                             "(LibTorch's forward() finishes its call); nothing was written\n", seconds + grace);
        std::fflush(stderr);
        ::_exit(TimedOut);
    });
}

Watchdog::~Watchdog()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool Watchdog::fired() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_fired;
}

} // namespace cli
