// The Qt 6 VTK host under Xvfb: pixels are really drawn, and a mouse drag moves the camera; the level of
// detail while turning.
#include "plot/figurespec.h"
#include "vtk/gridthinning.h"
#include "vtk/interactivebudget.h"
#include "vtk/niceaxis.h"
#include "vtk/vtkimageexport.h"
#include "vtk/vtkscene.h"
#include "vtk/vtkview.h"

#include "renderpixels.h"

#include <QImage>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkIdList.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkDoubleArray.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPropCollection.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkTextActor.h>

#include <cmath>
#include <limits>
#include <set>
#include <utility>

class TestVtkView : public QObject
{
    Q_OBJECT

    static core::PointSetResult helix()
    {
        core::PointSetResult p;
        p.id = "helix";
        p.title = "Helix";
        for (int i = 0; i < 400; ++i) {
            const double t = i * 0.05;
            p.points.push_back({std::cos(t), std::sin(t), 0.05 * t});
            p.scalars.push_back(t);
        }
        return p;
    }

    static int nonBackgroundPixels(const QImage &image) { return testpixels::nonBackgroundPixels(image); }

    /// One polyline of `loops` turns of the same circle (500 points a turn, the same coordinates each turn),
    /// rising by `rise` a turn.
    static vtkSmartPointer<vtkPolyData> loopedCircle(int loops, double rise)
    {
        auto lines = vtkSmartPointer<vtkPolyData>::New();
        vtkNew<vtkPoints> points;
        vtkNew<vtkIdList> ids;
        for (int loop = 0; loop < loops; ++loop)
            for (int k = 0; k < 500; ++k) {
                const double t = 2 * M_PI * k / 500.0;
                ids->InsertNextId(points->InsertNextPoint(10 * std::cos(t), 10 * std::sin(t), rise * loop));
            }
        vtkNew<vtkCellArray> cells;
        cells->InsertNextCell(ids);
        lines->SetPoints(points);
        lines->SetLines(cells);
        return lines;
    }

    static long long segmentsOf(vtkPolyData *lines)
    {
        return lines->GetLines()->GetNumberOfConnectivityIds() - lines->GetLines()->GetNumberOfCells();
    }

private Q_SLOTS:
    void interactiveBudgetSettlesAtItsFrameRate()
    {
        // A renderer whose frame costs 12 ms plus 1.5 µs a segment affords (1/36 s - 12 ms) / 1.5 µs = 10 519
        // segments: the budget must come down from 20 000 to between 60 % of that and that, and stay there.
        const auto settle = [](double fixed, double perSegment, ui::InteractiveBudget budget = {}) {
            std::vector<long long> seen;
            for (int frame = 0; frame < 80; ++frame) {
                budget.record(fixed + perSegment * double(budget.segments()));
                seen.push_back(budget.segments());
            }
            return seen;
        };
        const std::vector<long long> middling = settle(0.012, 1.5e-6);
        const double affordable = (ui::InteractiveBudget::frameSeconds - 0.012) / 1.5e-6;
        for (std::size_t frame = 40; frame < middling.size(); ++frame) {
            QVERIFY2(middling[frame] <= affordable * 1.05 && middling[frame] >= 0.6 * affordable,
                     qPrintable(QString::number(middling[frame])));
        }
        // A hopeless renderer stops at the floor; from there a fast one climbs back to full interactive detail.
        ui::InteractiveBudget floored;
        for (int frame = 0; frame < 40; ++frame)
            floored.record(0.080);
        QCOMPARE(floored.segments(), ui::InteractiveBudget::smallest);
        QCOMPARE(settle(0.005, 1e-7, floored).back(), ui::InteractiveBudget::largest);
        // The frame after a change is not counted: one slow frame right after it leaves the count alone.
        ui::InteractiveBudget budget;
        QVERIFY(budget.record(0.1));
        const long long lowered = budget.segments();
        QVERIFY(lowered < ui::InteractiveBudget::largest);
        QVERIFY(!budget.record(0.1));
        QCOMPARE(budget.segments(), lowered);
    }

