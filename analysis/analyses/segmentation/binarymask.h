#pragma once

#include <cstdint>
#include <vector>

namespace core {

/// A 2-D boolean mask, row-major, one byte per pixel (0 or 1).
struct BinaryMask
{
    int rows = 0;
    int cols = 0;
    std::vector<std::uint8_t> values;

    static BinaryMask zeros(int rows, int cols)
    {
        return {rows, cols, std::vector<std::uint8_t>(std::size_t(rows) * std::size_t(cols), 0)};
    }
    bool at(int r, int c) const { return values[std::size_t(r) * std::size_t(cols) + std::size_t(c)] != 0; }
    std::uint8_t &operator()(int r, int c) { return values[std::size_t(r) * std::size_t(cols) + std::size_t(c)]; }
    std::int64_t count() const
    {
        std::int64_t n = 0;
        for (std::uint8_t v : values)
            n += v;
        return n;
    }
};

} // namespace core
