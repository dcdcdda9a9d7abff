// Registry: parameter validation, reader choice and input checks.
#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

class TestRegistry : public QObject
{
    Q_OBJECT

    core::Registry m_registry;
    QTemporaryDir m_dir;

    std::string formatProblem(const std::string &path)
    {
        try {
            m_registry.read(path);
        } catch (const core::FormatError &e) {
            return e.what();
        }
        return "no error";
    }

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void builtinsAreRegistered()
    {
        QVERIFY(m_registry.analysis("spectrum.image"));
        QVERIFY(!m_registry.analysis("no.such"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, m_registry.addAnalysis(*m_registry.analysis("spectrum.image")));
        for (const core::AnalysisDescriptor &d : m_registry.analyses()) {
            QVERIFY(!d.methodNote.empty());
            QVERIFY(!d.citation.empty());
        }
    }

    void parameterValidation()
    {
        std::vector<core::ParameterSpec> specs(3);
        specs[0].id = "k";
        specs[0].type = core::ParameterType::Int;
        specs[0].defaultValue = std::int64_t(4);
        specs[0].minimum = 1;
        specs[0].maximum = 50;
        specs[1].id = "sigma";
        specs[1].type = core::ParameterType::Double;
        specs[1].defaultValue = 1e-3;
        specs[2].id = "units";
        specs[2].type = core::ParameterType::Choice;
        specs[2].defaultValue = std::string("bits");
        specs[2].choices = {"bits", "nats"};
        core::ParameterValues values = core::ParameterValues::defaults(specs);
        QCOMPARE(values.getInt("k"), std::int64_t(4));
        values.setFromString(specs, "k", "7");
        values.setFromString(specs, "sigma", "2.5e-2");
        values.setFromString(specs, "units", "nats");
        QCOMPARE(values.getInt("k"), std::int64_t(7));
        QCOMPARE(values.getDouble("sigma"), 0.025);
        QCOMPARE(values.getString("units"), std::string("nats"));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, values.setFromString(specs, "k", "51"));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, values.setFromString(specs, "k", "3.5"));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, values.setFromString(specs, "sigma", "nan"));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, values.setFromString(specs, "units", "bans"));
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, values.setFromString(specs, "nope", "1"));
        QCOMPARE(values.getInt("k"), std::int64_t(7)); // a refused value changes nothing
    }

    void readerErrorsNameTheFile()
    {
        const std::string empty = m_dir.filePath("empty.png").toStdString();
        std::ofstream(empty).close();
        QVERIFY(formatProblem(empty).find("empty") != std::string::npos);
        // A folder of images is a folder of masks (masks.folder); its broken file is named.
        QVERIFY(formatProblem(m_dir.path().toStdString()).find("empty.png") != std::string::npos);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("plain")));
        std::ofstream(m_dir.filePath(QStringLiteral("plain/readme.txt")).toStdString()) << "no data";
        QVERIFY(formatProblem(m_dir.filePath(QStringLiteral("plain")).toStdString()).find("folder") != std::string::npos);
        QVERIFY(formatProblem(m_dir.filePath("missing.npy").toStdString()).find("cannot open") != std::string::npos);
        const std::string text = m_dir.filePath("notes.txt").toStdString();
        std::ofstream(text) << "hello";
        const std::string problem = formatProblem(text);
        QVERIFY2(problem.find("notes.txt") != std::string::npos && problem.find("no reader") != std::string::npos,
                 problem.c_str());
    }

    void readerChosenByContentNotExtension()
    {
        // A PNG renamed to .npy is still read as an image.
        std::ifstream in(testdata::path("spectrum/grey_u8.png"), std::ios::binary);
        const std::string renamed = m_dir.filePath("image.npy").toStdString();
        std::ofstream(renamed, std::ios::binary) << in.rdbuf();
        QCOMPARE(m_registry.readerFor(renamed).id, std::string("image.opencv"));
    }

    void runChecksInputs()
    {
        core::NullProgress progress;
        core::AtomicCancelToken cancel;
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError,
                                 m_registry.run("spectrum.image", {}, {}, progress, cancel)); // missing input
        QVERIFY_THROWS_EXCEPTION(core::AnalysisError, m_registry.run("nope", {}, {}, progress, cancel));
        core::AnalysisInputs inputs;
        inputs.bind("image", m_registry.read(testdata::path("spectrum/grey_u8.png")));
        const core::Result result = m_registry.run("spectrum.image", inputs, {}, progress, cancel);
        QCOMPARE(result.analysisId, std::string("spectrum.image"));
        QCOMPARE(result.parameters.getString("window"), std::string("none")); // defaults stamped
        QCOMPARE(result.inputs.at("image"), testdata::path("spectrum/grey_u8.png"));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
