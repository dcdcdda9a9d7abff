#pragma once

#include <fstream>
#include <string>

namespace bench {

/// VmHWM of this process in bytes (Linux): the most it has held resident.
inline double peakResidentBytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) * 1024.0;
    return 0.0;
}

} // namespace bench
