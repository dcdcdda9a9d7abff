#pragma once

#include <vtkSmartPointer.h>

class vtkPolyData;
class vtkProp;
class vtkRenderer;

namespace ui {

// Level of detail while the user turns or zooms a 3-D view, as ParaView and vtkLODActor do: a large
// trajectory (over 20 000 points) is drawn every k-th point with thin lines and no multisampling while
// the mouse moves, and in full when it stops. Mesa's software renderer (Xvfb, remote desktops)
// otherwise drops to a few frames per second at 100 000 points.

enum class Detail { Full = 1, Coarse = 2 };

/// Tags `prop` as the full or the coarse drawing of one object.
void markDetail(vtkProp *prop, Detail detail);

/// Shows the coarse props (interacting) or the full ones (at rest) of `renderer`'s tagged props;
/// false if it has none (then nothing changes).
bool setInteractiveDetail(vtkRenderer *renderer, bool interacting);

/// The polylines of `lines` with every k-th point of each (its last one kept), so that at most about
/// `target` points remain; points and point data are shared, not copied.
vtkSmartPointer<vtkPolyData> thinnedPolylines(vtkPolyData *lines, long long target);

} // namespace ui
