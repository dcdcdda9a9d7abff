#pragma once

namespace core {

class Registry;

/// Registers what needs LibTorch (the TorchScript reader and model.forward); call after registerBuiltins().
void registerTorchBuiltins(Registry &registry);

} // namespace core
