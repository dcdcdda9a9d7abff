#pragma once

#include <stdexcept>
#include <string>

namespace core {

/// One of InfoScope's own shared modules (libinfoscope_<name>.so) could not be loaded: the
/// message names the file(s) tried and what the dynamic loader said.
class ModuleUnavailableError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Loads InfoScope's heavy dependencies on first use instead of at start-up: LibTorch (about 300
/// shared libraries) and OpenCV's image codecs (GDAL, GDCM, OpenEXR...) live in modules that
/// `dlopen` brings in when a TorchScript model or an image is first read, so that `infoscope-cli
/// list` or an `.npy` inspection starts in milliseconds and the window appears before torch loads.
///
/// A module is looked for, in this order, at $INFOSCOPE_MODULE_DIR/libinfoscope_<name>.so, next to
/// the executable's ../lib/infoscope/ (the installed layout), then in the build tree it was built
/// in. Loading is thread-safe and happens once; modules are never unloaded.
///
/// Returns the address of `symbol` in module `name`; throws ModuleUnavailableError.
void *moduleSymbol(const std::string &name, const char *symbol);

/// The interface a module's `extern "C" Interface *entryPoint(int abi)` returns for `abi`; throws
/// ModuleUnavailableError if the module is missing or was built against another version of the interface.
template<typename Interface>
Interface &moduleInterface(const std::string &name, const char *entryPoint, int abi)
{
    using Entry = Interface *(*)(int);
    Interface *found = reinterpret_cast<Entry>(moduleSymbol(name, entryPoint))(abi);
    if (!found)
        throw ModuleUnavailableError("InfoScope's " + name + " module was built for another InfoScope version "
                                     "(interface " + std::to_string(abi) + " expected)");
    return *found;
}

/// Whether module `name` is loaded (for tests and the about box; never loads it).
bool isModuleLoaded(const std::string &name);

} // namespace core
