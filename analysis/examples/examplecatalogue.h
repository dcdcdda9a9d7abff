#pragma once

#include "examples/example.h"

#include <string>
#include <vector>

namespace core {

/// The examples both executables offer, in menu order (filled by registerBuiltinExamples).
class ExampleCatalogue
{
public:
    void add(Example example);
    const std::vector<Example> &examples() const { return m_examples; }
    /// nullptr when there is no example `id`.
    const Example *example(const std::string &id) const;

private:
    std::vector<Example> m_examples;
};

/// Registers every built-in example (one per capability).
void registerBuiltinExamples(ExampleCatalogue &catalogue);

} // namespace core
