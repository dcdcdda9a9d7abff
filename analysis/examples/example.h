#pragma once

#include "results/result.h"

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace core {

/// One row beside a published claim: what was measured, what the paper (or the analytic formula)
/// says, and what this run gave.
struct ClaimRow
{
    std::string quantity;
    TableCell published;
    TableCell thisRun;
};

/// A one-click example (Help > Examples, `infoscope-cli example ID`): generated inputs, an analysis
/// with its parameters, and the paper's headline claim with the numbers of this run beside it.
struct Example
{
    std::string id;       ///< stable, e.g. "ksg.gaussian"
    std::string title;    ///< menu text
    std::string claim;    ///< the published headline, one or two sentences
    std::string citation; ///< where the claim comes from
    std::string analysisId;
    std::vector<std::pair<std::string, std::string>> parameters; ///< as `--param KEY=VALUE`
    /// Writes the generated inputs (deterministic) into the existing `folder`; returns slot -> path.
    /// Empty for analyses that draw their own data.
    std::function<std::map<std::string, std::string>(const std::string &folder)> writeInputs;
    /// The rows that put this run beside the claim.
    std::function<std::vector<ClaimRow>(const Result &)> compare;
};

/// `result` with a table "claim" appended: the claim, then quantity / published / this run.
Result withClaim(Result result, const Example &example);

} // namespace core
