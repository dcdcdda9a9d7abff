#pragma once

#include "analyses/segmentation/segmentationmetrics.h"
#include "registry/parameterspec.h"
#include "registry/parametervalues.h"
#include "results/tableresult.h"

#include <string>
#include <vector>

namespace core {


/// The parameters seg.metrics and seg.dataset share: how masks are read and metrics measured.
std::vector<ParameterSpec> segmentationParameters();
SegmentationOptions segmentationOptions(const ParameterValues &params);

/// The metric columns of both analyses' tables, after their leading columns.
std::vector<std::string> metricColumns();
/// One row's metric cells, in metricColumns() order; a note says which mask was empty.
std::vector<TableCell> metricCells(const SegmentationMetrics &m);

} // namespace core
