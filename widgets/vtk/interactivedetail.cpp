#include "vtk/interactivedetail.h"

#include <vtkCellArray.h>
#include <vtkIdList.h>
#include <vtkInformation.h>
#include <vtkInformationIntegerKey.h>
#include <vtkPointData.h>
#include <vtkPolyData.h>
#include <vtkProp.h>
#include <vtkPropCollection.h>
#include <vtkRenderer.h>

#include <algorithm>

namespace ui {

namespace {

vtkInformationIntegerKey *detailKey()
{
    // Owned by VTK's key registry (freed at exit), as vtkInformationKeyMacro does.
    static vtkInformationIntegerKey *key = new vtkInformationIntegerKey("InfoScopeDetail", "ui");
    return key;
}

} // namespace

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
    vtkPropCollection *props = renderer->GetViewProps();
    props->InitTraversal();
    while (vtkProp *prop = props->GetNextProp()) {
        vtkInformation *keys = prop->GetPropertyKeys();
        if (!keys || !keys->Has(detailKey()))
            continue;
        const bool coarse = keys->Get(detailKey()) == int(Detail::Coarse);
        prop->SetVisibility(coarse == interacting);
        found = true;
    }
    return found;
}

vtkSmartPointer<vtkPolyData> thinnedPolylines(vtkPolyData *lines, long long target)
{
    auto thinned = vtkSmartPointer<vtkPolyData>::New();
    thinned->SetPoints(lines->GetPoints());
    thinned->GetPointData()->ShallowCopy(lines->GetPointData());
    const long long total = lines->GetNumberOfPoints();
    const vtkIdType step = vtkIdType(std::max(1LL, (total + target - 1) / std::max(1LL, target)));
    vtkNew<vtkCellArray> cells;
    vtkCellArray *source = lines->GetLines();
    vtkNew<vtkIdList> ids;
    vtkNew<vtkIdList> kept;
    for (source->InitTraversal(); source->GetNextCell(ids);) {
        kept->Reset();
        const vtkIdType n = ids->GetNumberOfIds();
        for (vtkIdType i = 0; i < n; i += step)
            kept->InsertNextId(ids->GetId(i));
        if (n > 0 && (n - 1) % step != 0)
            kept->InsertNextId(ids->GetId(n - 1));
        if (kept->GetNumberOfIds() >= 2)
            cells->InsertNextCell(kept);
    }
    thinned->SetLines(cells);
    return thinned;
}

} // namespace ui
