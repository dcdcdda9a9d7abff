#include "data/memorylimit.h"

#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace core {

namespace {

std::atomic<std::uint64_t> g_limit{0}; // 0: the default

} // namespace

std::uint64_t physicalMemory()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES), size = ::sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0 ? std::uint64_t(pages) * std::uint64_t(size) : 0;
}

std::uint64_t materialiseLimit()
{
    if (const std::uint64_t set = g_limit.load())
        return set;
    const std::uint64_t memory = physicalMemory();
    return memory ? memory / 2 : std::uint64_t(8) << 30;
}

void setMaterialiseLimit(std::uint64_t bytes)
{
    g_limit = bytes;
}

void checkMaterialise(std::uint64_t bytes, const std::string &what)
{
    const std::uint64_t limit = materialiseLimit();
    if (bytes > limit)
        throw MemoryLimitError(what + " would need " + byteSizeText(bytes) + " of memory, more than the limit of "
                               + byteSizeText(limit) + (g_limit.load() ? "" : " (half this machine's memory)")
                               + "; raise it with --max-memory if the file is trusted");
}

bool parseByteSize(const std::string &text, std::uint64_t *bytes)
{
    if (text.empty())
        return false;
    char *end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !(value > 0) || !std::isfinite(value))
        return false;
    const std::string unit(end);
    double scale = 1;
    if (unit == "%") {
        if (value > 100 || !physicalMemory())
            return false;
        *bytes = std::uint64_t(double(physicalMemory()) * value / 100.0);
        return *bytes > 0;
    }
    if (unit == "K" || unit == "k" || unit == "KiB")
        scale = 1024.0;
    else if (unit == "M" || unit == "MiB")
        scale = 1024.0 * 1024.0;
    else if (unit == "G" || unit == "GiB")
        scale = 1024.0 * 1024.0 * 1024.0;
    else if (unit == "T" || unit == "TiB")
        scale = 1024.0 * 1024.0 * 1024.0 * 1024.0;
    else if (!unit.empty() && unit != "B")
        return false;
    const double total = value * scale;
    if (total >= 1.8e19 || total < 1)
        return false;
    *bytes = std::uint64_t(total);
    return true;
}

std::string byteSizeText(std::uint64_t bytes)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 6) {
        value /= 1024.0;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    return text;
}

} // namespace core
