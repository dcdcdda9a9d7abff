#include "registry/parameterspec.h"

#include <sstream>

namespace core {

std::string parameterTypeName(ParameterType type)
{
    switch (type) {
    case ParameterType::Bool: return "bool";
    case ParameterType::Int: return "int";
    case ParameterType::Double: return "double";
    case ParameterType::Choice: return "choice";
    case ParameterType::String: return "string";
    }
    return "unknown";
}

std::string parameterValueToString(const ParameterValue &value)
{
    if (const auto *b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const auto *i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto *d = std::get_if<double>(&value)) {
        // The shortest text that reads back as the same double: "0.6", not "0.59999999999999998".
        for (int precision = 1; precision <= 17; ++precision) {
            std::ostringstream out;
            out.precision(precision);
            out << *d;
            if (std::stod(out.str()) == *d || precision == 17)
                return out.str();
        }
    }
    return std::get<std::string>(value);
}

} // namespace core
