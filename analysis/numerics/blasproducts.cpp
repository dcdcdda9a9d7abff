#include "numerics/blasproducts.h"

#include <cblas.h>

#include <stdexcept>

namespace core {

namespace {

// The BLAS interface counts in int: a product with a side of 2³¹ or more is split by the caller.
int blasInt(Eigen::Index value)
{
    if (value > Eigen::Index(2147483647))
        throw std::length_error("matrix side beyond the BLAS interface's int range");
    return int(value);
}

} // namespace

void addGramLower(const Eigen::Ref<const Eigen::MatrixXd> &x, Eigen::Ref<Eigen::MatrixXd> gram)
{
    if (x.cols() == 0 || x.rows() == 0)
        return;
    cblas_dsyrk(CblasColMajor, CblasLower, CblasNoTrans, blasInt(x.rows()), blasInt(x.cols()), 1.0, x.data(),
                blasInt(x.outerStride()), 1.0, gram.data(), blasInt(gram.outerStride()));
}

void multiplyAdd(const Eigen::Ref<const Eigen::MatrixXd> &a, bool transposeA, const Eigen::Ref<const Eigen::MatrixXd> &b,
                 bool transposeB, double beta, Eigen::Ref<Eigen::MatrixXd> out)
{
    const Eigen::Index rows = transposeA ? a.cols() : a.rows();
    const Eigen::Index inner = transposeA ? a.rows() : a.cols();
    const Eigen::Index cols = transposeB ? b.rows() : b.cols();
    if ((transposeB ? b.cols() : b.rows()) != inner || out.rows() != rows || out.cols() != cols)
        throw std::invalid_argument("multiplyAdd: the matrices' sizes do not fit");
    if (rows == 0 || cols == 0)
        return;
    if (inner == 0) {
        out *= beta;
        return;
    }
    cblas_dgemm(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                blasInt(rows), blasInt(cols), blasInt(inner), 1.0, a.data(), blasInt(a.outerStride()), b.data(),
                blasInt(b.outerStride()), beta, out.data(), blasInt(out.outerStride()));
}

} // namespace core
