#pragma once

#include "task/progress.h"

namespace core {

/// Discards all reports.
class NullProgress final : public Progress
{
public:
    void report(double, const std::string & = {}) override {}
};

} // namespace core
