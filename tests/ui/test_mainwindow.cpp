// The main window on the demo workspace: generated form, a run through the job runner, result tabs,
// errors that keep loaded work, and the German translation.
#include "browser/arrayinspector.h"
#include "browser/sourceitems.h"
#include "demo/ibdemopanel.h"
#include "plot/informationplaneview.h"
#include "document/workspace.h"
#include "forms/parameterform.h"
#include "overlay/overlayviewer.h"
#include "i18n/coretext.h"
#include "jobs/jobrunner.h"
#include "jobs/livepreview.h"
#include "plot/plotview.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "results/exportbutton.h"
#include "results/resultpanel.h"
#include "settings/hdf5externalaction.h"
#include "settings/memorylimitaction.h"
#include "io/containers/hdf5external.h"
#include "data/memorylimit.h"
#include "window/errorreporter.h"
#include "window/mainwindow.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QTableWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include "plot/qcustomplotinclude.h"
#include <QStackedWidget>
#include <QToolButton>
#include <QDockWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QAbstractScrollArea>
#include <QLabel>
#include <cmath>
#include <QtTest>

#include <fstream>

class TestMainWindow : public QObject
{
    Q_OBJECT

    core::Registry m_registry;
    QTemporaryDir m_dir;
    const QString m_demo = QStringLiteral(INFOSCOPE_SOURCE_DIR "/resources/demo/demo.infoscope.json");

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void demoWorkspaceRunsToAResult()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        // Nothing open yet: the centre is the start page, never an empty grey area.
        auto *centre = window.findChild<QStackedWidget *>(QStringLiteral("centre"));
        QVERIFY(centre);
        QCOMPARE(centre->currentWidget()->objectName(), QStringLiteral("startPage"));
        QCOMPARE(centre->currentWidget()->findChildren<QToolButton *>().size(), 4); // open, workspace, examples, demo
        QSignalSpy finished(&window.jobs(), &ui::JobRunner::jobFinished);
        QVERIFY(window.openWorkspace(m_demo));
        QCOMPARE(window.workspace().sources().size(), 2);
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QTRY_COMPARE(window.resultTabs()->count(), 1);
        auto *panel = qobject_cast<ui::ResultPanel *>(window.resultTabs()->widget(0));
        QVERIFY(panel);
        QCOMPARE(panel->plotViews().size(), 4); // amplitude and phase maps, radial and angular profiles
        QCOMPARE(panel->result().parameters.getString("window"), std::string("hann"));
        QCOMPARE(window.errors().errorCount(), 0);
        QCOMPARE(centre->currentWidget(), static_cast<QWidget *>(window.resultTabs())); // a result: the tabs

