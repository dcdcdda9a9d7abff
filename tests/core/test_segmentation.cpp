// Segmentation metrics against scikit-learn, scipy and numpy references
// (tests/data/generate_segmentation_fixtures.py), analytic sanity cases and the distance transform.
#include "analyses/segmentation/distancetransform.h"
#include "data/arraycollection.h"
#include "analyses/segmentation/maskplane.h"
#include "analyses/segmentation/segmentationmetrics.h"
#include "analyses/segmentation/segmentationsummary.h"
#include "registry/inputslot.h"
#include "errors/analysiserror.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "testdata.h"

#include <nlohmann/json.hpp>

#include <QtTest>
#include <QTemporaryDir>

#include <numeric>

#include <cmath>
#include <fstream>
#include <limits>
#include <random>

using nlohmann::json;

class TestSegmentation : public QObject
{
    Q_OBJECT

    json m_expected;
    core::Registry m_registry;

    static core::BinaryMask mask(const std::string &file)
    {
        return core::thresholdMask(testdata::matrix("segmentation/" + file), 0.0);
    }

    /// Compares one metric; null in the reference is +inf.
    static void compare(double actual, const json &expected, const char *name, const std::string &which)
    {
        const std::string where = which + " " + name;
        if (expected.is_null()) {
            QVERIFY2(actual == std::numeric_limits<double>::infinity(), where.c_str());
            return;
        }
        const double e = expected.get<double>();
        QVERIFY2(std::abs(actual - e) <= 1e-9 * std::max(1.0, std::abs(e)),
                 qPrintable(QString::fromStdString(where) + QStringLiteral(": %1 vs %2").arg(actual, 0, 'g', 17).arg(e, 0, 'g', 17)));
    }

    static void compareAll(const core::SegmentationMetrics &m, const json &e, const std::string &which)
    {
        QCOMPARE(m.tp, e["tp"].get<std::int64_t>());
        QCOMPARE(m.fp, e["fp"].get<std::int64_t>());
        QCOMPARE(m.fn, e["fn"].get<std::int64_t>());
        QCOMPARE(m.tn, e["tn"].get<std::int64_t>());
        compare(m.dice, e["dice"], "dice", which);
        compare(m.iou, e["iou"], "iou", which);
        compare(m.precision, e["precision"], "precision", which);
        compare(m.recall, e["recall"], "recall", which);
        compare(m.hausdorff, e["hd"], "hd", which);
        compare(m.hd95Pooled, e["hd95_pooled"], "hd95_pooled", which);
        compare(m.hd95MaxDirected, e["hd95_max_directed"], "hd95_max_directed", which);
        compare(m.assd, e["assd"], "assd", which);
        compare(m.boundaryPrecision, e["bf_precision"], "bf_precision", which);
        compare(m.boundaryRecall, e["bf_recall"], "bf_recall", which);
        compare(m.boundaryF, e["bf"], "bf", which);
        compare(m.tolerancePixels, e["bf_tolerance"], "bf_tolerance", which);
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::ifstream in(testdata::path("segmentation/expected.json"));
        QVERIFY(in.good());
        in >> m_expected;
        core::registerBuiltins(m_registry);
    }

    void distanceTransformMatchesBruteForce()
    {
        std::mt19937 generator(5);
        core::BinaryMask features = core::BinaryMask::zeros(37, 53);
        for (auto &v : features.values)
            v = generator() % 29 == 0 ? 1 : 0;
        for (const auto &[dy, dx] : {std::pair{1.0, 1.0}, std::pair{2.0, 0.5}}) {
            const std::vector<double> d = core::squaredDistanceTransform(features, dy, dx);
            for (int r = 0; r < features.rows; ++r)
                for (int c = 0; c < features.cols; ++c) {
                    double best = std::numeric_limits<double>::infinity();
                    for (int fr = 0; fr < features.rows; ++fr)
                        for (int fc = 0; fc < features.cols; ++fc)
                            if (features.at(fr, fc))
                                best = std::min(best, std::pow((r - fr) * dy, 2) + std::pow((c - fc) * dx, 2));
                    QVERIFY(std::abs(d[std::size_t(r * features.cols + c)] - best) < 1e-9);
                }
        }
        const std::vector<double> none = core::squaredDistanceTransform(core::BinaryMask::zeros(4, 5));
        QVERIFY(std::all_of(none.begin(), none.end(), [](double v) { return std::isinf(v); }));
    }

