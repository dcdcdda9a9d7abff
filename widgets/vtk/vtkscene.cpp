#include "vtk/vtkscene.h"
#include "vtk/interactivebudget.h"
#include "vtk/interactivedetail.h"
#include "vtk/niceaxis.h"

#include "i18n/coretext.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkTubeFilter.h>
#include <vtkCubeAxesActor.h>
#include <vtkDoubleArray.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkStringArray.h>
#include <vtkStructuredGrid.h>
#include <vtkDataSetSurfaceFilter.h>
#include <vtkCoordinate.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

#include <vtkVariant.h>
#include <vtkVertexGlyphFilter.h>

#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <limits>
#include <vector>

namespace ui {

namespace {

/// 256 entries interpolated linearly between 9 evenly spaced colour stops (0…255 RGB).
vtkSmartPointer<vtkLookupTable> interpolatedTable(const double (&stops)[9][3])
{
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    const int entries = 256;
    table->SetNumberOfTableValues(entries);
    for (int i = 0; i < entries; ++i) {
        const double t = double(i) / (entries - 1) * 8.0;
        const int k = std::min(7, int(t));
        const double f = t - k;
        table->SetTableValue(i, (stops[k][0] * (1 - f) + stops[k + 1][0] * f) / 255.0,
                             (stops[k][1] * (1 - f) + stops[k + 1][1] * f) / 255.0,
                             (stops[k][2] * (1 - f) + stops[k + 1][2] * f) / 255.0, 1.0);
    }
    table->SetNanColor(0.6, 0.6, 0.6, 1.0);
    return table;
}

vtkSmartPointer<vtkLookupTable> viridisTable(double lo, double hi)
{
    static const double stops[9][3] = {{68, 1, 84},    {71, 45, 123},  {59, 82, 139},
                                       {44, 114, 142}, {33, 145, 140}, {40, 174, 128},
                                       {94, 201, 98},  {173, 220, 48}, {253, 231, 37}};
    auto table = interpolatedTable(stops);
    table->SetRange(lo, hi < lo ? lo : (hi == lo ? lo + 1.0 : hi));
    table->Build();
    return table;
}

/// A cyclic map for phases over [−π, π] (light, blue, dark, red, light: after matplotlib's "twilight"), so
/// that −π and π get one colour and no seam appears where a phase wraps. Ticks at multiples of π/2.
vtkSmartPointer<vtkLookupTable> cyclicTable()
{
    static const double stops[9][3] = {{226, 217, 226}, {138, 160, 198}, {94, 87, 176}, {70, 30, 110},
                                       {48, 20, 55},    {110, 30, 60},   {166, 80, 66}, {204, 150, 130},
                                       {226, 217, 226}};
    auto table = interpolatedTable(stops);
    table->SetRange(-M_PI, M_PI);
    const char *names[] = {"−π", "−π/2", "0", "π/2", "π"};
    for (int k = 0; k < 5; ++k)
        table->SetAnnotation(vtkVariant(-M_PI + k * M_PI / 2), names[k]);
    table->Build();
    return table;
}

/// The sorted distinct values when the scalars are class labels (whole numbers, 2 … 12 of them), else empty.
std::vector<double> classValues(const std::vector<double> &scalars)
{
    std::vector<double> values;
    for (double s : scalars) {
        if (!std::isfinite(s))
            continue;
        if (s != std::floor(s))
            return {};
        if (std::find(values.begin(), values.end(), s) == values.end()) {
            values.push_back(s);
            if (values.size() > 12)
                return {};
        }
    }
    if (values.size() < 2)
        return {};
    std::sort(values.begin(), values.end());
    return values;
}

/// An indexed table: one Okabe–Ito colour per class (as the 2-D plots), annotated with its value.
vtkSmartPointer<vtkLookupTable> classTable(const std::vector<double> &classes)
{
    static const double palette[][3] = {{0, 114, 178},  {213, 94, 0},   {0, 158, 115}, {204, 121, 167},
                                        {230, 159, 0},  {86, 180, 233}, {240, 228, 66}, {0, 0, 0},
                                        {136, 34, 85},  {68, 170, 153}, {153, 153, 51}, {170, 68, 153}};
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    table->SetNumberOfTableValues(vtkIdType(classes.size()));
    table->IndexedLookupOn();
    for (std::size_t i = 0; i < classes.size(); ++i) {
        const double *c = palette[i % 12];
        table->SetTableValue(vtkIdType(i), c[0] / 255.0, c[1] / 255.0, c[2] / 255.0, 1.0);
        char name[32];
        std::snprintf(name, sizeof name, "%g", classes[i]);
        table->SetAnnotation(vtkVariant(classes[i]), name);
    }
    table->SetRange(classes.front(), classes.back());
    table->SetNanColor(0.6, 0.6, 0.6, 1.0);
    table->Build();
    return table;
}

} // namespace

std::vector<double> niceTicks(double low, double high, int target)
{
    // Steps of 1, 2 or 5 times a power of ten inside [low, high]: the step whose tick count is closest
    // to `target`. Values are whole multiples divided by a power of ten, so 0.6 is 0.6, not 0.6000…01.
    if (!(high > low) || !std::isfinite(low) || !std::isfinite(high))
        return {low};
    const double rough = (high - low) / std::max(1, target - 1);
    const int exponent = int(std::floor(std::log10(rough)));
    const auto ticksFor = [&](double factor) {
        const double power = std::pow(10.0, std::abs(exponent));
        const auto value = [&](double k) { return exponent >= 0 ? k * factor * power : k * factor / power; };
        const double step = value(1.0);
        std::vector<double> ticks;
        for (double k = std::ceil(low / step - 1e-9); value(k) <= high + 1e-9 * step; k += 1.0)
            ticks.push_back(value(k) == 0.0 ? 0.0 : value(k)); // no −0
        return ticks;
    };
    std::vector<double> best;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        std::vector<double> ticks = ticksFor(factor);
        if (best.empty() || std::abs(int(ticks.size()) - target) < std::abs(int(best.size()) - target))
            best = std::move(ticks);
    }
    return best;
}

