#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <string>

namespace core {

/// IRAD's basic resampling (Cao et al., ICLR 2024): each output pixel (y, x) samples the plane at
/// (y + dy(y, x), x + dx(y, x)), in pixels, with the conventions of torch.nn.functional.grid_sample at
/// align_corners=False and padding_mode='border' (IRAD's pixel-centre grid).
enum class Interpolation { Nearest, Bilinear, Bicubic };

/// How the coordinate shifts are drawn, in IRAD's unit r = half a pixel scaled by `magnitude` s:
/// constant (dx = dy = s/2), gaussian (one N(0, (s/2)^2) draw per pixel on both axes, make_coord_normal),
/// gaussian-xy (independent draws per axis, make_coord_normal2), uniform (per pixel and axis in [0, s/2]).
enum class ShiftKind { Constant, Gaussian, GaussianXY, Uniform };

/// The parameter names ("nearest", "bilinear", "bicubic"; "constant", "gaussian", "gaussian-xy",
/// "uniform"); an unknown name is the default (bilinear, gaussian), as the descriptors' choices allow no other.
Interpolation interpolationNamed(const std::string &name);
ShiftKind shiftKindNamed(const std::string &name);

struct ShiftField
{
    Eigen::MatrixXd dy, dx; ///< pixels
};

/// The shifts for a rows x cols image; `seed` makes the random kinds reproducible.
ShiftField drawShifts(Eigen::Index rows, Eigen::Index cols, ShiftKind kind, double magnitude, std::uint64_t seed);

/// Samples `plane` at the shifted coordinates. Nearest rounds half to even and, like bilinear, clamps
/// the coordinate into the plane first; bicubic (Keys, a = -0.75) clamps each of its 16 taps instead.
Eigen::MatrixXd resamplePlane(const Eigen::Ref<const Eigen::MatrixXd> &plane, const ShiftField &shifts,
                              Interpolation interpolation);

} // namespace core
