#pragma once

#include "registry/analysisdescriptor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace core {

class ActivationDump;

/// I(X;T) and I(T;Y) for every layer and step of a dump, in nats.
struct InformationPlaneOptions
{
    std::string estimator = "binning"; ///< "binning" or "kde"
    int bins = 30;
    bool activationRange = false;
    double noiseVariance = 1e-3;
    bool groupIdenticalInputs = false; ///< X = identity of the input row (needs 'inputs'); else every sample distinct
    int bootstrap = 0;                 ///< resamples for the standard errors (0: none)
    std::uint64_t seed = 0;
    int threads = 0;
};

struct InformationPlanePoint
{
    std::string layer;
    std::int64_t step = 0;
    double ixt = 0.0;
    double ity = 0.0;
    double ixtError = 0.0; ///< bootstrap standard deviation (0 without bootstrap)
    double ityError = 0.0;
};

struct InformationPlane
{
    std::vector<InformationPlanePoint> points; ///< layer-major, steps in dump order
    double labelEntropy = 0.0;                 ///< H(Y), the ceiling of every I(T;Y) for a deterministic net
    double inputEntropy = 0.0;                 ///< H(X): ln N for distinct inputs, the ceiling of every I(X;T)
    std::int64_t samples = 0;
};

InformationPlane computeInformationPlane(const ActivationDump &dump, const InformationPlaneOptions &options, Progress &progress,
                                         const CancelToken &cancel);

AnalysisDescriptor informationPlaneAnalysis();

} // namespace core
