#pragma once

namespace core {

/// The most threads parallelFor may use when called from this thread; 0: no cap (one per core).
int threadBudget();

/// Caps parallelFor on the current thread while alive, e.g. to one thread for each of several items
/// that a batch runs side by side, so that small analyses do not pay for spawning threads that
/// only compete with their neighbours. Restores the previous cap on destruction.
class ScopedThreadBudget
{
public:
    explicit ScopedThreadBudget(int threads);
    ~ScopedThreadBudget();
    ScopedThreadBudget(const ScopedThreadBudget &) = delete;
    ScopedThreadBudget &operator=(const ScopedThreadBudget &) = delete;

private:
    int m_previous;
};

} // namespace core
