#include "results/resultcsv.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <limits>
#include <locale>
#include <sstream>

namespace core {

namespace {

std::string quoted(const std::string &text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string escaped = "\"";
    for (char c : text) {
        if (c == '"')
            escaped += '"';
        escaped += c;
    }
    return escaped + '"';
}

class CsvWriter
{
public:
    explicit CsvWriter(std::ostream &out)
        : m_out(out)
    {
        m_format.imbue(std::locale::classic());
        m_format << std::setprecision(std::numeric_limits<double>::max_digits10);
    }

    CsvWriter &text(const std::string &value) { return field(quoted(value)); }
    CsvWriter &number(double value)
    {
        if (std::isnan(value))
            return field("");
        m_format.str({});
        m_format << value;
        return field(m_format.str());
    }
    void endRow()
    {
        m_out << '\n';
        m_first = true;
    }

private:
    CsvWriter &field(const std::string &value)
    {
        if (!m_first)
            m_out << ',';
        m_out << value;
        m_first = false;
        return *this;
    }

    std::ostream &m_out;
    std::ostringstream m_format;
    bool m_first = true;
};

struct Visitor
{
    CsvWriter &csv;

    void operator()(const TableResult &t) const
    {
        for (const std::string &column : t.columns)
            csv.text(column);
        csv.endRow();
        for (const auto &row : t.rows) {
            for (const TableCell &cell : row) {
                if (const auto *d = std::get_if<double>(&cell))
                    csv.number(*d);
                else if (const auto *i = std::get_if<std::int64_t>(&cell))
                    csv.text(std::to_string(*i));
                else
                    csv.text(std::get<std::string>(cell));
            }
            csv.endRow();
        }
    }
    // Long format: one row per point, so curves of different lengths fit one table.
    void operator()(const SeriesResult &s) const
    {
        const bool bands = std::any_of(s.bands.begin(), s.bands.end(), [](const SeriesBand &band) { return !band.lower.empty(); });
        csv.text("series").text(s.xLabel.empty() ? "x" : s.xLabel).text(s.yLabel.empty() ? "y" : s.yLabel);
        if (bands)
            csv.text("lower").text("upper");
        csv.endRow();
        for (std::size_t i = 0; i < s.series.size(); ++i) {
            const Series &one = s.series[i];
            const bool banded = i < s.bands.size() && !s.bands[i].lower.empty();
            for (std::size_t k = 0; k < one.x.size() && k < one.y.size(); ++k) {
                csv.text(one.name).number(one.x[k]).number(one.y[k]);
                if (banded)
                    csv.number(s.bands[i].lower[k]).number(s.bands[i].upper[k]);
                else if (bands)
                    csv.text("").text("");
                csv.endRow();
            }
        }
        for (const SeriesMarker &marker : s.markers) { // a vertical line: x only
            csv.text("marker: " + marker.name).number(marker.x).text("");
            if (bands)
                csv.text("").text("");
            csv.endRow();
        }
    }
    // Matrix layout: header row holds x of each column, first column holds y of each row.
    void operator()(const HeatMapResult &h) const
    {
        const auto coordinate = [](double lo, double hi, int count, int k) {
            return count > 1 ? lo + (hi - lo) * k / (count - 1) : lo;
        };
        csv.text(h.yLabel + " \\ " + h.xLabel);
        for (int c = 0; c < h.cols; ++c)
            csv.number(coordinate(h.xMin, h.xMax, h.cols, c));
        csv.endRow();
        for (int r = 0; r < h.rows; ++r) {
            csv.number(coordinate(h.yMin, h.yMax, h.rows, r));
            for (int c = 0; c < h.cols; ++c)
                csv.number(h.at(r, c));
            csv.endRow();
        }
    }
    void operator()(const TrajectoryResult &t) const
    {
        const bool errors = std::any_of(t.trajectories.begin(), t.trajectories.end(),
                                        [](const Trajectory &one) { return !one.xError.empty() || !one.yError.empty(); });
        csv.text("trajectory").text(t.stepLabel.empty() ? "step" : t.stepLabel).text(t.xLabel).text(t.yLabel);
        if (errors)
            csv.text("x_error").text("y_error");
        csv.endRow();
        for (const Trajectory &one : t.trajectories) {
            for (std::size_t k = 0; k < one.x.size(); ++k) {
                csv.text(one.name).number(k < one.step.size() ? one.step[k] : static_cast<double>(k));
                csv.number(one.x[k]).number(k < one.y.size() ? one.y[k] : std::nan(""));
                if (errors)
                    csv.number(k < one.xError.size() ? one.xError[k] : std::nan(""))
                        .number(k < one.yError.size() ? one.yError[k] : std::nan(""));
                csv.endRow();
            }
        }
    }
    void operator()(const EigenvalueResult &e) const
    {
        csv.text("real").text("imag").text("modulus").text("argument");
        csv.endRow();
        for (const auto &v : e.values) {
            csv.number(v.real()).number(v.imag()).number(std::abs(v)).number(std::arg(v));
            csv.endRow();
        }
    }
    void operator()(const ImageResult &i) const
    {
        if (i.image.isNull() || i.image.ndim() < 2)
            return;
        const int channels = i.image.ndim() == 3 ? static_cast<int>(i.image.dim(2)) : 1;
        csv.text("row").text("col");
        for (int ch = 0; ch < channels; ++ch)
            csv.text("c" + std::to_string(ch));
        if (!i.overlay.isNull())
            csv.text("label");
        csv.endRow();
        for (std::int64_t r = 0; r < i.image.dim(0); ++r) {
            for (std::int64_t c = 0; c < i.image.dim(1); ++c) {
                csv.text(std::to_string(r)).text(std::to_string(c));
                for (int ch = 0; ch < channels; ++ch)
                    csv.number(channels == 1 && i.image.ndim() == 2 ? i.image.valueAt({r, c}) : i.image.valueAt({r, c, ch}));
                if (!i.overlay.isNull())
                    csv.number(i.overlay.valueAt({r, c}));
                csv.endRow();
            }
        }
    }
    void operator()(const PointSetResult &p) const
    {
        csv.text(p.axisLabels[0]).text(p.axisLabels[1]).text(p.axisLabels[2]);
        if (!p.scalars.empty())
            csv.text(p.scalarLabel.empty() ? "value" : p.scalarLabel);
        csv.endRow();
        for (std::size_t k = 0; k < p.points.size(); ++k) {
            csv.number(p.points[k][0]).number(p.points[k][1]).number(p.points[k][2]);
            if (k < p.scalars.size())
                csv.number(p.scalars[k]);
            csv.endRow();
        }
    }
};

} // namespace

void writeCsv(const ResultItem &item, std::ostream &out)
{
    CsvWriter csv(out);
    std::visit(Visitor{csv}, item);
}

} // namespace core
