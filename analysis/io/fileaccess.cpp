#include "io/fileaccess.h"

#include "errors/formaterror.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace core {

namespace fs = std::filesystem;

void requireFileOrFolder(const std::string &path, const std::string &reader)
{
    struct stat info{};
    if (::stat(path.c_str(), &info) != 0)
        throw FormatError(path, reader, std::string("cannot open: ") + std::strerror(errno));
    if (S_ISREG(info.st_mode) || S_ISDIR(info.st_mode))
        return;
    const char *kind = S_ISFIFO(info.st_mode) ? "a named pipe (FIFO)"
                     : S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) ? "a device"
                     : S_ISSOCK(info.st_mode) ? "a socket" : "not a regular file";
    throw FormatError(path, reader, std::string("is ") + kind + "; InfoScope reads only regular files and folders");
}

void requireInsideFolder(const fs::path &root, const fs::path &entry, const std::string &reader)
{
    std::error_code error;
    const fs::path base = fs::weakly_canonical(root, error);
    const fs::path target = fs::weakly_canonical(entry, error);
    if (error)
        throw FormatError(entry.string(), reader, "cannot resolve: " + error.message());
    auto inside = [&] {
        auto b = base.begin(), t = target.begin();
        for (; b != base.end(); ++b, ++t)
            if (t == target.end() || *b != *t)
                return false;
        return true;
    };
    if (!inside())
        throw FormatError(entry.string(), reader,
                          "is a symbolic link to " + target.string() + ", outside the opened folder " + base.string()
                              + "; InfoScope does not follow links out of a folder it was given");
}

} // namespace core
