#pragma once

#include "registry/parametervalues.h"
#include "results/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

class Registry;

/// One analysis run in a workspace: what ran on what, with which parameters, and (when saved
/// after running) its result, so that restoring a session does not recompute.
struct WorkspaceRun
{
    std::string analysisId;
    std::map<std::string, std::string> inputs; ///< slot -> source path (absolute after load)
    ParameterValues parameters;
    std::optional<Result> result;
};

/// A workspace (`*.infoscope.json`): loaded sources and runs. Paths are stored relative to the file.
/// Format: docs/workspace-format.md.
struct WorkspaceFile
{
    std::vector<std::string> sources; ///< absolute paths after load
    std::vector<WorkspaceRun> runs;

    /// Reads and validates against the registry (known analyses, valid parameters); throws FormatError.
    static WorkspaceFile load(const std::string &path, const Registry &registry);
    /// Writes atomically (temporary file + rename); throws FormatError on I/O failure.
    void save(const std::string &path) const;
};

} // namespace core
