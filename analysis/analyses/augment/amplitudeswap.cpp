#include "analyses/augment/amplitudeswap.h"

#include "analyses/spectrum/planedft.h"

#include <algorithm>
#include <cmath>
#include <complex>

namespace core {

int fdaHalfWidth(Eigen::Index rows, Eigen::Index cols, double beta)
{
    return static_cast<int>(std::floor(double(std::min(rows, cols)) * beta));
}

Eigen::MatrixXd fdaSwapPlane(const Eigen::Ref<const Eigen::MatrixXd> &source, const Eigen::Ref<const Eigen::MatrixXd> &target,
                             double beta)
{
    if (beta == 0)
        return source;
    const Eigen::Index rows = source.rows(), cols = source.cols();
    const int b = fdaHalfWidth(rows, cols, beta);
    const Eigen::MatrixXcd fs = planeDft(source, false), ft = planeDft(target, false);
    Eigen::MatrixXcd out = fs;
    // Shifted index s holds unshifted index (s - N//2) mod N.
    for (Eigen::Index sr = std::max<Eigen::Index>(0, rows / 2 - b); sr <= std::min(rows - 1, rows / 2 + b); ++sr)
        for (Eigen::Index sc = std::max<Eigen::Index>(0, cols / 2 - b); sc <= std::min(cols - 1, cols / 2 + b); ++sc) {
            const Eigen::Index r = (sr - rows / 2 + rows) % rows, c = (sc - cols / 2 + cols) % cols;
            out(r, c) = std::polar(std::abs(ft(r, c)), std::arg(fs(r, c)));
        }
    return inverseDftRealPart(out, false);
}

} // namespace core
