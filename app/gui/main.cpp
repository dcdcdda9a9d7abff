#include "registry/builtins.h"
#include "registry/registry.h"
#include "modules/torchaccess.h"
#include "version.h"
#include "vtk/vtkview.h"
#include "jobs/jobrunner.h"
#include "window/errorreporter.h"
#include "window/mainwindow.h"
#include "settings/hdf5externalaction.h"
#include "settings/memorylimitaction.h"
#include "demo/ibdemopanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSurfaceFormat>
#include <QThread>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    // VTK needs its surface format before QApplication exists.
    QSurfaceFormat::setDefaultFormat(ui::VtkView::defaultFormat());
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("InfoScope"));
    QApplication::setOrganizationName(QStringLiteral("InfoScope"));
    QApplication::setApplicationVersion(QString::fromStdString(core::infoscopeVersion()));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/infoscope.svg")));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("infoscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "See what information deep networks keep, compress and lose."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Images, arrays or workspaces (*.infoscope.json) to open."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a screenshot of the window to FILE once all analyses have finished, then quit."),
                                  QStringLiteral("FILE"));
    parser.addOption(screenshot);
    QCommandLineOption liveDemo(QStringLiteral("live-demo"),
                                QApplication::translate("main", "Open the live information-plane demo and start training for N epochs."),
                                QStringLiteral("N"));
    parser.addOption(liveDemo);
    QCommandLineOption liveDemoActivation(QStringLiteral("live-demo-activation"),
                                          QApplication::translate("main", "Hidden-layer activation of the live demo: tanh or relu."),
                                          QStringLiteral("NAME"), QStringLiteral("tanh"));
    parser.addOption(liveDemoActivation);
    QCommandLineOption example(QStringLiteral("example"),
                               QApplication::translate("main", "Open the example ID of Help > Examples (see infoscope-cli example)."),
                               QStringLiteral("ID"));
    parser.addOption(example);
    parser.process(application);

    // One pool for analyses, one LibTorch thread per core at most: the two never oversubscribe.
    // (Remembered until LibTorch loads, on the first TorchScript model or live demo.)
    core::setTorchThreadCount(qMax(1, QThread::idealThreadCount() / 2));

    ui::MemoryLimitAction::applySaved(); // before any file is read
    ui::Hdf5ExternalAction::applySaved();
    core::Registry registry;
    core::registerBuiltins(registry);
    ui::MainWindow window(registry);
    window.show();
    if (parser.isSet(screenshot))
        window.errors().setInteractive(false); // unattended: report errors in the status bar, never block on a dialog
    window.openPaths(parser.positionalArguments());
    if (parser.isSet(example))
        window.openExample(parser.value(example));
    QPointer<ui::IbDemoPanel> demo; // null once its tab is closed
    if (parser.isSet(liveDemo)) {
        demo = window.openLiveDemo();
        demo->configure(parser.value(liveDemo).toInt(), parser.value(liveDemoActivation));
        demo->start();
    }

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Poll until the jobs are done, give the views a moment to paint, then grab and quit.
        auto *timer = new QTimer(&window);
        QObject::connect(timer, &QTimer::timeout, &window, [&window, &demo, path, timer] {
            if (window.jobs().activeCount() > 0 || (demo && demo->isRunning()))
                return;
            timer->stop();
            QTimer::singleShot(800, &window, [&window, path] {
                window.grab().save(path);
                QApplication::quit();
            });
        });
        timer->start(200);
    }
    return application.exec();
}
