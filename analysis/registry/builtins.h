#pragma once

namespace core {

class Registry;

/// Registers every built-in reader and analysis. Called by both the GUI and the CLI.
/// New analysis: write its descriptor function and add one line here.
void registerBuiltins(Registry &registry);

} // namespace core
