#include "data/sourcestatistics.h"

#include "data/arraycollection.h"
#include "errors/formaterror.h"
#include "task/canceltoken.h"
#include "task/progress.h"

namespace core {

namespace {

/// Maps one array's progress into its share of the whole table.
class ShareProgress final : public Progress
{
public:
    ShareProgress(Progress &outer, double begin, double width) : m_outer(outer), m_begin(begin), m_width(width) {}
    void report(double fraction, const std::string &stage) override { m_outer.report(m_begin + m_width * fraction, stage); }

private:
    Progress &m_outer;
    double m_begin, m_width;
};

void addRow(TableResult &table, const std::string &name, const ArrayStatistics &s, const std::string &error = {})
{
    table.rows.push_back({name, s.count, s.min, s.max, s.mean, s.nanCount, s.positiveInfCount, s.negativeInfCount, error});
}

} // namespace

TableResult sourceStatistics(const DataObject &data, Progress &progress, const CancelToken &cancel)
{
    TableResult table;
    table.id = "statistics";
    table.title = "Array statistics";
    table.columns = {"array", "count", "min", "max", "mean", "nan", "posinf", "neginf", "error"};
    if (!data.arrays) {
        addRow(table, "", computeStatistics(data.tensor, progress, cancel));
        return table;
    }
    const auto &arrays = data.arrays->arrays();
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        cancel.throwIfCancelled();
        ShareProgress share(progress, double(i) / double(arrays.size()), 1.0 / double(arrays.size()));
        try {
            addRow(table, arrays[i].name, computeStatistics(data.arrays->load(arrays[i].name), share, cancel));
        } catch (const FormatError &error) {
            addRow(table, arrays[i].name, ArrayStatistics{}, error.problem());
        }
    }
    return table;
}

std::vector<ArrayStatisticsRow> statisticsRows(const TableResult &table)
{
    std::vector<ArrayStatisticsRow> rows;
    for (const std::vector<TableCell> &row : table.rows) {
        ArrayStatisticsRow read;
        read.array = std::get<std::string>(row.at(0));
        read.statistics.count = std::get<std::int64_t>(row.at(1));
        read.statistics.min = std::get<double>(row.at(2));
        read.statistics.max = std::get<double>(row.at(3));
        read.statistics.mean = std::get<double>(row.at(4));
        read.statistics.nanCount = std::get<std::int64_t>(row.at(5));
        read.statistics.positiveInfCount = std::get<std::int64_t>(row.at(6));
        read.statistics.negativeInfCount = std::get<std::int64_t>(row.at(7));
        read.error = std::get<std::string>(row.at(8));
        rows.push_back(std::move(read));
    }
    return rows;
}

} // namespace core
