#include "vtk/vtkviewtoolbar.h"

#include "figure/figureexportdialog.h"
#include "plot/figurespec.h"
#include "vtk/vtkimageexport.h"
#include "vtk/vtkscene.h"
#include "vtk/vtkview.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <vtkRenderer.h>

namespace ui {

QWidget *withVtkToolbar(VtkView *view)
{
    // The context lupdate gives free functions in namespace ui.
    auto tr = [](const char *text) { return QCoreApplication::translate("ui", text); };
    auto *frame = new QWidget(view->parentWidget());
    auto *reset = new QToolButton(frame);
    reset->setObjectName(QStringLiteral("resetCamera"));
    reset->setText(tr("Reset camera"));
    reset->setToolTip(tr("Back to the three-quarter view that shows everything"));
    QObject::connect(reset, &QToolButton::clicked, view, [view] {
        resetSceneCamera(view->renderer());
        view->renderScene();
    });
    auto *save = new QToolButton(frame);
    save->setObjectName(QStringLiteral("exportPng"));
    save->setText(tr("Export PNG…"));
    save->setToolTip(tr("Save the 3-D view as turned, as a PNG of a chosen size, dpi and font size"));
    QObject::connect(save, &QToolButton::clicked, view, [view, tr] {
        if (!view->item())
            return;
        FigureExportDialog dialog(QStringLiteral("PNG"), view);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const FigureSpec spec = dialog.spec();
        FigureExportDialog::rememberSpec(spec);
        QString path = QFileDialog::getSaveFileName(view, tr("Export 3-D view"), QStringLiteral("view3d.png"), tr("PNG files (*.png)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            path += QLatin1String(".png");
        QString error;
        const QImage image = renderSceneImage(*view->item(), view->renderer()->GetActiveCamera(), spec, &error);
        view->renderScene(); // the view's own context again
        if (image.isNull() || !image.save(path, "PNG"))
            QMessageBox::warning(view, tr("Export failed"),
                                 error.isEmpty() ? tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)) : error);
    });
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(reset);
    bar->addWidget(save);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return frame;
}

} // namespace ui
