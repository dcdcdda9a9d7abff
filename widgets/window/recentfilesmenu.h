#pragma once

#include <QMenu>

namespace ui {

/// File > Open Recent: the last files and workspaces opened, kept in the settings (most recent
/// first, at most eight); choosing one emits openRequested.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent);

    /// Puts `path` first (once) and rebuilds the menu.
    void add(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();
};

} // namespace ui
