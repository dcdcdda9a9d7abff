#include "window/recentfilesmenu.h"

#include <QAction>
#include <QFileInfo>
#include <QSettings>

namespace ui {

namespace {

const char *const kKey = "recentFiles";
constexpr int kMaxRecentFiles = 8;

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    rebuild();
}

void RecentFilesMenu::add(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(QLatin1String(kKey), recent);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(QLatin1String(kKey)).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    setEnabled(!recent.isEmpty());
}

} // namespace ui
