#include "browser/workspacecolumns.h"

#include "browser/sourceitems.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>
#include <QTreeWidget>

namespace ui {

namespace {

constexpr int kWidestColumn = 110; // px; longer texts are elided (the item's tooltip has them whole)

void refit(QTreeWidget *tree)
{
    for (int column = ShapeColumn; column < ColumnCount; ++column)
        if (!tree->isColumnHidden(column))
            tree->setColumnWidth(column, qMin(kWidestColumn, qMax(static_cast<const QAbstractItemView *>(tree)->sizeHintForColumn(column),
                                                                   tree->header()->sectionSizeHint(column))));
}

} // namespace

void fitWorkspaceColumns(QTreeWidget *tree)
{
    QHeaderView *header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
    tree->setTextElideMode(Qt::ElideMiddle);
    for (int column : {DTypeColumn, SizeColumn, MinColumn, MaxColumn, MeanColumn, NonFiniteColumn})
        tree->setColumnHidden(column, true);
    // Refit once per event-loop turn after the items change (a workspace adds many at once).
    auto *pending = new QTimer(tree);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, tree, [tree] { refit(tree); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(tree->model(), signal, pending, qOverload<>(&QTimer::start));
    QObject::connect(tree->model(), &QAbstractItemModel::dataChanged, pending, qOverload<>(&QTimer::start));

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, tree, [tree, header](const QPoint &position) {
        QMenu menu;
        for (int column = ShapeColumn; column < ColumnCount; ++column) {
            QAction *action = menu.addAction(tree->headerItem()->text(column));
            action->setCheckable(true);
            action->setChecked(!tree->isColumnHidden(column));
            QObject::connect(action, &QAction::toggled, tree, [tree, column](bool shown) {
                tree->setColumnHidden(column, !shown);
                refit(tree);
            });
        }
        menu.exec(header->mapToGlobal(position));
    });
}

} // namespace ui
