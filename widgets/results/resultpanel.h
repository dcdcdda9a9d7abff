#pragma once

#include "results/result.h"

#include <QWidget>

#include <map>
#include <memory>
#include <vector>

class QComboBox;

class QGridLayout;

namespace ui {

class PlotView;
class VtkView;

/// Shows every item of one result: plots and heat maps in a grid (each with an Export menu and,
/// for heat maps, a 3-D view), 3-D point sets in a VTK view, tables below. Views only draw.
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(std::shared_ptr<const core::Result> result, QWidget *parent = nullptr);

    const core::Result &result() const { return *m_result; }
    QList<PlotView *> plotViews() const { return m_plotViews; }
    QList<VtkView *> vtkViews() const { return m_vtkViews; }
    /// The plot the user last interacted with (or the first one).
    PlotView *currentPlotView() const;
    /// Takes over the zoom of `previous`'s maps and images of the same id (a live preview replaced
    /// that panel: the frame is the same, the values are new). Curves keep their own ranges, which
    /// may move with the parameter.
    void keepZoomOf(const ResultPanel &previous);

Q_SIGNALS:
    /// A heat map asked to be shown as a 3-D surface (the main window opens a tab for it).
    void show3dRequested(const core::ResultItem &item, const QString &title);
    void exportRequested(PlotView *view, const QString &format);
    /// A result of masks (inputs "prediction" and "truth") asked for the overlay viewer.
    void overlayRequested(std::shared_ptr<const core::Result> result);
    /// A table row was activated (double-click or Enter): the row's index in the result's table.
    void tableRowActivated(std::shared_ptr<const core::Result> result, const std::string &tableId, int row);

private:
    void exportTableCsv(const core::ResultItem &item);
    /// `chooser`: a group's plot chooser, placed at the left of the bar.
    QWidget *wrapWithToolbar(QWidget *view, const core::ResultItem &item, QWidget *chooser = nullptr);
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::shared_ptr<const core::Result> m_result;
    QList<PlotView *> m_plotViews;
    QList<VtkView *> m_vtkViews;
    PlotView *m_current = nullptr;
    std::map<QComboBox *, std::vector<core::ResultItem>> m_groupItems; ///< a group plot's items, by its chooser
};

} // namespace ui
