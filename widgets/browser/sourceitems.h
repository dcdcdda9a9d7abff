#pragma once

#include "data/arraystatistics.h"

#include <QString>

class QTreeWidgetItem;

namespace ui {

struct Source;

/// Item data roles of the workspace tree's source items.
enum SourceItemRole {
    SourceIdRole = Qt::UserRole + 1, ///< int: Source::id (on the source and on all its children)
    ArrayNameRole,                   ///< QString: array name in the source's collection; empty = the single tensor
    IsArrayRole,                     ///< bool: the item stands for one array (inspectable)
};

/// Workspace tree columns.
enum SourceColumn { NameColumn, ShapeColumn, DTypeColumn, SizeColumn, MinColumn, MaxColumn, MeanColumn, NonFiniteColumn, ColumnCount };

/// Fills `item` (already in the tree) for a loaded source: shape/dtype/size columns, an image
/// thumbnail, and children for the arrays of a collection, grouped as layers -> steps for a dump.
void populateSourceItem(QTreeWidgetItem *item, const Source &source);
/// Shows min/max/mean and the NaN/Inf counts (red when non-zero) in an array item.
void setStatisticsColumns(QTreeWidgetItem *item, const core::ArrayStatistics &statistics);
/// Marks an array item whose data could not be read (red "unreadable", the reason as tooltip).
void setStatisticsError(QTreeWidgetItem *item, const QString &message);
/// "4 × 3", or "scalar" for no axes.
QString shapeText(const std::vector<std::int64_t> &shape);
/// "1.2 MB", "340 B".
QString formatBytes(quint64 bytes);

} // namespace ui
