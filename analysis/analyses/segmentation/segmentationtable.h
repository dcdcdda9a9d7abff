#pragma once

#include "analyses/segmentation/segmentationmetrics.h"

#include <Eigen/Core>

#include <utility>
#include "registry/parameterspec.h"
#include "registry/parametervalues.h"
#include "results/tableresult.h"

#include <string>
#include <vector>

namespace core {


/// The parameters seg.metrics and seg.dataset share: how masks are read and metrics measured.
std::vector<ParameterSpec> segmentationParameters();
SegmentationOptions segmentationOptions(const ParameterValues &params);

/// Label maps with more classes than this are refused (probably an image, not a mask).
constexpr int kMaximumClasses = 255;

/// The metrics of one prediction against its truth (same size): one entry per class of label maps,
/// named by the class (none when both maps are empty), or one "foreground" entry for binary masks
/// (value > threshold).
std::vector<std::pair<std::string, SegmentationMetrics>> classMetrics(const Eigen::MatrixXd &prediction,
                                                                       const Eigen::MatrixXd &truth, bool labels,
                                                                       double threshold, const SegmentationOptions &options);

/// The metric columns of both analyses' tables, after their leading columns.
std::vector<std::string> metricColumns();
/// One row's metric cells, in metricColumns() order; a note says which mask was empty.
std::vector<TableCell> metricCells(const SegmentationMetrics &m);

} // namespace core
