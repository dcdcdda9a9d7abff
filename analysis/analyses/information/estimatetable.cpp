#include "analyses/information/estimatetable.h"

#include "analyses/information/estimatorparameters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace core {

EstimateTable::EstimateTable(const std::string &estimator)
{
    m_table.id = "estimate";
    m_table.title = "Estimate (" + estimator + ")";
    m_table.columns = {"quantity", "value", "unit"};
    m_table.rows.push_back({std::string("estimator"), estimator, std::string()});
}

void EstimateTable::add(const std::string &quantity, double value, const std::string &unit)
{
    m_table.rows.push_back({quantity, value, unit});
}

void EstimateTable::add(const std::string &quantity, std::int64_t value)
{
    m_table.rows.push_back({quantity, value, std::string()});
}

void EstimateTable::addNull(const NullDistribution &null, double observedNats, const std::string &quantity,
                            const ParameterValues &params)
{
    const std::string unit = params.getString("units");
    add("null mean", inUnits(null.mean, params), unit);
    add("null std", inUnits(null.std, params), unit);
    add("p-value", null.pValue, "");
    add("surrogates", std::int64_t(null.values.size()));
    if (null.values.empty())
        return;

    std::vector<double> values;
    for (double v : null.values)
        if (std::isfinite(v))
            values.push_back(inUnits(v, params));
    if (values.empty())
        return;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const int bins = std::clamp(int(std::ceil(std::sqrt(double(values.size())))), 5, 50);
    // A null of identical values still gets a visible bar: widen the range around it.
    const double span = *high > *low ? *high - *low : std::max(1e-12, std::abs(*low) * 1e-3);
    const double start = *high > *low ? *low : *low - span / 2;
    const double width = span / bins;
    std::vector<double> counts(std::size_t(bins), 0.0);
    std::vector<double> centres(counts.size());
    for (double v : values)
        counts[std::size_t(std::clamp(int((v - start) / width), 0, bins - 1))] += 1.0;
    for (int b = 0; b < bins; ++b)
        centres[std::size_t(b)] = start + (b + 0.5) * width;

    SeriesResult histogram;
    histogram.id = "null-distribution";
    histogram.title = "Permutation null of " + quantity + " (" + std::to_string(values.size()) + " surrogates)";
    histogram.xLabel = quantity + " [" + unit + "]";
    histogram.yLabel = "surrogates";
    histogram.style = SeriesResult::Style::Bars;
    histogram.series.push_back({"null (shuffled)", centres, counts});
    char label[96];
    std::snprintf(label, sizeof label, "estimate %.4g %s, p = %.3g", inUnits(observedNats, params), unit.c_str(), null.pValue);
    histogram.markers.push_back({label, inUnits(observedNats, params)});
    m_null = histogram;
}

Result EstimateTable::result() const
{
    Result result;
    result.items.push_back(m_table);
    if (m_null)
        result.items.push_back(*m_null);
    return result;
}

} // namespace core
