#pragma once

#include <QImage>

namespace testpixels {

/// Pixels that are not the white background: how much a view really drew.
inline int nonBackgroundPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += (image.pixel(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
    return count;
}

} // namespace testpixels
