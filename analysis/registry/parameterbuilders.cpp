#include "registry/parameterbuilders.h"

namespace core {

namespace {

ParameterSpec base(std::string id, std::string name, std::string help, ParameterType type)
{
    ParameterSpec p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.help = std::move(help);
    p.type = type;
    return p;
}

} // namespace

ParameterSpec intParameter(std::string id, std::string name, std::string help, std::int64_t value, double minimum,
                           double maximum)
{
    ParameterSpec p = base(std::move(id), std::move(name), std::move(help), ParameterType::Int);
    p.defaultValue = value;
    p.minimum = minimum;
    p.maximum = maximum;
    return p;
}

ParameterSpec doubleParameter(std::string id, std::string name, std::string help, double value, double minimum,
                              double maximum, std::string unit)
{
    ParameterSpec p = base(std::move(id), std::move(name), std::move(help), ParameterType::Double);
    p.defaultValue = value;
    p.minimum = minimum;
    p.maximum = maximum;
    p.unit = std::move(unit);
    return p;
}

ParameterSpec choiceParameter(std::string id, std::string name, std::string help, std::vector<std::string> choices)
{
    ParameterSpec p = base(std::move(id), std::move(name), std::move(help), ParameterType::Choice);
    p.defaultValue = choices.empty() ? std::string() : choices.front();
    p.choices = std::move(choices);
    return p;
}

ParameterSpec boolParameter(std::string id, std::string name, std::string help, bool value)
{
    ParameterSpec p = base(std::move(id), std::move(name), std::move(help), ParameterType::Bool);
    p.defaultValue = value;
    return p;
}

ParameterSpec textParameter(std::string id, std::string name, std::string help, std::string value)
{
    ParameterSpec spec;
    spec.id = std::move(id);
    spec.name = std::move(name);
    spec.help = std::move(help);
    spec.type = ParameterType::String;
    spec.defaultValue = std::move(value);
    return spec;
}

} // namespace core
