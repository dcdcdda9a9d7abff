// TorchScript through LibTorch: parameters and forward() against what torch reported when it wrote
// tests/data/readers/torch/module.pt (generate_reader_fixtures.py).
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "models/torchscriptmodule.h"
#include "modules/moduleloader.h"
#include "modules/torchaccess.h"
#include "../core/testdata.h"

#include <QtTest>

class TestTorchScript : public QObject
{
    Q_OBJECT

    core::Registry m_registry;

private Q_SLOTS:
    void initTestCase()
    {
        core::registerBuiltins(m_registry);
        // One registry: TorchScript's reader and model.forward are listed without loading LibTorch.
        QVERIFY(m_registry.analysis("model.forward"));
        QVERIFY(!core::isTorchLoaded());
        QVERIFY(!core::isModuleLoaded("torch"));
    }

    void missingModuleIsAClearError()
    {
        try {
            core::moduleSymbol("nosuchmodule", "entry");
            QFAIL("a missing module loaded");
        } catch (const core::ModuleUnavailableError &error) {
            QVERIFY2(std::string(error.what()).find("libinfoscope_nosuchmodule.so") != std::string::npos, error.what());
        }
        QVERIFY(!core::isModuleLoaded("nosuchmodule"));
    }

    void readerPicksTorchScript()
    {
        const core::DataObject data = m_registry.read(testdata::path("readers/torch/module.pt"));
        QVERIFY(core::isTorchLoaded()); // reading a TorchScript module is what loads LibTorch
        QCOMPARE(data.readerId, std::string("checkpoint.torchscript"));
        QCOMPARE(data.kind, core::DataKind::Checkpoint);
        // A torch.save file still goes to the restricted unpickler.
        QCOMPARE(m_registry.read(testdata::path("readers/torch/state_dict.pt")).readerId, std::string("checkpoint.torch"));
    }

    void parametersMatchTorch()
    {
        core::TorchScriptModule module(testdata::path("readers/torch/module.pt"));
        QCOMPARE(module.arrays().size(), std::size_t(2));
        const core::Tensor weight = module.load("lin.weight");
        QCOMPARE(weight.shape(), (core::Tensor::Shape{2, 3}));
        QCOMPARE(weight.valueAt({0, 0}), double(-0.004322517663240433f));
        QCOMPARE(weight.valueAt({1, 2}), double(0.15482072532176971f));
        QCOMPARE(module.load("lin.bias").valueAt({1}), double(0.45777493715286255f));
    }

    void forwardMatchesTorch()
    {
        core::TorchScriptModule module(testdata::path("readers/torch/module.pt"));
        const core::Tensor input = core::readNpy(testdata::path("readers/torch/module_input.npy"));
        const Eigen::MatrixXd expected = testdata::matrix("readers/torch/module_output.npy");
        const Eigen::MatrixXd output = module.forward(input).toMatrix();
        QCOMPARE(output.rows(), expected.rows());
        QCOMPARE(output.cols(), expected.cols());
        QVERIFY((output - expected).cwiseAbs().maxCoeff() < 1e-6);
    }

    void wrongInputIsAnAnalysisError()
    {
        core::TorchScriptModule module(testdata::path("readers/torch/module.pt"));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, module.forward(core::Tensor::zeros(core::DType::Float32, {4, 7})));
    }

    void forwardAnalysisRunsFromTheRegistry()
    {
        core::AnalysisInputs inputs;
        inputs.bind("module", m_registry.read(testdata::path("readers/torch/module.pt")));
        inputs.bind("input", m_registry.read(testdata::path("readers/torch/module_input.npy")));
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        const core::Result result = m_registry.run("model.forward", inputs, {}, progress, cancel);
        const auto &table = std::get<core::TableResult>(result.items.at(0));
        const Eigen::MatrixXd expected = testdata::matrix("readers/torch/module_output.npy");
        QCOMPARE(table.rows.size(), std::size_t(expected.rows()));
        QVERIFY(std::abs(std::get<double>(table.rows[0][1]) - expected(0, 1)) < 1e-6);
        // A container of several arrays is refused with the way to pick one, not fed its first array.
        inputs.bind("input", m_registry.read(testdata::path("readers/h5/data.h5")));
        try {
            m_registry.run("model.forward", inputs, {}, progress, cancel);
            QFAIL("a multi-array input ran");
        } catch (const core::AnalysisError &e) {
            QVERIFY2(std::string(e.what()).find("FILE::ARRAY") != std::string::npos, e.what());
        }
    }

    void damagedArchiveIsAFormatError()
    {
        QVERIFY_THROWS_EXCEPTION(core::FormatError, m_registry.read(testdata::path("bad/truncated.pt")));
    }
};

QTEST_APPLESS_MAIN(TestTorchScript)
#include "test_torchscript.moc"
