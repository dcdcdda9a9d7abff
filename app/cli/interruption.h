#pragma once

#include "task/canceltoken.h"

namespace cli {

/// Ctrl-C (SIGINT) and SIGTERM cancel the CLI's one cancel token, the same kind the GUI's Cancel
/// button sets: analyses stop at their next poll, unwinding removes unfinished output files, and
/// the command exits with 130. A second Ctrl-C ends the process at once.
void installInterruptHandler();
const core::CancelToken &interruptToken();
/// Cancels as Ctrl-C does (the --timeout watchdog).
void cancelNow();
bool wasInterrupted();

} // namespace cli
