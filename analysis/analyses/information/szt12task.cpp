#include "analyses/information/szt12task.h"

#include <array>
#include <cmath>

namespace core {

namespace {

std::array<Eigen::Vector3d, 12> icosahedron()
{
    const double phi = (1.0 + std::sqrt(5.0)) / 2.0;
    return {Eigen::Vector3d(0, 1, phi),  Eigen::Vector3d(0, 1, -phi),  Eigen::Vector3d(0, -1, phi),  Eigen::Vector3d(0, -1, -phi),
            Eigen::Vector3d(1, phi, 0),  Eigen::Vector3d(1, -phi, 0),  Eigen::Vector3d(-1, phi, 0),  Eigen::Vector3d(-1, -phi, 0),
            Eigen::Vector3d(phi, 0, 1),  Eigen::Vector3d(phi, 0, -1),  Eigen::Vector3d(-phi, 0, 1),  Eigen::Vector3d(-phi, 0, -1)};
}

} // namespace

Eigen::MatrixXd szt12Inputs()
{
    Eigen::MatrixXd x(4096, 12);
    for (int p = 0; p < 4096; ++p)
        for (int j = 0; j < 12; ++j)
            x(p, j) = 2.0 * ((p >> j) & 1) - 1.0;
    return x;
}

std::vector<std::int64_t> szt12Labels()
{
    const auto v = icosahedron();
    const double theta = -(1.0 + std::sqrt(5.0)); // −2φ; every level of f is at least 2.47 away from it
    const Eigen::MatrixXd x = szt12Inputs();
    std::vector<std::int64_t> labels(4096);
    for (int p = 0; p < 4096; ++p) {
        double f = 0.0;
        for (int i = 0; i < 12; ++i)
            for (int j = i + 1; j < 12; ++j)
                f += x(p, i) * x(p, j) * v[std::size_t(i)].dot(v[std::size_t(j)]);
        labels[std::size_t(p)] = f > theta ? 1 : 0;
    }
    return labels;
}

} // namespace core
