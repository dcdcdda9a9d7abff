#pragma once

#include <string>
#include <vector>

namespace core {

/// A text with its numbers taken out: "N (samples), k = 4" is the pattern "N (samples), k = %1" with
/// the numbers {"4"}. Result texts that carry a parameter value are translated by their pattern (the
/// GUI's ui::coreText, the lupdate harvest in translations/corestrings).
struct NumberTemplate
{
    std::string pattern;
    std::vector<std::string> numbers;
};

/// Numbers are runs of ASCII digits with an optional fraction and exponent ("0.900", "1e-06").
/// With `quotedNames`, text in single quotes ('case_07', 'unpaired') is taken out as well: warnings
/// name files and images, whose names no translation can list ("mask '%1' holds …").
NumberTemplate numberTemplate(const std::string &text, bool quotedNames = false);
/// The pattern with %1, %2, … replaced by `numbers` (as many as there are).
std::string fillNumberTemplate(const std::string &pattern, const std::vector<std::string> &numbers);

} // namespace core
