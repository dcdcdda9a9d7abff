#include "commands.h"

#include "analysisrequest.h"
#include "arguments.h"
#include "examples/examplecatalogue.h"
#include "exitcodes.h"
#include "registry/registry.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <system_error>

namespace cli {

namespace {

int listExamples(const core::ExampleCatalogue &catalogue)
{
    std::cout << "Examples (infoscope-cli example ID):\n";
    for (const core::Example &example : catalogue.examples())
        std::printf("  %-24s %s\n", example.id.c_str(), example.title.c_str());
    return Ok;
}

std::string cellText(const core::TableCell &cell)
{
    if (const auto *text = std::get_if<std::string>(&cell))
        return *text;
    if (const auto *integer = std::get_if<std::int64_t>(&cell))
        return std::to_string(*integer);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", std::get<double>(cell));
    return buffer;
}

void printClaim(const core::Result &result)
{
    const auto &claim = std::get<core::TableResult>(result.items.front());
    std::cout << claim.title << "\n\n";
    for (const auto &row : claim.rows) {
        std::cout << "  " << std::get<std::string>(row.at(0)) << "\n    published: " << cellText(row.at(1))
                  << "\n    this run:  " << cellText(row.at(2)) << '\n';
    }
}

} // namespace

int exampleCommand(const core::Registry &registry, const std::vector<std::string> &args, int argc, char **argv)
{
    const Arguments arguments(args, {"--data", "--out", "--figure", "--figure-item", "--dpi", "--timeout", "--preset",
                                     "--width", "--height", "--font-size"},
                              {"--quiet"});
    if (!arguments.error().empty())
        return fail(BadArguments, arguments.error());
    core::ExampleCatalogue catalogue;
    core::registerBuiltinExamples(catalogue);
    if (arguments.positional().empty())
        return listExamples(catalogue);
    if (arguments.positional().size() > 1)
        return fail(BadArguments, "example takes one example id, got '" + arguments.positional()[1] + "' as well");
    const core::Example *example = catalogue.example(arguments.positional()[0]);
    if (!example)
        return fail(BadArguments, "unknown example '" + arguments.positional()[0] + "' (see 'infoscope-cli example')");

    std::vector<std::string> parameterTexts;
    for (const auto &[key, value] : example->parameters)
        parameterTexts.push_back(key + "=" + value);
    AnalysisRequest request;
    if (Failure failure = AnalysisRequest::prepare(registry, example->analysisId, parameterTexts, &request))
        return fail(InternalError, "example " + example->id + ": " + failure.message);
    if (example->writeInputs) {
        const std::filesystem::path folder = arguments.has("--data")
            ? std::filesystem::path(arguments.value("--data"))
            : std::filesystem::temp_directory_path() / ("infoscope-example-" + example->id);
        std::error_code error;
        std::filesystem::create_directories(folder, error);
        if (error)
            return fail(OutputFailed, "cannot create " + folder.string() + ": " + error.message());
        std::map<std::string, std::string> inputs;
        try {
            inputs = example->writeInputs(folder.string());
        } catch (const std::exception &e) {
            return fail(OutputFailed, "example " + example->id + ": " + e.what());
        }
        for (const auto &[slot, path] : inputs)
            if (Failure failure = request.bindPath(registry, slot, path))
                return fail(failure.code, failure.message);
    }
    return runAndWrite(registry, request, arguments, argc, argv, [example](core::Result result) {
        result = core::withClaim(std::move(result), *example);
        printClaim(result);
        return result;
    });
}

} // namespace cli
