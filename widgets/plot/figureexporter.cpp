#include "plot/figureexporter.h"

#include "plot/qcustomplotinclude.h"
#include "results/resultcsv.h"

#include <QFileInfo>
#include <QImage>
#include <QSaveFile>
#include <QSvgGenerator>

#include <sstream>

namespace ui {

namespace {

QSize logicalOrOnScreen(QCustomPlot *plot, QSize logicalSize)
{
    if (logicalSize.isValid() && !logicalSize.isEmpty())
        return logicalSize;
    // A plot that was never shown (infoscope-cli) has no laid-out size: use matplotlib's 6.4 x 4.8 in at 100 DPI.
    const QSize onScreen = plot->size();
    return plot->isVisible() && onScreen.width() >= 100 && onScreen.height() >= 100 ? onScreen : QSize(640, 480);
}

QString writeFailed(const QString &path, const QString &why)
{
    return QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace

QString FigureExporter::exportPng(QCustomPlot *plot, const QString &path, QSize pixelSize, int dpi)
{
    if (pixelSize.width() < 16 || pixelSize.height() < 16 || pixelSize.width() > 20000 || pixelSize.height() > 20000)
        return QObject::tr("PNG size %1 x %2 px is outside 16 ... 20000 px").arg(pixelSize.width()).arg(pixelSize.height());
    if (dpi < 36 || dpi > 2400)
        return QObject::tr("%1 DPI is outside 36 ... 2400").arg(dpi);
    // Lay out at a logical size whose fonts come out right at this DPI, then paint scaled to the exact pixels.
    const double scale = dpi / 96.0;
    const int logicalWidth = qMax(1, qRound(pixelSize.width() / scale));
    const int logicalHeight = qMax(1, qRound(pixelSize.height() / scale));
    QImage image(pixelSize, QImage::Format_ARGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QCPPainter painter(&image);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.scale(double(pixelSize.width()) / logicalWidth, double(pixelSize.height()) / logicalHeight);
        plot->toPainter(&painter, logicalWidth, logicalHeight);
    }
    plot->replot(); // toPainter re-lays out the plot at the figure size; restore the on-screen layout
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

QString FigureExporter::exportSvg(QCustomPlot *plot, const QString &path, QSize logicalSize)
{
    const QSize size = logicalOrOnScreen(plot, logicalSize);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(plot->plottableCount() > 0 ? plot->plottable(0)->name() : QStringLiteral("InfoScope figure"));
    generator.setDescription(QStringLiteral("Exported by InfoScope"));
    {
        QCPPainter painter;
        if (!painter.begin(&generator))
            return writeFailed(path, QObject::tr("cannot open the file"));
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, size.width(), size.height());
        painter.end();
    }
    plot->replot();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return writeFailed(path, QObject::tr("nothing was written"));
    return {};
}

QString FigureExporter::exportPdf(QCustomPlot *plot, const QString &path, QSize logicalSize)
{
    const QSize size = logicalOrOnScreen(plot, logicalSize);
    if (!plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("InfoScope")))
        return writeFailed(path, QObject::tr("PDF writer failed"));
    return {};
}

QString FigureExporter::exportCsv(const core::ResultItem &item, const QString &path)
{
    std::ostringstream out;
    core::writeCsv(item, out);
    const std::string text = out.str();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

QString FigureExporter::exportByExtension(QCustomPlot *plot, const core::ResultItem &item, const QString &path,
                                          int dpi)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return exportPng(plot, path, defaultPixelSize(dpi), dpi);
    if (suffix == QLatin1String("svg"))
        return exportSvg(plot, path);
    if (suffix == QLatin1String("pdf"))
        return exportPdf(plot, path);
    if (suffix == QLatin1String("csv"))
        return exportCsv(item, path);
    return QObject::tr("Unknown figure format '.%1' (use .png, .svg, .pdf or .csv)").arg(suffix);
}

} // namespace ui
