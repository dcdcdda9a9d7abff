#include "demo/ibdemopanel.h"

#include "demo/ibdemoworker.h"
#include "analyses/information/codedlabels.h"
#include "analyses/information/szt12task.h"
#include "analyses/information/units.h"
#include "plot/informationplaneview.h"
#include "plot/plotview.h"
#include "plot/qcustomplotinclude.h"
#include "results/exportbutton.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QThread>
#include <QVBoxLayout>

namespace ui {

IbDemoPanel::IbDemoPanel(QWidget *parent)
    : QWidget(parent)
    , m_activation(new QComboBox(this))
    , m_epochs(new QSpinBox(this))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_startButton(new QPushButton(tr("Start"), this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_status(new QLabel(this))
    , m_plane(new InformationPlaneView(this))
    , m_curves(new PlotView(this))
{
    setObjectName(QStringLiteral("ibDemoPanel"));
    m_activation->setObjectName(QStringLiteral("demoActivation"));
    m_activation->addItem(tr("tanh (Shwartz-Ziv & Tishby)"), QStringLiteral("tanh"));
    m_activation->addItem(tr("ReLU (Saxe et al.)"), QStringLiteral("relu"));
    m_activation->setToolTip(tr("Hidden-layer activation. With ReLU the binning estimator shows no compression phase."));
    m_epochs->setObjectName(QStringLiteral("demoEpochs"));
    m_epochs->setRange(10, 20000);
    m_epochs->setValue(3000);
    m_epochs->setToolTip(tr("Training epochs; recorded every epoch below 20, every 5th below 100, every 20th below 2000, "
                            "then every 100th"));
    m_learningRate->setDecimals(5);
    m_learningRate->setRange(1e-5, 1.0);
    m_learningRate->setSingleStep(1e-4);
    m_learningRate->setValue(4e-4);
    m_learningRate->setToolTip(tr("Adam learning rate (IDNNs: 0.0004)"));
    m_seed->setRange(0, 1000000);
    m_seed->setToolTip(tr("Seed of the weights and the train/test split"));
    m_startButton->setObjectName(QStringLiteral("demoStart"));
    m_pauseButton->setObjectName(QStringLiteral("demoPause"));
    m_stopButton->setObjectName(QStringLiteral("demoStop"));

    auto *form = new QFormLayout;
    form->addRow(tr("Activation:"), m_activation);
    form->addRow(tr("Epochs:"), m_epochs);
    form->addRow(tr("Learning rate:"), m_learningRate);
    form->addRow(tr("Seed:"), m_seed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(makeExportButton(this, [this](const QString &format) { Q_EMIT exportRequested(m_plane->plotView(), format); }));
    auto *intro = new QLabel(tr("The 12-bit task (4096 patterns) and the 12-10-7-5-4-3-2 network of Shwartz-Ziv & Tishby "
                                "(2017), trained here with LibTorch. Each point is one layer at one epoch: I(X;T) and I(T;Y) "
                                "from the binning estimator (30 bin edges) on all 4096 patterns, in bits."),
                             this);
    intro->setWordWrap(true);
    auto *side = new QVBoxLayout;
    side->addWidget(intro);
    side->addLayout(form);
    side->addLayout(buttons);
    side->addWidget(m_status);
    side->addStretch(1);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setMaximumWidth(320);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    // Loss and accuracy under the plane: when compression starts, training error is already low.
    m_curves->setObjectName(QStringLiteral("trainingCurves"));
    m_curves->plot()->setMinimumSize(240, 150);
    auto *views = new QVBoxLayout;
    views->addWidget(m_plane, 3);
    views->addWidget(m_curves, 1);
    layout->addLayout(views, 1);

    connect(m_startButton, &QPushButton::clicked, this, &IbDemoPanel::start);
    connect(m_pauseButton, &QPushButton::clicked, this, &IbDemoPanel::togglePause);
    connect(m_stopButton, &QPushButton::clicked, this, &IbDemoPanel::stop);
    m_status->setWordWrap(true);
    m_status->setText(tr("Press Start to train."));
    updateButtons();
}

IbDemoPanel::~IbDemoPanel()
{
    if (m_thread) {
        m_worker->stop();
        m_thread->quit();
        m_thread->wait();
    }
}

void IbDemoPanel::configure(int epochs, const QString &activation)
{
    m_epochs->setValue(epochs);
    m_activation->setCurrentIndex(qMax(0, m_activation->findData(activation)));
}

void IbDemoPanel::start()
{
    if (m_thread)
        return;
    core::IbDemoOptions options;
    options.activation = m_activation->currentData().toString().toStdString();
    options.epochs = m_epochs->value();
    options.learningRate = m_learningRate->value();
    options.seed = std::uint64_t(m_seed->value());
    m_result = core::TrajectoryResult{};
    m_result.id = "plane";
    m_result.title = tr("Information plane, live (%1, binning)").arg(QString::fromStdString(options.activation)).toStdString();
    m_result.xLabel = tr("I(X;T) [bits]").toStdString();
    m_result.yLabel = tr("I(T;Y) [bits]").toStdString();
    m_result.stepLabel = tr("epoch").toStdString();
    for (const std::string &name : core::IbDemoTrainer::layerNames())
        m_result.trajectories.push_back({name, {}, {}, {}, {}, {}});
    // Ceilings: 4096 distinct patterns (H(X) = 12 bits) and the task's label entropy.
    m_result.lines = {{"H(X)", 12.0, true}, {"H(Y)", core::CodedLabels(core::szt12Labels()).entropy() / core::kLn2, false}};
    // Colours keep their meaning while the run grows: the scale covers the planned epochs from the start.
    m_plane->plotView()->setStepColourRange(0.0, double(options.epochs));
    m_training = core::SeriesResult{};
    m_training.id = "training";
    m_training.title = tr("Training").toStdString();
    m_training.xLabel = tr("epoch").toStdString();
    m_training.yLabel = tr("loss; accuracy").toStdString();
    m_training.series = {{tr("loss (cross-entropy)").toStdString(), {}, {}},
                         {tr("train accuracy").toStdString(), {}, {}},
                         {tr("test accuracy").toStdString(), {}, {}}};
    m_records = 0;
    m_paused = false;

    m_thread = new QThread(this);
    m_worker = new IbDemoWorker(options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &IbDemoWorker::run);
    connect(m_worker, &IbDemoWorker::recorded, this, &IbDemoPanel::onRecorded, Qt::QueuedConnection);
    connect(m_worker, &IbDemoWorker::finished, this, &IbDemoPanel::onFinished, Qt::QueuedConnection);
    connect(m_worker, &IbDemoWorker::failed, this, [this](const QString &message) {
        m_status->setText(tr("Training failed: %1").arg(message));
        endRun();
    }, Qt::QueuedConnection);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_status->setText(tr("Training…"));
    updateButtons();
}

void IbDemoPanel::togglePause()
{
    if (!m_thread)
        return;
    m_paused = !m_paused;
    m_worker->setPaused(m_paused);
    m_status->setText(m_paused ? tr("Paused.") : tr("Training…"));
    updateButtons();
}

void IbDemoPanel::stop()
{
    if (m_thread)
        m_worker->stop();
}

void IbDemoPanel::onRecorded(const core::IbDemoRecord &record)
{
    ++m_records;
    for (std::size_t l = 0; l < m_result.trajectories.size() && l < record.ixt.size(); ++l) {
        core::Trajectory &trajectory = m_result.trajectories[l];
        trajectory.x.push_back(record.ixt[l]);
        trajectory.y.push_back(record.ity[l]);
        trajectory.step.push_back(record.epoch);
    }
    m_plane->showTrajectories(m_result);
    for (core::Series &series : m_training.series)
        series.x.push_back(record.epoch);
    m_training.series[0].y.push_back(record.loss);
    m_training.series[1].y.push_back(record.trainAccuracy);
    m_training.series[2].y.push_back(record.testAccuracy);
    m_curves->showItem(m_training);
    // A no-break space before each "%", so that a line never starts with one.
    m_status->setText(tr("Epoch %1: loss %2, train accuracy %3\u00a0%, test accuracy %4\u00a0%")
                          .arg(record.epoch)
                          .arg(locale().toString(record.loss, 'g', 3))
                          .arg(locale().toString(100.0 * record.trainAccuracy, 'f', 1))
                          .arg(locale().toString(100.0 * record.testAccuracy, 'f', 1)));
}

void IbDemoPanel::onFinished(bool stopped)
{
    if (!m_thread)
        return;
    m_status->setText(m_status->text() + QLatin1Char('\n') + (stopped ? tr("Stopped.") : tr("Finished.")));
    endRun();
}

void IbDemoPanel::endRun()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    updateButtons();
    Q_EMIT runFinished();
}

void IbDemoPanel::updateButtons()
{
    const bool running = m_thread != nullptr;
    m_startButton->setEnabled(!running);
    m_pauseButton->setEnabled(running);
    m_pauseButton->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_stopButton->setEnabled(running);
    m_activation->setEnabled(!running);
    m_epochs->setEnabled(!running);
    m_learningRate->setEnabled(!running);
    m_seed->setEnabled(!running);
}

} // namespace ui
