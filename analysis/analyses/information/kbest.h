#pragma once

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace core {

/// The k smallest distances offered so far (a max-heap of (distance, index)), for the grid's
/// k-nearest-neighbour search (the k-d tree keeps an inline copy in its hotter loop).
/// bound() is +inf until k candidates have been seen.
class KBest
{
public:
    explicit KBest(int k)
        : m_k(k)
    {
        m_heap.reserve(std::size_t(k) + 1);
    }

    double bound() const { return int(m_heap.size()) == m_k ? m_heap.front().first : std::numeric_limits<double>::infinity(); }
    bool full() const { return int(m_heap.size()) == m_k; }

    /// Returns true if the candidate was kept (then bound() may have changed).
    bool offer(double distance, int index)
    {
        if (int(m_heap.size()) < m_k) {
            m_heap.emplace_back(distance, index);
            std::push_heap(m_heap.begin(), m_heap.end());
            return true;
        }
        if (distance < m_heap.front().first) {
            std::pop_heap(m_heap.begin(), m_heap.end());
            m_heap.back() = {distance, index};
            std::push_heap(m_heap.begin(), m_heap.end());
            return true;
        }
        return false;
    }

    /// The k-th smallest distance (+inf if fewer than k were offered), and optionally the indices.
    double kth(std::vector<int> *indices) const
    {
        if (indices) {
            indices->clear();
            for (const auto &entry : m_heap)
                indices->push_back(entry.second);
        }
        return m_heap.empty() ? std::numeric_limits<double>::infinity() : m_heap.front().first;
    }

private:
    int m_k;
    std::vector<std::pair<double, int>> m_heap;
};

} // namespace core
