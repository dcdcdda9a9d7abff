#include "errors/formaterror.h"

namespace core {

namespace {

/// One printable line: bytes from a hostile file (a chunk name, a member name, a decoder's
/// multi-line complaint) must not break the message into lines or into invalid UTF-8.
std::string printable(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += c < 0x20 || c == 0x7f ? ' ' : char(c);
            ++i;
            continue;
        }
        // A well-formed UTF-8 sequence is kept; anything else becomes '?'.
        const std::size_t length = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) & 0xc0) == 0x80;
        if (valid) {
            out.append(text, i, length);
            i += length;
        } else {
            out += '?';
            ++i;
        }
    }
    return out;
}

std::string describe(const std::string &path, const std::string &reader, const std::string &problem,
                     std::optional<std::uint64_t> offset)
{
    std::string text = path + ": " + printable(problem);
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
    , m_problem(printable(problem))
    , m_offset(offset)
{}

} // namespace core
