#include "torch/torchscriptmodule.h"

#include "errors/analysiserror.h"
#include "errors/formaterror.h"

#include <torch/script.h>

#include <cstring>
#include <mutex>
#include <stdexcept>

namespace core {

namespace {

bool fromTorch(c10::ScalarType type, DType *out)
{
    switch (type) {
    case c10::ScalarType::Float: *out = DType::Float32; return true;
    case c10::ScalarType::Double: *out = DType::Float64; return true;
    case c10::ScalarType::Half: *out = DType::Float16; return true;
    case c10::ScalarType::BFloat16: *out = DType::BFloat16; return true;
    case c10::ScalarType::Long: *out = DType::Int64; return true;
    case c10::ScalarType::Int: *out = DType::Int32; return true;
    case c10::ScalarType::Short: *out = DType::Int16; return true;
    case c10::ScalarType::Char: *out = DType::Int8; return true;
    case c10::ScalarType::Byte: *out = DType::UInt8; return true;
    case c10::ScalarType::Bool: *out = DType::Bool; return true;
    default: return false;
    }
}

/// A contiguous CPU copy of a torch tensor as our Tensor.
Tensor copyFromTorch(const at::Tensor &source, const std::string &what)
{
    DType dtype;
    if (!fromTorch(source.scalar_type(), &dtype))
        throw AnalysisError(what + " has an unsupported dtype");
    const at::Tensor contiguous = source.detach().to(at::kCPU).contiguous();
    Tensor::Shape shape(contiguous.sizes().begin(), contiguous.sizes().end());
    Tensor out = Tensor::zeros(dtype, shape);
    if (out.numel() > 0)
        std::memcpy(out.mutableBytes(), contiguous.data_ptr(), out.nbytes());
    return out;
}

} // namespace

struct TorchScriptModule::Impl
{
    mutable torch::jit::Module module;
    mutable std::mutex mutex; // forward() on one module from two jobs at once is not guaranteed safe
    std::map<std::string, at::Tensor> tensors;
};

TorchScriptModule::TorchScriptModule(const std::string &path)
    : ArrayCollection(path)
    , m_impl(std::make_unique<Impl>())
{
    try {
        m_impl->module = torch::jit::load(path, at::kCPU);
        m_impl->module.eval();
    } catch (const c10::Error &error) {
        throw FormatError(path, "torchscript", std::string("LibTorch cannot load it: ") + error.what_without_backtrace());
    } catch (const std::exception &error) {
        throw FormatError(path, "torchscript", std::string("LibTorch cannot load it: ") + error.what());
    }
    auto add = [&](const std::string &name, const at::Tensor &tensor, const char *role) {
        ArrayInfo info;
        info.name = name;
        if (!fromTorch(tensor.scalar_type(), &info.dtype))
            return;
        info.shape.assign(tensor.sizes().begin(), tensor.sizes().end());
        info.storedBytes = static_cast<std::uint64_t>(tensor.numel()) * tensor.element_size();
        info.attributes["role"] = role;
        m_impl->tensors[name] = tensor;
        m_arrays.push_back(std::move(info));
    };
    for (const auto &parameter : m_impl->module.named_parameters(true))
        add(parameter.name, parameter.value, "parameter");
    for (const auto &buffer : m_impl->module.named_buffers(true))
        add(buffer.name, buffer.value, "buffer");
    m_attributes["type"] = m_impl->module.type()->name() ? m_impl->module.type()->name()->qualifiedName() : "module";
    m_attributes["content"] = "torchscript";
}

TorchScriptModule::~TorchScriptModule() = default;

Tensor TorchScriptModule::load(const std::string &name) const
{
    const auto it = m_impl->tensors.find(name);
    if (it == m_impl->tensors.end())
        throw std::out_of_range("no parameter '" + name + "' in " + m_path);
    return copyFromTorch(it->second, "parameter '" + name + "'");
}

Tensor TorchScriptModule::forward(const Tensor &input) const
{
    const Tensor values = input.to(DType::Float64);
    at::Tensor tensor = torch::from_blob(const_cast<double *>(values.data<double>()),
                                         at::IntArrayRef(input.shape().data(), input.shape().size()), at::kDouble)
                            .to(at::kFloat);
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    try {
        torch::NoGradGuard noGrad;
        const c10::IValue output = m_impl->module.forward({tensor});
        if (output.isTensor())
            return copyFromTorch(output.toTensor(), "the output");
        if (output.isTuple())
            for (const c10::IValue &element : output.toTuple()->elements())
                if (element.isTensor())
                    return copyFromTorch(element.toTensor(), "the output");
        throw AnalysisError("forward returned no tensor");
    } catch (const c10::Error &error) {
        throw AnalysisError(std::string("the module rejected the input: ") + error.what_without_backtrace());
    } catch (const AnalysisError &) {
        throw;
    } catch (const std::exception &error) { // TorchScript interpreter errors (JITException)
        std::string message = error.what();
        const std::size_t cut = message.find("RuntimeError:");
        throw AnalysisError("the module rejected the input: " + (cut == std::string::npos ? message : message.substr(cut)));
    }
}

} // namespace core
