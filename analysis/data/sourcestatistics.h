#pragma once

#include "registry/dataobject.h"
#include "results/tableresult.h"

namespace core {

class CancelToken;
class Progress;

/// Statistics of every array of a loaded source, for the workspace browser: one row per array with
/// columns array, count, min, max, mean, nan, posinf, neginf, error. An array that cannot be read
/// gets its FormatError text in "error" instead of failing the whole table. Polls `cancel`.
TableResult sourceStatistics(const DataObject &data, Progress &progress, const CancelToken &cancel);

} // namespace core