    void niceAxisEndsOnRoundNumbers()
    {
        // The shortest widened range of 4–6 (or 2–4) intervals of a step 1, 2, 2.5 or 5 × 10ᵏ, worked by hand.
        const auto check = [](double from, double to, int fewest, int most, double low, double high, int intervals) {
            const ui::NiceAxis n = ui::niceAxis(from, to, fewest, most);
            const double tolerance = 1e-12 * (high - low);
            QVERIFY2(std::abs(n.low - low) <= tolerance && std::abs(n.high - high) <= tolerance && n.intervals == intervals,
                     qPrintable(QStringLiteral("[%1, %2] -> [%3, %4] in %5").arg(from).arg(to).arg(n.low).arg(n.high)
                                    .arg(n.intervals)));
        };
        check(-17.3, 19.6, 4, 6, -20, 20, 4);      // Lorenz x: step 10
        check(-17.3, 20.1, 4, 6, -20, 30, 5);      // a hair past 20: [-20, 20] no longer holds it
        check(-23.0, 27.0, 4, 6, -30, 30, 6);      // Lorenz y: [-30, 20] in 5 falls short of 27
        check(0.96, 48.0, 2, 4, 0, 50, 2);         // Lorenz z: [0, 60] by 20 is longer
        check(0.0, 1.0, 2, 4, 0, 1, 2);            // a helix' z: by 0.5 (ties: fewer intervals, not 0.25 in 4)
        check(0.0012, 0.0049, 4, 6, 0.001, 0.005, 4);
        check(-1.0, 1.0, 4, 6, -1, 1, 4);          // already round: unchanged, 0.5 apart
        check(3.0, 3.0, 4, 6, 3, 3, 4);            // flat: as it is
        check(0.0, 7.3, 4, 6, 0, 8, 4);            // step 2
        check(0.0, 9.9, 4, 6, 0, 10, 4);           // [0, 10] by 2.5 (by 2 in 5 ties, and ties keep fewer)
    }

