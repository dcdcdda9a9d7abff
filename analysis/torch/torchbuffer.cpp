#include "torch/torchbuffer.h"

#include <cstring>
#include <stdexcept>

namespace infoscope_torch {

using core::DType;

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

core::TorchBuffer copyFromTorch(const at::Tensor &source, const std::string &what)
{
    core::TorchBuffer buffer;
    if (!fromTorch(source.scalar_type(), &buffer.dtype))
        throw std::runtime_error(what + " has an unsupported dtype");
    const at::Tensor contiguous = source.detach().to(at::kCPU).contiguous();
    buffer.shape.assign(contiguous.sizes().begin(), contiguous.sizes().end());
    buffer.bytes.resize(static_cast<std::size_t>(contiguous.numel()) * contiguous.element_size());
    if (!buffer.bytes.empty())
        std::memcpy(buffer.bytes.data(), contiguous.data_ptr(), buffer.bytes.size());
    return buffer;
}

std::string torchMessage(const std::exception &error)
{
    if (const auto *c10Error = dynamic_cast<const c10::Error *>(&error))
        return c10Error->what_without_backtrace();
    // TorchScript interpreter errors (JITException) carry a script back-trace before the Python-style message.
    std::string message = error.what();
    const std::size_t cut = message.find("RuntimeError:");
    return cut == std::string::npos ? message : message.substr(cut);
}

} // namespace infoscope_torch
