#pragma once

#include "analyses/segmentation/segmentationmetrics.h"
#include "data/tensor.h"

#include <Eigen/Core>

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;

namespace ui {

class OverlayCanvas;

/// The segmentation overlay viewer: an image with the ground truth and one or two predictions as
/// TP/FP/FN colours, fills or contours at an adjustable opacity; zoom and pan; a read-out of the
/// pixel under the cursor; side-by-side, swipe or flicker comparison of two predictions; a threshold
/// slider for probability maps that updates the overlay and the metrics as it moves.
class OverlayViewer : public QWidget
{
    Q_OBJECT

public:
    enum class Show { Errors, Prediction, Truth };
    enum class Compare { None, SideBySide, Swipe, Flicker };

    explicit OverlayViewer(QWidget *parent = nullptr);

    /// The background (H, W) or (H, W, 3|4); without one the ground truth is shown in grey.
    void setImage(const core::Tensor &image);
    /// Planes as core::maskPlane reads them (throws AnalysisError for bad masks).
    void setTruth(const core::Tensor &truth);
    void addPrediction(const QString &name, const core::Tensor &prediction);

    void setShow(Show show);
    void setContours(bool contours);
    void setOpacity(double opacity);
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    void setCompare(Compare compare);

    /// Metrics of prediction `index` at the current threshold.
    const core::SegmentationMetrics &metrics(int index) const { return m_metrics.at(std::size_t(index)); }
    OverlayCanvas *canvas() const { return m_canvas; }
    /// The image with the overlay of prediction `index` drawn at the opacity, `scale` × the pixels
    /// (nearest neighbour): what Export PNG writes.
    QImage composite(int index, int scale) const;

Q_SIGNALS:
    void metricsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateBackground();
    void updateReadout(int row, int column);
    void retranslate();
    void exportPng();
    QImage layerFor(int index) const;
    core::BinaryMask maskOf(const Eigen::MatrixXd &plane) const;
    int sliderFor(double threshold) const;

    core::Tensor m_image;
    QImage m_background; ///< the image (or the truth in grey) for display
    Eigen::MatrixXd m_truth;
    std::vector<QString> m_names;
    std::vector<Eigen::MatrixXd> m_predictions;
    std::vector<core::SegmentationMetrics> m_metrics;
    std::vector<double> m_labels;
    double m_threshold = 0.0, m_low = 0.0, m_high = 1.0;
    Show m_show = Show::Errors;
    bool m_contours = false;
    double m_opacity = 0.5;
    Compare m_compare = Compare::None;
    bool m_flickerB = false;

    OverlayCanvas *m_canvas;
    OverlayCanvas *m_second;
    QComboBox *m_showBox, *m_drawBox, *m_compareBox, *m_modelA, *m_modelB;
    QSlider *m_opacitySlider, *m_thresholdSlider;
    QLabel *m_thresholdLabel, *m_metricsLabel, *m_readout, *m_legend;
    QLabel *m_showLabel, *m_drawLabel, *m_opacityLabel, *m_thresholdTitle, *m_compareLabel;
    QTimer *m_flicker;
};

} // namespace ui
