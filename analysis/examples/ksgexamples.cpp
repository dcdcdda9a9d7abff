#include "examples/ksgexamples.h"

#include "examples/exampletables.h"

#include <cmath>

namespace core {

namespace {

/// Rows for mi.workbench's table at its largest N: the truth, KSG 1 and its share of the truth.
std::vector<ClaimRow> workbenchRows(const Result &result, const std::string &publishedShare)
{
    const TableResult &table = exampleTable(result, "estimates");
    const double truth = lastRowValue(table, "truth"), ksg = lastRowValue(table, "KSG 1");
    const auto n = std::int64_t(lastRowValue(table, "N"));
    return {
        {"I(X;Y) [nats], exact −(d/2) ln(1 − ρ²)", truth, truth},
        {"KSG 1 at N = " + std::to_string(n) + " [nats]", truth, ksg},
        {"KSG 1 / exact", publishedShare, ksg / truth},
    };
}

} // namespace

Example ksgGaussianExample()
{
    Example e;
    e.id = "ksg.gaussian";
    e.title = "Mutual information: KSG meets the exact value of a Gaussian";
    e.claim = "for Gaussians the KSG estimate is very close to the exact MI −½ ln(1 − ρ²), and its error "
              "shrinks as the sample grows";
    e.citation = "Kraskov, Stögbauer & Grassberger (2004), Phys. Rev. E 69, 066138";
    e.analysisId = "mi.workbench";
    e.parameters = {{"dimension", "1"}, {"rho", "0.9"}, {"max_samples", "10000"}, {"vary", "N"}, {"repeats", "3"}};
    e.compare = [](const Result &result) { return workbenchRows(result, "≈ 1"); };
    return e;
}

Example ksgStrongDependenceExample()
{
    Example e;
    e.id = "ksg.strong-dependence";
    e.title = "Mutual information: KSG underestimates strong dependence";
    e.claim = "k-nearest-neighbour estimators such as KSG underestimate the MI of strongly dependent variables; "
              "the samples they need grow exponentially with the true MI";
    e.citation = "Gao, Ver Steeg & Galstyan (2015), Efficient estimation of mutual information for strongly "
                 "dependent variables, AISTATS";
    e.analysisId = "mi.workbench";
    e.parameters = {{"dimension", "8"}, {"rho", "0.9"}, {"max_samples", "3000"}, {"vary", "N"}, {"repeats", "2"}};
    e.compare = [](const Result &result) { return workbenchRows(result, "< 1"); };
    return e;
}

} // namespace core
