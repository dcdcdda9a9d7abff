#pragma once

#include "plot/qcustomplotinclude.h"

namespace ui {

/// Perceptually uniform, colour-blind-safe gradient (viridis; QCustomPlot 2.1 has no preset).
QCPColorGradient viridisGradient();

/// Colour maps offered for heat maps, by id: "viridis", "grey", "diverging" (ColorBrewer RdBu reversed:
/// blue below, white at the centre, red above; for signed data with limits symmetric about 0).
QStringList colourMapIds();
QString colourMapName(const QString &id);
QCPColorGradient colourMap(const QString &id);

} // namespace ui
