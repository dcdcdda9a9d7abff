#include "examples/examplesmenu.h"

#include "examples/examplecatalogue.h"
#include "i18n/coretext.h"

#include <QEvent>

namespace ui {

ExamplesMenu::ExamplesMenu(const core::ExampleCatalogue &catalogue, QWidget *parent)
    : QMenu(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("examplesMenu"));
    setToolTipsVisible(true);
    for (const core::Example &example : catalogue.examples()) {
        QAction *action = addAction(QString());
        action->setData(QString::fromStdString(example.id));
        connect(action, &QAction::triggered, this, [this, action] { Q_EMIT exampleTriggered(action->data().toString()); });
    }
    addSeparator();
    retranslate();
}

void ExamplesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ExamplesMenu::retranslate()
{
    setTitle(tr("&Examples"));
    for (QAction *action : actions()) {
        const core::Example *example = m_catalogue.example(action->data().toString().toStdString());
        if (!example)
            continue;
        action->setText(coreText(example->title));
        action->setToolTip(tr("%1 (%2)").arg(coreText(example->claim), QString::fromStdString(example->citation)));
        action->setStatusTip(action->toolTip());
    }
}

} // namespace ui
