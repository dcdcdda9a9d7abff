#pragma once

#include <cstdint>
#include <vector>

namespace core {

/// Discrete labels re-coded as 0 … classes − 1 (in order of value) with their plug-in entropy,
/// prepared once and reused for every layer and step that is compared with them.
class CodedLabels
{
public:
    explicit CodedLabels(const std::vector<std::int64_t> &labels);

    const std::vector<std::uint32_t> &codes() const { return m_codes; }
    std::size_t size() const { return m_codes.size(); }
    int classes() const { return m_classes; }
    /// H(Y), nats.
    double entropy() const { return m_entropy; }

private:
    std::vector<std::uint32_t> m_codes;
    int m_classes = 0;
    double m_entropy = 0.0;
};

/// H(T) and H(T, Y) of 64-bit symbols t and coded labels y, nats, from one counting pass.
struct SymbolEntropies
{
    double marginal = 0.0; ///< H(T)
    double joint = 0.0;    ///< H(T, Y)
};
SymbolEntropies entropiesWithLabels(const std::vector<std::uint64_t> &t, const CodedLabels &y);

} // namespace core
