#pragma once

#include "plot/qcustomplotinclude.h"

namespace ui {

/// Log-axis ticks labelled 10ⁿ in Unicode superscripts, whatever the locale (QCustomPlot's "eb" format
/// parses the exponent of "1e+04" and fails on locales that write "1E+04", German among them; plain
/// text also survives SVG and PDF unchanged). Ticks that are not powers of ten use the locale.
class PowerTenTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

} // namespace ui
