#include "data/sliceexpression.h"

#include "errors/analysiserror.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <optional>
#include <vector>

namespace core {

namespace {

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::vector<std::string> splitOn(const std::string &text, char separator)
{
    std::vector<std::string> parts;
    std::size_t begin = 0;
    for (std::size_t at; (at = text.find(separator, begin)) != std::string::npos; begin = at + 1)
        parts.push_back(trimmed(text.substr(begin, at - begin)));
    parts.push_back(trimmed(text.substr(begin)));
    return parts;
}

/// An optional integer: empty text is "not given".
std::optional<std::int64_t> integerOrNone(const std::string &text, const std::string &item)
{
    if (text.empty())
        return std::nullopt;
    std::int64_t value = 0;
    const char *end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data() + (text[0] == '+' ? 1 : 0), end, value);
    if (error != std::errc() || at != end)
        throw AnalysisError("slice item '" + item + "': '" + text + "' is not a whole number");
    return value;
}

} // namespace

Tensor applySliceExpression(const Tensor &tensor, const std::string &expression)
{
    std::vector<std::string> items = splitOn(expression, ',');
    if (items.size() > 1 && items.back().empty())
        items.pop_back(); // "0," as in numpy's a[0,]
    const auto ellipses = std::count(items.begin(), items.end(), "...");
    if (ellipses > 1)
        throw AnalysisError("slice '" + expression + "' has more than one '...'");
    const std::size_t explicitItems = items.size() - std::size_t(ellipses);
    if (explicitItems > std::size_t(tensor.ndim()))
        throw AnalysisError("slice '" + expression + "' has " + std::to_string(explicitItems) + " items but the array has "
                            + std::to_string(tensor.ndim()) + " axes");

    Tensor view = tensor;
    int axis = 0; // the axis of `view` that the next item applies to
    for (const std::string &item : items) {
        if (item == "...") {
            axis += tensor.ndim() - int(explicitItems);
            continue;
        }
        if (item.empty())
            throw AnalysisError("slice '" + expression + "' has an empty item");
        const std::int64_t extent = view.dim(axis);
        const std::vector<std::string> parts = splitOn(item, ':');
        if (parts.size() == 1) {
            std::int64_t index = *integerOrNone(parts[0], item);
            if (index < 0)
                index += extent;
            if (index < 0 || index >= extent)
                throw AnalysisError("slice item '" + item + "' is out of range for an axis of length " + std::to_string(extent));
            view = view.select(axis, index);
            continue;
        }
        if (parts.size() > 3)
            throw AnalysisError("slice item '" + item + "' has more than two ':'");
        const std::int64_t step = integerOrNone(parts.size() == 3 ? parts[2] : std::string(), item).value_or(1);
        if (step == 0)
            throw AnalysisError("slice item '" + item + "' has a zero step");
        if (step == std::numeric_limits<std::int64_t>::min())
            throw AnalysisError("slice item '" + item + "' has a step out of range");
        // numpy's bounds: negative counts from the end, then clipped to [0, extent] (or [-1, extent-1] backwards).
        auto bound = [&](std::optional<std::int64_t> value, std::int64_t whenNone) {
            if (!value)
                return whenNone;
            std::int64_t v = *value < 0 ? *value + extent : *value;
            return step > 0 ? std::clamp<std::int64_t>(v, 0, extent) : std::clamp<std::int64_t>(v, -1, extent - 1);
        };
        const std::int64_t start = bound(integerOrNone(parts[0], item), step > 0 ? 0 : extent - 1);
        const std::int64_t stop = bound(integerOrNone(parts[1], item), step > 0 ? extent : -1);
        const std::int64_t span = step > 0 ? stop - start : start - stop;
        const std::int64_t magnitude = step > 0 ? step : -step;
        const std::int64_t count = span > 0 ? (span - 1) / magnitude + 1 : 0; // no overflow for huge steps
        view = view.sliced(axis, count > 0 ? start : 0, count, step);
        ++axis;
    }
    return view;
}

} // namespace core