namespace {

/// Text sizes in pixels at text scale 1 (a 96-dpi screen): labels 12, axis titles 13, title 16.
constexpr double kLabelPixels = 12.0;
constexpr double kTitlePixels = 16.0;

int scaled(double pixels, double textScale)
{
    return std::max(1, int(std::lround(pixels * textScale)));
}

/// DejaVu Sans (fonts-dejavu-core) for VTK's text: its built-in Arial has no Greek, so "arg φ1" and
/// "−π/2" lost their φ and π. VTK's own font if the file is missing.
void useUnicodeFont(vtkTextProperty *text, bool bold)
{
    static const char *regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static const char *boldFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
    static const bool present = QFileInfo::exists(QString::fromLatin1(regular)) && QFileInfo::exists(QString::fromLatin1(boldFile));
    if (bold)
        text->BoldOn();
    if (!present)
        return;
    text->SetFontFamily(VTK_FONT_FILE);
    text->SetFontFile(bold ? boldFile : regular);
}

void addScalarBar(vtkRenderer *renderer, vtkLookupTable *table, const std::string &title, double textScale)
{
    vtkNew<vtkScalarBarActor> bar;
    bar->SetLookupTable(table);
    if (table->GetNumberOfAnnotatedValues() > 0 && !table->GetIndexedLookup()) {
        // A cyclic table: its annotations (−π … π) beside a continuous bar, no numeric ticks.
        bar->SetDrawTickLabels(false);
        bar->SetDrawAnnotations(true);
        bar->SetAnnotationLeaderPadding(4.0 * textScale);
    } else if (table->GetIndexedLookup()) {
        // Class labels: one swatch per class with its name, no continuous scale.
        bar->SetDrawTickLabels(false);
        bar->SetDrawAnnotations(true);
        bar->SetMaximumWidthInPixels(scaled(140, textScale));
    } else {
        // Rounded labels (0.5, 1, 1.5 …) instead of five evenly spaced values such as 4.45 or 0.818.
        vtkNew<vtkDoubleArray> labels;
        for (double tick : niceTicks(table->GetRange()[0], table->GetRange()[1], 5))
            labels->InsertNextValue(tick);
        bar->SetUseCustomLabels(true);
        bar->SetCustomLabels(labels);
        bar->SetLabelFormat("%g");
    }
    bar->SetWidth(0.1);
    bar->SetHeight(0.7);
    bar->SetPosition(0.88, 0.15);
    bar->SetUnconstrainedFontSize(true); // the font sizes below, not a share of the bar's size
    for (vtkTextProperty *text : {bar->GetLabelTextProperty(), bar->GetAnnotationTextProperty()}) {
        text->SetColor(0.1, 0.1, 0.1);
        text->SetFontSize(scaled(kLabelPixels, textScale));
        text->ShadowOff();
        text->ItalicOff();
        useUnicodeFont(text, false);
    }
    renderer->AddViewProp(bar);
    // The bar's own title is centred over the bar and is cut off at the window's edge when it is wider
    // than the bar ("arg φ12 (rad)"): a text of its own, right-aligned above the bar instead.
    vtkNew<vtkTextActor> heading;
    heading->SetInput(coreText(title).toStdString().c_str());
    vtkTextProperty *text = heading->GetTextProperty();
    text->SetFontSize(scaled(kLabelPixels, textScale));
    text->SetColor(0.1, 0.1, 0.1);
    useUnicodeFont(text, true);
    text->SetJustificationToRight();
    text->SetVerticalJustificationToBottom();
    heading->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    heading->SetPosition(0.985, 0.87);
    renderer->AddViewProp(heading);
}

void addAxes(vtkRenderer *renderer, const double bounds[6], const std::array<std::string, 3> &labels,
             double textScale, const double *zRange = nullptr)
{
    // Round labels need round ends (VTK places custom labels evenly from end to end): each axis' box is widened
    // to the shortest range of 4–6 intervals (z, usually the shortest on screen: 2–4) of a step 1, 2, 2.5 or
    // 5 × 10ᵏ, so that the box reads −20, −10, 0, 10, 20 where the data's ends gave −17, −7.8, 1.2, 11, 20.
    // The ends' labels stay blank: where two axes meet at a corner of the box, theirs fell on each other.
    std::array<NiceAxis, 3> nice;
    double box[6];
    for (int axis = 0; axis < 3; ++axis) {
        const bool scaled = axis == 2 && zRange && zRange[1] > zRange[0];
        const double low = scaled ? zRange[0] : bounds[2 * axis], high = scaled ? zRange[1] : bounds[2 * axis + 1];
        nice[std::size_t(axis)] = axis == 2 ? niceAxis(low, high, 2, 4) : niceAxis(low, high, 4, 6);
        const NiceAxis &n = nice[std::size_t(axis)];
        // Heights in data units on a z scaled to the scene: the widened range through the same linear map.
        const double gain = scaled ? (bounds[5] - bounds[4]) / (high - low) : 1.0;
        box[2 * axis] = bounds[2 * axis] + (n.low - low) * gain;
        box[2 * axis + 1] = bounds[2 * axis + 1] + (n.high - high) * gain;
    }
    vtkNew<vtkCubeAxesActor> axes;
    axes->SetBounds(box);
    axes->SetCamera(renderer->GetActiveCamera());
    axes->SetXTitle(labels[0].c_str());
    axes->SetYTitle(labels[1].c_str());
    axes->SetZTitle(labels[2].c_str());
    if (zRange)
        axes->SetZAxisRange(nice[2].low, nice[2].high); // label heights with data values, not scene units
    axes->SetFlyModeToOuterEdges();
    // VTK picks ~10 ticks per axis whatever the window size: small, short labels keep them apart.
    // ScreenSize is the text height in pixels (labels and titles are drawn in 3-D, facing the camera).
    axes->SetScreenSize(8.5 * textScale);
    axes->SetLabelOffset(12.0 * textScale);
    axes->SetTitleOffset(16.0 * textScale);
    // VTK puts about ten labels on each axis, and they overlap once the axis is short on screen or the text is
    // large (a 300-dpi export): at most five inner labels an axis (three up z) are readable at every size.
    for (int axis = 0; axis < 3; ++axis) {
        const NiceAxis &n = nice[std::size_t(axis)];
        vtkNew<vtkStringArray> texts;
        for (int i = 0; i <= n.intervals; ++i) {
            double value = n.low + (n.high - n.low) * i / n.intervals;
            if (std::abs(value) < 1e-9 * std::abs(n.high - n.low))
                value = 0.0; // not 1.8e-15 or −0 where the range crosses zero
            char text[32] = "";
            if (i > 0 && i < n.intervals)
                std::snprintf(text, sizeof text, "%.6g", value);
            texts->InsertNextValue(text);
        }
        axes->SetAxisLabels(axis, texts);
    }
    axes->SetXAxisMinorTickVisibility(false);
    axes->SetYAxisMinorTickVisibility(false);
    axes->SetZAxisMinorTickVisibility(false);
    for (int axis = 0; axis < 3; ++axis) {
        axes->GetTitleTextProperty(axis)->SetColor(0.05, 0.05, 0.05);
        axes->GetLabelTextProperty(axis)->SetColor(0.1, 0.1, 0.1);
        useUnicodeFont(axes->GetTitleTextProperty(axis), false);
        useUnicodeFont(axes->GetLabelTextProperty(axis), false);
    }
    axes->GetXAxesLinesProperty()->SetColor(0.3, 0.3, 0.3);
    axes->GetYAxesLinesProperty()->SetColor(0.3, 0.3, 0.3);
    axes->GetZAxesLinesProperty()->SetColor(0.3, 0.3, 0.3);
    renderer->AddViewProp(axes);
}

void addTitle(vtkRenderer *renderer, const std::string &title, double textScale)
{
    vtkNew<vtkTextActor> text;
    text->SetInput(coreText(title).toStdString().c_str());
    text->GetTextProperty()->SetFontSize(scaled(kTitlePixels, textScale));
    useUnicodeFont(text->GetTextProperty(), true);
    text->GetTextProperty()->SetColor(0.05, 0.05, 0.05);
    text->GetTextProperty()->SetJustificationToCentered();
    text->GetTextProperty()->SetVerticalJustificationToTop();
    text->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    text->SetPosition(0.5, 0.97);
    renderer->AddViewProp(text);
}

} // namespace

