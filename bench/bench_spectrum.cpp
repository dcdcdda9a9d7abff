// Spectra timed for bench/spectrum_benchmark.py, which runs numpy.fft on the same files beside it.
// Usage: bench_spectrum image IMAGE.npy      the amplitude spectrum and radial profile of one image
//        bench_spectrum set FOLDER           FPGM's whole-image signature of a set (images/, masks/), streamed
// Prints JSON: seconds (reading included for the set, as the peer's), peak resident memory, the profile.
#include "analyses/spectrum/imagespectrum.h"
#include "analyses/spectrum/setsignature.h"
#include "io/imagefolder.h"
#include "io/npyreader.h"
#include "task/atomiccanceltoken.h"
#include "task/nullprogress.h"

#include "peakmemory.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    if (argc != 3 || (std::string(argv[1]) != "image" && std::string(argv[1]) != "set")) {
        std::cerr << "usage: bench_spectrum image IMAGE.npy | set FOLDER\n";
        return 2;
    }
    core::AtomicCancelToken cancel;
    nlohmann::json out;
    const auto start = std::chrono::steady_clock::now();
    if (std::string(argv[1]) == "image") {
        const core::Tensor image = core::readNpy(argv[2]);
        core::NullProgress progress;
        core::ImageSpectrumOptions options; // backward norm, grey, no window: numpy.fft.fft2 as it is
        const auto read = std::chrono::steady_clock::now();
        const std::vector<core::ChannelSpectrum> spectra = core::computeImageSpectrum(image, options, progress, cancel);
        out["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - read).count();
        out["profile"] = spectra.front().profile.mean;
    } else {
        const core::ImageFolder set(argv[2]);
        core::SignatureOptions options;
        options.edgeBand = false;
        const core::SetSignature signature = core::setSignature(set, options, cancel);
        out["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        out["profile"] = signature.whole.mean;
        out["images"] = signature.images;
    }
    out["peak_bytes"] = bench::peakResidentBytes();
    std::cout << out.dump() << '\n';
    return 0;
}
