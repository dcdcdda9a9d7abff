#pragma once

#include "registry/parameterspec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

/// One-line ParameterSpec builders for analysis descriptors. The first choice is the default.
ParameterSpec intParameter(std::string id, std::string name, std::string help, std::int64_t value, double minimum,
                           double maximum);
ParameterSpec doubleParameter(std::string id, std::string name, std::string help, double value, double minimum,
                              double maximum, std::string unit = {});
ParameterSpec choiceParameter(std::string id, std::string name, std::string help, std::vector<std::string> choices);
ParameterSpec boolParameter(std::string id, std::string name, std::string help, bool value);
ParameterSpec textParameter(std::string id, std::string name, std::string help, std::string value);

} // namespace core
