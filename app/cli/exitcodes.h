#pragma once

namespace cli {

/// Distinct exit codes so that scripts can tell what went wrong (documented in `--help`).
enum ExitCode : int {
    Ok = 0,
    InternalError = 1,
    BadArguments = 2,
    UnreadableInput = 3,
    AnalysisFailed = 4,
    OutputFailed = 5,
    TimedOut = 124,    ///< --timeout elapsed (as coreutils' timeout)
    Interrupted = 130, ///< Ctrl-C or SIGTERM (128 + SIGINT, as shells report it)
};

} // namespace cli
