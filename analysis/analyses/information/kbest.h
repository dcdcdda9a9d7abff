#pragma once

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace core {

/// Inserts (value, point) into the ascending distance[0 … at] (index alongside) by moving the larger
/// entries up one place; whatever was at `at` is dropped. The k-nearest searches' small sorted lists.
inline void insertSorted(double *distance, int *index, int at, double value, int point)
{
    while (at > 0 && distance[at - 1] > value) {
        distance[at] = distance[at - 1];
        index[at] = index[at - 1];
        --at;
    }
    distance[at] = value;
    index[at] = point;
}

/// The k smallest distances offered so far with their indices, kept sorted by insertion, for the
/// grid's k-nearest-neighbour search (the k-d tree keeps an inline heap in its hotter loop). Up to
/// kInline entries live on the stack: one query costs no allocation. bound() is +inf until k
/// candidates have been seen.
class KBest
{
public:
    explicit KBest(int k)
        : m_k(k)
    {
        if (k > kInline) {
            m_spillDistance.resize(std::size_t(k));
            m_spillIndex.resize(std::size_t(k));
        }
        m_distance = k > kInline ? m_spillDistance.data() : m_inlineDistance.data();
        m_index = k > kInline ? m_spillIndex.data() : m_inlineIndex.data();
    }
    KBest(const KBest &) = delete;
    KBest &operator=(const KBest &) = delete;

    double bound() const { return m_size == m_k ? m_distance[m_k - 1] : std::numeric_limits<double>::infinity(); }
    bool full() const { return m_size == m_k; }

    /// Returns true if the candidate was kept (then bound() may have changed).
    bool offer(double distance, int index)
    {
        if (m_size == m_k && !(distance < m_distance[m_k - 1]))
            return false;
        insertSorted(m_distance, m_index, m_size < m_k ? m_size++ : m_k - 1, distance, index);
        return true;
    }

    /// The k-th smallest distance (+inf if fewer than k were offered), and optionally the indices.
    double kth(std::vector<int> *indices) const
    {
        if (indices)
            indices->assign(m_index, m_index + m_size);
        return m_size == 0 ? std::numeric_limits<double>::infinity() : m_distance[m_size - 1];
    }

private:
    static constexpr int kInline = 16;
    int m_k;
    int m_size = 0;
    std::array<double, kInline> m_inlineDistance;
    std::array<int, kInline> m_inlineIndex;
    std::vector<double> m_spillDistance;
    std::vector<int> m_spillIndex;
    double *m_distance;
    int *m_index;
};

} // namespace core
