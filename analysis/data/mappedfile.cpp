#include "data/mappedfile.h"

#include "errors/formaterror.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {

MappedFile::MappedFile(const std::string &path)
    : m_path(path)
{
    // O_NONBLOCK: opening a named pipe must not wait for a writer; fstat then refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        throw FormatError(path, "mmap", std::string("cannot open: ") + std::strerror(errno));
    struct stat info{};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw FormatError(path, "mmap", "is not a regular file (a pipe, device or socket); InfoScope reads only regular files");
    }
    m_size = static_cast<std::size_t>(info.st_size);
    if (m_size > 0) {
        void *address = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (address == MAP_FAILED) {
            const int error = errno;
            ::close(fd);
            throw FormatError(path, "mmap", std::string("cannot map file: ") + std::strerror(error));
        }
        m_data = static_cast<std::byte *>(address);
    }
    ::close(fd); // the mapping stays valid after close
}

MappedFile::~MappedFile()
{
    if (m_data)
        ::munmap(m_data, m_size);
}

} // namespace core
