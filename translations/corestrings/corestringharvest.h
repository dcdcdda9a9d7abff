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

/// `segmentationSet`: a folder with images/, masks/ and model_a/ for the segmentation set analyses
/// (tests/data/segmentation/set); without it their results' texts are not collected.
CoreStrings harvestCoreStrings(const std::string &segmentationSet);

/// `text` as a C++ string literal (UTF-8 kept, quotes, backslashes and control characters escaped).
std::string cppLiteral(const std::string &text);