        // The form was generated from the descriptor and shows the run's settings.
        ui::ParameterForm *form = window.parameterForm();
        QVERIFY(form);
        auto *windowChoice = form->findChild<QComboBox *>(QStringLiteral("param_window"));
        QVERIFY(windowChoice);
        QCOMPARE(windowChoice->currentData().toString(), QStringLiteral("hann"));
        QVERIFY(windowChoice->toolTip().contains(QStringLiteral("Hann")));
    }

    void examplesMenuRunsAnExampleWithItsClaim()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("examplesMenu"));
        QVERIFY(menu);
        QAction *spectrum = nullptr;
        for (QAction *action : menu->actions())
            if (action->data().toString() == QStringLiteral("spectrum.one-over-f"))
                spectrum = action;
        QVERIFY(spectrum);
        QVERIFY(spectrum->toolTip().contains(QStringLiteral("Field (1987)")));
        QVERIFY(menu->actions().size() >= 4); // three examples, a separator, the live demo
        spectrum->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.resultTabs()->count(), 1, 30000);
        QCOMPARE(window.errors().errorCount(), 0);
        QCOMPARE(window.workspace().sources().size(), 1); // the generated image, opened as a source
        QVERIFY(window.workspace().sources().front().path.endsWith(QStringLiteral("one_over_f_256.npy")));
        auto *panel = qobject_cast<ui::ResultPanel *>(window.resultTabs()->widget(0));
        QVERIFY(panel);
        auto *claim = panel->findChild<QTableWidget *>(QStringLiteral("table_claim"));
        QVERIFY(claim);
        bool ok = false;
        const double slope = claim->item(0, 2)->text().toDouble(&ok);
        QVERIFY(ok && std::abs(slope + 1.0) < 0.05);
        // The form shows what ran, so that a user can change it and run again.
        auto *extent = window.parameterForm()->findChild<QComboBox *>(QStringLiteral("param_extent"));
        QVERIFY(extent);
        QCOMPARE(extent->currentData().toString(), QStringLiteral("inscribed"));
        // A second click runs it again on the same (deterministic) data.
        spectrum->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.resultTabs()->count(), 2, 30000);
        QCOMPARE(window.errors().errorCount(), 0);
    }

    void segmentationExampleOpensTheOverlayViewer()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        QVERIFY(window.openExample(QStringLiteral("segmentation.two-models")) != 0);
        // One click: the metrics tab, then the overlay viewer on the generated image and both models.
        QTRY_COMPARE_WITH_TIMEOUT(window.resultTabs()->count(), 2, 30000);
        QCOMPARE(window.errors().errorCount(), 0);
        auto *viewer = qobject_cast<ui::OverlayViewer *>(window.resultTabs()->currentWidget());
        QVERIFY(viewer);
        QCOMPARE(viewer->findChild<QComboBox *>(QStringLiteral("overlayCompare"))->isEnabled(), true);
        QVERIFY(viewer->metrics(0).fp > 0 && viewer->metrics(0).fn == 0);  // model A: the boundary too far out
        QVERIFY(viewer->metrics(1).fp > 0 && viewer->metrics(1).dice > viewer->metrics(0).dice); // model B: a far blob
        QCOMPARE(window.workspace().sources().size(), 4); // image, truth and two models
    }

    void datasetRowOpensItsOverlay()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        const int set = window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/segmentation/set"));
        const int predictions = window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/segmentation/set/model_b"));
        QVERIFY(set != 0 && predictions != 0);
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.dataset");
        QVERIFY(window.runAnalysis(QStringLiteral("seg.dataset"), {{"set", set}, {"predictions", predictions}},
                                   core::ParameterValues::defaults(d->parameters)) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.resultTabs()->count(), 1, 30000);
        auto *panel = qobject_cast<ui::ResultPanel *>(window.resultTabs()->widget(0));
        auto *table = panel->findChild<QTableWidget *>(QStringLiteral("table_images"));
        QVERIFY(table);
        // The result's warnings are shown above it (here: the files that have no partner).
        auto *warnings = panel->findChild<QLabel *>(QStringLiteral("resultWarnings"));
        QVERIFY(warnings && warnings->text().contains(QStringLiteral("files without a partner: 2")));
        // Sort by Dice, worst first, then open the first row: its own image, whatever the order.
        const int diceColumn = [&] {
            for (int c = 0; c < table->columnCount(); ++c)
                if (table->horizontalHeaderItem(c)->text() == QStringLiteral("Dice"))
                    return c;
            return -1;
        }();
        QVERIFY(diceColumn > 0);
        table->sortByColumn(diceColumn, Qt::AscendingOrder);
        const QString stem = table->item(0, 0)->text();
        const double dice = table->item(0, diceColumn)->data(Qt::UserRole).toDouble();
        for (int r = 1; r < table->rowCount(); ++r)
            QVERIFY(table->item(r, diceColumn)->data(Qt::UserRole).toDouble() >= dice);
        const QString shots = qEnvironmentVariable("INFOSCOPE_TEST_SCREENSHOTS"); // to look at it
        if (!shots.isEmpty()) {
            window.resize(1280, 800);
            window.show();
            QTest::qWait(300);
            window.grab().save(shots + QStringLiteral("/dataset.png"));
        }
        Q_EMIT table->cellActivated(0, 0);
        QTRY_COMPARE(window.resultTabs()->count(), 2);
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            window.grab().save(shots + QStringLiteral("/dataset-overlay.png"));
        }
        auto *viewer = qobject_cast<ui::OverlayViewer *>(window.resultTabs()->currentWidget());
        QVERIFY(viewer);
        QVERIFY(window.resultTabs()->tabText(1).contains(stem));
        QCOMPARE(viewer->metrics(0).dice, dice); // the viewer's numbers are the table's
        QCOMPARE(window.errors().errorCount(), 0);
    }

    void datasetFormComparesSeveralModels()
    {
        // Choosing a folder in the last Predictions row offers another; optional inputs start at (none).
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/segmentation/set"));
        const int a = window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/segmentation/set/model_a"));
        const int b = window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/segmentation/set/model_b"));
        window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/segmentation/set/model_threshold.pt"));
        window.selectAnalysis(QStringLiteral("seg.dataset"));
        ui::ParameterForm *form = window.parameterForm();
        QVERIFY(form);
        auto *model = form->findChild<QComboBox *>(QStringLiteral("input_model"));
        QVERIFY(model);
        QCOMPARE(model->currentData().toInt(), 0); // (none): a model is an alternative, not a default
        auto *first = form->findChild<QComboBox *>(QStringLiteral("input_predictions"));
        auto *second = form->findChild<QComboBox *>(QStringLiteral("input_predictions.2"));
        QVERIFY(first && second);
        QCOMPARE(first->currentData().toInt(), a);
        QCOMPARE(second->currentData().toInt(), 0);
        QVERIFY(!form->findChild<QComboBox *>(QStringLiteral("input_predictions.3")));
        second->setCurrentIndex(second->findData(b));
        // Two mask folders are open, both chosen: no third row to offer.
        QVERIFY(!form->findChild<QComboBox *>(QStringLiteral("input_predictions.3")));
        const std::map<std::string, int> bindings = form->inputBindings();
        QCOMPARE(bindings.at("predictions.2"), b);
        auto *resize = form->findChild<QComboBox *>(QStringLiteral("param_resize"));
        resize->setCurrentIndex(resize->findData(QStringLiteral("nearest")));
        window.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.resultTabs()->count(), 1, 30000);
        auto *panel = qobject_cast<ui::ResultPanel *>(window.resultTabs()->widget(0));
        QVERIFY(panel);
        QVERIFY(QString::fromStdString(panel->result().inputs.at("predictions.2")).endsWith(QStringLiteral("/model_b")));
        QVERIFY(panel->findChild<QTableWidget *>(QStringLiteral("table_difference")));
        // The eight histograms share one plot; the chooser switches it.
        auto *chooser = panel->findChild<QComboBox *>(QStringLiteral("group_histograms"));
        QVERIFY(chooser);
        QCOMPARE(chooser->count(), 8);
        QCOMPARE(panel->plotViews().size(), 1);
        ui::PlotView *plot = panel->plotViews().first();
        QCOMPARE(plot->plot()->xAxis->label(), QStringLiteral("Dice"));
        chooser->setCurrentIndex(5);
        QCOMPARE(plot->plot()->xAxis->label(), QStringLiteral("HD95 (pooled, medpy)"));
        QCOMPARE(plot->plot()->plottableCount(), 2); // a bar series per model
        const QString shots = qEnvironmentVariable("INFOSCOPE_TEST_SCREENSHOTS");
        if (!shots.isEmpty()) {
            window.resize(1280, 800);
            window.show();
            QTest::qWait(300);
            window.grab().save(shots + QStringLiteral("/dataset-models.png"));
        }
        QCOMPARE(window.errors().errorCount(), 0);
    }

    void docksClipNoControlAt1280x800()
    {
        // At 1280 x 800 every visible widget in a dock lies inside its parent (scrolled content excepted),
        // for the form of every analysis.
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_demo)); // sources with names, a run in the browser
        QTRY_COMPARE(window.resultTabs()->count(), 1);
        for (const core::AnalysisDescriptor &analysis : m_registry.analyses()) {
            window.selectAnalysis(QString::fromStdString(analysis.id));
            QApplication::processEvents();
            for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
                // A form or a table wider than its dock needs a horizontal scroll bar: its right side is cut off.
                for (QAbstractScrollArea *area : dock->findChildren<QAbstractScrollArea *>())
                    if (area->isVisible())
                        QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
                                 qPrintable(QStringLiteral("%1: %2 '%3' in dock '%4' is %5 px too narrow")
                                                .arg(QString::fromStdString(analysis.id),
                                                     QString::fromLatin1(area->metaObject()->className()), area->objectName(),
                                                     dock->objectName())
                                                .arg(area->horizontalScrollBar()->maximum())));
                for (QWidget *child : dock->findChildren<QWidget *>()) {
                    QWidget *parent = child->parentWidget();
                    if (!child->isVisible() || child->isWindow() || !parent || qobject_cast<QScrollArea *>(parent->parentWidget())
                        || parent->objectName() == QLatin1String("qt_scrollarea_viewport"))
                        continue;
                    if (qobject_cast<QAbstractScrollArea *>(parent) || qobject_cast<QScrollBar *>(child))
                        continue; // a scroll area's own parts
                    QVERIFY2(parent->rect().contains(child->geometry()),
                             qPrintable(QStringLiteral("%1: %2 '%3' (%4, %5, %6 x %7) is clipped by %8 (%9 x %10)")
                                            .arg(QString::fromStdString(analysis.id), QString::fromLatin1(child->metaObject()->className()),
                                                 child->objectName())
                                            .arg(child->x()).arg(child->y()).arg(child->width()).arg(child->height())
                                            .arg(QString::fromLatin1(parent->metaObject()->className()))
                                            .arg(parent->width()).arg(parent->height())));
                }
            }
        }
    }

    void formShowsOnlyParametersThatApply()
    {
        ui::MainWindow window(m_registry);
        window.selectAnalysis(QStringLiteral("infoplane.dump"));
        ui::ParameterForm *form = window.parameterForm();
        QVERIFY(form);
        auto *estimator = form->findChild<QComboBox *>(QStringLiteral("param_estimator"));
        QWidget *bins = form->findChild<QWidget *>(QStringLiteral("param_bins"));
        QWidget *variance = form->findChild<QWidget *>(QStringLiteral("param_noise_variance"));
        QVERIFY(estimator && bins && variance);
        QCOMPARE(estimator->currentData().toString(), QStringLiteral("binning"));
        QVERIFY(bins->isVisibleTo(form));
        QVERIFY(!variance->isVisibleTo(form)); // the KDE's σ² means nothing to the binning estimator
        estimator->setCurrentIndex(estimator->findData(QStringLiteral("kde")));
        QVERIFY(!bins->isVisibleTo(form));
        QVERIFY(variance->isVisibleTo(form));
    }

    void liveSliderUpdatesTheRunInPlace()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        window.show(); // shown, so that a replaced panel is laid out as a user sees it
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int source = window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/augment/irad_plane.npy"));
        QVERIFY(source > 0);
        window.selectAnalysis(QStringLiteral("resample.irad"));
        ui::ParameterForm *form = window.parameterForm();
        form->setInput("image", source);
        auto *slider = form->findChild<QSlider *>(QStringLiteral("slider_magnitude"));
        auto *spin = form->findChild<QDoubleSpinBox *>(QStringLiteral("param_magnitude"));
        QVERIFY(slider && spin);
        QVERIFY(!form->findChild<QSlider *>(QStringLiteral("slider_seed"))); // only live parameters get one
        // The slider spans 0 … 4 (s = 4 is two pixels); the spin box keeps the whole range and exact values.
        QCOMPARE(spin->maximum(), 16.0);
        spin->setValue(0.123);
        QCOMPARE(slider->value(), 31); // 0.123 / 4 of 1000 steps
        QCOMPARE(spin->value(), 0.123);
        const auto magnitudeOfRun = [&] {
            const auto &runs = window.workspace().runs();
            return runs.isEmpty() ? -1.0 : runs.front().result->parameters.getDouble("magnitude");
        };
        // Before a first Run there is nothing to update: moving the slider starts no job.
        QTRY_COMPARE_WITH_TIMEOUT(window.jobs().activeCount(), 0, 30000); // the source's statistics
        QSignalSpy started(&window.jobs(), &ui::JobRunner::jobStarted);
        slider->setValue(250);
        QTest::qWait(3 * ui::LivePreview::kDebounceMs);
        QCOMPARE(started.count(), 0);
        const int first = window.runCurrentAnalysis();
        QVERIFY(first > 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace().runs().size(), 1, 30000);
        QCOMPARE(window.resultTabs()->count(), 1);
        QCOMPARE(magnitudeOfRun(), 1.0);
        // A drag (three positions within the debounce) runs once more and updates the run and its tab.
        started.clear();
        slider->setValue(100);
        slider->setValue(200);
        slider->setValue(500);
        QCOMPARE(spin->value(), 2.0);
        QTRY_COMPARE_WITH_TIMEOUT(magnitudeOfRun(), 2.0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.jobs().activeCount(), 0, 30000);
        QCOMPARE(started.count(), 1);
        QCOMPARE(window.workspace().runs().size(), 1);
        QCOMPARE(window.resultTabs()->count(), 1);
        auto *panel = qobject_cast<ui::ResultPanel *>(window.resultTabs()->widget(0));
        QVERIFY(panel);
        QCOMPARE(panel->property("runId").toInt(), window.workspace().runs().front().id);
        // A zoom into the maps and images survives a slider step (curves keep their own ranges).
        const auto viewOf = [&](const QString &id) -> ui::PlotView * {
            auto *shown = qobject_cast<ui::ResultPanel *>(window.resultTabs()->widget(0));
            for (ui::PlotView *view : shown->plotViews())
                if (core::resultItemId(view->item()) == id.toStdString())
                    return view;
            return nullptr;
        };
        QVERIFY(viewOf(QStringLiteral("after")));
        viewOf(QStringLiteral("after"))->plot()->xAxis->setRange(3.0, 9.0);
        viewOf(QStringLiteral("after"))->plot()->yAxis->setRange(2.0, 8.0);
        slider->setValue(550);
        QTRY_COMPARE_WITH_TIMEOUT(magnitudeOfRun(), 2.2, 30000);
        QTest::qWait(50); // the new panel is laid out and shown (a resize fits its square pixels)
        // The zoomed area, centred and refitted to square pixels: not the whole 17 x 23 image again.
        const QCPRange x = viewOf(QStringLiteral("after"))->plot()->xAxis->range();
        const QCPRange y = viewOf(QStringLiteral("after"))->plot()->yAxis->range();
        QVERIFY(std::abs(x.center() - 6.0) < 1e-9 && std::abs(y.center() - 5.0) < 1e-9);
        QVERIFY(x.lower <= 3.0 && x.upper >= 9.0 && y.lower <= 2.0 + 1e-9 && y.upper >= 8.0 - 1e-9);
        QVERIFY2(x.size() < 20.0 && y.size() < 14.0, qPrintable(QStringLiteral("%1 x %2").arg(x.size()).arg(y.size())));
        // Values that arrive while a preview may still run: the last one always shows.
        slider->setValue(600);
        QTest::qWait(ui::LivePreview::kDebounceMs + 10);
        slider->setValue(700);
        slider->setValue(750);
        QTRY_COMPARE_WITH_TIMEOUT(magnitudeOfRun(), 3.0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.jobs().activeCount(), 0, 30000);
        QCOMPARE(window.workspace().runs().size(), 1);
        // Filling the form from code (an example, a workspace) is not a slider move.
        started.clear();
        core::ParameterValues values = form->values();
        values.set(form->descriptor().parameters, "magnitude", 0.5);
        form->setValues(values);
        QTest::qWait(3 * ui::LivePreview::kDebounceMs);
        QCOMPARE(started.count(), 0);
        // Another analysis forgets the run: its sliders start from a Run of their own.
        window.selectAnalysis(QStringLiteral("augment.fda"));
        auto *beta = window.parameterForm()->findChild<QSlider *>(QStringLiteral("slider_beta"));
        QVERIFY(beta);
        beta->setValue(300);
        QTest::qWait(3 * ui::LivePreview::kDebounceMs);
        QCOMPARE(started.count(), 0);
    }

    void browserShowsArraysStatisticsAndSlices()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        // An .npz laid out as a dump: activations/fc1/000001 (4 x 3 float32), labels, inputs.
        QVERIFY(window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/readers/npz/stored.npz")) > 0);
        window.jobs().waitForAll();
        QTRY_VERIFY(window.jobs().activeCount() == 0);

        QTreeWidgetItem *activation = nullptr;
        int arrays = 0;
        for (QTreeWidgetItemIterator it(window.workspaceTree()); *it; ++it) {
            if (!(*it)->data(0, ui::IsArrayRole).toBool())
                continue;
            ++arrays;
            QVERIFY2(!(*it)->text(ui::MeanColumn).isEmpty(), "statistics column left empty");
            QCOMPARE((*it)->text(ui::NonFiniteColumn), QStringLiteral("0"));
            if ((*it)->data(0, ui::ArrayNameRole).toString() == QStringLiteral("activations/fc1/000001"))
                activation = *it;
        }
        QCOMPARE(arrays, 3);
        QVERIFY(activation);
        QCOMPARE(activation->text(ui::ShapeColumn), QStringLiteral("4 × 3"));
        QCOMPARE(activation->parent()->text(0), QStringLiteral("fc1")); // grouped as layers -> steps

        // Selecting it draws the 4 x 3 slice in the inspector, read in the background.
        QSignalSpy shown(window.inspector(), &ui::ArrayInspector::sliceShown);
        window.workspaceTree()->setCurrentItem(activation);
        QVERIFY(shown.wait(10000));
        auto *map = qobject_cast<QCPColorMap *>(window.inspector()->plotView()->plot()->plottable(0));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 3);
        QCOMPARE(map->data()->valueSize(), 4);
        QCOMPARE(map->data()->cell(1, 2), window.inspector()->tensor().valueAt({2, 1}));
        // The slice's statistics are in view above it, std included (population std, numpy's default).
        double sum = 0, squares = 0;
        for (std::int64_t r = 0; r < 4; ++r)
            for (std::int64_t c = 0; c < 3; ++c)
                sum += window.inspector()->tensor().valueAt({r, c});
        for (std::int64_t r = 0; r < 4; ++r)
            for (std::int64_t c = 0; c < 3; ++c)
                squares += std::pow(window.inspector()->tensor().valueAt({r, c}) - sum / 12, 2);
        auto *statistics = window.inspector()->findChild<QLabel *>(QStringLiteral("sliceStatistics"));
        QVERIFY(statistics);
        QVERIFY2(statistics->text().contains(QStringLiteral("std %1").arg(QLocale().toString(std::sqrt(squares / 12), 'g', 5))),
                 qPrintable(statistics->text()));
        QVERIFY(statistics->text().contains(QStringLiteral("mean %1").arg(QLocale().toString(sum / 12, 'g', 5))));
        QCOMPARE(window.errors().errorCount(), 0);
        if (!qEnvironmentVariableIsEmpty("INFOSCOPE_TEST_SCREENSHOTS")) {
            window.resize(1500, 900);
            window.show();
            QTest::qWait(300);
            window.grab().save(qEnvironmentVariable("INFOSCOPE_TEST_SCREENSHOTS") + QStringLiteral("/browser.png"));
        }

        // One array of the archive as an analysis input of its own ("FILE::ARRAY").
        const int labels = window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/readers/npz/stored.npz::labels"));
        QVERIFY(labels > 0);
        QCOMPARE(window.workspace().source(labels)->name, QStringLiteral("stored.npz::labels"));
        QCOMPARE(window.workspace().source(labels)->data.kind, core::DataKind::Tensor);
        // Its size is that of its data (N int64 values), not of a file named "stored.npz::labels".
        const core::Tensor &picked = window.workspace().source(labels)->data.tensor;
        QCOMPARE(picked.dtype(), core::DType::Int64);
        QTreeWidgetItem *pickedItem = nullptr;
        for (QTreeWidgetItemIterator it(window.workspaceTree()); *it; ++it)
            if ((*it)->data(0, ui::SourceIdRole).toInt() == labels)
                pickedItem = *it;
        QVERIFY(pickedItem);
        QCOMPARE(pickedItem->text(ui::SizeColumn), ui::formatBytes(quint64(picked.numel()) * 8));
        QCOMPARE(window.openSource(QStringLiteral(INFOSCOPE_TEST_DATA "/readers/npz/stored.npz::nope")), 0);
        QVERIFY(window.errors().lastError().contains(QStringLiteral("nope")));
    }

    void liveDemoTrainsPausesAndStops()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        ui::IbDemoPanel *demo = window.openLiveDemo();
        QCOMPARE(window.resultTabs()->currentWidget(), demo);
        demo->findChild<QSpinBox *>(QStringLiteral("demoEpochs"))->setValue(30);
        QSignalSpy finished(demo, &ui::IbDemoPanel::runFinished);
        demo->start();
        QVERIFY(demo->isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(demo->recordedEpochs(), 20 + 3); // epochs 0-19, then 20, 25, 30
        ui::InformationPlaneView *plane = demo->planeView();
        QCOMPARE(plane->scrubber()->maximum(), 22);
        plane->scrubber()->setValue(0); // back to epoch 0: only the first points are drawn
        QCOMPARE(plane->plotView()->stepLimit(), 0.0);
        plane->play();
        QVERIFY(plane->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!plane->isPlaying(), 10000); // stops at the last epoch
        QCOMPARE(plane->scrubber()->value(), 22);

        // A long run: pause, resume, stop; the window closes cleanly with nothing running.
        demo->findChild<QSpinBox *>(QStringLiteral("demoEpochs"))->setValue(20000);
        demo->start();
        QTRY_VERIFY(demo->recordedEpochs() > 2);
        demo->togglePause();
        QCOMPARE(demo->findChild<QPushButton *>(QStringLiteral("demoPause"))->text(), QStringLiteral("Resume"));
        demo->togglePause();
        demo->stop();
        QVERIFY(finished.wait(30000));
        QVERIFY(!demo->isRunning());
        QCOMPARE(window.errors().errorCount(), 0);
    }

    void badFileKeepsLoadedWork()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        QVERIFY(window.openSource(QStringLiteral(INFOSCOPE_SOURCE_DIR "/resources/demo/polyp.png")) > 0);
        const std::string corrupt = m_dir.filePath("corrupt.npy").toStdString();
        std::ofstream(corrupt, std::ios::binary) << std::string("\x93NUMPY\x01\x00\xff\x00{'descr'", 18);
        QCOMPARE(window.openSource(QString::fromStdString(corrupt)), 0);
        QCOMPARE(window.errors().errorCount(), 1);
        QVERIFY(window.errors().lastError().contains(QStringLiteral("corrupt.npy")));
        QCOMPARE(window.workspace().sources().size(), 1);
    }

    void memoryLimitIsKeptAndApplied()
    {
        ui::MainWindow window(m_registry);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("memoryLimitAction")));
        QSettings().setValue(QStringLiteral("memoryLimitBytes"), QVariant::fromValue<qulonglong>(3ull << 30));
        ui::MemoryLimitAction::applySaved();
        QCOMPARE(core::materialiseLimit(), std::uint64_t(3) << 30);
        QSettings().remove(QStringLiteral("memoryLimitBytes"));
        ui::MemoryLimitAction::applySaved();
        QCOMPARE(core::materialiseLimit(), core::physicalMemory() / 2); // the default again
    }

    void hdf5ExternalSwitchIsOffKeptAndApplied()
    {
        QSettings().remove(QStringLiteral("allowHdf5External"));
        ui::Hdf5ExternalAction::applySaved();
        QVERIFY(!core::hdf5ExternalAllowed()); // off unless the user allows it
        ui::MainWindow window(m_registry);
        auto *action = window.findChild<QAction *>(QStringLiteral("hdf5ExternalAction"));
        QVERIFY(action && action->isCheckable() && !action->isChecked());
        action->trigger(); // File > Allow External HDF5 Data
        QVERIFY(core::hdf5ExternalAllowed());
        QCOMPARE(QSettings().value(QStringLiteral("allowHdf5External")).toBool(), true);
        core::setHdf5ExternalAllowed(false);
        ui::Hdf5ExternalAction::applySaved(); // the next start applies the saved choice
        QVERIFY(core::hdf5ExternalAllowed());
        action->trigger();
        QVERIFY(!core::hdf5ExternalAllowed());
        QSettings().remove(QStringLiteral("allowHdf5External"));
    }

    void failingAnalysisIsReported()
    {
        ui::MainWindow window(m_registry);
        window.errors().setInteractive(false);
        // A 4-channel-last array with an unsupported channel count fails inside the analysis.
        const std::string path = m_dir.filePath("twochannels.npy").toStdString();
        std::string header = "{'descr': '|u1', 'fortran_order': False, 'shape': (4, 4, 2), }";
        while ((10 + header.size() + 1) % 64)
            header += ' ';
        header += '\n';
        std::ofstream out(path, std::ios::binary);
        out << std::string("\x93NUMPY\x01\x00", 8) << char(header.size()) << char(0) << header << std::string(32, '\1');
        out.close();
        const int source = window.openSource(QString::fromStdString(path));
        QVERIFY(source > 0);
        QSignalSpy failed(&window.jobs(), &ui::JobRunner::jobFailed);
        window.runAnalysis(QStringLiteral("spectrum.image"), {{"image", source}}, {});
        QVERIFY(failed.wait(30000));
        QVERIFY(window.errors().lastError().contains(QStringLiteral("channels")));
        QCOMPARE(window.resultTabs()->count(), 0);
        QCOMPARE(window.workspace().sources().size(), 1);
    }

    void germanTranslation()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("infoscope_de"), QStringLiteral(INFOSCOPE_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        ui::MainWindow window(m_registry);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        // Core's texts too: the catalogue, and result texts by their number pattern.
        QStringList analyses;
        for (QTreeWidget *tree : window.findChildren<QTreeWidget *>())
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                analyses << (*it)->text(0);
        const QString axis = ui::coreText("N (samples), k = 7");
        const QString unknown = ui::coreText("a text nobody translated, 3 times");
        // A warning that names a file, by its quoted name; a free function's strings (context "ui").
        const QString warning = ui::coreText("mask 'img7' holds more than two values (0, 1, 2, …): every value above the "
                                             "threshold counts as foreground; for label maps choose masks = labels");
        QWidget host;
        const QString exportText = ui::makeExportButton(&host, [](const QString &) {})->text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(warning.startsWith(QStringLiteral("Maske 'img7' hat mehr als zwei Werte (0, 1, 2, …)")), qPrintable(warning));
        QCOMPARE(exportText, QStringLiteral("Exportieren"));
        QVERIFY2(analyses.contains(QStringLiteral("Amplitudenspektrum eines Bildes")), qPrintable(analyses.join(QLatin1Char('|'))));
        QVERIFY(analyses.contains(QStringLiteral("Spektren")));
        QCOMPARE(axis, QStringLiteral("N (Stichproben), k = 7"));
        QCOMPARE(unknown, QStringLiteral("a text nobody translated, 3 times"));
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
