#pragma once

#include "analyses/segmentation/binarymask.h"

#include <vector>

namespace core {

/// The squared Euclidean distance from every pixel to the nearest set pixel of `features`, with
/// pixel spacing `dy` (between rows) and `dx` (between columns): 0 on a feature, +inf everywhere
/// when there is none. Exact, in O(rows × cols): the nearest feature in each column by a scan down and
/// up, then along the rows Felzenszwalb & Huttenlocher's lower envelope of parabolas (as
/// scipy.ndimage.distance_transform_edt of ~features, squared). Row-major like the mask.
std::vector<double> squaredDistanceTransform(const BinaryMask &features, double dy = 1.0, double dx = 1.0);

} // namespace core
