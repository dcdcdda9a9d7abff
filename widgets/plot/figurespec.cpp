#include "plot/figurespec.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ui::FigureSpec", text);
}

} // namespace

QStringList FigureSpec::presetIds()
{
    return {QStringLiteral("default"), QStringLiteral("one-column"), QStringLiteral("two-column"), QStringLiteral("slide")};
}

QString FigureSpec::presetName(const QString &id)
{
    if (id == QLatin1String("one-column"))
        return tr("Paper, one column (89 × 67 mm, 8 pt)");
    if (id == QLatin1String("two-column"))
        return tr("Paper, two columns (183 × 100 mm, 9 pt)");
    if (id == QLatin1String("slide"))
        return tr("Slide, 16:9 (10 × 5.6 in, 16 pt)");
    return tr("Default (6.4 × 4.8 in, 10 pt)");
}

FigureSpec FigureSpec::preset(const QString &id, bool *ok)
{
    // Column widths are those most journals give (Nature, Elsevier, IEEE: 85–89 mm and 174–183 mm).
    FigureSpec spec;
    bool known = true;
    if (id == QLatin1String("one-column")) {
        spec.widthInches = 89.0 / 25.4;
        spec.heightInches = 67.0 / 25.4;
        spec.fontPoints = 8.0;
    } else if (id == QLatin1String("two-column")) {
        spec.widthInches = 183.0 / 25.4;
        spec.heightInches = 100.0 / 25.4;
        spec.fontPoints = 9.0;
    } else if (id == QLatin1String("slide")) {
        spec.widthInches = 10.0;
        spec.heightInches = 5.625;
        spec.fontPoints = 16.0;
        spec.dpi = 192;
    } else {
        known = id == QLatin1String("default");
    }
    if (ok)
        *ok = known;
    return spec;
}

double FigureSpec::parseInches(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(in|mm|cm)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1.0;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("mm"))
        return value / 25.4;
    if (unit == QLatin1String("cm"))
        return value / 2.54;
    return value;
}

QString FigureSpec::validate() const
{
    if (!(widthInches >= 0.5 && widthInches <= 100.0 && heightInches >= 0.5 && heightInches <= 100.0))
        return tr("Figure size %1 × %2 in is outside 0.5 … 100 in").arg(widthInches, 0, 'g', 4).arg(heightInches, 0, 'g', 4);
    if (dpi < 36 || dpi > 2400)
        return tr("%1 dpi is outside 36 … 2400").arg(dpi);
    if (!(fontPoints >= 4.0 && fontPoints <= 72.0))
        return tr("Font size %1 pt is outside 4 … 72 pt").arg(fontPoints, 0, 'g', 4);
    const QSize pixels = pixelSize();
    if (pixels.width() > 20000 || pixels.height() > 20000)
        return tr("%1 × %2 px at %3 dpi is more than 20000 px a side").arg(pixels.width()).arg(pixels.height()).arg(dpi);
    return {};
}

QSize FigureSpec::pixelSize() const
{
    return QSize(int(std::lround(widthInches * dpi)), int(std::lround(heightInches * dpi)));
}

} // namespace ui
