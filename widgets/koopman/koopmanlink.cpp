#include "koopman/koopmanlink.h"

#include "plot/plotview.h"
#include "results/resultpanel.h"
#include "vtk/vtkview.h"

#include <QComboBox>

namespace ui {

void KoopmanLink::connect(ResultPanel *panel)
{
    PlotView *plane = nullptr;
    for (PlotView *view : panel->plotViews())
        if (std::holds_alternative<core::EigenvalueResult>(view->item()))
            plane = view;
    if (!plane)
        return;
    QObject::connect(plane, &PlotView::eigenvalueSelected, panel, [panel](int index) {
        for (const QString &group : {QStringLiteral("group_modes"), QStringLiteral("group_evolution")})
            if (auto *chooser = panel->findChild<QComboBox *>(group); chooser && index < chooser->count())
                chooser->setCurrentIndex(index);
        for (VtkView *view : panel->vtkViews()) {
            const auto *points = view->item() ? std::get_if<core::PointSetResult>(view->item()) : nullptr;
            if (points && !view->showColouring(index))
                view->showColouring(-1); // no eigenfunction for this one: back to time
        }
    });
}

} // namespace ui
