#pragma once

#include "results/seriesresult.h"
#include "results/trajectoryresult.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QThread;

namespace core {
struct IbDemoRecord;
}

namespace ui {

class IbDemoWorker;
class PlotView;
class InformationPlaneView;

/// Teaching demo: trains the Shwartz-Ziv & Tishby network live (LibTorch, worker thread) and draws
/// its information plane as it learns. Switching tanh to ReLU shows Saxe et al.'s observation that
/// the binning estimator then sees no compression phase. Start, pause, resume and stop.
class IbDemoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IbDemoPanel(QWidget *parent = nullptr);
    ~IbDemoPanel() override;

    InformationPlaneView *planeView() const { return m_plane; }
    bool isRunning() const { return m_thread != nullptr; }
    int recordedEpochs() const { return m_records; }

    /// Presets the controls (as `infoscope --live-demo N --live-demo-activation NAME` does).
    void configure(int epochs, const QString &activation);

public Q_SLOTS:
    void start();
    void togglePause();
    void stop();

Q_SIGNALS:
    void runFinished();
    /// The user asked to export the plane ("PNG", "SVG", "PDF" or "CSV"); the window shows the dialog.
    void exportRequested(ui::PlotView *view, const QString &format);

private:
    void onRecorded(const core::IbDemoRecord &record);
    void onFinished(bool stopped);
    void endRun(); ///< joins the training thread, re-enables Start and emits runFinished
    void updateButtons();

    QComboBox *m_activation;
    QSpinBox *m_epochs;
    QDoubleSpinBox *m_learningRate;
    QSpinBox *m_seed;
    QPushButton *m_startButton;
    QPushButton *m_pauseButton;
    QPushButton *m_stopButton;
    QLabel *m_status;
    InformationPlaneView *m_plane;
    PlotView *m_curves;
    QThread *m_thread = nullptr;
    IbDemoWorker *m_worker = nullptr;
    bool m_paused = false;
    int m_records = 0;
    core::TrajectoryResult m_result;
    core::SeriesResult m_training; ///< loss and accuracies per recorded epoch
};

} // namespace ui
