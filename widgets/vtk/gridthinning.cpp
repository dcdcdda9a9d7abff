#include "vtk/gridthinning.h"

#include <vtkCellArray.h>
#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace ui {

namespace {

constexpr std::uint64_t empty = ~std::uint64_t(0);
constexpr int cellBits = 30; // g ≤ 1024: a cell index fits in 30 bits, a pair of cells in 60

/// The polylines' points in grid units of the largest side ([0, 1]), and their point ids with -1 between
/// polylines and at non-finite points: read once, walked once per grid size tried.
struct Walk
{
    std::vector<float> unit;    ///< x, y, z of every point, scaled; NaN where not finite
    std::vector<vtkIdType> ids; ///< the polylines' point ids, -1 as a break
};

Walk walkOf(vtkPolyData *lines)
{
    Walk walk;
    vtkPoints *points = lines->GetPoints();
    const vtkIdType count = points->GetNumberOfPoints();
    // The box of the finite points (vtkPolyData's bounds would take in ±inf and collapse every cell).
    std::vector<double> xyz(std::size_t(3 * count));
    double box[6] = {INFINITY, -INFINITY, INFINITY, -INFINITY, INFINITY, -INFINITY};
    for (vtkIdType id = 0; id < count; ++id) {
        double *p = &xyz[std::size_t(3 * id)];
        points->GetPoint(id, p);
        if (!(std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]))) {
            p[0] = NAN;
            continue;
        }
        for (int k = 0; k < 3; ++k) {
            box[2 * k] = std::min(box[2 * k], p[k]);
            box[2 * k + 1] = std::max(box[2 * k + 1], p[k]);
        }
    }
    const double side = std::max({box[1] - box[0], box[3] - box[2], box[5] - box[4]});
    const double scale = side > 0 ? 1.0 / side : 0.0;
    walk.unit.resize(std::size_t(3 * count));
    for (vtkIdType id = 0; id < count; ++id)
        for (int k = 0; k < 3; ++k)
            walk.unit[std::size_t(3 * id + k)] =
                std::isnan(xyz[std::size_t(3 * id)]) ? NAN : float((xyz[std::size_t(3 * id + k)] - box[2 * k]) * scale);
    vtkCellArray *cells = lines->GetLines();
    vtkNew<vtkIdList> cell;
    walk.ids.reserve(std::size_t(cells->GetNumberOfConnectivityIds() + cells->GetNumberOfCells()));
    for (cells->InitTraversal(); cells->GetNextCell(cell);) {
        for (vtkIdType i = 0; i < cell->GetNumberOfIds(); ++i)
            walk.ids.push_back(std::isnan(walk.unit[std::size_t(3 * cell->GetId(i))]) ? -1 : cell->GetId(i));
        walk.ids.push_back(-1);
    }
    return walk;
}

/// A set of 64-bit keys by open addressing (no allocation per key: a grid step is inserted ~10⁵ times per
/// size tried), with a value per key.
class KeyTable
{
public:
    explicit KeyTable(std::size_t most)
    {
        std::size_t capacity = 16;
        while (capacity < 2 * most)
            capacity *= 2;
        m_keys.assign(capacity, empty);
        m_values.resize(capacity);
        m_mask = capacity - 1;
    }
    /// Inserts key with value if absent; true if it was absent.
    bool insert(std::uint64_t key, vtkIdType value)
    {
        std::size_t slot = std::size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask;
        while (m_keys[slot] != empty) {
            if (m_keys[slot] == key)
                return false;
            slot = (slot + 1) & m_mask;
        }
        m_keys[slot] = key;
        m_values[slot] = value;
        ++m_size;
        return true;
    }
    vtkIdType value(std::uint64_t key) const
    {
        std::size_t slot = std::size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask;
        while (m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        return m_values[slot];
    }
    void clear()
    {
        std::fill(m_keys.begin(), m_keys.end(), empty);
        m_size = 0;
    }
    std::size_t size() const { return m_size; }
    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (std::size_t slot = 0; slot < m_keys.size(); ++slot)
            if (m_keys[slot] != empty)
                visit(m_keys[slot]);
    }

private:
    std::vector<std::uint64_t> m_keys;
    std::vector<vtkIdType> m_values;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

std::uint64_t cellOf(const Walk &walk, vtkIdType id, std::uint64_t g)
{
    const float *p = &walk.unit[std::size_t(3 * id)];
    std::uint64_t c[3];
    for (int k = 0; k < 3; ++k)
        c[k] = std::min<std::uint64_t>(g - 1, std::uint64_t(std::max(0.0f, p[k] * float(g))));
    return (c[0] * g + c[1]) * g + c[2];
}

/// The distinct steps between cells of a g-grid (a < b as a << 30 | b) into `steps`; each cell's first point
/// into `first` when given.
void collectSteps(const Walk &walk, std::uint64_t g, KeyTable &steps, KeyTable *first)
{
    steps.clear();
    if (first)
        first->clear();
    bool previousValid = false;
    std::uint64_t previous = 0;
    for (const vtkIdType id : walk.ids) {
        if (id < 0) {
            previousValid = false;
            continue;
        }
        const std::uint64_t cell = cellOf(walk, id, g);
        if (first)
            first->insert(cell, id);
        if (previousValid && cell != previous)
            steps.insert(std::min(cell, previous) << cellBits | std::max(cell, previous), 0);
        previous = cell;
        previousValid = true;
    }
}

} // namespace

long long polylineSegments(vtkPolyData *lines)
{
    vtkCellArray *cells = lines->GetLines();
    return cells->GetNumberOfConnectivityIds() - cells->GetNumberOfCells();
}

vtkSmartPointer<vtkPolyData> thinnedPolylines(vtkPolyData *lines, long long target)
{
    if (polylineSegments(lines) <= target)
        return lines;
    const Walk walk = walkOf(lines);
    KeyTable steps(walk.ids.size());
    // A fine grid whose steps fit the budget, by bisection (about ten walks). The count grows with g only
    // roughly (grids of different g are not nested), so this is a fine g that fits, not always the finest;
    // g = 1 has no steps, so the result always fits (a budget of 0 draws nothing).
    std::uint64_t coarse = 1, fine = 1025;
    while (fine - coarse > 1) {
        const std::uint64_t g = (coarse + fine) / 2;
        collectSteps(walk, g, steps, nullptr);
        if ((long long)steps.size() <= target)
            coarse = g;
        else
            fine = g;
    }
    KeyTable first(walk.ids.size());
    collectSteps(walk, coarse, steps, &first);
    vtkNew<vtkCellArray> cells;
    cells->AllocateExact(vtkIdType(steps.size()), vtkIdType(2 * steps.size()));
    steps.forEach([&](std::uint64_t step) {
        const vtkIdType segment[2] = {first.value(step >> cellBits),
                                      first.value(step & ((std::uint64_t(1) << cellBits) - 1))};
        cells->InsertNextCell(2, segment);
    });
    auto thinned = vtkSmartPointer<vtkPolyData>::New();
    thinned->SetPoints(lines->GetPoints());
    thinned->GetPointData()->ShallowCopy(lines->GetPointData());
    thinned->SetLines(cells);
    return thinned;
}

} // namespace ui
