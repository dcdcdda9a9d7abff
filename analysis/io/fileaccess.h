#pragma once

#include <filesystem>
#include <string>

namespace core {

/// The file-access policy every reader follows: only regular files and folders are opened (a named
/// pipe would block open() forever, a device never ends), and nothing inside a folder the user
/// opened (a dump, an image set) may lead out of it through a symbolic link.

/// Throws FormatError naming `path` unless it is a regular file or a folder (symlinks are followed
/// for this check). Never opens the path, so a FIFO cannot block.
void requireFileOrFolder(const std::string &path, const std::string &reader);

/// Throws FormatError naming `entry` and where it points if `entry`, resolved through every symlink,
/// lies outside `root` (also resolved): InfoScope does not follow links out of an opened folder.
void requireInsideFolder(const std::filesystem::path &root, const std::filesystem::path &entry,
                         const std::string &reader);

} // namespace core
