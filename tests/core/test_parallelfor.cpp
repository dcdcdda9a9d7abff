// core::parallelFor: every item once, exceptions and cancellation surface after the threads join.
// core::runIsolated: a crash, a hang or an exit code of the child reaches the parent as an outcome.
#include "task/atomiccanceltoken.h"
#include "task/isolatedcall.h"
#include "task/parallelfor.h"

#include <QtTest>

#include <atomic>
#include <csignal>
#include <stdexcept>
#include <thread>
#include <vector>

class TestParallelFor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visitsEveryItemOnce()
    {
        const core::AtomicCancelToken cancel;
        for (std::int64_t count : {0, 1, 7, 1000, 1001})
            for (std::int64_t block : {1, 3, 64, 5000})
                for (int threads : {0, 1, 2, 5}) {
                    std::vector<std::atomic<int>> visits(static_cast<std::size_t>(count));
                    std::vector<double> fractions;
                    std::atomic<bool> badRange{false}; // QtTest's checks belong on this thread, not the workers
                    core::parallelFor(count, block, threads, [&](std::int64_t begin, std::int64_t end) {
                        if (!(begin < end && end - begin <= block && end <= count))
                            badRange = true;
                        for (std::int64_t i = begin; i < end; ++i)
                            ++visits[std::size_t(i)];
                    }, cancel, [&](double fraction) { fractions.push_back(fraction); });
                    QVERIFY(!badRange);
                    for (const std::atomic<int> &v : visits)
                        QCOMPARE(v.load(), 1);
                    // Progress comes from the calling thread only, rising, at most 1.
                    for (std::size_t f = 1; f < fractions.size(); ++f)
                        QVERIFY(fractions[f] > fractions[f - 1]);
                    if (!fractions.empty())
                        QVERIFY(fractions.back() <= 1.0);
                    if (threads == 1 && count > 0)
                        QCOMPARE(fractions.back(), 1.0);
                }
    }

    void rethrowsTheFirstFailureAfterJoining()
    {
        const core::AtomicCancelToken cancel;
        for (int threads : {1, 2, 4}) {
            std::atomic<bool> failed{false};
            std::atomic<int> startedAfter{0}, running{0}, finishedAfterReturn{0};
            bool returned = false;
            QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                     core::parallelFor(10000, 10, threads, [&](std::int64_t begin, std::int64_t) {
                                         ++running;
                                         if (failed)
                                             ++startedAfter;
                                         if (begin == 50) {
                                             failed = true;
                                             --running;
                                             throw std::runtime_error("block 5 failed");
                                         }
                                         --running;
                                         if (returned)
                                             ++finishedAfterReturn;
                                     }, cancel));
            returned = true;
            // Alone, the loop stops at the failing block. With more threads the others may finish a
            // few more while the exception unwinds, but none is still running after the rethrow.
            if (threads == 1)
                QCOMPARE(startedAfter.load(), 0);
            QCOMPARE(running.load(), 0);
            QCOMPARE(finishedAfterReturn.load(), 0);
        }
    }

    void rethrowsAFailingProgressCallback()
    {
        const core::AtomicCancelToken cancel;
        // One thread, so that the calling thread (the only one that reports) certainly takes a block.
        std::atomic<int> blocks{0};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 core::parallelFor(1000, 1, 1, [&](std::int64_t, std::int64_t) { ++blocks; }, cancel,
                                                   [](double) { throw std::runtime_error("progress sink gone"); }));
        QCOMPARE(blocks.load(), 1); // the loop stops after the block whose report failed
    }

    void stopsHandingOutBlocksOnceCancelled()
    {
        for (int threads : {1, 2, 4}) {
            core::AtomicCancelToken cancel;
            std::atomic<int> startedAfter{0};
            core::parallelFor(100000, 1, threads, [&](std::int64_t begin, std::int64_t) {
                if (cancel.isCancelled())
                    ++startedAfter;
                if (begin == 10)
                    cancel.cancel();
            }, cancel);
            QVERIFY(cancel.isCancelled());
            QVERIFY2(startedAfter.load() <= threads - 1, qPrintable(QString::number(startedAfter.load())));
        }
    }

    void isolatedCallReportsHowTheChildEnded()
    {
        using Kind = core::IsolatedOutcome::Kind;
        const std::chrono::milliseconds second(1000);
        core::IsolatedOutcome outcome = core::runIsolated([] { return 7; }, 10 * second);
        QVERIFY(outcome.kind == Kind::Finished);
        QCOMPARE(outcome.exitCode, 7);
        outcome = core::runIsolated([]() -> int { throw std::runtime_error("thrown in the child"); }, 10 * second);
        QVERIFY(outcome.kind == Kind::Finished);
        QCOMPARE(outcome.exitCode, 255);
        // A crash ends the child only; this process goes on.
        outcome = core::runIsolated([] { std::raise(SIGSEGV); return 0; }, 10 * second);
        QVERIFY(outcome.kind == Kind::Crashed);
        QCOMPARE(outcome.signal, SIGSEGV);
        // A child that never returns is killed at the deadline.
        const auto start = std::chrono::steady_clock::now();
        outcome = core::runIsolated([] { while (true) std::this_thread::sleep_for(std::chrono::milliseconds(10)); return 0; },
                                    std::chrono::milliseconds(300));
        QVERIFY(outcome.kind == Kind::TimedOut);
        QVERIFY(std::chrono::steady_clock::now() - start < 10 * second);
        // The child's memory is its own: a change there is not seen here.
        int value = 1;
        core::runIsolated([&] { value = 2; return 0; }, 10 * second);
        QCOMPARE(value, 1);
    }
};

QTEST_GUILESS_MAIN(TestParallelFor)
#include "test_parallelfor.moc"
