#include "results/resultjson.h"

#include "errors/formaterror.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace core {

using nlohmann::json;

namespace {

constexpr int kFormatVersion = 1;

json numbers(const std::vector<double> &values)
{
    json array = json::array();
    for (double v : values)
        array.push_back(jsonNumber(v));
    return array;
}

const char *styleName(SeriesResult::Style style)
{
    switch (style) {
    case SeriesResult::Style::Scatter: return "scatter";
    case SeriesResult::Style::Bars: return "bars";
    case SeriesResult::Style::Line: break;
    }
    return "line";
}

double readNumber(const json &value)
{
    return value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>();
}

std::vector<double> readNumbers(const json &array)
{
    std::vector<double> values;
    values.reserve(array.size());
    for (const json &v : array)
        values.push_back(readNumber(v));
    return values;
}

json tensorToJson(const Tensor &tensor)
{
    if (tensor.isNull())
        return nullptr;
    const Tensor doubles = tensor.to(DType::Float64);
    const double *data = doubles.data<double>();
    return {{"dtype", dtypeName(tensor.dtype())},
            {"shape", tensor.shape()},
            {"data", numbers(std::vector<double>(data, data + doubles.numel()))}};
}

Tensor tensorFromJson(const json &value)
{
    if (value.is_null())
        return {};
    DType type;
    if (!dtypeFromName(value.at("dtype").get<std::string>(), &type))
        throw std::invalid_argument("unknown dtype in tensor");
    const auto shape = value.at("shape").get<Tensor::Shape>();
    const std::vector<double> data = readNumbers(value.at("data"));
    Tensor doubles = Tensor::zeros(DType::Float64, shape);
    if (static_cast<std::int64_t>(data.size()) != doubles.numel())
        throw std::invalid_argument("tensor data length does not match its shape");
    std::copy(data.begin(), data.end(), doubles.mutableData<double>());
    return doubles.to(type);
}

json parameterToJson(const ParameterValue &value)
{
    return std::visit([](const auto &v) { return json(v); }, value);
}

ParameterValue parameterFromJson(const json &value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    if (value.is_number())
        return value.get<double>();
    return value.get<std::string>();
}

struct ItemWriter
{
    json operator()(const TableResult &t) const
    {
        json rows = json::array();
        for (const auto &row : t.rows) {
            json cells = json::array();
            for (const TableCell &cell : row) {
                if (const auto *d = std::get_if<double>(&cell))
                    cells.push_back(jsonNumber(*d));
                else
                    std::visit([&](const auto &v) { cells.push_back(v); }, cell);
            }
            rows.push_back(cells);
        }
        return {{"kind", "table"}, {"id", t.id}, {"title", t.title}, {"columns", t.columns}, {"rows", rows}};
    }
    json operator()(const SeriesResult &s) const
    {
        json series = json::array();
        for (std::size_t k = 0; k < s.series.size(); ++k) {
            const Series &one = s.series[k];
            json entry = {{"name", one.name}, {"x", numbers(one.x)}, {"y", numbers(one.y)}};
            if (k < s.bands.size() && !s.bands[k].lower.empty()) {
                entry["lower"] = numbers(s.bands[k].lower);
                entry["upper"] = numbers(s.bands[k].upper);
            }
            series.push_back(std::move(entry));
        }
        json item = {{"kind", "series"}, {"id", s.id}, {"title", s.title}, {"x_label", s.xLabel},
                     {"y_label", s.yLabel}, {"style", styleName(s.style)},
                     {"log_x", s.logX}, {"log_y", s.logY}, {"series", series}};
        if (!s.markers.empty()) {
            json markers = json::array();
            for (const SeriesMarker &marker : s.markers)
                markers.push_back({{"name", marker.name}, {"x", jsonNumber(marker.x)}});
            item["markers"] = markers;
        }
        if (!s.group.empty())
            item["group"] = s.group;
        return item;
    }
    json operator()(const HeatMapResult &h) const
    {
        return {{"kind", "heatmap"}, {"id", h.id}, {"title", h.title}, {"x_label", h.xLabel},
                {"y_label", h.yLabel}, {"value_label", h.valueLabel}, {"rows", h.rows}, {"cols", h.cols},
                {"x_range", {h.xMin, h.xMax}}, {"y_range", {h.yMin, h.yMax}}, {"log_scale", h.logScale},
                {"rows_down", h.rowsDown}, {"cyclic", h.cyclic}, {"values", numbers(h.values)}};
    }
    json operator()(const TrajectoryResult &t) const
    {
        json trajectories = json::array();
        for (const Trajectory &one : t.trajectories) {
            json entry = {{"name", one.name}, {"x", numbers(one.x)}, {"y", numbers(one.y)}, {"step", numbers(one.step)}};
            if (!one.xError.empty())
                entry["x_error"] = numbers(one.xError);
            if (!one.yError.empty())
                entry["y_error"] = numbers(one.yError);
            trajectories.push_back(entry);
        }
        json item = {{"kind", "trajectory"}, {"id", t.id}, {"title", t.title}, {"x_label", t.xLabel},
                     {"y_label", t.yLabel}, {"step_label", t.stepLabel}, {"trajectories", trajectories}};
        if (!t.lines.empty()) {
            json lines = json::array();
            for (const AxisLine &line : t.lines)
                lines.push_back({{"name", line.name}, {"value", jsonNumber(line.value)}, {"axis", line.vertical ? "x" : "y"}});
            item["lines"] = lines;
        }
        return item;
    }
    json operator()(const EigenvalueResult &e) const
    {
        std::vector<double> re, im;
        for (const auto &v : e.values) {
            re.push_back(v.real());
            im.push_back(v.imag());
        }
        json item = {{"kind", "eigenvalues"}, {"id", e.id}, {"title", e.title}, {"real", numbers(re)}, {"imag", numbers(im)}};
        if (!e.weights.empty())
            item["weights"] = numbers(e.weights);
        return item;
    }
    json operator()(const ImageResult &i) const
    {
        json item = {{"kind", "image"}, {"id", i.id}, {"title", i.title}, {"image", tensorToJson(i.image)},
                     {"overlay", tensorToJson(i.overlay)}, {"overlay_opacity", i.overlayOpacity}};
        if (std::isfinite(i.displayLow) && std::isfinite(i.displayHigh))
            item["display_range"] = {i.displayLow, i.displayHigh};
        return item;
    }
    json operator()(const PointSetResult &p) const
    {
        json points = json::array();
        for (const auto &pt : p.points)
            points.push_back({jsonNumber(pt[0]), jsonNumber(pt[1]), jsonNumber(pt[2])});
        json item = {{"kind", "points3d"}, {"id", p.id}, {"title", p.title}, {"axis_labels", p.axisLabels},
                     {"scalar_label", p.scalarLabel}, {"points", points}, {"scalars", numbers(p.scalars)}};
        if (p.scalarsCyclic)
            item["scalars_cyclic"] = true;
        if (!p.lineStarts.empty())
            item["line_starts"] = p.lineStarts;
        if (!p.colourings.empty()) {
            json colourings = json::array();
            for (const auto &c : p.colourings)
                colourings.push_back({{"label", c.label}, {"values", numbers(c.values)}, {"cyclic", c.cyclic}});
            item["colourings"] = colourings;
        }
        return item;
    }
};

ResultItem itemFromJson(const json &j)
{
    const std::string kind = j.at("kind").get<std::string>();
    if (kind == "table") {
        TableResult t{j.at("id"), j.at("title"), j.at("columns"), {}};
        for (const json &row : j.at("rows")) {
            std::vector<TableCell> cells;
            for (const json &cell : row) {
                if (cell.is_string())
                    cells.emplace_back(cell.get<std::string>());
                else if (cell.is_number_integer())
                    cells.emplace_back(cell.get<std::int64_t>());
                else
                    cells.emplace_back(readNumber(cell));
            }
            t.rows.push_back(std::move(cells));
        }
        return t;
    }
    if (kind == "series") {
        SeriesResult s;
        s.id = j.at("id");
        s.title = j.at("title");
        s.xLabel = j.at("x_label");
        s.yLabel = j.at("y_label");
        s.style = j.at("style") == "scatter" ? SeriesResult::Style::Scatter
                  : j.at("style") == "bars"  ? SeriesResult::Style::Bars
                                             : SeriesResult::Style::Line;
        s.logY = j.at("log_y");
        s.logX = j.value("log_x", false); // absent in files written before it existed
        for (const json &one : j.at("series")) {
            s.series.push_back({one.at("name"), readNumbers(one.at("x")), readNumbers(one.at("y"))});
            if (one.contains("lower")) { // a band, since 2026-11
                s.bands.resize(s.series.size());
                s.bands.back() = {readNumbers(one.at("lower")), readNumbers(one.at("upper"))};
                if (s.bands.back().lower.size() != s.series.back().x.size() || s.bands.back().upper.size() != s.series.back().x.size())
                    throw std::invalid_argument("series '" + s.series.back().name + "': its band needs as many lower and upper values as x");
            }
        }
        if (j.contains("markers"))
            for (const json &marker : j.at("markers"))
                s.markers.push_back({marker.at("name"), readNumber(marker.at("x"))});
        s.group = j.value("group", std::string());
        return s;
    }
    if (kind == "heatmap") {
        HeatMapResult h;
        h.id = j.at("id");
        h.title = j.at("title");
        h.xLabel = j.at("x_label");
        h.yLabel = j.at("y_label");
        h.valueLabel = j.at("value_label");
        h.rows = j.at("rows");
        h.cols = j.at("cols");
        h.xMin = j.at("x_range").at(0);
        h.xMax = j.at("x_range").at(1);
        h.yMin = j.at("y_range").at(0);
        h.yMax = j.at("y_range").at(1);
        h.logScale = j.at("log_scale");
        h.rowsDown = j.value("rows_down", false); // absent in files written before they existed
        h.cyclic = j.value("cyclic", false);
        h.values = readNumbers(j.at("values"));
        if (h.rows < 0 || h.cols < 0 || h.values.size() != static_cast<std::size_t>(h.rows) * static_cast<std::size_t>(h.cols))
            throw std::invalid_argument("heat map values do not match rows x cols");
        return h;
    }
    if (kind == "trajectory") {
        TrajectoryResult t;
        t.id = j.at("id");
        t.title = j.at("title");
        t.xLabel = j.at("x_label");
        t.yLabel = j.at("y_label");
        t.stepLabel = j.at("step_label");
        for (const json &one : j.at("trajectories")) {
            Trajectory trajectory{one.at("name"), readNumbers(one.at("x")), readNumbers(one.at("y")), readNumbers(one.at("step")),
                                  {}, {}};
            if (one.contains("x_error"))
                trajectory.xError = readNumbers(one.at("x_error"));
            if (one.contains("y_error"))
                trajectory.yError = readNumbers(one.at("y_error"));
            t.trajectories.push_back(std::move(trajectory));
        }
        if (j.contains("lines"))
            for (const json &line : j.at("lines"))
                t.lines.push_back({line.at("name"), readNumber(line.at("value")), line.at("axis") == "x"});
        return t;
    }
    if (kind == "eigenvalues") {
        EigenvalueResult e;
        e.id = j.at("id");
        e.title = j.at("title");
        const auto re = readNumbers(j.at("real"));
        const auto im = readNumbers(j.at("imag"));
        if (re.size() != im.size())
            throw std::invalid_argument("eigenvalue real and imaginary parts differ in length");
        for (std::size_t k = 0; k < re.size(); ++k)
            e.values.emplace_back(re[k], im[k]);
        if (j.contains("weights"))
            e.weights = readNumbers(j.at("weights"));
        return e;
    }
    if (kind == "image") {
        ImageResult i;
        i.id = j.at("id");
        i.title = j.at("title");
        i.image = tensorFromJson(j.at("image"));
        if (i.image.ndim() != 2 && !(i.image.ndim() == 3 && i.image.dim(2) >= 1 && i.image.dim(2) <= 4))
            throw std::invalid_argument("image item '" + i.id + "' needs an (H, W) or (H, W, 1-4) array");
        i.overlay = tensorFromJson(j.at("overlay"));
        i.overlayOpacity = j.at("overlay_opacity");
        if (j.contains("display_range")) { // since 2026-11
            i.displayLow = j.at("display_range").at(0);
            i.displayHigh = j.at("display_range").at(1);
        }
        return i;
    }
    if (kind == "points3d") {
        PointSetResult p;
        p.id = j.at("id");
        p.title = j.at("title");
        p.axisLabels = j.at("axis_labels");
        p.scalarLabel = j.at("scalar_label");
        for (const json &pt : j.at("points"))
            p.points.push_back({readNumber(pt.at(0)), readNumber(pt.at(1)), readNumber(pt.at(2))});
        p.scalars = readNumbers(j.at("scalars"));
        p.scalarsCyclic = j.value("scalars_cyclic", false);
        if (j.contains("line_starts"))
            p.lineStarts = j.at("line_starts").get<std::vector<std::size_t>>();
        for (std::size_t i = 0; i < p.lineStarts.size(); ++i)
            if (p.lineStarts[i] >= p.points.size() || (i == 0 ? p.lineStarts[i] != 0 : p.lineStarts[i] <= p.lineStarts[i - 1]))
                throw std::invalid_argument("line_starts must start at 0 and ascend inside the points");
        if (j.contains("colourings"))
            for (const json &c : j.at("colourings"))
                p.colourings.push_back({c.at("label"), readNumbers(c.at("values")), c.value("cyclic", false)});
        return p;
    }
    throw std::invalid_argument("unknown result kind '" + kind + "'");
}

Result::Status statusFromName(const std::string &name)
{
    for (auto status : {Result::Status::Success, Result::Status::NumericalIssue, Result::Status::NoConvergence})
        if (resultStatusName(status) == name)
            return status;
    throw std::invalid_argument("unknown status '" + name + "'");
}

} // namespace

