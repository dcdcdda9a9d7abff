#pragma once

#include "results/result.h"

#include <QString>

#include <memory>

namespace ui {

/// What a worker hands back to the GUI thread: a result, an error message, or neither (cancelled).
struct JobOutcome
{
    std::shared_ptr<const core::Result> result;
    QString error;
    bool cancelled = false;
};

} // namespace ui
