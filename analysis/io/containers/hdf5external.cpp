#include "io/containers/hdf5external.h"

#include <atomic>

namespace core {

namespace {

std::atomic<bool> g_allowed{false};

} // namespace

bool hdf5ExternalAllowed()
{
    return g_allowed.load();
}

void setHdf5ExternalAllowed(bool allowed)
{
    g_allowed = allowed;
}

std::string hdf5ExternalHint()
{
    return "allow it with --allow-hdf5-external or File > Allow External HDF5 Data if the file is trusted";
}

std::filesystem::path regularExternalFile(const std::filesystem::path &folder, const std::string &target)
{
    if (target.empty())
        return {};
    std::filesystem::path path(target);
    if (path.is_relative())
        path = folder / path;
    std::error_code error;
    return std::filesystem::is_regular_file(path, error) && !error ? path : std::filesystem::path();
}

} // namespace core
