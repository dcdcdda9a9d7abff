#include "interruption.h"

#include "task/atomiccanceltoken.h"

#include <csignal>
#include <unistd.h>

namespace cli {

namespace {

core::AtomicCancelToken g_token;
volatile std::sig_atomic_t g_signals = 0;

extern "C" void onInterrupt(int signalNumber)
{
    if (g_signals++ > 0) {
        std::signal(signalNumber, SIG_DFL); // the second one: stop now
        ::raise(signalNumber);
        return;
    }
    g_token.cancel(); // a lock-free atomic store: safe in a signal handler
}

} // namespace

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

const core::CancelToken &interruptToken()
{
    return g_token;
}

void cancelNow()
{
    g_token.cancel();
}

bool wasInterrupted()
{
    return g_token.isCancelled();
}

} // namespace cli
