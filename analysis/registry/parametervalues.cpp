#include "registry/parametervalues.h"

#include "errors/analysiserror.h"

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace core {

namespace {

const ParameterSpec &findSpec(const std::vector<ParameterSpec> &specs, const std::string &id)
{
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const ParameterSpec &s) { return s.id == id; });
    if (it == specs.end()) {
        std::string known;
        for (const ParameterSpec &s : specs)
            known += (known.empty() ? "" : ", ") + s.id;
        throw AnalysisError("unknown parameter '" + id + "' (known: " + (known.empty() ? "none" : known) + ")");
    }
    return *it;
}

std::string rangeText(const ParameterSpec &spec)
{
    return "[" + parameterValueToString(spec.minimum) + ", " + parameterValueToString(spec.maximum) + "]";
}

ParameterValue normalise(const ParameterSpec &spec, const ParameterValue &value)
{
    switch (spec.type) {
    case ParameterType::Bool:
        if (std::holds_alternative<bool>(value))
            return value;
        break;
    case ParameterType::Int:
        if (const auto *i = std::get_if<std::int64_t>(&value)) {
            if (spec.isBounded() && (*i < spec.minimum || *i > spec.maximum))
                throw AnalysisError("parameter '" + spec.id + "' = " + std::to_string(*i) + " is outside " + rangeText(spec));
            return value;
        }
        break;
    case ParameterType::Double: {
        double d;
        if (const auto *asDouble = std::get_if<double>(&value))
            d = *asDouble;
        else if (const auto *asInt = std::get_if<std::int64_t>(&value))
            d = static_cast<double>(*asInt);
        else
            break;
        if (!std::isfinite(d))
            throw AnalysisError("parameter '" + spec.id + "' must be a finite number");
        if (spec.isBounded() && (d < spec.minimum || d > spec.maximum))
            throw AnalysisError("parameter '" + spec.id + "' = " + parameterValueToString(d) + " is outside " + rangeText(spec));
        return d;
    }
    case ParameterType::Choice:
        if (const auto *s = std::get_if<std::string>(&value)) {
            if (std::find(spec.choices.begin(), spec.choices.end(), *s) == spec.choices.end()) {
                std::string options;
                for (const std::string &c : spec.choices)
                    options += (options.empty() ? "" : ", ") + c;
                throw AnalysisError("parameter '" + spec.id + "' = '" + *s + "' is not one of: " + options);
            }
            return value;
        }
        break;
    case ParameterType::String:
        if (std::holds_alternative<std::string>(value))
            return value;
        break;
    }
    throw AnalysisError("parameter '" + spec.id + "' expects a value of type " + parameterTypeName(spec.type));
}

} // namespace

ParameterValues ParameterValues::defaults(const std::vector<ParameterSpec> &specs)
{
    ParameterValues values;
    for (const ParameterSpec &spec : specs)
        values.m_values[spec.id] = spec.defaultValue;
    return values;
}

void ParameterValues::set(const std::vector<ParameterSpec> &specs, const std::string &id, const ParameterValue &value)
{
    const ParameterSpec &spec = findSpec(specs, id);
    m_values[id] = normalise(spec, value);
}

void ParameterValues::setFromString(const std::vector<ParameterSpec> &specs, const std::string &id,
                                    const std::string &text)
{
    const ParameterSpec &spec = findSpec(specs, id);
    const std::string bad = "parameter '" + id + "': cannot read '" + text + "' as " + parameterTypeName(spec.type);
    switch (spec.type) {
    case ParameterType::Bool:
        if (text == "true" || text == "1" || text == "yes" || text == "on")
            return set(specs, id, true);
        if (text == "false" || text == "0" || text == "no" || text == "off")
            return set(specs, id, false);
        throw AnalysisError(bad);
    case ParameterType::Int: {
        char *end = nullptr;
        errno = 0;
        const long long parsed = std::strtoll(text.c_str(), &end, 10);
        if (text.empty() || *end != '\0' || errno == ERANGE)
            throw AnalysisError(bad);
        return set(specs, id, static_cast<std::int64_t>(parsed));
    }
    case ParameterType::Double: {
        char *end = nullptr;
        errno = 0;
        const double parsed = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || errno == ERANGE)
            throw AnalysisError(bad);
        return set(specs, id, parsed);
    }
    case ParameterType::Choice:
    case ParameterType::String:
        return set(specs, id, text);
    }
}

const ParameterValue &ParameterValues::at(const std::string &id) const
{
    const auto it = m_values.find(id);
    if (it == m_values.end())
        throw AnalysisError("parameter '" + id + "' has no value");
    return it->second;
}

bool ParameterValues::getBool(const std::string &id) const
{
    return std::get<bool>(at(id));
}

std::int64_t ParameterValues::getInt(const std::string &id) const
{
    return std::get<std::int64_t>(at(id));
}

double ParameterValues::getDouble(const std::string &id) const
{
    const ParameterValue &value = at(id);
    if (const auto *i = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*i);
    return std::get<double>(value);
}

const std::string &ParameterValues::getString(const std::string &id) const
{
    return std::get<std::string>(at(id));
}

std::vector<double> ParameterValues::getNumbers(const std::string &id, std::size_t minCount, std::size_t maxCount) const
{
    // from_chars: the same in every locale (the GUI runs under the user's, where stod reads "0,5").
    const std::string &text = getString(id);
    const auto isSeparator = [](char c) { return c == ',' || c == ' ' || c == ';'; };
    std::vector<double> values;
    const char *at = text.data(), *end = text.data() + text.size();
    while (at < end && isSeparator(*at))
        ++at;
    while (at < end) {
        double value = 0;
        const auto [next, error] = std::from_chars(at, end, value);
        // A number must end at a separator or the end: "1-2" and "0.5x" are not lists.
        if (error != std::errc() || !std::isfinite(value) || (next < end && !isSeparator(*next)))
            throw AnalysisError("parameter '" + id + "' expects finite numbers separated by commas, e.g. 0.5, 1, 2; got '"
                                + text + "'");
        values.push_back(value);
        at = next;
        while (at < end && isSeparator(*at))
            ++at;
    }
    if (values.size() < minCount || values.size() > maxCount)
        throw AnalysisError("parameter '" + id + "' expects " + std::to_string(minCount) + " to " + std::to_string(maxCount)
                            + " numbers, got " + std::to_string(values.size()) + " ('" + text + "')");
    return values;
}

} // namespace core
