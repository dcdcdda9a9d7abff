#include "analyses/information/estimatorparameters.h"

#include "analyses/information/units.h"
#include "registry/parameterbuilders.h"

namespace core {

ParameterSpec unitsParameter()
{
    return choiceParameter("units", "Units", "Report in nats (natural log) or bits (log2); 1 nat = 1.4427 bits.",
                           {"nats", "bits"});
}

ParameterSpec surrogatesParameter()
{
    return intParameter("surrogates", "Permutation surrogates",
                        "Re-run the estimate this many times with y's samples shuffled to get a null distribution and a "
                        "p-value (0: off); the result then draws the null's histogram with the estimate marked.",
                        0, 0, 10000);
}

double inUnits(double nats, const ParameterValues &params)
{
    return params.getString("units") == "bits" ? nats / kLn2 : nats;
}

Eigen::MatrixXd permutedRows(const Eigen::MatrixXd &values, const std::vector<int> &permutation)
{
    Eigen::MatrixXd out(values.rows(), values.cols());
    for (std::size_t i = 0; i < permutation.size(); ++i)
        out.row(Eigen::Index(i)) = values.row(permutation[i]);
    return out;
}

std::vector<std::int64_t> permutedLabels(const std::vector<std::int64_t> &labels, const std::vector<int> &permutation)
{
    std::vector<std::int64_t> out(labels.size());
    for (std::size_t i = 0; i < permutation.size(); ++i)
        out[i] = labels[std::size_t(permutation[i])];
    return out;
}

} // namespace core
