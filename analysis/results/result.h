#pragma once

#include "registry/parametervalues.h"
#include "results/eigenvalueresult.h"
#include "results/heatmapresult.h"
#include "results/imageresult.h"
#include "results/pointsetresult.h"
#include "results/seriesresult.h"
#include "results/tableresult.h"
#include "results/trajectoryresult.h"

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace core {

using ResultItem = std::variant<TableResult, SeriesResult, HeatMapResult, TrajectoryResult, EigenvalueResult,
                                ImageResult, PointSetResult>;

/// The outcome of one analysis run. Built once by the analysis (and stamped by Registry::run with
/// the id, parameters and input sources); shared afterwards as std::shared_ptr<const Result>.
struct Result
{
    /// Numerical outcome; not an error channel (after Eigen's ComputationInfo).
    enum class Status { Success, NumericalIssue, NoConvergence };

    std::string analysisId;
    ParameterValues parameters;
    std::map<std::string, std::string> inputs; ///< slot -> source path
    Status status = Status::Success;
    std::vector<std::string> warnings;
    std::vector<ResultItem> items;
};

std::string resultStatusName(Result::Status status);
/// Id and title of any item.
const std::string &resultItemId(const ResultItem &item);
const std::string &resultItemTitle(const ResultItem &item);

} // namespace core
