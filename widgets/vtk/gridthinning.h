#pragma once

#include <vtkSmartPointer.h>

class vtkPolyData;

namespace ui {

/// The polylines of `lines` drawn with at most `target` segments (`lines` itself if it has no more), for
/// turning a large trajectory (vtk/interactivedetail.h). The points are gathered on a g × g × g grid over
/// the finite points' bounds, g about as fine as the budget allows (bisection, at most 1024), and every
/// step of a polyline from one grid cell into another becomes one segment between the two cells' first
/// points, drawn once however often the trajectory repeats it. Unlike every k-th point, this keeps an attractor's shape at a few thousand
/// segments: where a trajectory winds over the same region many times, the repeats cost nothing, and no
/// segment jumps across the figure. Colours are those of each cell's first point. Points and point data
/// are shared, not copied. Non-finite points break a polyline.
vtkSmartPointer<vtkPolyData> thinnedPolylines(vtkPolyData *lines, long long target);

/// The line segments of `lines`' polylines (points per polyline minus one, summed).
long long polylineSegments(vtkPolyData *lines);

} // namespace ui
