// 100 cycles of open, run, cancel and close-window, built on the sanitized core and widgets (label
// "sanitize"): AddressSanitizer aborts on a use-after-free or overflow, LeakSanitizer at exit on any
// leak (no suppressions: a leaked QObject per cycle fails it).
#include "document/workspace.h"
#include "jobs/jobrunner.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "window/errorreporter.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

class TestStress : public QObject
{
    Q_OBJECT

    core::Registry m_registry;
    const QString m_demo = QStringLiteral(INFOSCOPE_SOURCE_DIR "/resources/demo/demo.infoscope.json");

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void openRunCancelClose()
    {
        const int cycles = qEnvironmentVariableIntValue("INFOSCOPE_STRESS_CYCLES") > 0
                               ? qEnvironmentVariableIntValue("INFOSCOPE_STRESS_CYCLES") : 100;
        const int windowsBefore = int(QApplication::topLevelWidgets().size());
        int cancelled = 0;
        for (int cycle = 0; cycle < cycles; ++cycle) {
            QPointer<ui::MainWindow> window = new ui::MainWindow(m_registry);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->errors().setInteractive(false);
            window->show();
            QSignalSpy cancels(&window->jobs(), &ui::JobRunner::jobCancelled);

            // Open: two images and the workspace's spectrum run, which starts at once; an HDF5 file
            // (its structure is walked in a forked child first, with the analysis threads running),
            // and a damaged one, which is reported and leaves the rest loaded.
            QVERIFY(window->openWorkspace(m_demo));
            QVERIFY(window->openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/readers/h5/data.h5")) != 0);
            QCOMPARE(window->openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/bad/h5_truncated.h5")), 0);
            QCOMPARE(window->workspace().sources().size(), 3);
            QCOMPARE(window->errors().errorCount(), 1);
            // Run: the estimator workbench, which takes seconds (many KSG estimates).
            window->selectAnalysis(QStringLiteral("mi.workbench"));
            const int job = window->runCurrentAnalysis();
            QVERIFY2(job != 0, qPrintable(QStringLiteral("cycle %1: the run did not start").arg(cycle)));

            // Cancel at different moments, and once in four not at all: closing must then cancel.
            switch (cycle % 4) {
            case 0:
                window->jobs().cancelAll();
                break;
            case 1:
                QTest::qWait(cycle % 7 * 5);
                QTest::keyClick(window, Qt::Key_Escape); // Analysis > Cancel's shortcut
                break;
            case 2:
                QTRY_VERIFY_WITH_TIMEOUT(window->resultTabs()->count() >= 1, 60000); // the spectrum's tab
                window->jobs().cancel(job);
                break;
            default:
                break;
            }
            if (cycle % 4 != 3) {
                QTRY_COMPARE_WITH_TIMEOUT(window->jobs().activeCount(), 0, 60000);
                cancelled += int(cancels.count());
            }
            QCOMPARE(window->errors().errorCount(), 1); // the damaged file's; a cancel is not an error

            // Close: the window cancels what still runs, waits, and deletes itself.
            QVERIFY(window->close());
            QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 10000);
            QCOMPARE(int(QApplication::topLevelWidgets().size()), windowsBefore);
        }
        // The workbench takes seconds, so most cancels reach a running job.
        QVERIFY2(cancelled >= cycles / 2, qPrintable(QStringLiteral("%1 cancels").arg(cancelled)));
    }
};

QTEST_MAIN(TestStress)
#include "test_stress.moc"
