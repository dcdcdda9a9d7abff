#include "plot/colourgradients.h"

namespace ui {

namespace {

QCPColorGradient evenlySpaced(std::initializer_list<QColor> stops)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    const int count = int(stops.size());
    int i = 0;
    for (const QColor &colour : stops)
        gradient.setColorStopAt(double(i++) / (count - 1), colour);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

} // namespace

QCPColorGradient viridisGradient()
{
    // Nine samples of matplotlib's viridis; linear interpolation between them is visually exact.
    return evenlySpaced({QColor(68, 1, 84), QColor(71, 45, 123), QColor(59, 82, 139), QColor(44, 114, 142),
                         QColor(33, 145, 140), QColor(40, 174, 128), QColor(94, 201, 98), QColor(173, 220, 48),
                         QColor(253, 231, 37)});
}

QStringList colourMapIds()
{
    return {QStringLiteral("viridis"), QStringLiteral("grey"), QStringLiteral("diverging"), QStringLiteral("cyclic")};
}

QString colourMapName(const QString &id)
{
    if (id == QLatin1String("grey"))
        return QObject::tr("Grey");
    if (id == QLatin1String("diverging"))
        return QObject::tr("Diverging (blue – white – red)");
    if (id == QLatin1String("cyclic"))
        return QObject::tr("Cyclic (for phases; −π and π meet)");
    return QObject::tr("Viridis");
}

QCPColorGradient colourMap(const QString &id)
{
    if (id == QLatin1String("grey"))
        return evenlySpaced({QColor(0, 0, 0), QColor(255, 255, 255)});
    if (id == QLatin1String("diverging")) // ColorBrewer RdBu, reversed so that negative is blue
        return evenlySpaced({QColor(5, 48, 97), QColor(33, 102, 172), QColor(67, 147, 195), QColor(146, 197, 222),
                             QColor(209, 229, 240), QColor(247, 247, 247), QColor(253, 219, 199), QColor(244, 165, 130),
                             QColor(214, 96, 77), QColor(178, 24, 43), QColor(103, 0, 31)});
    if (id == QLatin1String("cyclic")) // light - blue - dark - red - light, after matplotlib's twilight
        return evenlySpaced({QColor(226, 217, 226), QColor(137, 163, 200), QColor(89, 99, 178), QColor(71, 37, 111),
                             QColor(47, 20, 54), QColor(109, 35, 72), QColor(170, 78, 78), QColor(202, 149, 124),
                             QColor(226, 217, 226)});
    return viridisGradient();
}

} // namespace ui
