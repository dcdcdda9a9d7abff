#include "plot/colourgradients.h"

namespace ui {

QCPColorGradient viridisGradient()
{
    // Nine samples of matplotlib's viridis; linear interpolation between them is visually exact.
    static const QColor stops[] = {QColor(68, 1, 84),    QColor(71, 45, 123),  QColor(59, 82, 139),
                                   QColor(44, 114, 142), QColor(33, 145, 140), QColor(40, 174, 128),
                                   QColor(94, 201, 98),  QColor(173, 220, 48), QColor(253, 231, 37)};
    QCPColorGradient gradient;
    gradient.clearColorStops();
    const int count = int(sizeof(stops) / sizeof(stops[0]));
    for (int i = 0; i < count; ++i)
        gradient.setColorStopAt(double(i) / (count - 1), stops[i]);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

} // namespace ui
