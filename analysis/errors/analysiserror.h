#pragma once

#include <stdexcept>
#include <string>

namespace core {

/// An analysis cannot run on the given inputs or parameters (wrong shape, out-of-range value, ...).
/// Numerical non-convergence is not an error: it is a status in the Result.
class AnalysisError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace core
