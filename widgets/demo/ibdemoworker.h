#pragma once

#include "models/ibdemotrainer.h"

#include <QObject>

#include <atomic>

namespace ui {

/// Runs an IbDemoTrainer on its own QThread: recorded epochs arrive as queued signals on the GUI
/// thread; pause, resume and stop are atomics polled between epochs.
class IbDemoWorker : public QObject
{
    Q_OBJECT

public:
    explicit IbDemoWorker(core::IbDemoOptions options);

    void setPaused(bool paused) { m_paused = paused; }
    void stop() { m_stop = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void recorded(const core::IbDemoRecord &record);
    void finished(bool stopped);
    void failed(const QString &message);

private:
    core::IbDemoOptions m_options;
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_stop{false};
};

} // namespace ui

Q_DECLARE_METATYPE(core::IbDemoRecord)
