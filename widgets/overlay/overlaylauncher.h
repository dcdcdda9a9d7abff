#pragma once

#include "results/result.h"

#include <QString>

#include <memory>

class QWidget;

namespace core {
class Registry;
}

namespace ui {

class OverlayViewer;

/// Opens the overlay viewer for a result of masks: reads its inputs again from their paths
/// ("prediction", "truth", optional "second" and "image"), as the user opened them.
class OverlayLauncher
{
public:
    /// The viewer, or nullptr with `error` set (a file that moved, masks that do not fit).
    static OverlayViewer *open(const core::Registry &registry, const core::Result &result, QWidget *parent, QString *error);
};

} // namespace ui