void resetSceneCamera(vtkRenderer *renderer)
{
    // A three-quarter view: from the front right, about 35° above the x-y plane, z up; then framed.
    vtkCamera *camera = renderer->GetActiveCamera();
    camera->SetFocalPoint(0, 0, 0);
    camera->SetPosition(0.55, -1.0, 0.8);
    camera->SetViewUp(0, 0, 1);
    renderer->ResetCamera();
    renderer->GetActiveCamera()->Zoom(0.85); // room for the axis labels around the data
    renderer->ResetCameraClippingRange();
}

namespace {

void finishScene(vtkRenderer *renderer)
{
    resetSceneCamera(renderer);
}

} // namespace

void buildPointCloudScene(vtkRenderer *renderer, const core::PointSetResult &result, double textScale)
{
    renderer->RemoveAllViewProps();
    vtkNew<vtkPoints> points;
    vtkNew<vtkDoubleArray> scalars;
    scalars->SetName(result.scalarLabel.empty() ? "value" : result.scalarLabel.c_str());
    const bool hasScalars = result.scalars.size() == result.points.size() && !result.points.empty();
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    // Trajectories become polylines; a point that cannot be drawn (at infinity) breaks its line.
    vtkNew<vtkCellArray> lines;
    std::vector<vtkIdType> line;
    const auto closeLine = [&] {
        if (line.size() > 1)
            lines->InsertNextCell(vtkIdType(line.size()), line.data());
        line.clear();
    };
    std::size_t nextStart = 0;
    for (std::size_t i = 0; i < result.points.size(); ++i) {
        if (nextStart < result.lineStarts.size() && result.lineStarts[nextStart] == i) {
            closeLine();
            ++nextStart;
        }
        const auto &p = result.points[i];
        if (!std::isfinite(p[0]) || !std::isfinite(p[1]) || !std::isfinite(p[2])) {
            closeLine();
            continue; // a point at infinity cannot be drawn; the table view still lists it
        }
        line.push_back(points->InsertNextPoint(p[0], p[1], p[2]));
        const double s = hasScalars ? result.scalars[i] : double(i);
        scalars->InsertNextValue(s);
        if (std::isfinite(s)) {
            lo = std::min(lo, s);
            hi = std::max(hi, s);
        }
    }
    closeLine();
    const bool polylines = !result.lineStarts.empty();
    vtkNew<vtkPolyData> cloud;
    cloud->SetPoints(points);
    cloud->GetPointData()->SetScalars(scalars);
    if (polylines)
        cloud->SetLines(lines);
    vtkNew<vtkVertexGlyphFilter> vertices;
    vertices->SetInputData(cloud);
    // Tubes read as objects in 3-D; beyond 20 000 points plain lines keep rotation fluid.
    vtkNew<vtkTubeFilter> tubes;
    const bool tubed = polylines && points->GetNumberOfPoints() <= 20'000;
    if (tubed) {
        double bounds[6];
        cloud->GetBounds(bounds);
        const double extent = std::max({bounds[1] - bounds[0], bounds[3] - bounds[2], bounds[5] - bounds[4], 1e-12});
        tubes->SetInputData(cloud);
        tubes->SetRadius(0.004 * extent);
        tubes->SetNumberOfSides(8);
        tubes->CappingOn();
    }

    const std::vector<double> classes =
        hasScalars && !result.scalarsCyclic ? classValues(result.scalars) : std::vector<double>();
    auto table = result.scalarsCyclic && hasScalars ? cyclicTable()
                 : classes.empty() ? viridisTable(std::isfinite(lo) ? lo : 0.0, std::isfinite(hi) ? hi : 1.0)
                                   : classTable(classes);
    vtkNew<vtkPolyDataMapper> mapper;
    if (tubed)
        mapper->SetInputConnection(tubes->GetOutputPort());
    else if (polylines)
        mapper->SetInputData(cloud);
    else
        mapper->SetInputConnection(vertices->GetOutputPort());
    mapper->SetLookupTable(table);
    mapper->SetScalarRange(table->GetRange());
    mapper->ScalarVisibilityOn();
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    if (polylines) {
        actor->GetProperty()->SetLineWidth(float(2.0 * std::max(1.0, 0.6 * textScale)));
    } else {
        actor->GetProperty()->SetPointSize(float(6.0 * std::max(1.0, 0.6 * textScale)));
        actor->GetProperty()->SetRenderPointsAsSpheres(true);
    }
    renderer->AddActor(actor);
    if (polylines && !tubed) {
        // While the view turns: a grid-thinned copy (at most 20 000 segments), thin lines (interactivedetail.h).
        vtkNew<vtkPolyDataMapper> coarseMapper;
        coarseMapper->SetLookupTable(table);
        coarseMapper->SetScalarRange(table->GetRange());
        coarseMapper->ScalarVisibilityOn();
        vtkNew<vtkActor> coarse;
        coarse->SetMapper(coarseMapper);
        coarse->GetProperty()->SetLineWidth(1.0f);
        coarse->VisibilityOff();
        markDetail(actor, Detail::Full);
        markCoarseLines(coarse, cloud, InteractiveBudget::largest); // VtkView lowers it on a slow renderer
        renderer->AddActor(coarse);
    }

    if (points->GetNumberOfPoints() > 0) {
        double bounds[6];
        cloud->GetBounds(bounds);
        addAxes(renderer, bounds, result.axisLabels, textScale);
    }
    addScalarBar(renderer, table, hasScalars ? scalars->GetName() : "index", textScale);
    addTitle(renderer, result.title, textScale);
    finishScene(renderer);
}

