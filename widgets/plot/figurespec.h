#pragma once

#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace ui {

/// The physical description of an exported figure: size in inches, PNG resolution and the base font
/// size in points. A figure is laid out once at this size; PNG (at any dpi), SVG and PDF are the same
/// layout, so text keeps its size in points whatever the resolution.
class FigureSpec
{
public:
    double widthInches = 6.4; ///< matplotlib's default figure
    double heightInches = 4.8;
    int dpi = 300;
    double fontPoints = 10.0; ///< tick labels; axis labels are 10 % and titles 20 % larger

    /// Preset ids: "default" (6.4 × 4.8 in, 10 pt), "one-column" (89 × 67 mm, 8 pt), "two-column"
    /// (183 × 100 mm, 9 pt) and "slide" (10 × 5.625 in, 16:9, 16 pt).
    static QStringList presetIds();
    static QString presetName(const QString &id);
    /// The preset, or `false` in `ok` (and the default) for an unknown id.
    static FigureSpec preset(const QString &id, bool *ok = nullptr);

    /// Parses a length such as "3.5", "3.5in", "89mm" or "8.9cm" into inches (a bare number is inches);
    /// returns a negative value when the text is not a length.
    static double parseInches(const QString &text);

    /// Empty, or what is wrong (sizes 0.5 ... 100 in, 36 ... 2400 dpi, 4 ... 72 pt, at most 20000 px a side).
    QString validate() const;
    /// The PNG's size in pixels at `dpi`.
    QSize pixelSize() const;
    /// The size in units of `dotsPerInch` (the layout's coordinates).
    QSizeF sizeAt(double dotsPerInch) const { return QSizeF(widthInches * dotsPerInch, heightInches * dotsPerInch); }
};

} // namespace ui
