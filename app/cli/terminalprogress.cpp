#include "terminalprogress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cli {

namespace {

std::string duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return "?";
    const long s = std::lround(seconds);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, (s / 60) % 60);
    else
        std::snprintf(text, sizeof text, "%ldm%02lds", s / 60, s % 60);
    return text;
}

} // namespace

TerminalProgress::Mode TerminalProgress::modeFor(bool quiet)
{
    if (quiet)
        return Mode::Quiet;
    return ::isatty(STDERR_FILENO) ? Mode::Bar : Mode::Lines;
}

TerminalProgress::TerminalProgress(Mode mode, std::string label)
    : m_mode(mode)
    , m_label(std::move(label))
    , m_start(std::chrono::steady_clock::now())
    , m_lastDraw(m_start)
{}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::finish()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_mode == Mode::Bar && m_drawn)
        std::fputc('\n', stderr);
    m_drawn = false;
    m_mode = Mode::Quiet; // nothing more after the line is closed
}

void TerminalProgress::setLabel(std::string label)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_label = std::move(label);
}

void TerminalProgress::report(double fraction, const std::string &stage)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    draw(fraction, stage, false);
}

void TerminalProgress::reportItems(long done, long total, const std::string &stage)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    char detail[96];
    std::snprintf(detail, sizeof detail, "%ld/%ld, %.1f items/s", done, total, elapsed > 0 ? double(done) / elapsed : 0.0);
    std::string text = detail;
    if (!stage.empty())
        text += ", " + stage;
    draw(total > 0 ? double(done) / double(total) : 1.0, text, done == total);
}

void TerminalProgress::draw(double fraction, const std::string &detail, bool force)
{
    if (m_mode == Mode::Quiet)
        return;
    fraction = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0);
    const auto now = std::chrono::steady_clock::now();
    const double sinceDraw = std::chrono::duration<double>(now - m_lastDraw).count();
    // A terminal redraws ten times a second once a run lasts half a second; a log gets a line every
    // five seconds once a run lasts that long. Quick runs print nothing.
    const double interval = m_mode == Mode::Bar ? 0.1 : 5.0;
    const double quiet = m_mode == Mode::Bar ? 0.5 : 5.0;
    if (!force && (sinceDraw < (m_drawn ? interval : quiet)))
        return;
    if (force && !m_drawn && std::chrono::duration<double>(now - m_start).count() < quiet)
        return;
    m_lastDraw = now;
    m_drawn = true;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const double eta = fraction > 0 ? elapsed * (1.0 - fraction) / fraction : NAN;
    char percent[16];
    std::snprintf(percent, sizeof percent, "%5.1f%%", 100.0 * fraction);
    const std::string times = "elapsed " + duration(elapsed) + ", ETA " + duration(eta);
    if (m_mode == Mode::Lines) {
        std::fprintf(stderr, "%s: %s %s%s%s\n", m_label.c_str(), percent, times.c_str(), detail.empty() ? "" : ", ",
                     detail.c_str());
        return;
    }
    constexpr int kWidth = 28;
    const int filled = int(std::lround(fraction * kWidth));
    std::string bar(std::size_t(filled), '#');
    bar.append(std::size_t(kWidth - filled), '.');
    std::fprintf(stderr, "\r\x1b[2K%s [%s] %s %s%s%s", m_label.c_str(), bar.c_str(), percent, times.c_str(),
                 detail.empty() ? "" : ", ", detail.c_str());
    std::fflush(stderr);
}

} // namespace cli
