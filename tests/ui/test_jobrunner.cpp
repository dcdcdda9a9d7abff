// JobRunner: results on the GUI thread, cancellation delivers nothing, errors are reported, no freeze.
#include "errors/analysiserror.h"
#include "jobs/jobrunner.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <thread>

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnGuiThread()
    {
        ui::JobRunner runner;
        QThread *workerThread = nullptr;
        QSignalSpy finished(&runner, &ui::JobRunner::jobFinished);
        QThread *deliveredOn = nullptr;
        connect(&runner, &ui::JobRunner::jobFinished, this, [&] { deliveredOn = QThread::currentThread(); });
        runner.start(QStringLiteral("sum"), [&](core::Progress &progress, const core::CancelToken &) {
            workerThread = QThread::currentThread();
            progress.report(0.5, "half");
            core::Result r;
            r.items.emplace_back(core::TableResult{"t", "T", {"x"}, {{42.0}}});
            return r;
        });
        QVERIFY(finished.wait(10000));
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        const auto result = finished.at(0).at(1).value<std::shared_ptr<const core::Result>>();
        QCOMPARE(std::get<double>(std::get<core::TableResult>(result->items[0]).rows[0][0]), 42.0);
        QCOMPARE(runner.activeCount(), 0);
    }

    void cancelDeliversNoResult()
    {
        ui::JobRunner runner;
        QSignalSpy finished(&runner, &ui::JobRunner::jobFinished);
        QSignalSpy cancelled(&runner, &ui::JobRunner::jobCancelled);
        std::atomic<bool> started{false};
        std::atomic<int> polls{0};
        const int id = runner.start(QStringLiteral("endless"), [&](core::Progress &, const core::CancelToken &cancel) {
            started = true;
            for (;;) { // a long analysis that polls its token between chunks
                ++polls;
                cancel.throwIfCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            return core::Result();
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 10000);
        // The GUI thread keeps processing events while the job runs.
        QTest::qWait(50);
        QVERIFY(polls.load() > 1);
        runner.cancel(id);
        QVERIFY(cancelled.wait(10000));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(runner.activeCount(), 0);
    }

    void errorsAreReported()
    {
        ui::JobRunner runner;
        QSignalSpy failed(&runner, &ui::JobRunner::jobFailed);
        runner.start(QStringLiteral("bad"), [](core::Progress &, const core::CancelToken &) -> core::Result {
            throw core::AnalysisError("image contains 3 NaN/Inf values");
        });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("bad"));
        QVERIFY(failed.at(0).at(2).toString().contains(QStringLiteral("NaN")));
    }

    void destructorCancelsAndWaits()
    {
        std::atomic<bool> ended{false};
        {
            ui::JobRunner runner;
            runner.start(QStringLiteral("endless"), [&](core::Progress &, const core::CancelToken &cancel) {
                while (!cancel.isCancelled())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                ended = true;
                throw core::CancelledError();
                return core::Result();
            });
            QTest::qWait(20);
        }
        QVERIFY(ended.load()); // the worker finished before the runner was gone
    }
};

QTEST_MAIN(TestJobRunner)
#include "test_jobrunner.moc"
