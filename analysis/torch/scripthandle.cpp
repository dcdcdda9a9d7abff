#include "torch/scripthandle.h"

#include "torch/torchbuffer.h"

#include <stdexcept>

namespace infoscope_torch {

ScriptHandle::ScriptHandle(const std::string &path)
{
    try {
        m_module = torch::jit::load(path, at::kCPU);
        m_module.eval();
    } catch (const std::exception &error) {
        throw std::runtime_error(torchMessage(error));
    }
    auto add = [&](const std::string &name, const at::Tensor &tensor, const char *role) {
        core::TorchTensorEntry entry;
        entry.name = name;
        if (!fromTorch(tensor.scalar_type(), &entry.dtype))
            return;
        entry.shape.assign(tensor.sizes().begin(), tensor.sizes().end());
        entry.role = role;
        m_tensors[name] = tensor;
        m_entries.push_back(std::move(entry));
    };
    for (const auto &parameter : m_module.named_parameters(true))
        add(parameter.name, parameter.value, "parameter");
    for (const auto &buffer : m_module.named_buffers(true))
        add(buffer.name, buffer.value, "buffer");
}

std::string ScriptHandle::typeName() const
{
    return m_module.type()->name() ? m_module.type()->name()->qualifiedName() : "module";
}

core::TorchBuffer ScriptHandle::tensor(const std::string &name) const
{
    const auto it = m_tensors.find(name);
    if (it == m_tensors.end())
        throw std::runtime_error("no parameter '" + name + "'");
    return copyFromTorch(it->second, "parameter '" + name + "'");
}

core::TorchBuffer ScriptHandle::forward(const float *input, const std::vector<std::int64_t> &shape) const
{
    const at::Tensor tensor = torch::from_blob(const_cast<float *>(input), at::IntArrayRef(shape.data(), shape.size()),
                                               at::kFloat);
    std::lock_guard<std::mutex> lock(m_mutex);
    c10::IValue output;
    try {
        torch::NoGradGuard noGrad;
        output = m_module.forward({tensor});
    } catch (const std::exception &error) {
        throw std::runtime_error(torchMessage(error));
    }
    if (output.isTensor())
        return copyFromTorch(output.toTensor(), "the output");
    if (output.isTuple())
        for (const c10::IValue &element : output.toTuple()->elements())
            if (element.isTensor())
                return copyFromTorch(element.toTensor(), "the output");
    throw std::runtime_error("forward returned no tensor");
}

} // namespace infoscope_torch
