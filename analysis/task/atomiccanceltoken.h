#pragma once

#include "task/canceltoken.h"

#include <atomic>

namespace core {

/// A token backed by an atomic flag: for the CLI, tests and anything without a QPromise.
class AtomicCancelToken final : public CancelToken
{
public:
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace core
