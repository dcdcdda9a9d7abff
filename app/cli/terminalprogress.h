#pragma once

#include "task/progress.h"

#include <chrono>
#include <mutex>
#include <string>

namespace cli {

/// Progress of a long CLI run on stderr: a bar with rate and ETA that redraws in place when stderr
/// is a terminal, plain lines at most every few seconds otherwise (logs of cluster jobs), nothing
/// with --quiet. Thread-safe (analyses report from worker threads).
class TerminalProgress final : public core::Progress
{
public:
    enum class Mode { Bar, Lines, Quiet };
    /// Bar if stderr is a terminal, else Lines; Quiet if `quiet`.
    static Mode modeFor(bool quiet);

    TerminalProgress(Mode mode, std::string label);
    ~TerminalProgress() override; ///< finish()

    /// Ends the bar's line, so that what is printed next starts on a line of its own.
    void finish();

    void report(double fraction, const std::string &stage = {}) override;
    /// Items done of a batch, for the rate ("items/s") instead of a percentage rate.
    void reportItems(long done, long total, const std::string &stage = {});
    void setLabel(std::string label);

private:
    void draw(double fraction, const std::string &detail, bool force);

    Mode m_mode;
    std::string m_label;
    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
    bool m_drawn = false;
};

} // namespace cli
