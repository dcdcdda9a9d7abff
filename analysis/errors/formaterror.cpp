#include "errors/formaterror.h"

namespace core {

namespace {

std::string describe(const std::string &path, const std::string &reader, const std::string &problem,
                     std::optional<std::uint64_t> offset)
{
    std::string text = path + ": " + problem;
    if (offset)
        text += " (at byte " + std::to_string(*offset) + ")";
    text += " [" + reader + " reader]";
    return text;
}

} // namespace

FormatError::FormatError(std::string path, std::string reader, std::string problem,
                         std::optional<std::uint64_t> offset)
    : std::runtime_error(describe(path, reader, problem, offset))
    , m_path(std::move(path))
    , m_reader(std::move(reader))
    , m_problem(std::move(problem))
    , m_offset(offset)
{}

} // namespace core
