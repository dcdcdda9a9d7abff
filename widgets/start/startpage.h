#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QTabWidget;

namespace ui {

/// What the centre shows while no result, view or demo is open: a few large buttons for the first
/// steps (open a file, open a workspace, the live demo), so that an empty window never looks frozen.
/// StartPage::install puts it in front of a tab widget and switches by the number of tabs.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// Returns a widget holding `tabs` and a start page offering `actions`: the page while `tabs` is empty.
    static QWidget *install(QTabWidget *tabs, const QList<QAction *> &actions);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace ui
