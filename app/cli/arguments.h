#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace cli {

/// A sub-command's arguments: `--name VALUE` options (repeatable), `--flag` switches and positional
/// words. Unknown options and missing values are reported in error().
class Arguments
{
public:
    Arguments(const std::vector<std::string> &arguments, const std::set<std::string> &valued,
              const std::set<std::string> &flags);

    const std::string &error() const { return m_error; }
    const std::vector<std::string> &positional() const { return m_positional; }
    bool has(const std::string &name) const { return m_values.count(name) > 0 || m_flags.count(name) > 0; }
    /// The last value given for `name`, or `fallback`.
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    std::vector<std::string> values(const std::string &name) const;

private:
    std::string m_error;
    std::vector<std::string> m_positional;
    std::multimap<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};

/// Prints "infoscope-cli: MESSAGE" to stderr and returns `code`.
int fail(int code, const std::string &message);

/// Splits KEY=VALUE; false if there is no '=' or the key is empty.
bool splitPair(const std::string &text, std::string *key, std::string *value);

} // namespace cli
