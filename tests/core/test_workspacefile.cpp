// Workspace files: relative paths, validation against the registry, round trip with results.
#include "errors/formaterror.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "session/workspacefile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

    core::Registry m_registry;
    QTemporaryDir m_dir;

    std::string write(const std::string &name, const std::string &text)
    {
        const std::string path = m_dir.filePath(QString::fromStdString(name)).toStdString();
        std::ofstream(path) << text;
        return path;
    }

private Q_SLOTS:
    void initTestCase() { core::registerBuiltins(m_registry); }

    void roundTrip()
    {
        core::WorkspaceFile file;
        const std::string image = m_dir.filePath("images/a.png").toStdString();
        file.sources = {image};
        core::WorkspaceRun run;
        run.analysisId = "spectrum.image";
        run.inputs["image"] = image;
        run.parameters = core::ParameterValues::defaults(m_registry.analysis("spectrum.image")->parameters);
        run.parameters.setFromString(m_registry.analysis("spectrum.image")->parameters, "window", "hann");
        core::Result result;
        result.analysisId = "spectrum.image";
        result.items.emplace_back(core::TableResult{"t", "T", {"x"}, {{1.0}}});
        run.result = result;
        file.runs.push_back(run);
        const std::string path = m_dir.filePath("ws.infoscope.json").toStdString();
        file.save(path);

        std::ifstream in(path);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY2(text.find("\"images/a.png\"") != std::string::npos, "paths are stored relative to the file");

        const core::WorkspaceFile back = core::WorkspaceFile::load(path, m_registry);
        QCOMPARE(back.sources.at(0), image);
        QCOMPARE(back.runs.at(0).inputs.at("image"), image);
        QCOMPARE(back.runs.at(0).parameters.getString("window"), std::string("hann"));
        QVERIFY(back.runs.at(0).result.has_value());
    }

    void invalidFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{ nope" << "not valid JSON";
        QTest::newRow("wrong format") << R"({"format": "x", "version": 1, "sources": []})" << "not an InfoScope workspace";
        QTest::newRow("unknown analysis")
            << R"({"format": "infoscope-workspace", "version": 1, "sources": [], "runs": [{"analysis": "x.y", "inputs": {}}]})"
            << "unknown analysis";
        QTest::newRow("bad parameter")
            << R"({"format": "infoscope-workspace", "version": 1, "sources": [], "runs": [{"analysis": "spectrum.image", "inputs": {}, "parameters": {"window": "kaiser"}}]})"
            << "not one of";
        QTest::newRow("newer version") << R"({"format": "infoscope-workspace", "version": 99, "sources": []})" << "newer";
    }

    void invalidFiles()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const std::string path = write("bad.infoscope.json", text.toStdString());
        try {
            core::WorkspaceFile::load(path, m_registry);
            QFAIL("no FormatError");
        } catch (const core::FormatError &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "test_workspacefile.moc"
