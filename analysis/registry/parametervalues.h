#pragma once

#include "registry/parameterspec.h"

#include <map>
#include <string>
#include <vector>

namespace core {

/// Validated parameter values for one run. Built from a descriptor's defaults, then overridden.
class ParameterValues
{
public:
    ParameterValues() = default;
    /// Defaults for every spec.
    static ParameterValues defaults(const std::vector<ParameterSpec> &specs);

    /// Sets a value after checking type, range and choices against `specs`; throws AnalysisError.
    void set(const std::vector<ParameterSpec> &specs, const std::string &id, const ParameterValue &value);
    /// Parses text (CLI `--param key=value`) against the spec and sets it; throws AnalysisError.
    void setFromString(const std::vector<ParameterSpec> &specs, const std::string &id, const std::string &text);

    bool getBool(const std::string &id) const;
    std::int64_t getInt(const std::string &id) const;
    double getDouble(const std::string &id) const;
    const std::string &getString(const std::string &id) const;
    /// A text parameter holding numbers separated by commas or spaces ("0.485, 0.456, 0.406"). Throws
    /// AnalysisError naming the parameter for text that is not such a list, NaN/Inf, or a count
    /// outside [minCount, maxCount].
    std::vector<double> getNumbers(const std::string &id, std::size_t minCount, std::size_t maxCount) const;

    const std::map<std::string, ParameterValue> &values() const { return m_values; }

private:
    const ParameterValue &at(const std::string &id) const;
    std::map<std::string, ParameterValue> m_values;
};

} // namespace core
