#pragma once

#include <complex>
#include <string>
#include <vector>

namespace core {

/// Complex eigenvalues, drawn in the complex plane with the unit circle.
struct EigenvalueResult
{
    std::string id;
    std::string title;
    std::vector<std::complex<double>> values;
    std::vector<double> weights; ///< empty, or one per value (a DMD mode's amplitude): marker area
};

} // namespace core
