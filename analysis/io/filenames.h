#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>

namespace core {

/// True if `text` ends with `suffix` (member names, file names).
inline bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// Lower-case ASCII copy.
inline std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

/// The extension of `path` in lower case, with its dot (".npz"); empty if none.
inline std::string lowerExtension(const std::string &path)
{
    return lowerCase(std::filesystem::path(path).extension().string());
}

} // namespace core
