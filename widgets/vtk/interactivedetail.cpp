#include "vtk/interactivedetail.h"

#include "vtk/gridthinning.h"

#include <vtkActor.h>
#include <vtkInformation.h>
#include <vtkInformationIntegerKey.h>
#include <vtkInformationObjectBaseKey.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProp.h>
#include <vtkPropCollection.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <climits>
#include <utility>

namespace ui {

namespace {

vtkInformationIntegerKey *detailKey()
{
    // Owned by VTK's key registry (freed at exit), as vtkInformationKeyMacro does.
    static vtkInformationIntegerKey *key = new vtkInformationIntegerKey("InfoScopeDetail", "ui");
    return key;
}

/// The full polylines a coarse drawing thins, and the number of segments it was last given.
vtkInformationObjectBaseKey *linesKey()
{
    static auto *key = new vtkInformationObjectBaseKey("InfoScopeFullLines", "ui", "vtkPolyData");
    return key;
}

vtkInformationIntegerKey *targetKey()
{
    static vtkInformationIntegerKey *key = new vtkInformationIntegerKey("InfoScopeCoarseTarget", "ui");
    return key;
}

/// Calls visit(prop) for each of `renderer`'s props.
template<typename Visit>
void forEachProp(vtkRenderer *renderer, Visit visit)
{
    vtkPropCollection *props = renderer->GetViewProps();
    props->InitTraversal();
    while (vtkProp *prop = props->GetNextProp())
        visit(prop);
}

/// The mapper of a coarse drawing of polylines (markCoarseLines) and the full polylines it thins, or nulls.
std::pair<vtkPolyDataMapper *, vtkPolyData *> coarseDrawing(vtkProp *prop)
{
    auto *actor = vtkActor::SafeDownCast(prop);
    vtkInformation *keys = actor ? actor->GetPropertyKeys() : nullptr;
    auto *lines = keys ? vtkPolyData::SafeDownCast(keys->Get(linesKey())) : nullptr;
    auto *mapper = lines ? vtkPolyDataMapper::SafeDownCast(actor->GetMapper()) : nullptr;
    return {mapper, mapper ? lines : nullptr};
}

bool thinTo(vtkActor *coarse, long long target)
{
    const auto [mapper, lines] = coarseDrawing(coarse);
    vtkInformation *keys = coarse->GetPropertyKeys();
    const int budget = int(std::clamp<long long>(target, 0, INT_MAX));
    if (!mapper || (keys->Has(targetKey()) && keys->Get(targetKey()) == budget))
        return false;
    mapper->SetInputData(thinnedPolylines(lines, budget));
    keys->Set(targetKey(), budget);
    return true;
}

} // namespace

void markCoarseLines(vtkActor *coarse, vtkPolyData *lines, long long target)
{
    markDetail(coarse, Detail::Coarse);
    coarse->GetPropertyKeys()->Set(linesKey(), lines);
    thinTo(coarse, target);
}

long long coarseSegments(vtkRenderer *renderer)
{
    long long segments = 0;
    forEachProp(renderer, [&](vtkProp *prop) {
        if (vtkPolyDataMapper *mapper = coarseDrawing(prop).first; mapper && mapper->GetInput())
            segments += polylineSegments(mapper->GetInput());
    });
    return segments;
}

bool setCoarseSegments(vtkRenderer *renderer, long long target)
{
    bool changed = false;
    forEachProp(renderer, [&](vtkProp *prop) {
        if (auto *actor = vtkActor::SafeDownCast(prop))
            changed = thinTo(actor, target) || changed;
    });
    return changed;
}

void markDetail(vtkProp *prop, Detail detail)
{
    if (!prop->GetPropertyKeys()) {
        vtkNew<vtkInformation> keys;
        prop->SetPropertyKeys(keys);
    }
    prop->GetPropertyKeys()->Set(detailKey(), int(detail));
}

bool setInteractiveDetail(vtkRenderer *renderer, bool interacting)
{
    bool found = false;
    forEachProp(renderer, [&](vtkProp *prop) {
        vtkInformation *keys = prop->GetPropertyKeys();
        if (!keys || !keys->Has(detailKey()))
            return;
        const bool coarse = keys->Get(detailKey()) == int(Detail::Coarse);
        prop->SetVisibility(coarse == interacting);
        found = true;
    });
    return found;
}

} // namespace ui
