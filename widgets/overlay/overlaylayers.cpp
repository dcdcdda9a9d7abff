#include "overlay/overlaylayers.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ui {

namespace {

/// True for a pixel of `inside` with a 4-neighbour outside it (or on the image edge).
template<typename Inside>
bool onBorder(int r, int c, int rows, int cols, const Inside &inside)
{
    return r == 0 || c == 0 || r == rows - 1 || c == cols - 1 || !inside(r - 1, c) || !inside(r + 1, c)
           || !inside(r, c - 1) || !inside(r, c + 1);
}

} // namespace

QColor OverlayColours::forClass(int index)
{
    static const QColor palette[] = {QColor(230, 159, 0), QColor(86, 180, 233), QColor(0, 158, 115), QColor(240, 228, 66),
                                     QColor(0, 114, 178), QColor(213, 94, 0), QColor(204, 121, 167), QColor(136, 34, 85)};
    return palette[index % 8];
}

QImage displayImage(const core::Tensor &image, double displayLow, double displayHigh)
{
    const int rows = int(image.dim(0)), cols = int(image.dim(1));
    const int channels = image.ndim() == 3 ? int(std::min<std::int64_t>(3, image.dim(2))) : 1;
    std::vector<Eigen::MatrixXd> planes;
    for (int ch = 0; ch < channels; ++ch)
        planes.push_back(image.ndim() == 3 ? image.select(2, ch).toMatrix() : image.toMatrix());
    double low = 0.0, high = 255.0;
    if (std::isfinite(displayLow) && std::isfinite(displayHigh) && displayHigh > displayLow) {
        low = displayLow;
        high = displayHigh;
    } else if (image.dtype() != core::DType::UInt8) {
        low = std::numeric_limits<double>::infinity();
        high = -low;
        for (const Eigen::MatrixXd &plane : planes)
            for (Eigen::Index i = 0; i < plane.size(); ++i)
                if (std::isfinite(plane.data()[i])) {
                    low = std::min(low, plane.data()[i]);
                    high = std::max(high, plane.data()[i]);
                }
        if (!(high > low)) {
            low = std::isfinite(low) ? low - 1.0 : 0.0;
            high = low + 2.0;
        }
    }
    QImage out(cols, rows, QImage::Format_RGB32);
    for (int r = 0; r < rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(r));
        for (int c = 0; c < cols; ++c) {
            int v[3];
            for (int ch = 0; ch < 3; ++ch) {
                const double x = planes[std::size_t(std::min(ch, channels - 1))](r, c);
                v[ch] = std::isfinite(x) ? int(std::lround(std::clamp((x - low) / (high - low), 0.0, 1.0) * 255.0)) : 0;
            }
            line[c] = qRgb(v[0], v[1], v[2]);
        }
    }
    return out;
}

QImage overlayBackground(const core::Tensor &image, const Eigen::MatrixXd &truth)
{
    if (image.numel() > 0 && image.dim(0) == truth.rows() && image.dim(1) == truth.cols())
        return displayImage(image);
    return displayImage(core::Tensor::fromMatrix(truth));
}

QImage errorLayer(const core::BinaryMask &prediction, const core::BinaryMask &truth, bool contours)
{
    const int rows = truth.rows, cols = truth.cols;
    QImage out(cols, rows, QImage::Format_ARGB32);
    out.fill(Qt::transparent);
    // 1 TP, 2 FP, 3 FN, 0 TN; a contour pixel is one whose 4-neighbour has another kind.
    const auto kind = [&](int r, int c) {
        const bool p = prediction.at(r, c), g = truth.at(r, c);
        return p && g ? 1 : p ? 2 : g ? 3 : 0;
    };
    const QRgb colours[4] = {0, OverlayColours::truePositive().rgb(), OverlayColours::falsePositive().rgb(),
                             OverlayColours::falseNegative().rgb()};
    for (int r = 0; r < rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(r));
        for (int c = 0; c < cols; ++c) {
            const int k = kind(r, c);
            if (k == 0)
                continue;
            if (contours && !onBorder(r, c, rows, cols, [&](int rr, int cc) { return kind(rr, cc) == k; }))
                continue;
            line[c] = colours[k];
        }
    }
    return out;
}

QImage classLayer(const Eigen::MatrixXd &plane, const std::vector<double> &labels, bool contours)
{
    const int rows = int(plane.rows()), cols = int(plane.cols());
    QImage out(cols, rows, QImage::Format_ARGB32);
    out.fill(Qt::transparent);
    for (int r = 0; r < rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(r));
        for (int c = 0; c < cols; ++c) {
            const double v = plane(r, c);
            if (v == 0)
                continue;
            if (contours && !onBorder(r, c, rows, cols, [&](int rr, int cc) { return plane(rr, cc) == v; }))
                continue;
            const auto it = std::lower_bound(labels.begin(), labels.end(), v);
            const int index = it != labels.end() && *it == v ? int(it - labels.begin()) : 0;
            line[c] = OverlayColours::forClass(index).rgb();
        }
    }
    return out;
}

QImage overlayComposite(const QImage &background, const QImage &layer, double opacity, int scale)
{
    QImage out(background.size() * scale, QImage::Format_RGB32);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // pixels stay pixels
    painter.scale(scale, scale);
    painter.drawImage(QPointF(0, 0), background);
    painter.setOpacity(opacity);
    if (!layer.isNull())
        painter.drawImage(QPointF(0, 0), layer);
    return out;
}

} // namespace ui
