#pragma once

#include "jobs/joboutcome.h"
#include "task/canceltoken.h"
#include "task/progress.h"

#include <QPromise>
#include <QString>

namespace ui {

/// core::Progress on top of QPromise: fractions become progress values 0 ... kSteps.
class PromiseProgress final : public core::Progress
{
public:
    static constexpr int kSteps = 1000;
    explicit PromiseProgress(QPromise<JobOutcome> &promise)
        : m_promise(promise)
    {}
    void report(double fraction, const std::string &stage) override
    {
        const int value = int(qBound(0.0, fraction, 1.0) * kSteps);
        m_promise.setProgressValueAndText(value, QString::fromStdString(stage));
    }

private:
    QPromise<JobOutcome> &m_promise;
};

/// core::CancelToken on top of QPromise: QFuture::cancel() on the GUI side cancels the analysis.
class PromiseCancelToken final : public core::CancelToken
{
public:
    explicit PromiseCancelToken(QPromise<JobOutcome> &promise)
        : m_promise(promise)
    {}
    bool isCancelled() const override { return m_promise.isCanceled(); }

private:
    QPromise<JobOutcome> &m_promise;
};

} // namespace ui
