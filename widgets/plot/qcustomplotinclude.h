#pragma once

// QCustomPlot's header uses the bare `signals`, `slots`, `emit` and `foreach` keywords, which QT_NO_KEYWORDS (needed wherever LibTorch
// headers may meet Qt's) removes. Map it for this one include.
#ifdef QT_NO_KEYWORDS
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
#else
#include <qcustomplot.h>
#endif
