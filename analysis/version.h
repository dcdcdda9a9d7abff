#pragma once

#include <string>

namespace core {

/// InfoScope's version, e.g. "0.1.0".
std::string infoscopeVersion();
/// Versions of the libraries `core` links, e.g. "Eigen 3.4.0, OpenCV 4.6.0, nlohmann-json 3.11.2".
std::string coreLibraryVersions();

} // namespace core
