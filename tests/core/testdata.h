#pragma once

#include "data/tensor.h"
#include "results/result.h"
#include "io/npyreader.h"

#include <Eigen/Core>

#include <stdexcept>
#include <string>

// Helpers shared by the core tests: fixture paths and loading numpy references.
namespace testdata {

inline std::string path(const std::string &relative)
{
    return std::string(INFOSCOPE_TEST_DATA) + "/" + relative;
}

inline Eigen::MatrixXd matrix(const std::string &relative)
{
    return core::readNpy(path(relative)).toMatrix();
}

inline Eigen::VectorXd vector(const std::string &relative)
{
    const core::Tensor t = core::readNpy(path(relative)).to(core::DType::Float64);
    return Eigen::Map<const Eigen::VectorXd>(t.data<double>(), t.numel());
}

/// The item of `result` with this id, as kind T; throws if there is none.
template<typename T>
const T &item(const core::Result &result, const std::string &id)
{
    for (const core::ResultItem &i : result.items)
        if (core::resultItemId(i) == id)
            return std::get<T>(i);
    throw std::runtime_error("missing item " + id);
}

} // namespace testdata