    void thinnedPolylinesDrawRepeatsOnce()
    {
        // 50 turns over the same circle thin to exactly the segments of one turn: repeats cost nothing.
        const vtkSmartPointer<vtkPolyData> once = loopedCircle(1, 0.0), fifty = loopedCircle(50, 0.0);
        const vtkSmartPointer<vtkPolyData> thinOnce = ui::thinnedPolylines(once, 200);
        const vtkSmartPointer<vtkPolyData> thinFifty = ui::thinnedPolylines(fifty, 200);
        QVERIFY(segmentsOf(thinOnce) <= 200 && segmentsOf(thinOnce) >= 50);
        QCOMPARE(segmentsOf(thinFifty), segmentsOf(thinOnce));
        // A polyline within the budget is drawn as it is.
        QCOMPARE(ui::thinnedPolylines(once, 1000).Get(), once.Get());
        // A non-finite point breaks the line without spoiling the grid: the other 24 999 points still thin.
        const vtkSmartPointer<vtkPolyData> broken = loopedCircle(50, 0.4);
        broken->GetPoints()->SetPoint(100, std::numeric_limits<double>::infinity(), 0.0, 0.0);
        broken->GetPoints()->Modified();
        QVERIFY(segmentsOf(ui::thinnedPolylines(broken, 5000)) >= 1250);
        // A rising helix of 50 turns (25 000 points, 20 units wide and high): within the budget, most of it used,
        // every segment short (between neighbouring grid cells' first points, not a chord across the helix), and
        // no segment twice.
        const vtkSmartPointer<vtkPolyData> helix = loopedCircle(50, 0.4);
        const vtkSmartPointer<vtkPolyData> thin = ui::thinnedPolylines(helix, 5000);
        QVERIFY2(segmentsOf(thin) <= 5000 && segmentsOf(thin) >= 1250, qPrintable(QString::number(segmentsOf(thin))));
        QCOMPARE(thin->GetPoints(), helix->GetPoints()); // shared, not copied
        std::set<std::pair<vtkIdType, vtkIdType>> seen;
        vtkNew<vtkIdList> ids;
        vtkCellArray *cells = thin->GetLines();
        for (cells->InitTraversal(); cells->GetNextCell(ids);) {
            QCOMPARE(ids->GetNumberOfIds(), vtkIdType(2));
            double a[3], b[3];
            helix->GetPoint(ids->GetId(0), a);
            helix->GetPoint(ids->GetId(1), b);
            QVERIFY(std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) < 3.0);
            QVERIFY(seen.insert(std::minmax(ids->GetId(0), ids->GetId(1))).second);
        }
    }

    void colourBarTicksAreRound()
    {
        // 1-2-5 steps inside the range, not five evenly spaced values such as 4.45 or 0.818.
        QCOMPARE(ui::niceTicks(-0.999, 4.45, 5), (std::vector<double>{0.0, 1.0, 2.0, 3.0, 4.0}));
        QCOMPARE(ui::niceTicks(0.818, 19.6, 5), (std::vector<double>{5.0, 10.0, 15.0}));
        QCOMPARE(ui::niceTicks(0.0, 1.0, 5), (std::vector<double>{0.0, 0.2, 0.4, 0.6, 0.8, 1.0}));
        QCOMPARE(ui::niceTicks(-3.2, 7.9, 5), (std::vector<double>{-2.0, 0.0, 2.0, 4.0, 6.0}));
    }

    void sceneHasTitleRoundLabelsAndAThreeQuarterCamera()
    {
        ui::VtkView view;
        view.resize(480, 360);
        QVERIFY(view.showItem(helix()));
        bool titled = false, rounded = false;
        vtkPropCollection *props = view.renderer()->GetViewProps();
        props->InitTraversal();
        while (vtkProp *prop = props->GetNextProp()) {
            if (auto *text = vtkTextActor::SafeDownCast(prop))
                titled = titled || std::string(text->GetInput()) == "Helix";
            if (auto *bar = vtkScalarBarActor::SafeDownCast(prop))
                rounded = bar->GetUseCustomLabels() && bar->GetCustomLabels()->GetNumberOfTuples() >= 2
                          && bar->GetCustomLabels()->GetTuple1(0) == 0.0; // scalars 0 … 19.95: 0, 5, 10, 15
        }
        QVERIFY(titled);
        QVERIFY(rounded);
        // The camera looks down at the scene from about 35°, z up: not straight at it.
        double direction[3];
        view.renderer()->GetActiveCamera()->GetDirectionOfProjection(direction);
        const double elevation = std::asin(-direction[2]) * 180.0 / M_PI;
        QVERIFY2(elevation > 25.0 && elevation < 50.0, qPrintable(QString::number(elevation)));
        double up[3];
        view.renderer()->GetActiveCamera()->GetViewUp(up);
        QVERIFY(up[2] > 0.5);
    }

    void labelsGetALegendOfClasses()
    {
        // Scalars that are class labels (0, 1, 2) get one colour each and swatches, not a continuous bar.
        core::PointSetResult classes = helix();
        for (std::size_t i = 0; i < classes.scalars.size(); ++i)
            classes.scalars[i] = double(i % 3);
        vtkNew<vtkRenderer> renderer;
        ui::buildPointCloudScene(renderer, classes);
        vtkScalarBarActor *bar = nullptr;
        vtkPropCollection *props = renderer->GetViewProps();
        props->InitTraversal();
        while (vtkProp *prop = props->GetNextProp())
            if (auto *b = vtkScalarBarActor::SafeDownCast(prop))
                bar = b;
        QVERIFY(bar);
        auto *table = vtkLookupTable::SafeDownCast(bar->GetLookupTable());
        QVERIFY(table && table->GetIndexedLookup());
        QCOMPARE(table->GetNumberOfAnnotatedValues(), vtkIdType(3));
        QCOMPARE(std::string(table->GetAnnotation(2)), std::string("2"));
        QVERIFY(bar->GetDrawAnnotations() && !bar->GetDrawTickLabels());
        double one[3], two[3];
        table->GetColor(1.0, one);
        table->GetColor(2.0, two);
        QVERIFY(std::abs(one[0] - two[0]) + std::abs(one[1] - two[1]) + std::abs(one[2] - two[2]) > 0.3);
        // Continuous values (the helix's parameter) keep the continuous bar.
        vtkNew<vtkRenderer> continuous;
        ui::buildPointCloudScene(continuous, helix());
        continuous->GetViewProps()->InitTraversal();
        while (vtkProp *prop = continuous->GetViewProps()->GetNextProp())
            if (auto *b = vtkScalarBarActor::SafeDownCast(prop))
                QVERIFY(!vtkLookupTable::SafeDownCast(b->GetLookupTable())->GetIndexedLookup());
    }

    void exportsAtAChosenSizeWithTextScaledByDpi()
    {
        ui::VtkView view;
        view.resize(480, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showItem(helix()));
        // The title's ink height in the top band of the image, at two resolutions of one figure size.
        const auto titleHeight = [&](int dpi, QImage *out) {
            ui::FigureSpec spec;
            spec.widthInches = 4.0;
            spec.heightInches = 3.0;
            spec.dpi = dpi;
            spec.fontPoints = 10.0;
            QString error;
            const QImage image = ui::renderSceneImage(*view.item(), view.renderer()->GetActiveCamera(), spec, &error);
            *out = image;
            int first = -1, last = -1;
            for (int y = 0; y < image.height() / 6; ++y)
                for (int x = image.width() / 4; x < 3 * image.width() / 4; ++x)
                    if (qGray(image.pixel(x, y)) < 96) {
                        if (first < 0)
                            first = y;
                        last = y;
                        break;
                    }
            return first < 0 ? 0 : last - first + 1;
        };
        QImage low, high;
        const int lowTitle = titleHeight(100, &low), highTitle = titleHeight(300, &high);
        QCOMPARE(low.size(), QSize(400, 300));
        QCOMPARE(high.size(), QSize(1200, 900));
        QCOMPARE(high.dotsPerMeterX(), int(std::lround(300 / 0.0254)));
        QVERIFY(nonBackgroundPixels(high) > 10000); // the helix, axes and legend were drawn
        const QString shots = qEnvironmentVariable("INFOSCOPE_TEST_SCREENSHOTS"); // to look at them
        if (!shots.isEmpty()) {
            high.save(shots + QStringLiteral("/view3d-300dpi.png"));
            low.save(shots + QStringLiteral("/view3d-100dpi.png"));
            core::PointSetResult classes = helix();
            for (std::size_t i = 0; i < classes.scalars.size(); ++i)
                classes.scalars[i] = double(i / 134);
            classes.scalarLabel = "class";
            ui::FigureSpec spec;
            QString error;
            ui::renderSceneImage(classes, view.renderer()->GetActiveCamera(), spec, &error).save(shots + QStringLiteral("/view3d-classes.png"));
            core::HeatMapResult surface; // a spectrum's log power as a surface: z labels in data units
            surface.title = "surface";
            surface.xLabel = "fx";
            surface.yLabel = "fy";
            surface.valueLabel = "power";
            surface.rows = surface.cols = 33;
            surface.xMin = surface.yMin = -0.5;
            surface.xMax = surface.yMax = 0.5;
            surface.logScale = true;
            for (int row = 0; row < 33; ++row)
                for (int col = 0; col < 33; ++col)
                    surface.values.push_back(1.0 / (std::pow((row - 16) / 32.0, 2) + std::pow((col - 16) / 32.0, 2) + 1e-3));
            ui::renderSceneImage(surface, view.renderer()->GetActiveCamera(), spec, &error).save(shots + QStringLiteral("/view3d-surface.png"));
        }
        // 16 px at 12-px labels: a 10-pt figure's title is about 16/12 · 10 pt = 13 pt, 18 px at 100 dpi.
        QVERIFY2(lowTitle >= 8 && lowTitle <= 24, qPrintable(QString::number(lowTitle)));
        const double ratio = double(highTitle) / lowTitle;
        QVERIFY2(ratio > 2.5 && ratio < 3.5, qPrintable(QStringLiteral("%1 / %2").arg(highTitle).arg(lowTitle)));
        // The view still draws after an off-screen render.
        view.renderScene();
        QVERIFY(nonBackgroundPixels(view.grabFramebuffer()) > 500);
    }

    void drawsPixelsAndRotates()
    {
        ui::VtkView view;
        view.resize(480, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showItem(helix()));
        QTest::qWait(200);
        const QImage first = view.grabFramebuffer();
        if (!qEnvironmentVariableIsEmpty("INFOSCOPE_TEST_SCREENSHOTS"))
            first.save(qEnvironmentVariable("INFOSCOPE_TEST_SCREENSHOTS") + QStringLiteral("/vtkview.png"));
        QCOMPARE(first.size(), view.size() * view.devicePixelRatio());
        const int drawn = nonBackgroundPixels(first);
        QVERIFY2(drawn > 2000, qPrintable(QStringLiteral("only %1 non-background pixels").arg(drawn)));
        QVERIFY2(drawn < first.width() * first.height() * 0.9, "the frame is not just a solid fill");

        double before[3], after[3];
        view.renderer()->GetActiveCamera()->GetPosition(before);
        QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, QPoint(240, 180));
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(&view, QPoint(240 + step * 12, 180 + step * 4));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, QPoint(360, 220));
        view.renderer()->GetActiveCamera()->GetPosition(after);
        const double moved = std::abs(after[0] - before[0]) + std::abs(after[1] - before[1]) + std::abs(after[2] - before[2]);
        QVERIFY2(moved > 1e-3, "dragging did not rotate the camera");
        QTest::qWait(100);
        QVERIFY(view.grabFramebuffer() != first);
    }

    void heatMapSurface()
    {
        ui::VtkView view;
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        core::HeatMapResult map;
        map.rows = 16;
        map.cols = 16;
        map.logScale = true;
        map.xMin = map.yMin = -0.5;
        map.xMax = map.yMax = 0.4375;
        for (int r = 0; r < 16; ++r)
            for (int c = 0; c < 16; ++c)
                map.values.push_back(1.0 / (1.0 + (r - 8) * (r - 8) + (c - 8) * (c - 8)));
        QVERIFY(view.showItem(map));
        QTest::qWait(200);
        const QImage frame = view.grabFramebuffer();
        if (!qEnvironmentVariableIsEmpty("INFOSCOPE_TEST_SCREENSHOTS"))
            frame.save(qEnvironmentVariable("INFOSCOPE_TEST_SCREENSHOTS") + QStringLiteral("/vtkview-surface.png"));
        QVERIFY(nonBackgroundPixels(frame) > 2000);
        // Viridis: the peak is drawn yellow, the floor dark violet; both must be on screen.
        int yellow = 0, violet = 0;
        for (int y = 0; y < frame.height(); ++y)
            for (int x = 0; x < frame.width(); ++x) {
                const QColor c = frame.pixelColor(x, y);
                yellow += c.red() > 180 && c.green() > 180 && c.blue() < 90 ? 1 : 0;
                violet += c.red() > 40 && c.red() < 110 && c.green() < 40 && c.blue() > 60 ? 1 : 0;
            }
        QVERIFY2(yellow > 20, qPrintable(QStringLiteral("%1 yellow pixels").arg(yellow)));
        QVERIFY2(violet > 200, qPrintable(QStringLiteral("%1 violet pixels").arg(violet)));
        QVERIFY(!view.showItem(core::TableResult{}));
    }
};

int main(int argc, char **argv)
{
    QSurfaceFormat::setDefaultFormat(ui::VtkView::defaultFormat());
    QApplication app(argc, argv);
    TestVtkView test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_vtkview.moc"
