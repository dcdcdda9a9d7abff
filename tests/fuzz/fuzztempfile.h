#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

// Readers that take a path (HDF5, whole archives): the input written to one file per process,
// in /dev/shm where it exists, rewritten for every input.
inline std::string fuzzFile(const std::uint8_t *data, std::size_t size, const char *extension)
{
    static const std::string path = std::string(access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp") + "/infoscope-fuzz-"
                                    + std::to_string(getpid()) + extension;
    if (std::FILE *file = std::fopen(path.c_str(), "wb")) {
        if (size)
            std::fwrite(data, 1, size, file);
        std::fclose(file);
    }
    return path;
}
