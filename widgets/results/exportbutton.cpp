#include "results/exportbutton.h"

#include <QCoreApplication>
#include <QMenu>
#include <QToolButton>

namespace ui {

QToolButton *makeExportButton(QWidget *parent, const std::function<void(const QString &format)> &request)
{
    // The context lupdate gives free functions in namespace ui.
    auto tr = [](const char *text) { return QCoreApplication::translate("ui", text); };
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("exportButton"));
    button->setText(tr("Export"));
    button->setToolTip(tr("Save this figure as PNG, SVG or PDF, or its data as CSV"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    for (const QString &format : {QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF"), QStringLiteral("CSV")}) {
        QAction *action = menu->addAction(format == QLatin1String("CSV") ? tr("Data as CSV…") : tr("Figure as %1…").arg(format));
        QObject::connect(action, &QAction::triggered, button, [request, format] { request(format); });
    }
    button->setMenu(menu);
    return button;
}

} // namespace ui
