#pragma once

#include "analyses/information/permutationnull.h"
#include "registry/parametervalues.h"
#include "results/result.h"

#include <optional>
#include <string>

namespace core {

/// The result every mi.* analysis returns: a table of the estimate and what it was computed from and,
/// with permutation surrogates, a histogram of the null distribution with the estimate marked.
class EstimateTable
{
public:
    explicit EstimateTable(const std::string &estimator);

    void add(const std::string &quantity, double value, const std::string &unit);
    void add(const std::string &quantity, std::int64_t value);
    /// Adds the null's mean, std, p-value and size to the table, and its histogram (√n bins, 5 … 50,
    /// over the null's range) with a marker at `observedNats`. `quantity` names what was estimated.
    void addNull(const NullDistribution &null, double observedNats, const std::string &quantity,
                 const ParameterValues &params);

    Result result() const;

private:
    TableResult m_table;
    std::optional<SeriesResult> m_null;
};

} // namespace core
