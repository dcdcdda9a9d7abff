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
        std::ostringstream out;
        out.precision(17);
        out << *d;
        return out.str();
    }
    return std::get<std::string>(value);
}

} // namespace core
