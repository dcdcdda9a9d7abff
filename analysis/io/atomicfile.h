#pragma once

#include <fstream>
#include <string>

namespace core {

/// Writes a file under a temporary name beside it and renames it into place on commit(), so that
/// the final name never holds a half-written file: a run that fails, is cancelled or is interrupted
/// (Ctrl-C unwinds to the destructor) leaves nothing behind. Not for concurrent writers of one path.
class AtomicFile
{
public:
    /// Opens "<path>.part-<host>-<pid>-<random>" for writing; throws std::runtime_error naming `path` if it cannot.
    explicit AtomicFile(std::string path);
    ~AtomicFile(); ///< removes the temporary unless committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    std::ofstream &stream() { return m_stream; }
    /// Flushes, closes and renames over `path`; throws std::runtime_error if any write failed.
    void commit();

private:
    std::string m_path;
    std::string m_temporary;
    std::ofstream m_stream;
    bool m_committed = false;
};

} // namespace core
