#pragma once

#include <stdexcept>

namespace core {

/// Thrown by CancelToken::throwIfCancelled(); unwinds an analysis so that no partial result escapes.
class CancelledError : public std::runtime_error
{
public:
    CancelledError()
        : std::runtime_error("cancelled")
    {}
};

} // namespace core
