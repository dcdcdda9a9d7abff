#include "version.h"

#include <Eigen/Core>
#include <nlohmann/json.hpp>
#include <opencv2/core/version.hpp>

namespace core {

std::string infoscopeVersion()
{
    return INFOSCOPE_VERSION;
}

std::string coreLibraryVersions()
{
    return "Eigen " + std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "."
         + std::to_string(EIGEN_MINOR_VERSION) + ", OpenCV " CV_VERSION ", nlohmann-json "
         + std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "."
         + std::to_string(NLOHMANN_JSON_VERSION_PATCH);
}

} // namespace core
