#pragma once

#include <filesystem>
#include <string>

namespace core {

/// HDF5 lets a dataset keep its raw data in other files (external storage), map them from datasets
/// of other files (a virtual dataset), and a link point into another file (an external link). Each
/// can name any file on the machine (/etc/passwd, a named pipe), so all are refused unless the user
/// allows them: the CLI's --allow-hdf5-external, File > Allow External HDF5 Data in the GUI. Off by
/// default; thread-safe.
bool hdf5ExternalAllowed();
void setHdf5ExternalAllowed(bool allowed);

/// How to allow it, for the refusal listed under "skipped".
std::string hdf5ExternalHint();

/// `target` as HDF5 resolves it against the folder of the file that names it, if it is a regular
/// file; empty otherwise (missing, a pipe, a device or a folder), so that nothing blocks or escapes.
std::filesystem::path regularExternalFile(const std::filesystem::path &folder, const std::string &target);

} // namespace core
