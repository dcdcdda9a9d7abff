#include "io/atomicfile.h"

#include <unistd.h>

#include <cstdio>
#include <stdexcept>

namespace core {

AtomicFile::AtomicFile(std::string path)
    : m_path(std::move(path))
    , m_temporary(m_path + ".part-" + std::to_string(::getpid()))
    , m_stream(m_temporary, std::ios::binary | std::ios::trunc)
{
    if (!m_stream)
        throw std::runtime_error("cannot write " + m_path);
}

AtomicFile::~AtomicFile()
{
    if (!m_committed) {
        m_stream.close();
        std::remove(m_temporary.c_str());
    }
}

void AtomicFile::commit()
{
    m_stream.flush();
    const bool written = bool(m_stream);
    m_stream.close();
    if (!written || m_stream.fail())
        throw std::runtime_error("cannot write " + m_path + " (disk full or no permission?)");
    if (std::rename(m_temporary.c_str(), m_path.c_str()) != 0)
        throw std::runtime_error("cannot move the finished file into place at " + m_path);
    m_committed = true;
}

} // namespace core
