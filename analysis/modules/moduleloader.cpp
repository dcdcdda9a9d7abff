#include "modules/moduleloader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

namespace core {

namespace {

struct LoadedModules
{
    std::mutex mutex;
    std::map<std::string, void *> handles;
};

LoadedModules &loadedModules()
{
    static LoadedModules modules;
    return modules;
}

std::filesystem::path executableDirectory()
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : self.parent_path();
}

std::vector<std::filesystem::path> candidates(const std::string &fileName)
{
    std::vector<std::filesystem::path> paths;
    if (const char *directory = std::getenv("INFOSCOPE_MODULE_DIR"); directory && *directory)
        paths.push_back(std::filesystem::path(directory) / fileName);
    const std::filesystem::path exe = executableDirectory();
    if (!exe.empty())
        paths.push_back(exe.parent_path() / "lib" / "infoscope" / fileName);
#ifdef INFOSCOPE_BUILD_MODULE_DIR
    paths.push_back(std::filesystem::path(INFOSCOPE_BUILD_MODULE_DIR) / fileName);
#endif
    return paths;
}

} // namespace

void *moduleSymbol(const std::string &name, const char *symbol)
{
    LoadedModules &modules = loadedModules();
    std::lock_guard<std::mutex> lock(modules.mutex);
    void *&handle = modules.handles[name];
    if (!handle) {
        const std::string fileName = "libinfoscope_" + name + ".so";
        std::string tried;
        for (const std::filesystem::path &path : candidates(fileName)) {
            std::error_code error;
            if (!std::filesystem::is_regular_file(path, error))
                continue;
            // RTLD_LOCAL: the module's libraries (LibTorch, OpenCV) stay out of the global namespace.
            handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (handle)
                break;
            const char *why = dlerror();
            tried += "\n  " + path.string() + ": " + (why ? why : "unknown error");
        }
        if (!handle) {
            modules.handles.erase(name);
            throw ModuleUnavailableError("InfoScope's " + name + " module (" + fileName + ") could not be loaded"
                                         + (tried.empty() ? std::string(": it is not installed next to this program "
                                                                        "(lib/infoscope/) and INFOSCOPE_MODULE_DIR does not name it")
                                                          : ":" + tried));
        }
    }
    dlerror();
    void *address = dlsym(handle, symbol);
    if (!address)
        throw ModuleUnavailableError("InfoScope's " + name + " module has no entry point '" + symbol
                                     + "' (a module from another InfoScope version?)");
    return address;
}

bool isModuleLoaded(const std::string &name)
{
    LoadedModules &modules = loadedModules();
    std::lock_guard<std::mutex> lock(modules.mutex);
    const auto it = modules.handles.find(name);
    return it != modules.handles.end() && it->second;
}

} // namespace core
