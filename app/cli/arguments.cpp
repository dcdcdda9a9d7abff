#include "arguments.h"

#include <iostream>

namespace cli {

Arguments::Arguments(const std::vector<std::string> &arguments, const std::set<std::string> &valued,
                     const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &word = arguments[i];
        if (word.size() < 2 || word[0] != '-' || word == "--") {
            m_positional.push_back(word);
        } else if (flags.count(word)) {
            m_flags.insert(word);
        } else if (valued.count(word)) {
            if (i + 1 >= arguments.size()) {
                m_error = "option '" + word + "' needs a value";
                return;
            }
            m_values.emplace(word, arguments[++i]);
        } else {
            m_error = "unknown option '" + word + "'";
            return;
        }
    }
}

std::string Arguments::value(const std::string &name, const std::string &fallback) const
{
    const auto range = m_values.equal_range(name);
    return range.first == range.second ? fallback : std::prev(range.second)->second;
}

std::vector<std::string> Arguments::values(const std::string &name) const
{
    std::vector<std::string> out;
    const auto range = m_values.equal_range(name);
    for (auto it = range.first; it != range.second; ++it)
        out.push_back(it->second);
    return out;
}

int fail(int code, const std::string &message)
{
    std::cerr << "infoscope-cli: " << message << '\n';
    return code;
}

bool splitPair(const std::string &text, std::string *key, std::string *value)
{
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        return false;
    *key = text.substr(0, equals);
    *value = text.substr(equals + 1);
    return true;
}

} // namespace cli