void buildHeightFieldScene(vtkRenderer *renderer, const core::HeatMapResult &map, double textScale)
{
    renderer->RemoveAllViewProps();
    if (map.rows < 1 || map.cols < 1)
        return;
    const auto transform = [&](double v) {
        if (!map.logScale)
            return v;
        return v > 0.0 ? std::log10(v) : std::numeric_limits<double>::quiet_NaN();
    };
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : map.values) {
        const double t = transform(v);
        if (std::isfinite(t)) {
            lo = std::min(lo, t);
            hi = std::max(hi, t);
        }
    }
    if (!std::isfinite(lo)) {
        lo = 0.0;
        hi = 1.0;
    }
    // Height spans half the wider of the two frequency extents, so the surface is neither flat nor a spike.
    const double width = std::max(map.xMax - map.xMin, map.yMax - map.yMin);
    const double heightScale = hi > lo ? 0.5 * (width > 0 ? width : 1.0) / (hi - lo) : 1.0;
    const double dx = map.cols > 1 ? (map.xMax - map.xMin) / (map.cols - 1) : 1.0;
    const double dy = map.rows > 1 ? (map.yMax - map.yMin) / (map.rows - 1) : 1.0;

    vtkNew<vtkPoints> points;
    vtkNew<vtkDoubleArray> scalars;
    scalars->SetName(map.valueLabel.c_str());
    points->SetNumberOfPoints(vtkIdType(map.rows) * map.cols);
    scalars->SetNumberOfValues(vtkIdType(map.rows) * map.cols);
    for (int r = 0; r < map.rows; ++r) {
        for (int c = 0; c < map.cols; ++c) {
            const double t = transform(map.at(r, c));
            const vtkIdType id = vtkIdType(r) * map.cols + c;
            points->SetPoint(id, map.xMin + c * dx, map.yMin + r * dy, std::isfinite(t) ? (t - lo) * heightScale : 0.0);
            scalars->SetValue(id, t);
        }
    }
    vtkNew<vtkStructuredGrid> grid;
    grid->SetDimensions(map.cols, map.rows, 1);
    grid->SetPoints(points);
    grid->GetPointData()->SetScalars(scalars);
    vtkNew<vtkDataSetSurfaceFilter> surface;
    surface->SetInputData(grid);

    auto table = viridisTable(lo, hi);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(surface->GetOutputPort());
    mapper->SetLookupTable(table);
    mapper->SetScalarRange(table->GetRange());
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    renderer->AddActor(actor);

    surface->Update();
    double bounds[6];
    surface->GetOutput()->GetBounds(bounds);
    const double zRange[2] = {lo, hi};
    addAxes(renderer, bounds, {map.xLabel, map.yLabel, map.logScale ? "log10 " + map.valueLabel : map.valueLabel},
            textScale, zRange);
    addScalarBar(renderer, table, map.logScale ? "log10 " + map.valueLabel : map.valueLabel, textScale);
    addTitle(renderer, map.title, textScale);
    finishScene(renderer);
}

bool buildScene(vtkRenderer *renderer, const core::ResultItem &item, double textScale)
{
    if (const auto *points = std::get_if<core::PointSetResult>(&item))
        buildPointCloudScene(renderer, *points, textScale);
    else if (const auto *map = std::get_if<core::HeatMapResult>(&item))
        buildHeightFieldScene(renderer, *map, textScale);
    else
        return false;
    return true;
}

} // namespace ui
