#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace core {

/// The 12-bit task of Shwartz-Ziv & Tishby (2017), reconstructed: IDNNs' data file var_u.mat is not
/// redistributable here, so the labels come from a rotation-invariant ("spherically symmetric")
/// rule. Inputs: all 4096 patterns, row p has x_j = 2·((p >> j) & 1) − 1. The 12 inputs sit on the
/// vertices v_j of a regular icosahedron, (0, ±1, ±φ), (±1, ±φ, 0), (±φ, 0, ±1) in the order of
/// tests/data/generate_mi_fixtures.py; f(x) = Σ_{i<j} x_i x_j (v_i · v_j) and y = [f(x) > −2φ].
/// That gives 2036 positives, H(Y) = 0.99998 bits (the original: 2118, 0.99916 bits; f has only 20
/// levels, so 2118 is not reachable).
Eigen::MatrixXd szt12Inputs();
std::vector<std::int64_t> szt12Labels();

} // namespace core
