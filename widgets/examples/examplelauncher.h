#pragma once

#include <QObject>

namespace core {
struct Example;
}

namespace ui {

class MainWindow;

/// Opens an example as a user would: writes its generated inputs to the cache folder
/// (…/examples/ID), opens them as sources, selects the analysis with the example's parameters and
/// runs it; the result carries the published claim beside this run's numbers (a "claim" table).
class ExampleLauncher : public QObject
{
    Q_OBJECT

public:
    explicit ExampleLauncher(MainWindow &window);

    /// The job id, or 0 (the error has been reported).
    int launch(const core::Example &example);

private:
    MainWindow &m_window;
};

} // namespace ui
