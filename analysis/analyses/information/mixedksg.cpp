#include "analyses/information/mixedksg.h"

#include "analyses/information/codedlabels.h"
#include "analyses/information/digammatable.h"
#include "analyses/information/ksgestimator.h"
#include "analyses/information/maxnormkdtree.h"
#include "errors/analysiserror.h"
#include "task/canceltoken.h"
#include "task/parallelfor.h"
#include "task/progress.h"

#include <algorithm>

namespace core {

double mixedKsgInformation(const Eigen::Ref<const Eigen::MatrixXd> &t, const std::vector<std::int64_t> &labels,
                           const MixedKsgOptions &options, Progress &progress, const CancelToken &cancel)
{
    const Eigen::Index n = t.rows();
    if (std::size_t(n) != labels.size())
        throw AnalysisError("t has " + std::to_string(n) + " samples but the labels have " + std::to_string(labels.size()));
    if (options.k < 1)
        throw AnalysisError("k must be at least 1");
    if (t.cols() == 0)
        throw AnalysisError("t has no columns");
    if (!t.allFinite())
        throw AnalysisError("the mixed KSG estimator refuses NaN or infinite values; remove those samples first");
    const CodedLabels coded(labels);
    std::vector<std::vector<Eigen::Index>> members(static_cast<std::size_t>(coded.classes()));
    for (Eigen::Index i = 0; i < n; ++i)
        members[coded.codes()[std::size_t(i)]].push_back(i);
    // Samples alone in their class carry no neighbour information and are left out, as scikit-learn does.
    std::vector<Eigen::Index> kept;
    for (const std::vector<Eigen::Index> &group : members)
        if (group.size() > 1)
            kept.insert(kept.end(), group.begin(), group.end());
    if (kept.empty())
        throw AnalysisError("no class has two samples: the mixed KSG estimator needs repeated labels");
    std::sort(kept.begin(), kept.end());

    const Eigen::MatrixXd prepared = prepareKsgVariable(t, options.standardise, options.noise, options.seed);
    requireFiniteDistances(prepared, "t");
    Eigen::MatrixXd points(Eigen::Index(kept.size()), t.cols());
    for (std::size_t r = 0; r < kept.size(); ++r)
        points.row(Eigen::Index(r)) = prepared.row(kept[r]);
    std::vector<double> radius(kept.size());
    std::vector<int> neighbours(kept.size()), classSize(kept.size());
    std::vector<std::size_t> position(static_cast<std::size_t>(n)); // row of each kept sample in `points`
    for (std::size_t r = 0; r < kept.size(); ++r)
        position[std::size_t(kept[r])] = r;

    // r_i: the k-th neighbour within the sample's own class.
    for (const std::vector<Eigen::Index> &group : members) {
        if (group.size() < 2)
            continue;
        Eigen::MatrixXd own(Eigen::Index(group.size()), t.cols());
        for (std::size_t g = 0; g < group.size(); ++g)
            own.row(Eigen::Index(g)) = prepared.row(group[g]);
        const MaxNormKdTree tree(own);
        const int k = std::min(options.k, int(group.size()) - 1);
        parallelFor(std::int64_t(group.size()), 256, options.threads, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t g = begin; g < end; ++g) {
                const std::size_t r = position[std::size_t(group[std::size_t(g)])];
                radius[r] = tree.kthNeighbourDistance(int(g), k);
                neighbours[r] = k;
                classSize[r] = int(group.size());
            }
        }, cancel);
        cancel.throwIfCancelled();
    }
    progress.report(0.5, "within-class neighbours");

    // m_i: samples of any class strictly closer than r_i (at distance 0 if r_i is 0), itself included.
    const MaxNormKdTree all(points);
    const std::vector<double> psi = digammaTable(int(n) + 2);
    std::vector<double> terms(kept.size());
    parallelFor(std::int64_t(kept.size()), 256, options.threads, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            const auto at = std::size_t(r);
            const int m = all.countWithin(int(r), radius[at], radius[at] > 0.0) + 1;
            terms[at] = psi[std::size_t(neighbours[at])] - psi[std::size_t(classSize[at])] - psi[std::size_t(m)];
        }
    }, cancel, [&](double fraction) { progress.report(0.5 + 0.5 * fraction, "counts"); });
    cancel.throwIfCancelled();
    double total = 0.0;
    for (double term : terms)
        total += term;
    return psi[kept.size()] + total / double(kept.size());
}

} // namespace core
