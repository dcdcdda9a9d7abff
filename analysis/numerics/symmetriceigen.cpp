#include "numerics/symmetriceigen.h"

#include <algorithm>
#include <climits>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" {
// LAPACK's Fortran interface (liblapack.so.3); hidden string lengths passed for the three character arguments.
void dsyevr_(const char *jobz, const char *range, const char *uplo, const int *n, double *a, const int *lda,
             const double *vl, const double *vu, const int *il, const int *iu, const double *abstol, int *m, double *w,
             double *z, const int *ldz, int *isuppz, double *work, const int *lwork, int *iwork, const int *liwork,
             int *info, std::size_t jobzLength, std::size_t rangeLength, std::size_t uploLength);
}

namespace core {

SymmetricEigen symmetricEigen(const Eigen::Ref<const Eigen::MatrixXd> &lower)
{
    if (lower.rows() != lower.cols())
        throw std::invalid_argument("symmetricEigen: the matrix is not square");
    if (lower.rows() > Eigen::Index(INT_MAX / 2))
        throw std::length_error("symmetricEigen: the matrix is beyond LAPACK's int range");
    const int n = int(lower.rows());
    SymmetricEigen result;
    if (n == 0)
        return result;
    Eigen::MatrixXd a = lower; // dsyevr destroys its input
    Eigen::VectorXd w(n);
    Eigen::MatrixXd z(n, n);
    std::vector<int> support(std::size_t(2 * n));
    const double unused = 0, abstol = 0; // abstol 0: LAPACK's default tolerance
    const int first = 1, last = n;
    int found = 0, info = 0, lwork = -1, liwork = -1, iworkQuery = 0;
    double workQuery = 0;
    dsyevr_("V", "A", "L", &n, a.data(), &n, &unused, &unused, &first, &last, &abstol, &found, w.data(), z.data(), &n,
            support.data(), &workQuery, &lwork, &iworkQuery, &liwork, &info, 1, 1, 1);
    if (info != 0)
        throw std::runtime_error("LAPACK dsyevr's workspace query failed (info " + std::to_string(info) + ")");
    lwork = int(workQuery);
    liwork = iworkQuery;
    std::vector<double> work(std::size_t(std::max(lwork, 1)));
    std::vector<int> iwork(std::size_t(std::max(liwork, 1)));
    dsyevr_("V", "A", "L", &n, a.data(), &n, &unused, &unused, &first, &last, &abstol, &found, w.data(), z.data(), &n,
            support.data(), work.data(), &lwork, iwork.data(), &liwork, &info, 1, 1, 1);
    if (info != 0 || found != n)
        throw std::runtime_error("LAPACK dsyevr did not converge (info " + std::to_string(info) + ")");
    // LAPACK returns ascending order.
    result.values = w.reverse();
    result.vectors = z.rowwise().reverse();
    return result;
}

} // namespace core
