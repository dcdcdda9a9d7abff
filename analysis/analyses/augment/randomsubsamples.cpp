#include "analyses/augment/randomsubsamples.h"

#include "errors/analysiserror.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <random>

namespace core {

namespace {

constexpr int kCell = 5;

} // namespace

SubsampleIndex randomSubsampleIndex(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed, bool identity)
{
    if (rows < kCell || cols < kCell || rows % kCell != 0 || cols % kCell != 0)
        throw AnalysisError("SDAP tiles the image into 5 x 5 cells, so its height and width must be multiples of 5; this "
                            "image is " + std::to_string(rows) + " x " + std::to_string(cols)
                            + " (crop or pad it to " + std::to_string(std::max<Eigen::Index>(kCell, rows / kCell * kCell))
                            + " x " + std::to_string(std::max<Eigen::Index>(kCell, cols / kCell * kCell)) + " first)");
    SubsampleIndex index;
    index.rows = int(rows / kCell);
    index.cols = int(cols / kCell);
    const std::size_t cells = std::size_t(index.rows) * std::size_t(index.cols);
    index.position.assign(kCell * kCell, std::vector<std::uint8_t>(cells));
    std::mt19937_64 generator(seed);
    std::array<std::uint8_t, kCell * kCell> order{};
    for (std::size_t cell = 0; cell < cells; ++cell) {
        std::iota(order.begin(), order.end(), std::uint8_t(0));
        if (!identity)
            std::shuffle(order.begin(), order.end(), generator);
        for (int j = 0; j < kCell * kCell; ++j)
            index.position[std::size_t(j)][cell] = order[std::size_t(j)];
    }
    return index;
}

Eigen::MatrixXd subsample(const Eigen::Ref<const Eigen::MatrixXd> &plane, const SubsampleIndex &index, int j)
{
    Eigen::MatrixXd out(index.rows, index.cols);
    const std::vector<std::uint8_t> &position = index.position.at(std::size_t(j));
    for (int cr = 0; cr < index.rows; ++cr)
        for (int cc = 0; cc < index.cols; ++cc) {
            const int p = position[std::size_t(cr) * std::size_t(index.cols) + std::size_t(cc)];
            out(cr, cc) = plane(cr * kCell + p / kCell, cc * kCell + p % kCell);
        }
    return out;
}

} // namespace core
