#pragma once

#include <set>
#include <string>
#include <vector>

/// What infoscope-corestrings found: the texts (sorted, unique) and the runs that failed (a
/// parameter combination an analysis refuses; their texts are simply not collected).
struct CoreStrings
{
    std::set<std::string> texts;
    std::vector<std::string> failedRuns;
};

CoreStrings harvestCoreStrings();

/// `text` as a C++ string literal (UTF-8 kept, quotes, backslashes and control characters escaped).
std::string cppLiteral(const std::string &text);
