#pragma once

#include <QAction>

namespace ui {

/// Analysis > Memory Limit…: the most memory one array may take when a file is decoded, inflated or
/// converted (core's materialiseLimit, data/memorylimit.h), kept in the settings. A hostile file that
/// claims more is refused before anything is allocated.
class MemoryLimitAction : public QAction
{
    Q_OBJECT

public:
    explicit MemoryLimitAction(QObject *parent);

    /// Applies the saved limit (call once at start, before any file is read).
    static void applySaved();

private:
    void choose();
};

} // namespace ui
