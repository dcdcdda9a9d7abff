#include "demo/ibdemoworker.h"

#include <QThread>

namespace ui {

IbDemoWorker::IbDemoWorker(core::IbDemoOptions options)
    : m_options(std::move(options))
{
    qRegisterMetaType<core::IbDemoRecord>();
}

void IbDemoWorker::run()
{
    try {
        core::IbDemoTrainer trainer(m_options);
        core::IbDemoRecord record;
        while (!trainer.finished() && !m_stop) {
            if (m_paused) {
                QThread::msleep(30);
                continue;
            }
            if (trainer.trainEpoch(record))
                Q_EMIT recorded(record);
        }
        Q_EMIT finished(m_stop);
    } catch (const std::exception &error) {
        Q_EMIT failed(QString::fromStdString(error.what()));
    }
}

} // namespace ui
