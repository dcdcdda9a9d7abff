// resample.irad-accuracy: a scripted classifier's predictions, clean and after grid_sample at constant
// shifts, against what torch computed when it wrote tests/data/augment/classifier/
// (generate_augment_fixtures.py; every top-2 margin there exceeds 1e-3).
#include "errors/analysiserror.h"
#include "io/npyreader.h"
#include "models/linearclassifierfile.h"
#include "models/torchscriptmodule.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "../core/testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

core::DataObject tensorObject(const core::Tensor &tensor)
{
    core::DataObject data;
    data.kind = core::DataKind::Tensor;
    data.source = "memory";
    data.tensor = tensor;
    return data;
}

} // namespace

using testdata::item;

class TestIradAccuracy : public QObject
{
    Q_OBJECT

    core::Registry m_registry;
    core::DataObject m_model, m_images, m_labels;
    QJsonObject m_expected;

    core::Result run(const core::DataObject &images, const core::DataObject &labels,
                     const std::vector<std::pair<std::string, std::string>> &parameters, const core::DataObject *model = nullptr)
    {
        const core::AnalysisDescriptor *d = m_registry.analysis("resample.irad-accuracy");
        core::AnalysisInputs inputs;
        inputs.bind("model", model ? *model : m_model);
        inputs.bind("images", images);
        inputs.bind("labels", labels);
        core::ParameterValues params = core::ParameterValues::defaults(d->parameters);
        for (const auto &[key, value] : parameters)
            params.setFromString(d->parameters, key, value);
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        return m_registry.run("resample.irad-accuracy", inputs, params, progress, cancel);
    }

