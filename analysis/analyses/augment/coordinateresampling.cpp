#include "analyses/augment/coordinateresampling.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace core {

Interpolation interpolationNamed(const std::string &name)
{
    return name == "nearest" ? Interpolation::Nearest : name == "bicubic" ? Interpolation::Bicubic : Interpolation::Bilinear;
}

ShiftKind shiftKindNamed(const std::string &name)
{
    return name == "constant" ? ShiftKind::Constant
           : name == "gaussian-xy" ? ShiftKind::GaussianXY
           : name == "uniform" ? ShiftKind::Uniform
                               : ShiftKind::Gaussian;
}

ShiftField drawShifts(Eigen::Index rows, Eigen::Index cols, ShiftKind kind, double magnitude, std::uint64_t seed)
{
    const double half = magnitude / 2.0;
    ShiftField field{Eigen::MatrixXd::Constant(rows, cols, half), Eigen::MatrixXd::Constant(rows, cols, half)};
    if (kind == ShiftKind::Constant)
        return field;
    std::mt19937_64 generator(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < cols; ++c) {
            switch (kind) {
            case ShiftKind::Gaussian:
                field.dy(r, c) = field.dx(r, c) = half * normal(generator);
                break;
            case ShiftKind::GaussianXY:
                field.dy(r, c) = half * normal(generator);
                field.dx(r, c) = half * normal(generator);
                break;
            case ShiftKind::Uniform:
                field.dy(r, c) = half * uniform(generator);
                field.dx(r, c) = half * uniform(generator);
                break;
            case ShiftKind::Constant:
                break;
            }
        }
    return field;
}

namespace {

double cubicNear(double t, double a) { return ((a + 2) * t - (a + 3)) * t * t + 1; }          // |t| <= 1
double cubicFar(double t, double a) { return ((a * t - 5 * a) * t + 8 * a) * t - 4 * a; }      // 1 < |t| < 2

} // namespace

Eigen::MatrixXd resamplePlane(const Eigen::Ref<const Eigen::MatrixXd> &plane, const ShiftField &shifts,
                              Interpolation interpolation)
{
    const Eigen::Index rows = plane.rows(), cols = plane.cols();
    auto clampIndex = [](Eigen::Index i, Eigen::Index n) { return std::clamp<Eigen::Index>(i, 0, n - 1); };
    auto clampCoordinate = [](double v, Eigen::Index n) { return std::clamp(v, 0.0, double(n - 1)); };
    Eigen::MatrixXd out(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r) {
            const double y = double(r) + shifts.dy(r, c), x = double(c) + shifts.dx(r, c);
            switch (interpolation) {
            case Interpolation::Nearest: {
                const auto ny = static_cast<Eigen::Index>(std::nearbyint(clampCoordinate(y, rows)));
                const auto nx = static_cast<Eigen::Index>(std::nearbyint(clampCoordinate(x, cols)));
                out(r, c) = plane(ny, nx);
                break;
            }
            case Interpolation::Bilinear: {
                const double cy = clampCoordinate(y, rows), cx = clampCoordinate(x, cols);
                const auto y0 = static_cast<Eigen::Index>(std::floor(cy)), x0 = static_cast<Eigen::Index>(std::floor(cx));
                const double fy = cy - double(y0), fx = cx - double(x0);
                const Eigen::Index y1 = clampIndex(y0 + 1, rows), x1 = clampIndex(x0 + 1, cols);
                out(r, c) = (1 - fy) * ((1 - fx) * plane(y0, x0) + fx * plane(y0, x1))
                            + fy * ((1 - fx) * plane(y1, x0) + fx * plane(y1, x1));
                break;
            }
            case Interpolation::Bicubic: {
                constexpr double a = -0.75;
                const double fy0 = std::floor(y), fx0 = std::floor(x);
                const double ty = y - fy0, tx = x - fx0;
                const double wy[4] = {cubicFar(ty + 1, a), cubicNear(ty, a), cubicNear(1 - ty, a), cubicFar(2 - ty, a)};
                const double wx[4] = {cubicFar(tx + 1, a), cubicNear(tx, a), cubicNear(1 - tx, a), cubicFar(2 - tx, a)};
                double value = 0;
                for (int i = 0; i < 4; ++i) {
                    const Eigen::Index yi = clampIndex(static_cast<Eigen::Index>(fy0) - 1 + i, rows);
                    double row = 0;
                    for (int j = 0; j < 4; ++j)
                        row += wx[j] * plane(yi, clampIndex(static_cast<Eigen::Index>(fx0) - 1 + j, cols));
                    value += wy[i] * row;
                }
                out(r, c) = value;
                break;
            }
            }
        }
    return out;
}

} // namespace core
