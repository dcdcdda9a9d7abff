#pragma once

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace core {

/// A JSON document nested deeper than a reader allows.
class JsonDepthError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// The nesting every InfoScope JSON document stays within (manifests, safetensors headers and
/// workspaces are a few levels deep). Deeper documents are refused while parsing: nlohmann's
/// serialiser recurses per level, so a manifest nested 100 000 deep would overflow the stack later.
constexpr int kMaxJsonDepth = 64;

/// A parser callback that throws JsonDepthError past `maxDepth` levels.
inline nlohmann::json::parser_callback_t jsonDepthGuard(int maxDepth)
{
    return [maxDepth](int depth, nlohmann::json::parse_event_t, nlohmann::json &) {
        if (depth > maxDepth)
            throw JsonDepthError("JSON nested deeper than " + std::to_string(maxDepth) + " levels");
        return true;
    };
}

/// Parses like nlohmann::json::parse, but throws JsonDepthError past `maxDepth` levels (and
/// nlohmann's parse_error for malformed text).
template<typename Input>
nlohmann::json parseJsonLimited(Input &&input, int maxDepth = kMaxJsonDepth)
{
    return nlohmann::json::parse(std::forward<Input>(input), jsonDepthGuard(maxDepth));
}

/// The same for a byte range.
inline nlohmann::json parseJsonLimited(const char *begin, const char *end, int maxDepth = kMaxJsonDepth)
{
    return nlohmann::json::parse(begin, end, jsonDepthGuard(maxDepth));
}

} // namespace core
