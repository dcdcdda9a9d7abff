#include "commands.h"
#include "data/memorylimit.h"
#include "exitcodes.h"
#include "io/containers/hdf5external.h"
#include "interruption.h"
#include "registry/builtins.h"
#include "registry/registry.h"
#include "version.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    // --max-memory SIZE applies to every command: the most one array may take when it is decoded,
    // inflated or converted (default half the physical memory; data/memorylimit.h).
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it != "--max-memory")
            continue;
        std::uint64_t bytes = 0;
        if (it + 1 == args.end() || !core::parseByteSize(*(it + 1), &bytes)) {
            std::cerr << "infoscope-cli: --max-memory expects a size such as 512M, 4G or 25%\n";
            return cli::BadArguments;
        }
        core::setMaterialiseLimit(bytes);
        args.erase(it, it + 2);
        break;
    }
    // --allow-hdf5-external: HDF5 external storage and external links are read (hdf5external.h).
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == "--allow-hdf5-external") {
            core::setHdf5ExternalAllowed(true);
            args.erase(it);
            break;
        }
    }
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        cli::printUsage();
        return args.empty() ? cli::BadArguments : cli::Ok;
    }
    // Building the registry touches no file and no heavy library: LibTorch and the image codecs are
    // loaded when a TorchScript model or an image is first read (modules/moduleloader.h).
    core::Registry registry;
    core::registerBuiltins(registry);
    // The commands that poll the cancel token stop cleanly on Ctrl-C; the others keep the default (exit at once).
    if (args[0] == "run" || args[0] == "example" || args[0] == "export" || args[0] == "batch")
        cli::installInterruptHandler();
    try {
        const std::string &command = args[0];
        if (command == "list")
            return cli::listCommand(registry);
        if (command == "describe") {
            if (args.size() != 2) {
                std::cerr << "infoscope-cli: describe needs exactly one analysis id\n";
                return cli::BadArguments;
            }
            return cli::describeCommand(registry, args[1]);
        }
        if (command == "inspect")
            return cli::inspectCommand(registry, std::vector<std::string>(args.begin() + 1, args.end()));
        if (command == "export")
            return cli::exportCommand(registry, std::vector<std::string>(args.begin() + 1, args.end()));
        if (command == "batch")
            return cli::batchCommand(registry, std::vector<std::string>(args.begin() + 1, args.end()));
        if (command == "merge")
            return cli::mergeCommand(std::vector<std::string>(args.begin() + 1, args.end()));
        if (command == "example")
            return cli::exampleCommand(registry, std::vector<std::string>(args.begin() + 1, args.end()), argc, argv);
        if (command == "run")
            return cli::runCommand(registry, std::vector<std::string>(args.begin() + 1, args.end()), argc, argv);
        if (command == "version" || command == "--version") {
            std::cout << "infoscope-cli " << core::infoscopeVersion() << " (" << core::coreLibraryVersions() << ")\n";
            return cli::Ok;
        }
        std::cerr << "infoscope-cli: unknown command '" << command << "' (see 'infoscope-cli --help')\n";
        return cli::BadArguments;
    } catch (const core::MemoryLimitError &e) {
        std::cerr << "infoscope-cli: " << e.what() << '\n';
        return cli::UnreadableInput;
    } catch (const std::exception &e) {
        std::cerr << "infoscope-cli: internal error: " << e.what() << '\n';
        return cli::InternalError;
    }
}
