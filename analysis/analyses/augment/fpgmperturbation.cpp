#include "analyses/augment/fpgmperturbation.h"

#include "analyses/spectrum/planedft.h"
#include "errors/analysiserror.h"

#include <cmath>
#include <complex>
#include <numeric>

namespace core {

Eigen::MatrixXd fpgmPerturbPlane(const Eigen::Ref<const Eigen::MatrixXd> &plane, const std::vector<double> &prior,
                                 double gamma)
{
    const Eigen::Index rows = plane.rows(), cols = plane.cols();
    const FpgmBins bins = fpgmBins(rows, cols);
    if (prior.size() != std::size_t(bins.count))
        throw AnalysisError("the prior has " + std::to_string(prior.size()) + " radial bins, but a " + std::to_string(rows)
                            + " x " + std::to_string(cols) + " image has " + std::to_string(bins.count)
                            + " (min(H//2, W//2)); set 'Resize to' to give the set and the image one size");
    if (gamma == 0)
        return plane;

    constexpr double eps = 1e-6;
    const Eigen::MatrixXcd spectrum = planeDft(plane, true);
    const Eigen::MatrixXd shifted = fftShift(spectrum.cwiseAbs());
    const std::vector<double> profile = fpgmProfile(shifted, bins);
    const double energy = std::accumulate(profile.begin(), profile.end(), 0.0);
    const double priorEnergy = std::accumulate(prior.begin(), prior.end(), 0.0);
    std::vector<double> mixed(profile.size());
    for (std::size_t k = 0; k < profile.size(); ++k)
        mixed[k] = ((1 - gamma) * profile[k] / (energy + eps) + gamma * prior[k] / (priorEnergy + eps)) * energy;

    Eigen::MatrixXd amplitude(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r)
            amplitude(r, c) = mixed[std::size_t(std::min(bins.bin(r, c), bins.count - 1))];
    const Eigen::MatrixXd unshifted = ifftShift(amplitude);
    Eigen::MatrixXcd perturbed(rows, cols);
    for (Eigen::Index c = 0; c < cols; ++c)
        for (Eigen::Index r = 0; r < rows; ++r)
            perturbed(r, c) = std::polar(unshifted(r, c), std::arg(spectrum(r, c)));
    return inverseDftRealPart(perturbed, true);
}

} // namespace core