    void metricsEqualTheReferences_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"blobs", "offset", "identical", "both_empty", "pred_empty", "true_empty", "edge", "spacing"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void metricsEqualTheReferences()
    {
        QFETCH(QString, name);
        const std::string n = name.toStdString();
        const json &e = m_expected[n];
        core::SegmentationOptions options;
        options.spacingY = e["spacing"][0].get<double>();
        options.spacingX = e["spacing"][1].get<double>();
        const core::BinaryMask prediction = mask("case_" + n + "_pred.npy"), truth = mask("case_" + n + "_true.npy");
        compareAll(core::segmentationMetrics(prediction, truth, options), e["boundary"], n + " boundary");
        options.distances = core::SegmentationOptions::DistanceSet::Foreground;
        compareAll(core::segmentationMetrics(prediction, truth, options), e["foreground"], n + " foreground");
    }

    void sanityCases()
    {
        // Two 10 × 10 squares one pixel apart: IoU 90/110, Dice 0.9, HD 1 (shared/methods §2).
        core::BinaryMask a = core::BinaryMask::zeros(30, 30), b = core::BinaryMask::zeros(30, 30);
        for (int r = 10; r < 20; ++r)
            for (int c = 10; c < 20; ++c) {
                a(r, c) = 1;
                b(r, c + 1) = 1;
            }
        const core::SegmentationMetrics m = core::segmentationMetrics(a, b, {});
        QCOMPARE(m.iou, 90.0 / 110.0);
        QCOMPARE(m.dice, 0.9);
        QCOMPARE(m.hausdorff, 1.0);
        const core::SegmentationMetrics same = core::segmentationMetrics(a, a, {});
        QCOMPARE(same.dice, 1.0);
        QCOMPARE(same.hausdorff, 0.0);
        QCOMPARE(same.boundaryF, 1.0);
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::segmentationMetrics(a, core::BinaryMask::zeros(30, 31), {}));
    }

    void boundaryFWithALargeToleranceByBruteForce()
    {
        // A tolerance of 12 px takes the distance-transform route; the same matches by brute force.
        const core::BinaryMask prediction = mask("case_blobs_pred.npy"), truth = mask("case_blobs_true.npy");
        core::SegmentationOptions options;
        options.boundaryTolerance = 12.0;
        const core::SegmentationMetrics m = core::segmentationMetrics(prediction, truth, options);
        const core::BinaryMask pb = core::davisBoundary(prediction), gb = core::davisBoundary(truth);
        const auto share = [](const core::BinaryMask &from, const core::BinaryMask &to) {
            std::int64_t matched = 0, count = 0;
            for (int r = 0; r < from.rows; ++r)
                for (int c = 0; c < from.cols; ++c) {
                    if (!from.at(r, c))
                        continue;
                    ++count;
                    bool hit = false;
                    for (int rr = 0; rr < to.rows && !hit; ++rr)
                        for (int cc = 0; cc < to.cols && !hit; ++cc)
                            hit = to.at(rr, cc) && (rr - r) * (rr - r) + (cc - c) * (cc - c) <= 144;
                    matched += hit;
                }
            return double(matched) / double(count);
        };
        QCOMPARE(m.tolerancePixels, 12.0);
        QCOMPARE(m.boundaryPrecision, share(pb, gb));
        QCOMPARE(m.boundaryRecall, share(gb, pb));
        QVERIFY2(m.boundaryPrecision > 0.05 && m.boundaryPrecision < 1.0, std::to_string(m.boundaryPrecision).c_str());
    }

    void percentileIsNumpys()
    {
        std::vector<double> v = {4, 1, 3, 2, 10};
        QCOMPARE(core::linearPercentile(v, 95.0), 8.8); // numpy.percentile([1, 2, 3, 4, 10], 95)
        std::vector<double> one = {7};
        QCOMPARE(core::linearPercentile(one, 95.0), 7.0);
    }

    void analysisPerClassOnLabelMaps()
    {
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.metrics");
        QVERIFY(d);
        core::AnalysisInputs inputs;
        inputs.bind("prediction", m_registry.read(testdata::path("segmentation/labels_pred.npy")));
        inputs.bind("truth", m_registry.read(testdata::path("segmentation/labels_true.npy")));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "masks", "labels");
        core::NullProgress progress;
        const core::Result result = m_registry.run("seg.metrics", inputs, params, progress, core::AtomicCancelToken());
        const auto &table = std::get<core::TableResult>(result.items.at(0));
        QCOMPARE(table.rows.size(), std::size_t(3));
        const auto column = [&](const std::string &name) {
            return std::size_t(std::find(table.columns.begin(), table.columns.end(), name) - table.columns.begin());
        };
        for (std::size_t i = 0; i < 3; ++i) {
            const json &e = m_expected["labels"][std::to_string(i + 1)];
            QCOMPARE(std::get<std::string>(table.rows[i][1]), std::to_string(i + 1));
            compare(std::get<double>(table.rows[i][column("Dice")]), e["dice"], "dice", "labels");
            compare(std::get<double>(table.rows[i][column("HD95 (pooled, medpy)")]), e["hd95_pooled"], "hd95", "labels");
            compare(std::get<double>(table.rows[i][column("BF score")]), e["bf"], "bf", "labels");
        }
        // A second model gets rows of its own.
        inputs.bind("second", m_registry.read(testdata::path("segmentation/labels_true.npy")));
        const core::Result two = m_registry.run("seg.metrics", inputs, params, progress, core::AtomicCancelToken());
        const auto &both = std::get<core::TableResult>(two.items.at(0));
        QCOMPARE(both.rows.size(), std::size_t(6));
        QCOMPARE(std::get<std::string>(both.rows[3][0]), std::string("second"));
        QCOMPARE(std::get<double>(both.rows[3][column("Dice")]), 1.0); // the truth against itself
        inputs = core::AnalysisInputs();
        // A label map read as a binary mask: a warning says what happens.
        {
            core::AnalysisInputs binary;
            binary.bind("prediction", m_registry.read(testdata::path("segmentation/labels_pred.npy")));
            binary.bind("truth", m_registry.read(testdata::path("segmentation/labels_true.npy")));
            const core::Result warned = m_registry.run("seg.metrics", binary, core::ParameterValues::defaults(d->parameters),
                                                       progress, core::AtomicCancelToken());
            QCOMPARE(warned.warnings.size(), std::size_t(1));
            QVERIFY(warned.warnings[0].find("choose masks = labels") != std::string::npos);
        }
        // An empty prediction: the note says so and distances are +inf, never 0.
        inputs.bind("prediction", m_registry.read(testdata::path("segmentation/case_pred_empty_pred.npy")));
        inputs.bind("truth", m_registry.read(testdata::path("segmentation/case_pred_empty_true.npy")));
        const core::Result empty = m_registry.run("seg.metrics", inputs, core::ParameterValues::defaults(d->parameters),
                                                  progress, core::AtomicCancelToken());
        const auto &row = std::get<core::TableResult>(empty.items.at(0)).rows.at(0);
        QCOMPARE(std::get<std::string>(row.back()), std::string("prediction empty"));
        QVERIFY(std::isinf(std::get<double>(row[column("HD")])));
        QCOMPARE(std::get<double>(row[column("Dice")]), 0.0);
    }

    void datasetPairsByStemAndSummarises()
    {
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.dataset");
        QVERIFY(d);
        core::AnalysisInputs inputs;
        inputs.bind("set", m_registry.read(testdata::path("segmentation/set")));
        inputs.bind("predictions", m_registry.read(testdata::path("segmentation/set/model_a")));
        inputs.bind("predictions.2", m_registry.read(testdata::path("segmentation/set/model_b")));
        QCOMPARE(inputs.at("predictions").kind, core::DataKind::MaskSet);
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        core::NullProgress progress;
        // img3 of model A is half the size of its mask: refused unless resized.
        try {
            m_registry.run("seg.dataset", inputs, params, progress, core::AtomicCancelToken());
            QFAIL("a prediction of another size was accepted");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("img3") != std::string::npos, e.what());
        }
        params.setFromString(d->parameters, "resize", "nearest");
        const core::Result result = m_registry.run("seg.dataset", inputs, params, progress, core::AtomicCancelToken());
        const json &e = m_expected["dataset"];
        const auto &table = std::get<core::TableResult>(result.items.at(0));
        QCOMPARE(table.id, std::string("images"));
        QCOMPARE(table.rows.size(), std::size_t(10)); // 5 images × 2 models
        const auto column = [&](const core::TableResult &t, const std::string &name) {
            return std::size_t(std::find(t.columns.begin(), t.columns.end(), name) - t.columns.begin());
        };
        for (const auto &row : table.rows) {
            const std::string stem = std::get<std::string>(row[0]), model = std::get<std::string>(row[1]);
            QVERIFY2(model == "model_a" || model == "model_b", model.c_str()); // named by their folders
            const json &ref = e[model == "model_a" ? "a" : "b"][stem];
            compare(std::get<double>(row[column(table, "Dice")]), ref["dice"], "dice", stem);
            compare(std::get<double>(row[column(table, "HD95 (pooled, medpy)")]), ref["hd95_pooled"], "hd95", stem);
            compare(std::get<double>(row[column(table, "BF score")]), ref["bf"], "bf", stem);
        }
        const auto &summary = std::get<core::TableResult>(result.items.at(1));
        for (const auto &row : summary.rows) {
            const std::string metric = std::get<std::string>(row[0]), model = std::get<std::string>(row[1]);
            const std::string key = std::string(model == "model_a" ? "a_" : "b_") + (metric == "Dice" ? "dice" : "hd95_pooled");
            if (metric != "Dice" && metric != "HD95 (pooled, medpy)")
                continue;
            const json &ref = e["summary"][key];
            compare(std::get<double>(row[2]), ref["mean"], "mean", key);
            compare(std::get<double>(row[3]), ref["sd"], "sd", key);
            compare(std::get<double>(row[4]), ref["median"], "median", key);
            QCOMPARE(std::get<std::int64_t>(row[5]), ref["n"].get<std::int64_t>());
            QCOMPARE(std::get<std::int64_t>(row[6]), ref["n_inf"].get<std::int64_t>());
        }
        // Histograms count every image once per model; the unpaired files are listed.
        const auto &dice = std::get<core::SeriesResult>(result.items.at(2));
        for (const core::Series &s : dice.series)
            QCOMPARE(std::accumulate(s.y.begin(), s.y.end(), 0.0), 5.0);
        bool listed = false;
        for (const core::ResultItem &item : result.items)
            if (const auto *t = std::get_if<core::TableResult>(&item); t && t->id == "unpaired")
                listed = t->rows.size() == 2; // masks/extra (no image) is not a pair; model_b's stray has no mask
        QVERIFY(listed);
    }

    void datasetRunsATorchScriptModel()
    {
        // The fixture's model predicts pixel / 255 > 0.5 (mean 0, std 1, sigmoid, threshold 0 -> 0.5).
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.dataset");
        core::AnalysisInputs inputs;
        inputs.bind("set", m_registry.read(testdata::path("segmentation/set")));
        inputs.bind("model", m_registry.read(testdata::path("segmentation/set/model_threshold.pt")));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "model_mean", "0");
        params.setFromString(d->parameters, "model_std", "1");
        core::NullProgress progress;
        const core::Result result = m_registry.run("seg.dataset", inputs, params, progress, core::AtomicCancelToken());
        QCOMPARE(result.warnings.at(0), std::string("threshold 0 on the model's sigmoid probabilities: 0.5 used"));
        const auto &table = std::get<core::TableResult>(result.items.at(0));
        const auto column = [&](const std::string &name) {
            return std::size_t(std::find(table.columns.begin(), table.columns.end(), name) - table.columns.begin());
        };
        QCOMPARE(table.rows.size(), std::size_t(5));
        for (const auto &row : table.rows) {
            const std::string stem = std::get<std::string>(row[0]);
            const json &ref = m_expected["dataset"]["model"][stem];
            QCOMPARE(std::get<std::int64_t>(row[column("TP")]), ref["tp"].get<std::int64_t>());
            QCOMPARE(std::get<std::int64_t>(row[column("FP")]), ref["fp"].get<std::int64_t>());
            compare(std::get<double>(row[column("Dice")]), ref["dice"], "dice", stem);
            compare(std::get<double>(row[column("HD95 (pooled, medpy)")]), ref["hd95_pooled"], "hd95", stem);
        }
        bool recorded = false;
        for (const core::ResultItem &item : result.items)
            if (const auto *t = std::get_if<core::TableResult>(&item); t && t->id == "preprocessing")
                recorded = std::get<double>(t->rows.back()[1]) == 0.5;
        QVERIFY(recorded); // the threshold used is written down
        // A classifier's (1, C) output is refused, not stretched over the mask.
        core::AnalysisInputs classifier;
        classifier.bind("set", m_registry.read(testdata::path("segmentation/set")));
        classifier.bind("model", m_registry.read(testdata::path("segmentation/set/model_classifier.pt")));
        try {
            m_registry.run("seg.dataset", classifier, params, progress, core::AtomicCancelToken());
            QFAIL("a classifier was taken for a segmentation model");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("is not a segmentation map") != std::string::npos, e.what());
        }
        // A folder and a model at once is refused.
        inputs.bind("predictions", m_registry.read(testdata::path("segmentation/set/model_a")));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, m_registry.run("seg.dataset", inputs, params, progress, core::AtomicCancelToken()));
    }

    void datasetReadsFloatTiffProbabilities()
    {
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.dataset");
        core::AnalysisInputs inputs;
        inputs.bind("set", m_registry.read(testdata::path("segmentation/set")));
        inputs.bind("predictions", m_registry.read(testdata::path("segmentation/set/model_tiff")));
        QCOMPARE(inputs.at("predictions").arrays->arrays().front().dtype, core::DType::Float32);
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "threshold", "0.5");
        core::NullProgress progress;
        const core::Result result = m_registry.run("seg.dataset", inputs, params, progress, core::AtomicCancelToken());
        const auto &table = std::get<core::TableResult>(result.items.at(0));
        const auto column = [&](const std::string &name) {
            return std::size_t(std::find(table.columns.begin(), table.columns.end(), name) - table.columns.begin());
        };
        for (const auto &row : table.rows) {
            const std::string stem = std::get<std::string>(row[0]);
            const json &ref = m_expected["dataset"]["tiff"][stem];
            QCOMPARE(std::get<std::int64_t>(row[column("FN")]), ref["fn"].get<std::int64_t>());
            compare(std::get<double>(row[column("Dice")]), ref["dice"], "dice", stem);
        }
    }

    void datasetComparesAnyNumberOfModels()
    {
        // Three folders (0/1 .npy, 0/255 PNG, float TIFF probabilities) at threshold 0.5: every model
        // named by its folder, a histogram per metric, each model's difference to the first.
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.dataset");
        core::AnalysisInputs inputs;
        inputs.bind("set", m_registry.read(testdata::path("segmentation/set")));
        const char *folders[] = {"model_a", "model_b", "model_tiff"};
        for (int n = 1; n <= 3; ++n)
            inputs.bind(core::repeatSlotId("predictions", n),
                        m_registry.read(testdata::path(std::string("segmentation/set/") + folders[n - 1])));
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        params.setFromString(d->parameters, "threshold", "0.5");
        params.setFromString(d->parameters, "resize", "nearest");
        core::NullProgress progress;
        const core::Result result = m_registry.run("seg.dataset", inputs, params, progress, core::AtomicCancelToken());
        QCOMPARE(result.inputs.at("predictions.3"), testdata::path("segmentation/set/model_tiff"));
        const auto &table = std::get<core::TableResult>(result.items.at(0));
        QCOMPARE(table.rows.size(), std::size_t(15)); // 5 images × 3 models
        const auto column = [](const core::TableResult &t, const std::string &name) {
            return std::size_t(std::find(t.columns.begin(), t.columns.end(), name) - t.columns.begin());
        };
        const json &e = m_expected["dataset"];
        const auto reference = [&](const std::string &model, const std::string &stem) -> const json & {
            return e[model == "model_a" ? "a" : model == "model_b" ? "b" : "tiff"][stem];
        };
        for (const auto &row : table.rows) {
            const std::string stem = std::get<std::string>(row[0]), model = std::get<std::string>(row[1]);
            compare(std::get<double>(row[column(table, "Dice")]), reference(model, stem)["dice"], "dice", stem);
        }
        std::vector<std::string> histograms;
        const core::TableResult *difference = nullptr;
        for (const core::ResultItem &item : result.items) {
            if (const auto *series = std::get_if<core::SeriesResult>(&item)) {
                QCOMPARE(series->group, std::string("histograms"));
                QCOMPARE(series->series.size(), std::size_t(3));
                histograms.push_back(series->id);
                // Finite values only: model_b's empty prediction (img4) has HD = +inf, left out.
                const double expected = series->id == "hd-histogram" || series->id == "hd95-histogram"
                                                || series->id == "assd-histogram"
                                            ? 4.0 : 5.0;
                QCOMPARE(std::accumulate(series->series[1].y.begin(), series->series[1].y.end(), 0.0), expected);
            }
            if (const auto *t = std::get_if<core::TableResult>(&item); t && t->id == "difference")
                difference = t;
        }
        QCOMPARE(histograms, (std::vector<std::string>{"dice-histogram", "iou-histogram", "precision-histogram",
                                                       "recall-histogram", "hd-histogram", "hd95-histogram",
                                                       "assd-histogram", "bf-histogram"}));
        QVERIFY(difference);
        QCOMPARE(difference->rows.size(), std::size_t(10)); // 5 images × the two models after the first
        for (const auto &row : difference->rows) {
            const std::string stem = std::get<std::string>(row[0]), model = std::get<std::string>(row[1]);
            const double expected = reference(model, stem)["dice"].get<double>() - e["a"][stem]["dice"].get<double>();
            QVERIFY2(std::abs(std::get<double>(row[column(*difference, "Δ Dice")]) - expected) < 1e-12, stem.c_str());
        }
        // A repeat after a gap would be silently left out: refused.
        core::AnalysisInputs gap;
        gap.bind("set", inputs.at("set"));
        gap.bind("predictions", inputs.at("predictions"));
        gap.bind("predictions.3", inputs.at("predictions.3"));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, m_registry.run("seg.dataset", gap, params, progress, core::AtomicCancelToken()));
        QCOMPARE(core::modelNames({"runs/a/pred", "runs/b/pred/", "net.pt"}),
                 (std::vector<std::string>{"pred", "pred (2)", "net.pt"}));
    }

    void datasetWithoutPairsIsAClearError()
    {
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.dataset");
        core::AnalysisInputs inputs;
        QTemporaryDir empty;
        QVERIFY(QDir(empty.path()).mkpath(QStringLiteral("images")) && QDir(empty.path()).mkpath(QStringLiteral("masks")));
        inputs.bind("set", m_registry.read(empty.path().toStdString()));
        inputs.bind("predictions", m_registry.read(testdata::path("segmentation/set/model_a")));
        core::NullProgress progress;
        try {
            m_registry.run("seg.dataset", inputs, core::ParameterValues::defaults(d->parameters), progress,
                           core::AtomicCancelToken());
            QFAIL("an empty set was accepted");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("no image with a mask") != std::string::npos, e.what());
        }
    }

    void badMasksAreClearErrors()
    {
        const core::AnalysisDescriptor *d = m_registry.analysis("seg.metrics");
        core::AnalysisInputs inputs;
        inputs.bind("prediction", m_registry.read(testdata::path("segmentation/case_blobs_pred.npy")));
        inputs.bind("truth", m_registry.read(testdata::path("segmentation/case_offset_true.npy")));
        core::NullProgress progress;
        try {
            m_registry.run("seg.metrics", inputs, core::ParameterValues::defaults(d->parameters), progress,
                           core::AtomicCancelToken());
            QFAIL("size mismatch accepted");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("96 × 128") != std::string::npos, e.what());
        }
        const Eigen::MatrixXd fractional = Eigen::MatrixXd::Constant(4, 4, 0.5);
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::labelValues({&fractional}, 255));
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "test_segmentation.moc"
