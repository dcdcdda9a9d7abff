#pragma once

#include <QTableWidgetItem>

namespace ui {

/// A result table's cell: numbers sort by value (Qt::UserRole), text by its text, and a row keeps the
/// index it has in the result (kRowRole), so that a sorted table still knows which row was clicked.
class TableCellItem : public QTableWidgetItem
{
public:
    static constexpr int kRowRole = Qt::UserRole + 1;

    using QTableWidgetItem::QTableWidgetItem;

    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble(); // +inf last, as a distance should be
        return QTableWidgetItem::operator<(other);
    }
};

} // namespace ui
