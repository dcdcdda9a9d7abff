#pragma once

#include "analyses/segmentation/segmentationmetrics.h"
#include "results/seriesresult.h"
#include "results/tableresult.h"

#include <map>
#include <string>
#include <vector>

namespace core {

/// seg.dataset's metric values collected per metric and model, in the order models were given.
class SegmentationSummary
{
public:
    explicit SegmentationSummary(std::vector<std::string> models);

    void add(const std::string &model, const SegmentationMetrics &metrics);

    /// Mean, sample sd (n − 1) and median of every metric and model over the finite values; +inf
    /// (exactly one mask empty) counted apart.
    TableResult table() const;
    /// One bar histogram per metric (20 bins; overlap scores over [0, 1], distances over [0, the
    /// largest finite value]), in group "histograms" so a view shows them in one plot.
    std::vector<SeriesResult> histograms() const;

    /// The summarised metrics: column name and member.
    static const std::vector<std::pair<std::string, double SegmentationMetrics::*>> &metrics();

private:
    std::vector<std::string> m_models;
    std::map<std::string, std::map<std::string, std::vector<double>>> m_values; ///< metric -> model -> values
};

/// Names for the models' columns from their sources: the folder or file name, with " (2)", " (3)" …
/// after names that repeat (runs/a/pred and runs/b/pred).
std::vector<std::string> modelNames(const std::vector<std::string> &sources);

} // namespace core
