#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

/// SDAP's random sub-sample generation (Pan et al., ICCV 2023): the image is tiled into 5 x 5 cells;
/// each cell draws its own uniform permutation pi of its 25 positions, and sub-image j takes from every
/// cell the pixel at position pi(j) (row-major inside the cell). The 25 sub-images of (H/5) x (W/5)
/// partition the pixels. `identity` keeps pi(j) = j: the polyphase components of a stride-5 unshuffle.
struct SubsampleIndex
{
    int rows = 0, cols = 0; ///< of each sub-image
    /// position[j][(cellRow * cols + cellCol)] = the position (0..24) sub-image j takes in that cell.
    std::vector<std::vector<std::uint8_t>> position;
};

/// Throws AnalysisError unless H and W are positive multiples of 5.
SubsampleIndex randomSubsampleIndex(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed, bool identity);
/// Sub-image j of `plane`.
Eigen::MatrixXd subsample(const Eigen::Ref<const Eigen::MatrixXd> &plane, const SubsampleIndex &index, int j);

} // namespace core