    void expectError(const core::DataObject &images, const core::DataObject &labels,
                     const std::vector<std::pair<std::string, std::string>> &parameters, const QString &fragment,
                     const core::DataObject *model = nullptr)
    {
        try {
            run(images, labels, parameters, model);
        } catch (const core::AnalysisError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(fragment), e.what());
            return;
        }
        QFAIL(qPrintable("no error containing: " + fragment));
    }

    /// Every row of the table against the reference's counts (48 images).
    void compareWithReference(const core::Result &result)
    {
        const auto &table = item<core::TableResult>(result, "accuracy");
        const QJsonArray conditions = m_expected["conditions"].toArray();
        QCOMPARE(table.rows.size(), std::size_t(conditions.size()));
        for (const QJsonValue &value : conditions) {
            const QJsonObject want = value.toObject();
            bool found = false;
            for (const auto &row : table.rows) {
                if (std::get<std::string>(row[0]) != want["interpolation"].toString().toStdString()
                    || std::abs(std::get<double>(row[2]) - want["magnitude"].toDouble()) > 1e-12)
                    continue;
                found = true;
                QCOMPARE(std::get<std::int64_t>(row[4]), std::int64_t(want["correct"].toInt()));
                QCOMPARE(std::get<std::int64_t>(row[5]), std::int64_t(48));
                QCOMPARE(std::get<double>(row[3]), want["correct"].toInt() / 48.0);
                QCOMPARE(std::get<double>(row[6]), want["agreement"].toInt() / 48.0);
            }
            QVERIFY2(found, qPrintable(want["interpolation"].toString()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerBuiltins(m_registry);
        m_model = m_registry.read(testdata::path("augment/classifier/model.pt"));
        m_images = m_registry.read(testdata::path("augment/classifier/images_nhwc.npy"));
        m_labels = m_registry.read(testdata::path("augment/classifier/labels.npy"));
        QFile file(QString::fromStdString(testdata::path("augment/expected.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_expected = QJsonDocument::fromJson(file.readAll()).object()["irad_accuracy"].toObject();
        QVERIFY(!m_expected.isEmpty());
    }

    void matchesTorchAtConstantShifts()
    {
        // Uneven batches (7) must not change anything.
        const core::Result result = run(m_images, m_labels, {{"shift", "constant"}, {"magnitudes", "2.6, 1.2"},
                                                             {"model_mean", "0.5"}, {"model_std", "0.25"}, {"batch", "7"}});
        compareWithReference(result);
        // The plot: one curve per interpolation from the clean accuracy at s = 0, in ascending s.
        const auto &plot = item<core::SeriesResult>(result, "accuracy-vs-magnitude");
        QCOMPARE(plot.series.size(), std::size_t(3));
        for (const core::Series &series : plot.series) {
            QCOMPARE(series.x, (std::vector<double>{0.0, 1.2, 2.6}));
            QCOMPARE(series.y.front(), 36.0 / 48.0);
        }
    }

    void channelsFirstLayoutGivesTheSameCounts()
    {
        const core::DataObject nchw = m_registry.read(testdata::path("augment/classifier/images_nchw.npy"));
        compareWithReference(run(nchw, m_labels, {{"shift", "constant"}, {"magnitudes", "1.2, 2.6"}, {"model_mean", "0.5"},
                                                  {"model_std", "0.25"}, {"layout", "NCHW"}}));
    }

    void zeroMagnitudeIsTheCleanImage()
    {
        // s = 0 samples the pixel centres: every interpolation and shift kind gives the clean predictions.
        for (const char *shift : {"gaussian", "gaussian-xy", "uniform", "constant"}) {
            const core::Result result =
                run(m_images, m_labels, {{"shift", shift}, {"magnitudes", "0"}, {"model_mean", "0.5"}, {"model_std", "0.25"}});
            const auto &table = item<core::TableResult>(result, "accuracy");
            QCOMPARE(table.rows.size(), std::size_t(4));
            for (const auto &row : table.rows) {
                QCOMPARE(std::get<std::int64_t>(row[4]), std::int64_t(36));
                QCOMPARE(std::get<double>(row[6]), 1.0);
            }
        }
    }

    void limitClassifiesTheFirstImages()
    {
        const core::Result result = run(m_images, m_labels, {{"magnitudes", "1"}, {"interpolation", "bilinear"}, {"limit", "8"}});
        const auto &table = item<core::TableResult>(result, "accuracy");
        QCOMPARE(std::get<std::int64_t>(table.rows[0][5]), std::int64_t(8));
        QCOMPARE(result.warnings.size(), std::size_t(1));
    }

    void linearClassifierIsWrittenAsTorchScript()
    {
        // forward(x) = x.flatten(1) Wᵀ + b, written through the torch module and read back by LibTorch.
        QTemporaryDir dir;
        const std::string path = dir.filePath("linear.pt").toStdString();
        Eigen::MatrixXd weight(2, 6);
        weight << 1, 0, 0, 0, 0, -1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5;
        const Eigen::Vector2d bias(0.25, -1.0);
        core::writeLinearClassifier(path, weight, bias);
        core::TorchScriptModule module(path);
        core::Tensor input = core::Tensor::zeros(core::DType::Float32, {2, 1, 2, 3});
        for (int i = 0; i < 12; ++i)
            input.mutableData<float>()[i] = float(i);
        const Eigen::MatrixXd output = module.forward(input).toMatrix();
        QCOMPARE(output.rows(), Eigen::Index(2));
        QCOMPARE(output(0, 0), 0.0 - 5.0 + 0.25);
        QCOMPARE(output(0, 1), 0.5 * 15 - 1.0);
        QCOMPARE(output(1, 0), 6.0 - 11.0 + 0.25);
        QCOMPARE(output(1, 1), 0.5 * 51 - 1.0);
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, core::writeLinearClassifier(path, weight, Eigen::Vector3d::Zero()));
    }

    void badInputsAreClearErrors()
    {
        const core::Tensor labels = m_labels.tensor;
        expectError(m_images, tensorObject(labels.sliced(0, 0, 47, 1)), {}, "47 labels for 48 images");
        core::Tensor shifted = labels.to(core::DType::Float64); // a copy: the .npy is mapped read-only
        shifted.mutableData<double>()[5] = 3;
        expectError(m_images, tensorObject(shifted), {}, "not one of the model's 3 classes");
        core::Tensor fractional = labels.to(core::DType::Float64);
        fractional.mutableData<double>()[2] = 0.5;
        expectError(m_images, tensorObject(fractional), {}, "label 2 is 0.5");
        // (N, 3, 5, 3): either axis could hold the channels.
        expectError(tensorObject(core::Tensor::zeros(core::DType::UInt8, {48, 3, 5, 3})), m_labels, {}, "set 'Layout'");
        expectError(tensorObject(core::Tensor::zeros(core::DType::UInt8, {48, 12})), m_labels, {}, "(N, H, W)");
        core::Tensor withNan = m_images.tensor.to(core::DType::Float32);
        withNan.mutableData<float>()[100] = std::nanf("");
        expectError(tensorObject(withNan), m_labels, {}, "image 0 has NaN");
        expectError(m_images, m_labels, {{"magnitudes", "1, x"}}, "expects finite numbers separated by commas");
        expectError(m_images, m_labels, {{"magnitudes", "20"}}, "0 … 16");
        expectError(m_images, m_labels, {{"model_std", "0"}}, "positive");
        expectError(m_images, m_labels, {{"magnitudes", "1-2"}}, "expects finite numbers");
        expectError(m_images, m_labels, {{"model_mean", "0.5, 0.5"}}, "2 values for 3 channels");
        // A 3-d array is (N, H, W) grey images; asking for a channel layout is refused, not guessed.
        expectError(tensorObject(core::Tensor::zeros(core::DType::UInt8, {48, 12, 3})), m_labels, {{"layout", "NHWC"}},
                    "needs a 4-d array");
        // The model's input shape is wrong: LibTorch's refusal is wrapped with what was fed.
        expectError(tensorObject(core::Tensor::zeros(core::DType::UInt8, {48, 10, 16, 3})), m_labels, {},
                    "a batch shaped (48, 3, 10, 16)");
        // A segmentation model's (N, 1, H, W) is not class scores.
        const core::DataObject segmenter = m_registry.read(testdata::path("segmentation/set/model_threshold.pt"));
        expectError(m_images, m_labels, {}, "not class scores", &segmenter);
    }
};

QTEST_APPLESS_MAIN(TestIradAccuracy)
#include "test_iradaccuracy.moc"
