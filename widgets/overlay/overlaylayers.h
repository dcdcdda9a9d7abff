#pragma once

#include "analyses/segmentation/binarymask.h"
#include "data/tensor.h"

#include <Eigen/Core>

#include <QColor>
#include <QImage>

#include <cmath>
#include <vector>

namespace ui {

/// The colours of the overlay viewer (Okabe–Ito, distinguishable with colour-vision deficiency).
struct OverlayColours
{
    static QColor truePositive() { return QColor(0, 158, 115); }   ///< bluish green
    static QColor falsePositive() { return QColor(213, 94, 0); }   ///< vermillion
    static QColor falseNegative() { return QColor(0, 114, 178); }  ///< blue
    static QColor forClass(int index);                             ///< per-class fills, by index
};

/// An image (H, W) or (H, W, 3|4) for display: `low` … `high` to black … white (clipped) if both are
/// finite, else 8-bit values as they are and others scaled from their finite min … max (NaN black).
QImage displayImage(const core::Tensor &image, double low = std::nan(""), double high = std::nan(""));

/// What overlays are drawn on: `image` when it has the truth's size, else the truth in grey.
QImage overlayBackground(const core::Tensor &image, const Eigen::MatrixXd &truth);

/// TP/FP/FN colouring of `prediction` against `truth` (TN transparent), as fills or, with `contours`,
/// only on the border pixels of each colour's region. Opaque colours: the viewer sets the opacity.
QImage errorLayer(const core::BinaryMask &prediction, const core::BinaryMask &truth, bool contours);

/// One colour per class of a label plane (0 transparent): classes are `labels` (sorted values).
QImage classLayer(const Eigen::MatrixXd &plane, const std::vector<double> &labels, bool contours);

/// `layer` over `background` at `opacity`, `scale` × the pixels by nearest neighbour (whole pixels):
/// what the viewer's Export PNG and `infoscope-cli --overlays` write.
QImage overlayComposite(const QImage &background, const QImage &layer, double opacity, int scale);

} // namespace ui
