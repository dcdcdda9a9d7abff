// Result JSON round trip and CSV layout.
#include "errors/formaterror.h"
#include "results/resultcsv.h"
#include "results/resultjson.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <sstream>

class TestResultJson : public QObject
{
    Q_OBJECT

    static core::Result sample()
    {
        core::Result r;
        r.analysisId = "demo.all";
        std::vector<core::ParameterSpec> specs(2);
        specs[0].id = "k";
        specs[0].type = core::ParameterType::Int;
        specs[1].id = "window";
        specs[1].type = core::ParameterType::String;
        r.parameters.set(specs, "k", std::int64_t(4));
        r.parameters.set(specs, "window", std::string("hann"));
        r.inputs["image"] = "/data/a.png";
        r.status = core::Result::Status::NoConvergence;
        r.warnings = {"slow"};
        r.items.emplace_back(core::TableResult{"t", "Table", {"name", "value", "n"}, {{std::string("a,b"), 1.5, std::int64_t(3)}}});
        core::SeriesResult s;
        s.id = "s";
        s.xLabel = "r";
        s.yLabel = "A";
        s.series = {{"grey", {0, 1, 2}, {4.0, std::nan(""), 0.25}}};
        s.style = core::SeriesResult::Style::Bars;
        s.markers = {{"estimate", 1.5}};
        r.items.emplace_back(s);
        core::HeatMapResult h;
        h.id = "h";
        h.rows = 2;
        h.cols = 3;
        h.values = {1, 2, 3, 4, 5, 6};
        h.xMin = -1;
        h.xMax = 1;
        h.yMin = 0;
        h.yMax = 10;
        r.items.emplace_back(h);
        r.items.emplace_back(core::TrajectoryResult{"tr", "Plane", "I(X;T)", "I(T;Y)", "epoch", {{"layer 1", {0.1, 0.2}, {0.3, 0.4}, {1, 2}, {0.01, 0.02}, {0.03, 0.04}},
                                                                                   {"layer 2", {0.5}, {0.6}, {1}, {}, {}}}, {}});
        r.items.emplace_back(core::EigenvalueResult{"e", "Eig", {{0.5, 0.5}, {1.0, 0.0}}, {}});
        core::PointSetResult p;
        p.id = "p";
        p.points = {{1, 2, 3}, {4, 5, 6}};
        p.scalars = {0.5, 1.5};
        p.lineStarts = {0, 1};
        p.colourings = {{"arg φ1 (rad)", {0.1, -3.0}, true}};
        r.items.emplace_back(p);
        core::ImageResult i;
        i.id = "i";
        i.image = core::Tensor::zeros(core::DType::UInt8, {2, 2});
        i.image.mutableData<std::uint8_t>()[3] = 200;
        r.items.emplace_back(i);
        return r;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const core::Result original = sample();
        const nlohmann::json json = core::resultToJson(original);
        QCOMPARE(json.at("items").at(1).at("series").at(0).at("y").at(1), nlohmann::json(nullptr)); // NaN -> null
        const core::Result back = core::resultFromJson(nlohmann::json::parse(json.dump()));
        QCOMPARE(back.analysisId, original.analysisId);
        QCOMPARE(back.parameters.getInt("k"), std::int64_t(4));
        QCOMPARE(back.parameters.getString("window"), std::string("hann"));
        QCOMPARE(back.status, core::Result::Status::NoConvergence);
        QCOMPARE(back.items.size(), original.items.size());
        const auto &s = std::get<core::SeriesResult>(back.items[1]);
        QVERIFY(std::isnan(s.series[0].y[1]));
        QCOMPARE(s.series[0].y[2], 0.25);
        QCOMPARE(s.style, core::SeriesResult::Style::Bars);
        QCOMPARE(s.markers.size(), std::size_t(1));
        QCOMPARE(s.markers[0].name, std::string("estimate"));
        QCOMPARE(s.markers[0].x, 1.5);
        const auto &h = std::get<core::HeatMapResult>(back.items[2]);
        QCOMPARE(h.at(1, 2), 6.0);
        QCOMPARE(h.yMax, 10.0);
        const auto &plane = std::get<core::TrajectoryResult>(back.items[3]);
        QCOMPARE(plane.trajectories[0].yError, (std::vector<double>{0.03, 0.04})); // bootstrap spreads survive
        QVERIFY(plane.trajectories[1].xError.empty());
        QCOMPARE(std::get<core::EigenvalueResult>(back.items[4]).values[0], std::complex<double>(0.5, 0.5));
        const auto &points = std::get<core::PointSetResult>(back.items[5]);
        QCOMPARE(points.points[1][2], 6.0);
        QCOMPARE(points.lineStarts, (std::vector<std::size_t>{0, 1}));
        QVERIFY(!points.scalarsCyclic);
        QVERIFY(points.colourings.at(0).cyclic); // a phase keeps its cyclic colour map
        QCOMPARE(points.colourings[0].values[1], -3.0);
        const auto &image = std::get<core::ImageResult>(back.items[6]).image;
        QCOMPARE(image.dtype(), core::DType::UInt8);
        QCOMPARE(image.valueAt({1, 1}), 200.0);
        QCOMPARE(std::get<std::string>(std::get<core::TableResult>(back.items[0]).rows[0][0]), std::string("a,b"));
    }

    void malformedJsonIsAFormatError()
    {
        QVERIFY_THROWS_EXCEPTION(core::FormatError, core::resultFromJson(nlohmann::json::object()));
        nlohmann::json json = core::resultToJson(sample());
        json["items"][2]["values"] = {1, 2};
        QVERIFY_THROWS_EXCEPTION(core::FormatError, core::resultFromJson(json));
        // Line starts past the points (the time cursor walks them) or not ascending.
        for (const nlohmann::json &starts : {nlohmann::json{0, 5}, nlohmann::json{0, 0}, nlohmann::json{1}}) {
            nlohmann::json bad = core::resultToJson(sample());
            bad["items"][5]["line_starts"] = starts;
            QVERIFY_THROWS_EXCEPTION(core::FormatError, core::resultFromJson(bad));
        }
    }

    void csvLayouts()
    {
        const core::Result r = sample();
        std::ostringstream table, series, heat;
        core::writeCsv(r.items[0], table);
        QCOMPARE(table.str(), std::string("name,value,n\n\"a,b\",1.5,3\n"));
        core::writeCsv(r.items[1], series);
        QCOMPARE(series.str(), std::string("series,r,A\ngrey,0,4\ngrey,1,\ngrey,2,0.25\nmarker: estimate,1.5,\n"));
        core::writeCsv(r.items[2], heat);
        QCOMPARE(heat.str(), std::string(" \\ ,-1,0,1\n0,1,2,3\n10,4,5,6\n"));
    }
};

QTEST_GUILESS_MAIN(TestResultJson)
#include "test_resultjson.moc"
