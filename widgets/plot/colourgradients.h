#pragma once

#include "plot/qcustomplotinclude.h"

namespace ui {

/// Perceptually uniform, colour-blind-safe gradient (viridis; QCustomPlot 2.1 has no preset).
QCPColorGradient viridisGradient();

} // namespace ui
