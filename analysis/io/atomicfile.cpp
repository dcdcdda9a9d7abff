#include "io/atomicfile.h"

#include <unistd.h>

#include <cstdio>
#include <random>
#include <stdexcept>

namespace core {

namespace {

/// Host, process and a random number: shards on several nodes may write into one shared folder.
std::string uniqueSuffix()
{
    char host[64] = {};
    ::gethostname(host, sizeof host - 1);
    std::random_device random;
    return std::string(host) + "-" + std::to_string(::getpid()) + "-" + std::to_string(random());
}

} // namespace

AtomicFile::AtomicFile(std::string path)
    : m_path(std::move(path))
    , m_temporary(m_path + ".part-" + uniqueSuffix())
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
