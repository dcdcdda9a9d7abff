#pragma once

class QTreeWidget;

namespace ui {

/// Fits the workspace browser's columns to a narrow dock: the name takes the room left, the shape its
/// contents up to 110 px (longer texts are elided); type, size and the statistics (all shown by the
/// array inspector too) start hidden, and the header's context menu shows or hides any column.
void fitWorkspaceColumns(QTreeWidget *tree);

} // namespace ui
