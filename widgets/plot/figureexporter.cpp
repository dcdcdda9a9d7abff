#include "plot/figureexporter.h"

#include "plot/plottext.h"
#include "plot/qcustomplotinclude.h"
#include "results/resultcsv.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <sstream>

namespace ui {

namespace {

QString writeFailed(const QString &path, const QString &why)
{
    return QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

// The plot's title (the SVG and PDF document title), else a generic one.
QString figureTitle(QCustomPlot *plot)
{
    for (QCPLayoutElement *element : plot->plotLayout()->elements(false))
        if (auto *text = qobject_cast<QCPTextElement *>(element); text && !text->text().isEmpty())
            return text->property("fullText").toString();
    return QObject::tr("InfoScope figure");
}

int dotsPerMeter(double dpi)
{
    return qRound(dpi / 0.0254);
}

} // namespace

double FigureExporter::layoutDpi()
{
    // What QFontMetrics(font) measures with (Qt's default dpi): 96 when AA_Use96Dpi is set, else the primary
    // screen's logical dpi.
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96.0;
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? double(qRound(screen->logicalDotsPerInchY())) : 100.0;
}

void FigureExporter::render(QCustomPlot *plot, QCPPainter *painter, QSizeF deviceSize, const FigureSpec &spec)
{
    const QSizeF logical = spec.sizeAt(layoutDpi());
    const int width = qMax(1, qRound(logical.width())), height = qMax(1, qRound(logical.height()));
    applyPlotFonts(plot, spec.fontPoints);
    fitPlotText(plot, QRect(0, 0, width, height));
    // Square cells: the figure's axis rect has another shape than the screen's. Fit what is in view (a
    // zoom is kept), without the screen's padding: the view's ranges cut to the map's extent.
    const QCPRange xRange = plot->xAxis->range(), yRange = plot->yAxis->range();
    const QVariant extent = plot->property("cellExtent");
    if (extent.isValid()) {
        const QRectF inView(QPointF(xRange.lower, yRange.lower), QPointF(xRange.upper, yRange.upper));
        plot->setProperty("cellExtent", inView.intersected(extent.toRectF()));
        fitSquareCells(plot);
        fitPlotText(plot, QRect(0, 0, width, height)); // new ranges, new tick labels: margins may move
        fitSquareCells(plot);
        plot->setProperty("cellExtent", extent);
    }
    painter->save();
    painter->setMode(QCPPainter::pmNoCaching);
    painter->setMode(QCPPainter::pmNonCosmetic); // hairlines scale with the figure like every other pen
    painter->scale(deviceSize.width() / width, deviceSize.height() / height);
    plot->toPainter(painter, width, height);
    painter->restore();
    plot->xAxis->setRange(xRange);
    plot->yAxis->setRange(yRange);
    applyPlotFonts(plot, kScreenFontPoints);
    fitPlotText(plot, plot->viewport());
    plot->replot(); // toPainter laid the plot out at the figure size; restore the on-screen layout
}

QString FigureExporter::exportPng(QCustomPlot *plot, const QString &path, const FigureSpec &spec)
{
    if (const QString problem = spec.validate(); !problem.isEmpty())
        return problem;
    const QSize pixels = spec.pixelSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied); // the format QPainter blends fastest
    image.fill(Qt::white);
    // Paint with fonts resolved at the layout dpi (the painter scales to the real pixels), then record the real dpi.
    image.setDotsPerMeterX(dotsPerMeter(layoutDpi()));
    image.setDotsPerMeterY(dotsPerMeter(layoutDpi()));
    {
        QCPPainter painter(&image);
        render(plot, &painter, QSizeF(pixels), spec);
    }
    image.setDotsPerMeterX(dotsPerMeter(spec.dpi));
    image.setDotsPerMeterY(dotsPerMeter(spec.dpi));
    QSaveFile file(path);
    // Quality 80 is zlib level 1: a fifth of the time of the default level for a few per cent more bytes.
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG", 80) || !file.commit())
        return writeFailed(path, file.errorString());
    return {};
}

QString FigureExporter::exportSvg(QCustomPlot *plot, const QString &path, const FigureSpec &spec)
{
    if (const QString problem = spec.validate(); !problem.isEmpty())
        return problem;
    // The SVG's user units are layout pixels; its width and height (in mm) follow from the resolution.
    const QSizeF logical = spec.sizeAt(layoutDpi());
    const QSize size(qRound(logical.width()), qRound(logical.height()));
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setResolution(qRound(layoutDpi()));
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(figureTitle(plot));
    generator.setDescription(QStringLiteral("Exported by InfoScope"));
    {
        QCPPainter painter;
        if (!painter.begin(&generator))
            return writeFailed(path, QObject::tr("cannot open the file"));
        painter.setMode(QCPPainter::pmVectorized);
        render(plot, &painter, QSizeF(size), spec);
        painter.end();
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return writeFailed(path, QObject::tr("nothing was written"));
    return {};
}

QString FigureExporter::exportPdf(QCustomPlot *plot, const QString &path, const FigureSpec &spec)
{
    if (const QString problem = spec.validate(); !problem.isEmpty())
        return problem;
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("InfoScope"));
    writer.setTitle(figureTitle(plot));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(QSizeF(spec.widthInches, spec.heightInches), QPageSize::Inch, QString(),
                                 QPageSize::ExactMatch));
    writer.setResolution(qRound(layoutDpi()));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return writeFailed(path, QObject::tr("PDF writer failed"));
    painter.setMode(QCPPainter::pmVectorized);
    render(plot, &painter, QSizeF(writer.width(), writer.height()), spec);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return writeFailed(path, QObject::tr("nothing was written"));
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
                                          const FigureSpec &spec)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return exportPng(plot, path, spec);
    if (suffix == QLatin1String("svg"))
        return exportSvg(plot, path, spec);
    if (suffix == QLatin1String("pdf"))
        return exportPdf(plot, path, spec);
    if (suffix == QLatin1String("csv"))
        return exportCsv(item, path);
    return QObject::tr("Unknown figure format '.%1' (use .png, .svg, .pdf or .csv)").arg(suffix);
}

} // namespace ui
