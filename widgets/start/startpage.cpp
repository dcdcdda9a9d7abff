#include "start/startpage.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

StartPage::StartPage(const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("startTitle"));
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("startHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action); // text, tooltip, enabled state and translation follow the action
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (action->menu())
            button->setPopupMode(QToolButton::InstantPopup); // Examples: the menu opens on click
        button->setMinimumSize(320, 44);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        button->setFont(font);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);
    retranslate();
}

QWidget *StartPage::install(QTabWidget *tabs, const QList<QAction *> &actions)
{
    auto *stack = new QStackedWidget(tabs->parentWidget());
    stack->setObjectName(QStringLiteral("centre"));
    auto *page = new StartPage(actions, stack);
    stack->addWidget(page);
    stack->addWidget(tabs);
    // currentChanged fires when the first tab arrives and (with -1) when the last one goes.
    QObject::connect(tabs, &QTabWidget::currentChanged, stack, [stack, tabs, page] {
        stack->setCurrentWidget(tabs->count() > 0 ? static_cast<QWidget *>(tabs) : page);
    });
    stack->setCurrentWidget(tabs->count() > 0 ? static_cast<QWidget *>(tabs) : page);
    return stack;
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StartPage::retranslate()
{
    findChild<QLabel *>(QStringLiteral("startTitle"))->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Start here")));
    findChild<QLabel *>(QStringLiteral("startHint"))
        ->setText(tr("Open images, arrays, checkpoints or activation dumps (or drop them on the window), open a saved "
                     "workspace such as resources/demo/demo.infoscope.json, open an example with generated data and "
                     "its paper's claim, or watch a network learn in the live information-plane demo. Then choose an analysis on the left and press Run."));
}

} // namespace ui
