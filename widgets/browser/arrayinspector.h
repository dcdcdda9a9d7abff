#pragma once

#include "data/tensor.h"

#include <QWidget>

#include <vector>

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QHBoxLayout;
template<typename T>
class QFutureWatcher;

namespace core {
class ArrayCollection;
}

namespace ui {

class PlotView;

/// Shows a 2-D slice of any n-d array as a heat map: pick the row and column axes, and an index for
/// every other axis. Arrays are read off the GUI thread; slicing is core::sliceAsHeatMap.
class ArrayInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ArrayInspector(QWidget *parent = nullptr);
    ~ArrayInspector() override;

    /// Reads `name` from `arrays` in the background, then shows it.
    void inspect(std::shared_ptr<const core::ArrayCollection> arrays, const QString &name, const QString &title);
    void inspectTensor(const core::Tensor &tensor, const QString &title);

    PlotView *plotView() const { return m_plot; }
    const core::Tensor &tensor() const { return m_tensor; }

Q_SIGNALS:
    /// Emitted after a slice is drawn (tests wait for it).
    void sliceShown();

private:
    struct Loaded
    {
        core::Tensor tensor;
        QString error;
    };
    void rebuildControls();
    void render();
    void showSliceStatistics(const std::vector<double> &values);

    QLabel *m_title;
    QLabel *m_message;
    QComboBox *m_rowAxis;
    QComboBox *m_columnAxis;
    QHBoxLayout *m_indexLayout;
    QList<QSpinBox *> m_indices;
    QLabel *m_sliceStatistics;
    PlotView *m_plot;
    QFutureWatcher<Loaded> *m_watcher;
    core::Tensor m_tensor;
    QString m_titleText;
};

} // namespace ui
