#include "figure/figureexportflow.h"

#include "figure/figureexportdialog.h"
#include "plot/figureexporter.h"
#include "plot/plotview.h"

#include <QFileDialog>

namespace ui {

FigureExportFlow::Outcome FigureExportFlow::run(QWidget *parent, PlotView *view, const QString &format)
{
    const QString lower = format.toLower();
    FigureSpec spec;
    if (lower != QLatin1String("csv")) {
        FigureExportDialog dialog(format, parent);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        spec = dialog.spec();
        if (QString problem = spec.validate(); !problem.isEmpty())
            return {{}, problem};
        FigureExportDialog::rememberSpec(spec);
    }
    const QString base = QString::fromStdString(core::resultItemId(view->item()));
    QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export %1").arg(format), base + QLatin1Char('.') + lower,
                                                QObject::tr("%1 files (*.%2)").arg(format, lower));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + lower, Qt::CaseInsensitive))
        path += QLatin1Char('.') + lower;
    const QString error = FigureExporter::exportByExtension(view->plot(), view->item(), path, spec);
    return error.isEmpty() ? Outcome{path, {}} : Outcome{{}, error};
}

} // namespace ui
