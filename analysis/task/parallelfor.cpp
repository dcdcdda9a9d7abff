#include "task/parallelfor.h"

#include "task/availablecores.h"
#include "task/canceltoken.h"
#include "task/threadbudget.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace core {

void parallelFor(std::int64_t count, std::int64_t block, int threads,
                 const std::function<void(std::int64_t begin, std::int64_t end)> &body, const CancelToken &cancel,
                 const std::function<void(double fraction)> &onProgress)
{
    if (count <= 0)
        return;
    block = std::max<std::int64_t>(1, block);
    const std::int64_t blocks = (count + block - 1) / block;
    const int hardware = availableCores(); // the job's CPUs on a cluster node, not the node's
    int wanted = threads > 0 ? threads : hardware;
    if (const int budget = threadBudget(); budget > 0) // a batch running items side by side (task/threadbudget.h)
        wanted = std::min(wanted, budget);
    const int workers = int(std::min<std::int64_t>(wanted, blocks));
    std::atomic<std::int64_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto fail = [&] {
        const std::lock_guard<std::mutex> lock(failureMutex);
        if (!failure)
            failure = std::current_exception();
        stop = true;
    };
    auto work = [&](bool reporter) {
        while (!stop.load(std::memory_order_relaxed)) {
            const std::int64_t index = next.fetch_add(1);
            if (index >= blocks)
                return;
            const std::int64_t begin = index * block;
            try {
                body(begin, std::min(count, begin + block));
                const std::int64_t finished = done.fetch_add(1) + 1;
                if (reporter && onProgress)
                    onProgress(double(finished) / double(blocks));
            } catch (...) {
                fail();
                return;
            }
            if (cancel.isCancelled())
                stop = true;
        }
    };
    std::vector<std::thread> pool;
    try {
        for (int w = 1; w < workers; ++w)
            pool.emplace_back(work, false);
    } catch (...) {
        // No more threads to be had (nested loops on a loaded machine): go on with those started;
        // the calling thread alone can finish the loop.
    }
    work(true);
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace core
