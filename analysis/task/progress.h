#pragma once

#include <string>

namespace core {

/// Receives progress from an analysis; values are fractions in [0, 1]. Implementations must be
/// thread-safe because analyses call them from worker threads.
class Progress
{
public:
    virtual ~Progress() = default;
    virtual void report(double fraction, const std::string &stage = {}) = 0;
};

} // namespace core
