#include "plot/imagelayer.h"

#include "overlay/overlaylayers.h"
#include "plot/qcustomplotinclude.h"

#include <QCoreApplication>

#include <cmath>

namespace ui {

void ImageLayer::draw(QCustomPlot *plot, const core::ImageResult &image)
{
    const int rows = int(image.image.dim(0)), cols = int(image.image.dim(1));
    auto *pixmap = new QCPItemPixmap(plot);
    pixmap->setObjectName(QStringLiteral("imagePixmap"));
    pixmap->setPixmap(QPixmap::fromImage(displayImage(image.image, image.displayLow, image.displayHigh)));
    pixmap->setScaled(true, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    pixmap->topLeft->setCoords(-0.5, -0.5);
    pixmap->bottomRight->setCoords(cols - 0.5, rows - 0.5);
    pixmap->setClipToAxisRect(true);
    plot->yAxis->setRangeReversed(true); // row 0 at the top, as images are read
    plot->xAxis->setLabel(QCoreApplication::translate("ui::ImageLayer", "column (pixels)"));
    plot->yAxis->setLabel(QCoreApplication::translate("ui::ImageLayer", "row (pixels)"));
}

QString ImageLayer::describe(const core::ImageResult &image, double x, double y)
{
    const auto col = static_cast<std::int64_t>(std::floor(x + 0.5)), row = static_cast<std::int64_t>(std::floor(y + 0.5));
    if (row < 0 || col < 0 || row >= image.image.dim(0) || col >= image.image.dim(1))
        return {};
    const core::Tensor pixel = image.image.select(0, row).select(0, col).to(core::DType::Float64);
    const double *values = pixel.data<double>();
    QString text;
    if (pixel.numel() == 1) {
        text = QString::number(values[0], 'g', 6);
    } else {
        const char *names[] = {"R", "G", "B", "A"};
        QStringList parts;
        for (std::int64_t k = 0; k < pixel.numel() && k < 4; ++k)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(names[k])).arg(values[k], 0, 'g', 6);
        text = parts.join(QStringLiteral(", "));
    }
    return QCoreApplication::translate("ui::ImageLayer", "row %1, column %2: %3").arg(row).arg(col).arg(text);
}

} // namespace ui
