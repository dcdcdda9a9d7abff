#include "models/torchscriptmodule.h"

#include "errors/analysiserror.h"
#include "errors/formaterror.h"
#include "io/torchsave/torchsavefile.h"
#include "modules/torchaccess.h"

#include <cstring>
#include <stdexcept>

namespace core {

namespace {

Tensor toTensor(const TorchBuffer &buffer)
{
    Tensor out = Tensor::zeros(buffer.dtype, buffer.shape);
    if (out.nbytes() != buffer.bytes.size())
        throw AnalysisError("LibTorch returned a tensor whose size does not match its shape");
    if (!buffer.bytes.empty())
        std::memcpy(out.mutableBytes(), buffer.bytes.data(), buffer.bytes.size());
    return out;
}

} // namespace

TorchScriptModule::TorchScriptModule(const std::string &path)
    : ArrayCollection(path)
{
    // LibTorch trusts the archive's storage records and would read past a shortened one: check first.
    TorchSaveFile::checkTorchScriptStorages(path);
    try {
        m_handle = torchBackend().loadScript(path);
    } catch (const std::exception &error) {
        // LibTorch's parser errors go on with the offending source and carets: the first line says it.
        const std::string message = error.what();
        throw FormatError(path, "torchscript", "LibTorch cannot load it: " + message.substr(0, message.find('\n')));
    }
    for (const TorchTensorEntry &entry : m_handle->tensors()) {
        ArrayInfo info;
        info.name = entry.name;
        info.dtype = entry.dtype;
        info.shape = entry.shape;
        info.storedBytes = static_cast<std::uint64_t>(checkedElementCount(entry.shape)) * dtypeSize(entry.dtype);
        info.attributes["role"] = entry.role;
        m_arrays.push_back(std::move(info));
    }
    m_attributes["type"] = m_handle->typeName();
    m_attributes["content"] = "torchscript";
}

TorchScriptModule::~TorchScriptModule() = default;

Tensor TorchScriptModule::load(const std::string &name) const
{
    if (!find(name))
        throw std::out_of_range("no parameter '" + name + "' in " + m_path);
    try {
        return toTensor(m_handle->tensor(name));
    } catch (const std::runtime_error &error) {
        throw AnalysisError("parameter '" + name + "' of " + m_path + ": " + error.what());
    }
}

Tensor TorchScriptModule::forward(const Tensor &input) const
{
    const Tensor values = input.to(DType::Float32);
    TorchBuffer output;
    try {
        output = m_handle->forward(values.data<float>(), input.shape());
    } catch (const std::exception &error) {
        throw AnalysisError(std::string("the module rejected the input: ") + error.what());
    }
    return toTensor(output);
}

} // namespace core
