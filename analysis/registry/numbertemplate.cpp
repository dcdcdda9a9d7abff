#include "registry/numbertemplate.h"

#include <cctype>

namespace core {

namespace {

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

} // namespace

NumberTemplate numberTemplate(const std::string &text)
{
    NumberTemplate result;
    std::size_t i = 0;
    while (i < text.size()) {
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
