#include "analyses/spectrum/edgeband.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace core {

Eigen::MatrixXd edgeBand(const Eigen::Ref<const Eigen::MatrixXd> &mask)
{
    const Eigen::Index rows = mask.rows(), cols = mask.cols();
    auto at = [&](Eigen::Index r, Eigen::Index c) {
        return r < 0 || c < 0 || r >= rows || c >= cols ? 0.0 : mask(r, c);
    };
    Eigen::MatrixXd magnitude(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r) {
            // Cross-correlation, as torch's conv2d: gx rows (-1 0 1), (-2 0 2), (-1 0 1); gy its transpose.
            const double gx = -at(r - 1, c - 1) + at(r - 1, c + 1) - 2 * at(r, c - 1) + 2 * at(r, c + 1)
                              - at(r + 1, c - 1) + at(r + 1, c + 1);
            const double gy = -at(r - 1, c - 1) - 2 * at(r - 1, c) - at(r - 1, c + 1) + at(r + 1, c - 1)
                              + 2 * at(r + 1, c) + at(r + 1, c + 1);
            magnitude(r, c) = std::sqrt(gx * gx + gy * gy);
        }
    Eigen::MatrixXd band(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r) {
            double largest = -std::numeric_limits<double>::infinity(); // max_pool2d pads with -inf
            for (Eigen::Index dr = -1; dr <= 1; ++dr)
                for (Eigen::Index dc = -1; dc <= 1; ++dc) {
                    const Eigen::Index rr = r + dr, cc = c + dc;
                    if (rr >= 0 && cc >= 0 && rr < rows && cc < cols)
                        largest = std::max(largest, magnitude(rr, cc));
                }
            band(r, c) = largest > 0.5 ? 1.0 : 0.0;
        }
    return band;
}

} // namespace core
