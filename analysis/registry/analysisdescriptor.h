#pragma once

#include "registry/analysisinputs.h"
#include "registry/inputslot.h"
#include "registry/outputspec.h"
#include "registry/parameterspec.h"
#include "registry/parametervalues.h"
#include "results/result.h"
#include "task/canceltoken.h"
#include "task/progress.h"

#include <functional>
#include <string>
#include <vector>

namespace core {

/// Everything the application knows about one analysis. The GUI's catalogue and parameter form,
/// the CLI's `list`/`describe`/`run`, session files and exports are all generated from it.
struct AnalysisDescriptor
{
    using RunFunction = std::function<Result(const AnalysisInputs &, const ParameterValues &, Progress &,
                                             const CancelToken &)>;

    std::string id;         ///< stable dotted id, e.g. "spectrum.image"
    std::string name;       ///< short title
    std::string category;   ///< catalogue group, e.g. "Spectra"
    std::string summary;    ///< one line
    std::string methodNote; ///< one paragraph: formula, conventions, how NaN/Inf are treated
    std::string citation;   ///< the paper the method comes from
    std::vector<InputSlot> inputs;
    std::vector<ParameterSpec> parameters;
    std::vector<OutputSpec> outputs;
    /// Pure: inputs + parameters in, a Result out. Polls the token; throws AnalysisError for bad input.
    RunFunction run;
};

} // namespace core
