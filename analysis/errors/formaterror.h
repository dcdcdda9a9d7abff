#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace core {

/// A file could not be read: names the file, the reader, what is wrong and, where known, the byte offset.
/// The only exception type that leaves a reader; third-party exceptions are wrapped into it.
class FormatError : public std::runtime_error
{
public:
    FormatError(std::string path, std::string reader, std::string problem,
                std::optional<std::uint64_t> offset = std::nullopt);

    const std::string &path() const { return m_path; }
    const std::string &reader() const { return m_reader; }
    const std::string &problem() const { return m_problem; }
    std::optional<std::uint64_t> offset() const { return m_offset; }

private:
    std::string m_path;
    std::string m_reader;
    std::string m_problem;
    std::optional<std::uint64_t> m_offset;
};

} // namespace core
