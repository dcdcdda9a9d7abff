#pragma once

#include <Eigen/Core>

namespace core {

/// I(X;Y) = ½ ln(det Σx det Σy / det Σxy) of the sample covariance, in nats: exact for Gaussian
/// data, a lower-bound-like proxy otherwise. Log-determinants via Cholesky; throws AnalysisError if
/// a covariance is singular (e.g. a constant column) or the data hold NaN/Inf.
double gaussianMutualInformation(const Eigen::Ref<const Eigen::MatrixXd> &x, const Eigen::Ref<const Eigen::MatrixXd> &y);

} // namespace core
