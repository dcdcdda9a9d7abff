#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace core {

enum class ParameterType { Bool, Int, Double, Choice, String };

/// A parameter's value. Choice and String parameters hold std::string.
using ParameterValue = std::variant<bool, std::int64_t, double, std::string>;

/// Declares one analysis parameter; the GUI form, the CLI and session files are generated from it.
struct ParameterSpec
{
    std::string id;   ///< stable key, e.g. "window"
    std::string name; ///< human-readable label (translated by the UI)
    std::string help; ///< one or two sentences; shown as tooltip and by `infoscope-cli describe`
    ParameterType type = ParameterType::Double;
    ParameterValue defaultValue = 0.0;
    double minimum = 0.0; ///< for Int/Double
    double maximum = 0.0; ///< for Int/Double; minimum == maximum means unbounded
    double step = 1.0;
    std::string unit;
    std::vector<std::string> choices; ///< for Choice
    /// Applies only while the choice parameter `appliesWhen` has one of `appliesWhenValues` (e.g. a
    /// noise variance only for estimator = kde); empty: always. The GUI form hides it otherwise.
    std::string appliesWhen;
    std::vector<std::string> appliesWhenValues;
    /// A live parameter (Double only): the GUI form shows a slider over [minimum, sliderMaximum]
    /// (0: up to maximum) beside the spin box and re-runs the analysis as it moves. The CLI ignores it.
    bool live = false;
    double sliderMaximum = 0.0;

    bool isBounded() const { return minimum < maximum; }
    /// `spec` with its applicability set (for chaining in descriptor lists).
    ParameterSpec onlyWhen(std::string parameter, std::vector<std::string> values) const
    {
        ParameterSpec copy = *this;
        copy.appliesWhen = std::move(parameter);
        copy.appliesWhenValues = std::move(values);
        return copy;
    }
    /// `spec` as a live slider over [minimum, sliderMax] (0: the whole range).
    ParameterSpec asSlider(double sliderMax = 0.0) const
    {
        ParameterSpec copy = *this;
        copy.live = true;
        copy.sliderMaximum = sliderMax;
        return copy;
    }
};

std::string parameterTypeName(ParameterType type);
/// Text form of a value as the CLI accepts it ("true", "30", "0.001", "hann").
std::string parameterValueToString(const ParameterValue &value);

} // namespace core
