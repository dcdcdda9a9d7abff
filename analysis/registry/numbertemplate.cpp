#include "registry/numbertemplate.h"

#include <cctype>

namespace core {

namespace {

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool isWordCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

/// The end (one past the closing quote) of a quoted name opening at `i`, or 0: the quote follows no
/// word character (so "model's" is no quote) and its partner is followed by none.
std::size_t quotedNameEnd(const std::string &text, std::size_t i)
{
    if (text[i] != '\'' || (i > 0 && isWordCharacter(text[i - 1])))
        return 0;
    for (std::size_t end = i + 1; end < text.size(); ++end)
        if (text[end] == '\'' && end > i + 1 && (end + 1 == text.size() || !isWordCharacter(text[end + 1])))
            return end + 1;
    return 0;
}

} // namespace

NumberTemplate numberTemplate(const std::string &text, bool quotedNames)
{
    NumberTemplate result;
    std::size_t i = 0;
    while (i < text.size()) {
        if (const std::size_t end = quotedNames ? quotedNameEnd(text, i) : 0) {
            result.numbers.push_back(text.substr(i + 1, end - i - 2));
            result.pattern += "'%" + std::to_string(result.numbers.size()) + "'";
            i = end;
            continue;
        }
        if (!isDigit(text[i]) || text[i] == '%') {
            result.pattern += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isDigit(text[end]))
            ++end;
        if (end + 1 < text.size() && text[end] == '.' && isDigit(text[end + 1])) {
            ++end;
            while (end < text.size() && isDigit(text[end]))
                ++end;
        }
        if (end < text.size() && (text[end] == 'e' || text[end] == 'E')) {
            std::size_t exponent = end + 1;
            if (exponent < text.size() && (text[exponent] == '+' || text[exponent] == '-'))
                ++exponent;
            if (exponent < text.size() && isDigit(text[exponent])) {
                end = exponent;
                while (end < text.size() && isDigit(text[end]))
                    ++end;
            }
        }
        result.numbers.push_back(text.substr(i, end - i));
        result.pattern += "%" + std::to_string(result.numbers.size());
        i = end;
    }
    return result;
}

std::string fillNumberTemplate(const std::string &pattern, const std::vector<std::string> &numbers)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && isDigit(pattern[i + 1])) {
            std::size_t end = i + 1;
            while (end < pattern.size() && isDigit(pattern[end]))
                ++end;
            const std::size_t index = std::stoul(pattern.substr(i + 1, end - i - 1));
            if (index >= 1 && index <= numbers.size()) {
                out += numbers[index - 1];
                i = end - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

} // namespace core
