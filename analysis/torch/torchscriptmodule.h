#pragma once

#include "data/arraycollection.h"

#include <memory>

namespace core {

/// A TorchScript module written by torch.jit.save, loaded with torch::jit::load. Its parameters and
/// buffers are the collection's arrays ("lin.weight"); forward() runs the module on a Tensor.
/// TorchScript archives hold compiled TorchScript, not Python pickles of arbitrary classes, so
/// loading does not run Python code. Throws FormatError when LibTorch refuses the file.
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
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core
