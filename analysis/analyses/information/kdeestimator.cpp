#include "analyses/information/kdeestimator.h"

#include "errors/analysiserror.h"
#include "task/canceltoken.h"
#include "task/parallelfor.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace core {

double kdePairwiseTerm(const Eigen::Ref<const Eigen::MatrixXd> &h, double noiseVariance, const CancelToken &cancel)
{
    const Eigen::Index n = h.rows();
    const Eigen::VectorXd norms = h.rowwise().squaredNorm();
    std::vector<double> terms(static_cast<std::size_t>(n));
    parallelFor(n, 256, 0, [&](std::int64_t begin, std::int64_t end) {
        const Eigen::Index rows = end - begin;
        // ‖a‖² + ‖b‖² − 2 a·b can dip below 0 by rounding: clamp.
        Eigen::MatrixXd distances = (-2.0 * h.middleRows(begin, rows) * h.transpose()).rowwise() + norms.transpose();
        distances.colwise() += norms.segment(begin, rows);
        for (Eigen::Index r = 0; r < rows; ++r) {
            double largest = -INFINITY;
            for (Eigen::Index j = 0; j < n; ++j)
                largest = std::max(largest, -std::max(distances(r, j), 0.0) / (2.0 * noiseVariance));
            double sum = 0.0;
            for (Eigen::Index j = 0; j < n; ++j)
                sum += std::exp(-std::max(distances(r, j), 0.0) / (2.0 * noiseVariance) - largest);
            terms[std::size_t(begin + r)] = largest + std::log(sum) - std::log(double(n));
        }
    }, cancel);
    cancel.throwIfCancelled();
    double total = 0.0;
    for (double t : terms)
        total += t;
    return -total / double(n);
}

KdeEstimate kdeInformation(const Eigen::Ref<const Eigen::MatrixXd> &activations, const std::vector<std::int64_t> &labels,
                           double noiseVariance, const CancelToken &cancel)
{
    const Eigen::Index n = activations.rows();
    if (n == 0)
        throw AnalysisError("no samples");
    if (!(noiseVariance > 0.0))
        throw AnalysisError("the noise variance must be positive");
    if (!labels.empty() && Eigen::Index(labels.size()) != n)
        throw AnalysisError("activations have " + std::to_string(n) + " samples but labels have " + std::to_string(labels.size()));
    if (!activations.allFinite())
        throw AnalysisError("activations contain NaN or infinite values; the KDE estimator refuses them");
    const double d = double(activations.cols());
    const double constant = 0.5 * d * (1.0 + std::log(2.0 * M_PI * noiseVariance));
    KdeEstimate estimate;
    estimate.ixt = kdePairwiseTerm(activations, noiseVariance, cancel);
    estimate.ht = constant + estimate.ixt;
    if (labels.empty())
        return estimate;
    std::map<std::int64_t, std::vector<Eigen::Index>> groups;
    for (Eigen::Index i = 0; i < n; ++i)
        groups[labels[std::size_t(i)]].push_back(i);
    double conditional = 0.0;
    for (const auto &[label, rows] : groups) {
        Eigen::MatrixXd subset(Eigen::Index(rows.size()), activations.cols());
        for (std::size_t r = 0; r < rows.size(); ++r)
            subset.row(Eigen::Index(r)) = activations.row(rows[r]);
        conditional += double(rows.size()) / double(n) * (constant + kdePairwiseTerm(subset, noiseVariance, cancel));
    }
    estimate.ity = estimate.ht - conditional;
    return estimate;
}

} // namespace core
