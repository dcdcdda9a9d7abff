#include "commands.h"

#include "analysisrequest.h"
#include "arguments.h"
#include "exitcodes.h"
#include "interruption.h"
#include "registry/registry.h"
#include "terminalprogress.h"
#include "watchdog.h"

#ifdef INFOSCOPE_CLI_FIGURES
#include "figurerequest.h"
#include "overlayrequest.h"

#include <QGuiApplication>
#endif

#include <cstdlib>
#include <functional>
#include <iostream>

namespace cli {

int runCommand(const core::Registry &registry, const std::vector<std::string> &args, int argc, char **argv)
{
    const Arguments arguments(args, {"--input", "--param", "--out", "--figure", "--figure-item", "--dpi", "--timeout",
                                     "--preset", "--width", "--height", "--font-size", "--overlays", "--worst", "--worst-by"},
                              {"--quiet"});
    if (!arguments.error().empty())
        return fail(BadArguments, arguments.error());
    if (arguments.positional().empty())
        return fail(BadArguments, "run needs an analysis id (see 'infoscope-cli list')");
    if (arguments.positional().size() > 1)
        return fail(BadArguments, "run takes one analysis id, got '" + arguments.positional()[1] + "' as well");
    AnalysisRequest request;
    if (Failure failure = AnalysisRequest::prepare(registry, arguments.positional()[0], arguments.values("--param"), &request))
        return fail(failure.code, failure.message);
    if (arguments.value("--out").empty() && arguments.value("--figure").empty() && arguments.value("--overlays").empty())
        return fail(BadArguments, "run needs --out RESULT.json, --figure FILE and/or --overlays DIR");
    for (const std::string &binding : arguments.values("--input")) {
        std::string slot, path;
        if (!splitPair(binding, &slot, &path))
            return fail(BadArguments, "--input expects SLOT=PATH, got '" + binding + "'");
        if (Failure failure = request.bindPath(registry, slot, path))
            return fail(failure.code, failure.message);
    }
    return runAndWrite(registry, request, arguments, argc, argv, nullptr);
}

int runAndWrite(const core::Registry &registry, const AnalysisRequest &request, const Arguments &arguments, int argc,
                char **argv, const std::function<core::Result(core::Result)> &finish)
{
#ifdef INFOSCOPE_CLI_FIGURES
    FigureRequest figure;
    if (Failure failure = FigureRequest::parse(arguments, &figure))
        return fail(failure.code, failure.message);
    OverlayRequest overlays;
    if (Failure failure = OverlayRequest::parse(arguments, request.analysis().id, &overlays))
        return fail(failure.code, failure.message);
#else
    if (arguments.has("--overlays"))
        return fail(BadArguments, "this build has no figure support (configured without the GUI)");
#endif
    const std::string outPath = arguments.value("--out"), figurePath = arguments.value("--figure");
    double timeout = 0;
    if (arguments.has("--timeout")) {
        char *end = nullptr;
        const std::string text = arguments.value("--timeout");
        timeout = std::strtod(text.c_str(), &end);
        if (end == text.c_str() || *end != '\0' || !(timeout > 0))
            return fail(BadArguments, "--timeout expects seconds, e.g. 600, got '" + text + "'");
    }

    if (Failure failure = request.checkComplete())
        return fail(failure.code, failure.message);

    core::Result result;
    TerminalProgress progress(TerminalProgress::modeFor(arguments.has("--quiet")), request.analysis().id);
    Failure failed;
    {
        const Watchdog watchdog(timeout);
        failed = request.run(registry, progress, interruptToken(), &result);
        if (failed.code == Interrupted && watchdog.fired())
            failed = {TimedOut, request.analysis().id + ": timed out after " + arguments.value("--timeout")
                                    + " s; nothing was written"};
    }
    progress.finish();
    if (failed)
        return fail(failed.code, failed.message);
    if (finish)
        result = finish(std::move(result));
    if (!outPath.empty())
        if (Failure failure = writeResultFile(result, outPath))
            return fail(failure.code, failure.message);
#ifdef INFOSCOPE_CLI_FIGURES
    if (overlays.wanted()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // no display is needed
        QGuiApplication application(argc, argv);
        if (Failure failure = overlays.write(registry, result))
            return fail(failure.code, failure.message);
    }
#endif
    if (!figurePath.empty()) {
#ifdef INFOSCOPE_CLI_FIGURES
        if (Failure failure = figure.write(result, argc, argv))
            return fail(failure.code, failure.message);
#else
        (void)argc;
        (void)argv;
        return fail(BadArguments, "this build has no figure support (configured without the GUI)");
#endif
    }
    for (const std::string &warning : result.warnings)
        std::cerr << "infoscope-cli: warning: " << warning << '\n';
    return Ok;
}

} // namespace cli