json jsonNumber(double value)
{
    return std::isfinite(value) ? json(value) : json(nullptr);
}

json resultToJson(const Result &result)
{
    json parameters = json::object();
    for (const auto &[id, value] : result.parameters.values())
        parameters[id] = parameterToJson(value);
    json items = json::array();
    for (const ResultItem &item : result.items)
        items.push_back(std::visit(ItemWriter{}, item));
    return {{"format", "infoscope-result"},
            {"version", kFormatVersion},
            {"analysis", result.analysisId},
            {"parameters", parameters},
            {"inputs", result.inputs},
            {"status", resultStatusName(result.status)},
            {"warnings", result.warnings},
            {"items", items}};
}

Result resultFromJson(const json &j)
{
    try {
        if (j.at("format") != "infoscope-result")
            throw std::invalid_argument("not an InfoScope result");
        if (j.at("version").get<int>() > kFormatVersion)
            throw std::invalid_argument("result written by a newer InfoScope (format version "
                                        + std::to_string(j.at("version").get<int>()) + ")");
        Result result;
        result.analysisId = j.at("analysis");
        // Parameter values are stored as-is; they were validated when the result was produced.
        std::vector<ParameterSpec> specs;
        for (const auto &[id, value] : j.at("parameters").items()) {
            ParameterSpec spec;
            spec.id = id;
            const ParameterValue parsed = parameterFromJson(value);
            spec.type = std::holds_alternative<bool>(parsed) ? ParameterType::Bool
                      : std::holds_alternative<std::int64_t>(parsed) ? ParameterType::Int
                      : std::holds_alternative<double>(parsed) ? ParameterType::Double
                                                                : ParameterType::String;
            specs.push_back(spec);
            result.parameters.set(specs, id, parsed);
        }
        result.inputs = j.at("inputs").get<std::map<std::string, std::string>>();
        result.status = statusFromName(j.at("status"));
        result.warnings = j.at("warnings").get<std::vector<std::string>>();
        for (const json &item : j.at("items"))
            result.items.push_back(itemFromJson(item));
        return result;
    } catch (const FormatError &) {
        throw;
    } catch (const std::exception &e) {
        throw FormatError("<result>", "result-json", e.what());
    }
}

} // namespace core
