#pragma once

class vtkActor;
class vtkPolyData;
class vtkProp;
class vtkRenderer;

namespace ui {

// Level of detail while the user turns or zooms a 3-D view, as ParaView and vtkLODActor do: a large
// trajectory (over 20 000 points) is drawn with at most 20 000 segments (fewer where frames would
// otherwise fall below 30 a second: vtk/interactivebudget.h), thin lines and no multisampling while
// the mouse moves, and in full when it stops. Mesa's software renderer (Xvfb, remote desktops)
// otherwise drops to a few frames per second at 100 000 points.

enum class Detail { Full = 1, Coarse = 2 };

/// Tags `prop` as the full or the coarse drawing of one object.
void markDetail(vtkProp *prop, Detail detail);

/// Shows the coarse props (interacting) or the full ones (at rest) of `renderer`'s tagged props;
/// false if it has none (then nothing changes).
bool setInteractiveDetail(vtkRenderer *renderer, bool interacting);

/// Tags `coarse` as the coarse drawing of the polylines `lines` and gives it at most `target` segments.
void markCoarseLines(vtkActor *coarse, vtkPolyData *lines, long long target);

/// Gives every coarse drawing of polylines in `renderer` at most `target` segments
/// (vtk/interactivebudget.h); false if none changed.
bool setCoarseSegments(vtkRenderer *renderer, long long target);

/// The line segments the coarse drawings of polylines in `renderer` hold now.
long long coarseSegments(vtkRenderer *renderer);

} // namespace ui
