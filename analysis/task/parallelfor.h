#pragma once

#include <cstdint>
#include <functional>

namespace core {

class CancelToken;

/// Runs body(begin, end) over [0, count) in blocks of `block` items, handed out in order to
/// `threads` threads (0: one per core this process may use; never more than there are blocks, nor than the calling
/// thread's threadBudget(); fewer if the system has no more to give). The calling thread works too, and after each of its blocks calls
/// onProgress(fraction of blocks done) if given, so that a Progress (thread-safe anyway) is fed
/// from one thread only. Stops handing out blocks once `cancel` is set (the caller decides whether
/// to throw). The first exception a body (or onProgress) throws stops the loop and is rethrown here
/// after every thread has joined.
void parallelFor(std::int64_t count, std::int64_t block, int threads,
                 const std::function<void(std::int64_t begin, std::int64_t end)> &body, const CancelToken &cancel,
                 const std::function<void(double fraction)> &onProgress = {});

} // namespace core
