#pragma once

#include "modules/torchbackend.h"

#include <torch/script.h>

#include <map>
#include <mutex>

namespace infoscope_torch {

/// A TorchScript module loaded with torch::jit::load (core::TorchScriptModule wraps it).
class ScriptHandle final : public core::TorchScriptHandle
{
public:
    explicit ScriptHandle(const std::string &path); ///< throws std::runtime_error with LibTorch's message

    std::vector<core::TorchTensorEntry> tensors() const override { return m_entries; }
    std::string typeName() const override;
    core::TorchBuffer tensor(const std::string &name) const override;
    core::TorchBuffer forward(const float *input, const std::vector<std::int64_t> &shape) const override;

private:
    mutable torch::jit::Module m_module;
    mutable std::mutex m_mutex; // forward() on one module from two jobs at once is not guaranteed safe
    std::map<std::string, at::Tensor> m_tensors;
    std::vector<core::TorchTensorEntry> m_entries;
};

} // namespace infoscope_torch
