#include "examples/examplelauncher.h"

#include "document/workspace.h"
#include "examples/example.h"
#include "forms/parameterform.h"
#include "jobs/jobrunner.h"
#include "results/resultpanel.h"
#include "registry/registry.h"
#include "window/errorreporter.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QStandardPaths>

namespace ui {

ExampleLauncher::ExampleLauncher(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
}

int ExampleLauncher::launch(const core::Example &example)
{
    std::map<std::string, int> bindings;
    if (example.writeInputs) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                               + QStringLiteral("/examples/") + QString::fromStdString(example.id);
        std::map<std::string, std::string> paths;
        try {
            if (!QDir().mkpath(folder))
                throw std::runtime_error("cannot create " + folder.toStdString());
            paths = example.writeInputs(folder.toStdString());
        } catch (const std::exception &e) {
            m_window.errors().report(tr("Cannot open the example"),
                                     tr("Its generated data could not be written."), QString::fromUtf8(e.what()));
            return 0;
        }
        for (const auto &[slot, path] : paths) {
            const int source = m_window.openSource(QString::fromStdString(path));
            if (source == 0)
                return 0; // reported by openSource
            bindings[slot] = source;
        }
    }
    const core::AnalysisDescriptor *analysis = m_window.registry().analysis(example.analysisId);
    core::ParameterValues parameters = core::ParameterValues::defaults(analysis->parameters);
    for (const auto &[key, value] : example.parameters)
        parameters.setFromString(analysis->parameters, key, value);
    // The form shows what runs, so that the user can change a parameter and press Run again.
    m_window.selectAnalysis(QString::fromStdString(example.analysisId));
    if (ParameterForm *form = m_window.parameterForm()) {
        form->setValues(parameters);
        for (const auto &[slot, source] : bindings)
            form->setInput(slot, source);
    }
    const int job = m_window.runAnalysis(QString::fromStdString(example.analysisId), bindings, parameters,
                                         [example](core::Result result) { return core::withClaim(std::move(result), example); });
    // Examples of masks open the overlay viewer as well: a teacher's one click shows TP, FP and FN.
    if (job != 0 && example.analysisId.rfind("seg.", 0) == 0) {
        QPointer<MainWindow> window(&m_window);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(&m_window.jobs(), &JobRunner::jobFinished, &m_window,
                              [window, job, connection](int id, std::shared_ptr<const core::Result>) {
                                  if (id != job)
                                      return;
                                  QObject::disconnect(*connection);
                                  // After the window has shown the run (it handles the signal first).
                                  QTimer::singleShot(0, window, [window] {
                                      auto *panel = window ? qobject_cast<ResultPanel *>(window->resultTabs()->currentWidget()) : nullptr;
                                      if (auto *open = panel ? panel->findChild<QPushButton *>(QStringLiteral("openOverlay")) : nullptr)
                                          open->click();
                                  });
                              });
    }
    return job;
}

} // namespace ui
