#pragma once

#include "data/arraycollection.h"

#include <memory>

namespace core {

class TorchScriptHandle;

/// A TorchScript module written by torch.jit.save, loaded through the LibTorch module
/// (modules/torchaccess.h; LibTorch is loaded on the first module opened). Its parameters and
/// buffers are the collection's arrays ("lin.weight"); forward() runs the module on a Tensor.
/// TorchScript archives hold compiled TorchScript, not Python pickles of arbitrary classes, so
/// loading does not run Python code. Throws FormatError when LibTorch refuses the file or is missing.
class TorchScriptModule final : public ArrayCollection
{
public:
    explicit TorchScriptModule(const std::string &path);
    ~TorchScriptModule() override;

    Tensor load(const std::string &name) const override;
    /// Runs forward on `input` (converted to float32); returns the output, or the first tensor of a
    /// tuple output. Throws AnalysisError when the module rejects the input (message from LibTorch).
    Tensor forward(const Tensor &input) const;

private:
    std::unique_ptr<TorchScriptHandle> m_handle;
};

} // namespace core
