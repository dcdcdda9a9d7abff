#pragma once

#include "data/tensor.h"
#include "io/npyreader.h"

#include <Eigen/Core>

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

} // namespace testdata
