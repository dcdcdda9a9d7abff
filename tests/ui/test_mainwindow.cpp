// The main window on the demo workspace: generated form, a run through the job runner, result tabs,
// errors that keep loaded work, and the German translation.
#include "document/workspace.h"
#include "forms/parameterform.h"
#include "jobs/jobrunner.h"
#include "plot/plotview.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "results/resultpanel.h"
#include "window/errorreporter.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <fstream>

class TestMainWindow : public QObject
{
    Q_OBJECT

    core::Registry m_registry;
    QTemporaryDir m_dir;
    const QString m_demo = QStringLiteral(INFOSCOPE_SOURCE_DIR "/resources/demo/demo.infoscope.json");

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void demoWorkspaceRunsToAResult()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        QSignalSpy finished(&window.jobs(), &ui::JobRunner::jobFinished);
        QVERIFY(window.openWorkspace(m_demo));
        QCOMPARE(window.workspace().sources().size(), 2);
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QTRY_COMPARE(window.resultTabs()->count(), 1);
        auto *panel = qobject_cast<ui::ResultPanel *>(window.resultTabs()->widget(0));
        QVERIFY(panel);
        QCOMPARE(panel->plotViews().size(), 2); // amplitude heat map and radial profile
        QCOMPARE(panel->result().parameters.getString("window"), std::string("hann"));
        QCOMPARE(window.errors().errorCount(), 0);

        // The form was generated from the descriptor and shows the run's settings.
        ui::ParameterForm *form = window.parameterForm();
        QVERIFY(form);
        auto *windowChoice = form->findChild<QComboBox *>(QStringLiteral("param_window"));
        QVERIFY(windowChoice);
        QCOMPARE(windowChoice->currentData().toString(), QStringLiteral("hann"));
        QVERIFY(windowChoice->toolTip().contains(QStringLiteral("Hann")));
    }

    void badFileKeepsLoadedWork()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        QVERIFY(window.openSource(QStringLiteral(INFOSCOPE_SOURCE_DIR "/resources/demo/polyp.png")) > 0);
        const std::string corrupt = m_dir.filePath("corrupt.npy").toStdString();
        std::ofstream(corrupt, std::ios::binary) << std::string("\x93NUMPY\x01\x00\xff\x00{'descr'", 18);
        QCOMPARE(window.openSource(QString::fromStdString(corrupt)), 0);
        QCOMPARE(window.errors().errorCount(), 1);
        QVERIFY(window.errors().lastError().contains(QStringLiteral("corrupt.npy")));
        QCOMPARE(window.workspace().sources().size(), 1);
    }

    void failingAnalysisIsReported()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        // A 4-channel-last array with an unsupported channel count fails inside the analysis.
        const std::string path = m_dir.filePath("twochannels.npy").toStdString();
        std::string header = "{'descr': '|u1', 'fortran_order': False, 'shape': (4, 4, 2), }";
        while ((10 + header.size() + 1) % 64)
            header += ' ';
        header += '\n';
        std::ofstream out(path, std::ios::binary);
        out << std::string("\x93NUMPY\x01\x00", 8) << char(header.size()) << char(0) << header << std::string(32, '\1');
        out.close();
        const int source = window.openSource(QString::fromStdString(path));
        QVERIFY(source > 0);
        QSignalSpy failed(&window.jobs(), &ui::JobRunner::jobFailed);
        window.runAnalysis(QStringLiteral("spectrum.image"), {{"image", source}}, {});
        QVERIFY(failed.wait(30000));
        QVERIFY(window.errors().lastError().contains(QStringLiteral("channels")));
        QCOMPARE(window.resultTabs()->count(), 0);
        QCOMPARE(window.workspace().sources().size(), 1);
    }

    void germanTranslation()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("infoscope_de"), QStringLiteral(INFOSCOPE_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        ui::MainWindow window(m_registry);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
