#include "koopman/eigenvaluelayer.h"

#include "plot/qcustomplotinclude.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ui {

QColor seriesColour(int index); // plot/plotview.cpp: the Okabe–Ito palette every plot uses

namespace {

constexpr int kSizeClasses = 6;

} // namespace

void EigenvalueLayer::draw(QCustomPlot *plot, const core::EigenvalueResult &result, int selected)
{
    auto *circle = new QCPCurve(plot->xAxis, plot->yAxis);
    circle->setName(QCoreApplication::translate("ui::PlotView", "unit circle"));
    QVector<QCPCurveData> ring;
    for (int i = 0; i <= 256; ++i) {
        const double t = 2.0 * M_PI * i / 256.0;
        ring.append(QCPCurveData(i, std::cos(t), std::sin(t)));
    }
    circle->data()->set(ring, true);
    circle->setPen(QPen(Qt::gray, 1, Qt::DashLine));

    // Marker area ∝ weight: diameter from 5 to 16 px by √(w / w_max), in a few classes (one graph each).
    double heaviest = 0;
    const bool weighted = result.weights.size() == result.values.size();
    if (weighted)
        for (double w : result.weights)
            if (std::isfinite(w))
                heaviest = std::max(heaviest, w);
    std::vector<QVector<QCPGraphData>> classes(kSizeClasses);
    for (std::size_t k = 0; k < result.values.size(); ++k) {
        int sizeClass = kSizeClasses / 2;
        if (weighted && heaviest > 0 && std::isfinite(result.weights[k]))
            sizeClass = std::clamp(int(std::sqrt(result.weights[k] / heaviest) * (kSizeClasses - 1) + 0.5), 0, kSizeClasses - 1);
        classes[std::size_t(sizeClass)].append(QCPGraphData(result.values[k].real(), result.values[k].imag()));
    }
    bool named = false;
    for (int c = 0; c < kSizeClasses; ++c) {
        if (classes[std::size_t(c)].isEmpty())
            continue;
        QCPGraph *graph = plot->addGraph();
        graph->setName(QCoreApplication::translate("ui::PlotView", "eigenvalues"));
        graph->data()->set(classes[std::size_t(c)], false); // shared real parts: never sort into a line
        graph->setLineStyle(QCPGraph::lsNone);
        QColor fill = seriesColour(0);
        fill.setAlpha(150);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, seriesColour(0), fill, 5.0 + 11.0 * c / (kSizeClasses - 1)));
        if (named)
            graph->removeFromLegend();
        named = true;
    }
    if (selected >= 0 && selected < int(result.values.size())) {
        QCPGraph *mark = plot->addGraph();
        mark->setName(QCoreApplication::translate("ui::PlotView", "selected"));
        mark->data()->set({QCPGraphData(result.values[std::size_t(selected)].real(), result.values[std::size_t(selected)].imag())});
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(seriesColour(1), 2.5), Qt::NoBrush, 22));
    }
}

int EigenvalueLayer::hit(const QCustomPlot *plot, const core::EigenvalueResult &result, const QPointF &pixel,
                         double maximumPixels)
{
    int best = -1;
    double bestDistance = maximumPixels;
    for (std::size_t k = 0; k < result.values.size(); ++k) {
        const double x = plot->xAxis->coordToPixel(result.values[k].real());
        const double y = plot->yAxis->coordToPixel(result.values[k].imag());
        const double d = std::hypot(x - pixel.x(), y - pixel.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(k);
        }
    }
    return best;
}

double EigenvalueLayer::halfExtent(const core::EigenvalueResult &result)
{
    double extent = 1.0;
    for (const auto &value : result.values)
        if (std::isfinite(value.real()) && std::isfinite(value.imag()))
            extent = std::max({extent, std::abs(value.real()), std::abs(value.imag())});
    return 1.12 * extent;
}

QString EigenvalueLayer::describe(const core::EigenvalueResult &result, int index)
{
    if (index < 0 || index >= int(result.values.size()))
        return {};
    const std::complex<double> v = result.values[std::size_t(index)];
    const QLocale locale;
    QString text = QCoreApplication::translate("ui::EigenvalueLayer", "λ%1 = %2 %3 %4i, |λ| = %5")
                       .arg(index + 1)
                       .arg(locale.toString(v.real(), 'g', 6), v.imag() < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                            locale.toString(std::abs(v.imag()), 'g', 6), locale.toString(std::abs(v), 'g', 6));
    if (result.weights.size() == result.values.size())
        text += QCoreApplication::translate("ui::EigenvalueLayer", ", |b| = %1")
                    .arg(locale.toString(result.weights[std::size_t(index)], 'g', 4));
    return text;
}

} // namespace ui
