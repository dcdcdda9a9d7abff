#include "analyses/segmentation/segmentationsummary.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>

namespace core {

namespace {

constexpr int kBins = 20;

bool isDistance(const std::string &metric)
{
    return metric == "HD" || metric == "HD95 (pooled, medpy)" || metric == "ASSD";
}

/// "Dice" -> "dice-histogram", "HD95 (pooled, medpy)" -> "hd95-histogram", "BF score" -> "bf-histogram".
std::string histogramId(const std::string &metric)
{
    std::string id;
    for (char c : metric.substr(0, metric.find(' ')))
        id += char(std::tolower(static_cast<unsigned char>(c)));
    return id + "-histogram";
}

} // namespace

SegmentationSummary::SegmentationSummary(std::vector<std::string> models)
    : m_models(std::move(models))
{
}

const std::vector<std::pair<std::string, double SegmentationMetrics::*>> &SegmentationSummary::metrics()
{
    static const std::vector<std::pair<std::string, double SegmentationMetrics::*>> list = {
        {"Dice", &SegmentationMetrics::dice},
        {"IoU", &SegmentationMetrics::iou},
        {"precision", &SegmentationMetrics::precision},
        {"recall", &SegmentationMetrics::recall},
        {"HD", &SegmentationMetrics::hausdorff},
        {"HD95 (pooled, medpy)", &SegmentationMetrics::hd95Pooled},
        {"ASSD", &SegmentationMetrics::assd},
        {"BF score", &SegmentationMetrics::boundaryF}};
    return list;
}

void SegmentationSummary::add(const std::string &model, const SegmentationMetrics &m)
{
    for (const auto &[name, member] : metrics())
        m_values[name][model].push_back(m.*member);
}

TableResult SegmentationSummary::table() const
{
    TableResult summary;
    summary.id = "summary";
    summary.title = "Summary over images (distances over the finite values; ∞ counted apart)";
    summary.columns = {"metric", "model", "mean", "sd", "median", "n", "n ∞"};
    for (const auto &[name, member] : metrics()) {
        const auto perModel = m_values.find(name);
        for (const std::string &model : m_models) {
            if (perModel == m_values.end() || !perModel->second.count(model))
                continue;
            const std::vector<double> &list = perModel->second.at(model);
            std::vector<double> finite;
            std::copy_if(list.begin(), list.end(), std::back_inserter(finite), [](double v) { return std::isfinite(v); });
            const double n = double(finite.size());
            const double mean = n > 0 ? std::accumulate(finite.begin(), finite.end(), 0.0) / n : std::nan("");
            double sd = std::nan("");
            if (n > 1) {
                double sum = 0;
                for (double v : finite)
                    sum += (v - mean) * (v - mean);
                sd = std::sqrt(sum / (n - 1)); // sample standard deviation (ddof = 1)
            }
            double median = std::nan("");
            if (n > 0) {
                std::sort(finite.begin(), finite.end());
                median = finite.size() % 2 ? finite[finite.size() / 2]
                                           : 0.5 * (finite[finite.size() / 2 - 1] + finite[finite.size() / 2]);
            }
            summary.rows.push_back({name, model, mean, sd, median, std::int64_t(finite.size()),
                                    std::int64_t(list.size() - finite.size())});
        }
    }
    return summary;
}

std::vector<SeriesResult> SegmentationSummary::histograms() const
{
    std::vector<SeriesResult> plots;
    for (const auto &[metric, member] : metrics()) {
        const auto perModel = m_values.find(metric);
        double high = 1.0;
        if (isDistance(metric) && perModel != m_values.end())
            for (const auto &[model, list] : perModel->second)
                for (double v : list)
                    if (std::isfinite(v))
                        high = std::max(high, v);
        SeriesResult plot;
        plot.id = histogramId(metric);
        plot.title = metric + " per image";
        plot.xLabel = metric;
        plot.yLabel = "images";
        plot.style = SeriesResult::Style::Bars;
        plot.group = "histograms";
        for (const std::string &model : m_models) {
            Series s{model, {}, {}};
            std::vector<double> counts(kBins, 0.0);
            if (perModel != m_values.end() && perModel->second.count(model))
                for (double v : perModel->second.at(model))
                    if (std::isfinite(v))
                        counts[std::size_t(std::clamp(int(v / high * kBins), 0, kBins - 1))] += 1;
            for (int b = 0; b < kBins; ++b) {
                s.x.push_back((b + 0.5) * high / kBins);
                s.y.push_back(counts[std::size_t(b)]);
            }
            plot.series.push_back(std::move(s));
        }
        plots.push_back(std::move(plot));
    }
    return plots;
}

std::vector<std::string> modelNames(const std::vector<std::string> &sources)
{
    std::vector<std::string> names;
    for (const std::string &source : sources) {
        std::filesystem::path path(source.substr(0, source.find("::")));
        if (path.filename().empty())
            path = path.parent_path(); // "runs/a/" names "a"
        std::string name = path.filename().string();
        if (name.empty())
            name = "model";
        const std::string base = name;
        for (int copy = 2; std::count(names.begin(), names.end(), name); ++copy)
            name = base + " (" + std::to_string(copy) + ")";
        names.push_back(name);
    }
    return names;
}

} // namespace core
