#include "analyses/information/samplematrix.h"

#include "data/arraycollection.h"
#include "errors/analysiserror.h"

#include <cmath>
#include <map>

namespace core {

Tensor singleTensor(const DataObject &data, const std::string &slot)
{
    if (!data.tensor.isNull())
        return data.tensor;
    if (data.arrays && data.arrays->arrays().size() == 1)
        return data.arrays->load(data.arrays->arrays().front().name);
    throw AnalysisError("input '" + slot + "' holds " + std::to_string(data.arrays ? data.arrays->arrays().size() : 0)
                        + " arrays; choose one (in the CLI: --input " + slot + "=FILE::ARRAY)");
}

Eigen::MatrixXd sampleMatrix(const Tensor &tensor, const std::string &slot)
{
    if (tensor.ndim() == 0)
        throw AnalysisError("input '" + slot + "' is a scalar; it needs one row per sample");
    const Eigen::Index rows = tensor.dim(0);
    const Eigen::Index columns = rows ? tensor.numel() / rows : 0;
    if (tensor.isContiguous() && tensor.dtype() == DType::Float32) { // activations: skip the generic conversion
        using RowMajor = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
        return Eigen::Map<const RowMajor>(tensor.data<float>(), rows, columns).cast<double>();
    }
    const Tensor values = tensor.to(DType::Float64);
    Eigen::MatrixXd matrix(rows, columns);
    const double *data = values.data<double>();
    for (Eigen::Index r = 0; r < rows; ++r)
        for (Eigen::Index c = 0; c < columns; ++c)
            matrix(r, c) = data[r * columns + c];
    return matrix;
}

Eigen::MatrixXd sampleMatrix(const DataObject &data, const std::string &slot)
{
    return sampleMatrix(singleTensor(data, slot), slot);
}

std::vector<std::int64_t> labelVector(const Tensor &tensor, const std::string &slot)
{
    const Eigen::MatrixXd values = sampleMatrix(tensor, slot);
    std::vector<std::int64_t> labels(std::size_t(values.rows()));
    if (values.cols() > 1) { // one-hot rows
        for (Eigen::Index r = 0; r < values.rows(); ++r) {
            Eigen::Index best;
            values.row(r).maxCoeff(&best);
            labels[std::size_t(r)] = best;
        }
        return labels;
    }
    for (Eigen::Index r = 0; r < values.rows(); ++r) {
        const double v = values(r, 0);
        if (!std::isfinite(v) || v != std::floor(v))
            throw AnalysisError("input '" + slot + "' must hold integer labels; row " + std::to_string(r) + " is "
                                + std::to_string(v));
        labels[std::size_t(r)] = std::int64_t(v);
    }
    return labels;
}

std::vector<std::int64_t> labelVector(const DataObject &data, const std::string &slot)
{
    return labelVector(singleTensor(data, slot), slot);
}

std::vector<std::int64_t> rowSymbols(const Eigen::Ref<const Eigen::MatrixXd> &rows)
{
    std::map<std::vector<double>, std::int64_t> ids;
    std::vector<std::int64_t> symbols(static_cast<std::size_t>(rows.rows()));
    std::vector<double> row(static_cast<std::size_t>(rows.cols()));
    for (Eigen::Index r = 0; r < rows.rows(); ++r) {
        for (Eigen::Index c = 0; c < rows.cols(); ++c)
            row[std::size_t(c)] = rows(r, c);
        symbols[std::size_t(r)] = ids.emplace(row, std::int64_t(ids.size())).first->second;
    }
    return symbols;
}

} // namespace core
