#include "data/tensor.h"

#include "data/mappedfile.h"
#include "data/ownedstorage.h"
#include "errors/analysiserror.h"

#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace core {

std::int64_t checkedElementCount(const Tensor::Shape &shape)
{
    // The product of the non-zero extents must fit too: C-order strides are built from it, even
    // for an empty array such as (0, 2^40, 2^40) (found by fuzzing the .npy header).
    std::int64_t count = 1;
    std::int64_t span = 1;
    for (std::int64_t extent : shape) {
        if (extent < 0)
            throw AnalysisError("negative dimension " + std::to_string(extent) + " in shape");
        const std::int64_t nonZero = std::max<std::int64_t>(extent, 1);
        if (span > std::numeric_limits<std::int64_t>::max() / nonZero)
            throw AnalysisError("shape has more elements than a 64-bit count can hold");
        span *= nonZero;
        count = extent == 0 ? 0 : count * extent;
    }
    return count;
}

std::vector<std::int64_t> contiguousStrides(const Tensor::Shape &shape)
{
    std::vector<std::int64_t> strides(shape.size(), 1);
    for (std::size_t i = shape.size(); i-- > 1;)
        strides[i - 1] = strides[i] * std::max<std::int64_t>(shape[i], 1);
    return strides;
}

std::vector<std::int64_t> fortranStrides(const Tensor::Shape &shape)
{
    std::vector<std::int64_t> strides(shape.size(), 1);
    for (std::size_t i = 1; i < shape.size(); ++i)
        strides[i] = strides[i - 1] * std::max<std::int64_t>(shape[i - 1], 1);
    return strides;
}

std::string stridesOrder(const Tensor::Shape &shape, const std::vector<std::int64_t> &strides)
{
    // Axes of length 1 may carry any stride (torch gives them whatever it likes): ignore them.
    auto sameOn = [&](const std::vector<std::int64_t> &expected) {
        for (std::size_t i = 0; i < shape.size(); ++i)
            if (shape[i] > 1 && strides[i] != expected[i])
                return false;
        return true;
    };
    if (strides.size() != shape.size())
        return "strided";
    if (sameOn(contiguousStrides(shape)))
        return "C";
    return sameOn(fortranStrides(shape)) ? "F" : "strided";
}

Tensor Tensor::zeros(DType type, const Shape &shape)
{
    const std::int64_t count = checkedElementCount(shape);
    const auto elementSize = static_cast<std::int64_t>(dtypeSize(type));
    if (count > std::numeric_limits<std::int64_t>::max() / elementSize)
        throw AnalysisError("tensor size in bytes overflows 64 bits");
    Tensor tensor;
    tensor.m_storage = std::make_shared<OwnedStorage>(static_cast<std::size_t>(count * elementSize));
    tensor.m_dtype = type;
    tensor.m_shape = shape;
    tensor.m_strides = contiguousStrides(shape);
    return tensor;
}

Tensor Tensor::view(std::shared_ptr<Storage> storage, DType type, const Shape &shape,
                    std::vector<std::int64_t> strides, std::size_t byteOffset)
{
    if (!storage)
        throw std::invalid_argument("Tensor::view: null storage");
    const std::int64_t count = checkedElementCount(shape);
    if (strides.empty())
        strides = contiguousStrides(shape);
    if (strides.size() != shape.size())
        throw std::invalid_argument("Tensor::view: strides and shape differ in length");

    // Extent check: the lowest and highest addressed elements must lie inside the storage.
    const auto elementSize = static_cast<std::int64_t>(dtypeSize(type));
    if (count > 0) {
        long double lowest = 0, highest = 0;
        for (std::size_t i = 0; i < shape.size(); ++i) {
            const long double reach = static_cast<long double>(strides[i]) * static_cast<long double>(shape[i] - 1);
            (reach < 0 ? lowest : highest) += reach;
        }
        const long double first = static_cast<long double>(byteOffset) + lowest * elementSize;
        const long double last = static_cast<long double>(byteOffset) + highest * elementSize + elementSize;
        if (first < 0 || last > static_cast<long double>(storage->size()))
            throw std::invalid_argument("Tensor::view: elements fall outside the storage");
    } else if (byteOffset > storage->size()) {
        throw std::invalid_argument("Tensor::view: offset past the end of the storage");
    }

    Tensor tensor;
    tensor.m_storage = std::move(storage);
    tensor.m_dtype = type;
    tensor.m_shape = shape;
    tensor.m_strides = std::move(strides);
    tensor.m_byteOffset = byteOffset;
    return tensor;
}

Tensor Tensor::fromMatrix(const Eigen::Ref<const Eigen::MatrixXd> &matrix)
{
    Tensor tensor = zeros(DType::Float64, {matrix.rows(), matrix.cols()});
    double *out = tensor.mutableData<double>();
    for (Eigen::Index r = 0; r < matrix.rows(); ++r)
        for (Eigen::Index c = 0; c < matrix.cols(); ++c)
            out[r * matrix.cols() + c] = matrix(r, c);
    return tensor;
}

std::int64_t Tensor::numel() const
{
    if (!m_storage)
        return 0;
    std::int64_t count = 1;
    for (std::int64_t extent : m_shape)
        count *= extent;
    return count;
}

bool Tensor::isContiguous() const
{
    return m_strides == contiguousStrides(m_shape);
}

bool Tensor::isMemoryMapped() const
{
    return m_storage && m_storage->isMapped();
}

const std::byte *Tensor::bytes() const
{
    return m_storage ? m_storage->data() + m_byteOffset : nullptr;
}

std::byte *Tensor::mutableBytes()
{
    std::byte *base = m_storage ? m_storage->mutableData() : nullptr;
    if (!base)
        throw std::logic_error("Tensor: storage is read-only");
    return base + m_byteOffset;
}

void Tensor::checkAccess(std::size_t elementSize) const
{
    if (!m_storage)
        throw std::logic_error("Tensor: null tensor");
    if (elementSize != dtypeSize(m_dtype) || !isContiguous())
        throw std::logic_error("Tensor: typed access needs a contiguous tensor of matching dtype");
}

std::int64_t Tensor::byteOffsetOf(const std::vector<std::int64_t> &index) const
{
    if (index.size() != m_shape.size())
        throw std::out_of_range("Tensor: index rank differs from tensor rank");
    std::int64_t offset = 0;
    for (std::size_t i = 0; i < index.size(); ++i) {
        if (index[i] < 0 || index[i] >= m_shape[i])
            throw std::out_of_range("Tensor: index out of range");
        offset += index[i] * m_strides[i];
    }
    return offset * static_cast<std::int64_t>(dtypeSize(m_dtype));
}

double Tensor::valueAt(const std::vector<std::int64_t> &index) const
{
    return elementToDouble(bytes() + byteOffsetOf(index), m_dtype);
}

Tensor Tensor::select(int axis, std::int64_t index) const
{
    if (axis < 0 || axis >= ndim())
        throw std::out_of_range("Tensor::select: axis out of range");
    if (index < 0 || index >= m_shape[static_cast<std::size_t>(axis)])
        throw std::out_of_range("Tensor::select: index out of range");
    Tensor result = *this;
    const auto a = static_cast<std::size_t>(axis);
    const std::int64_t shift = index * m_strides[a] * static_cast<std::int64_t>(dtypeSize(m_dtype));
    result.m_byteOffset = static_cast<std::size_t>(static_cast<std::int64_t>(m_byteOffset) + shift);
    result.m_shape.erase(result.m_shape.begin() + axis);
    result.m_strides.erase(result.m_strides.begin() + axis);
    return result;
}

Tensor Tensor::sliced(int axis, std::int64_t start, std::int64_t count, std::int64_t step) const
{
    if (axis < 0 || axis >= ndim())
        throw std::out_of_range("Tensor::sliced: axis out of range");
    const auto a = static_cast<std::size_t>(axis);
    const std::int64_t extent = m_shape[a];
    if (count < 0 || step == 0)
        throw std::out_of_range("Tensor::sliced: negative count or zero step");
    if (count > 0) {
        const long double last = static_cast<long double>(start) + static_cast<long double>(step) * (count - 1);
        if (start < 0 || start >= extent || last < 0 || last >= extent)
            throw std::out_of_range("Tensor::sliced: entries outside the axis");
    }
    Tensor result = *this;
    if (count > 0) {
        const std::int64_t shift = start * m_strides[a] * static_cast<std::int64_t>(dtypeSize(m_dtype));
        result.m_byteOffset = static_cast<std::size_t>(static_cast<std::int64_t>(m_byteOffset) + shift);
    }
    result.m_shape[a] = count;
    // One entry keeps its stride: a huge step past the axis must not overflow the multiplication.
    result.m_strides[a] = count > 1 ? m_strides[a] * step : m_strides[a];
    return result;
}

Tensor Tensor::transposed(int axis0, int axis1) const
{
    if (axis0 < 0 || axis1 < 0 || axis0 >= ndim() || axis1 >= ndim())
        throw std::out_of_range("Tensor::transposed: axis out of range");
    Tensor result = *this;
    std::swap(result.m_shape[static_cast<std::size_t>(axis0)], result.m_shape[static_cast<std::size_t>(axis1)]);
    std::swap(result.m_strides[static_cast<std::size_t>(axis0)], result.m_strides[static_cast<std::size_t>(axis1)]);
    return result;
}

namespace {

// Visits every element of `source` in C order, calling fn(bytePointer, linearIndex).
template<typename Fn>
void forEachElement(const Tensor &source, Fn &&fn)
{
    const std::int64_t count = source.numel();
    if (count == 0)
        return;
    const auto rank = static_cast<std::size_t>(source.ndim());
    const auto elementSize = static_cast<std::int64_t>(dtypeSize(source.dtype()));
    std::vector<std::int64_t> index(rank, 0);
    std::int64_t offset = 0;
    for (std::int64_t linear = 0; linear < count; ++linear) {
        fn(source.bytes() + offset * elementSize, linear);
        for (std::size_t d = rank; d-- > 0;) {
            if (++index[d] < source.shape()[d]) {
                offset += source.strides()[d];
                break;
            }
            offset -= source.strides()[d] * (index[d] - 1);
            index[d] = 0;
        }
    }
}

template<typename T>
void storeAs(std::byte *out, double value)
{
    const T converted = static_cast<T>(value);
    std::memcpy(out, &converted, sizeof(T));
}

void storeDouble(std::byte *out, DType type, double value)
{
    switch (type) {
    case DType::Bool: out[0] = std::byte(value != 0.0 ? 1 : 0); break;
    case DType::Int8: storeAs<std::int8_t>(out, value); break;
    case DType::Int16: storeAs<std::int16_t>(out, value); break;
    case DType::Int32: storeAs<std::int32_t>(out, value); break;
    case DType::Int64: storeAs<std::int64_t>(out, value); break;
    case DType::UInt8: storeAs<std::uint8_t>(out, value); break;
    case DType::UInt16: storeAs<std::uint16_t>(out, value); break;
    case DType::UInt32: storeAs<std::uint32_t>(out, value); break;
    case DType::UInt64: storeAs<std::uint64_t>(out, value); break;
    case DType::Float32: storeAs<float>(out, value); break;
    case DType::Float64: storeAs<double>(out, value); break;
    case DType::Complex64: std::memset(out, 0, 8); storeAs<float>(out, value); break;
    case DType::Complex128: std::memset(out, 0, 16); storeAs<double>(out, value); break;
    case DType::Float16:
    case DType::BFloat16: throw std::logic_error("Tensor::to: conversion to 16-bit floats is not supported");
    }
}

} // namespace

Tensor Tensor::contiguous() const
{
    if (isNull() || isContiguous())
        return *this;
    Tensor result = zeros(m_dtype, m_shape);
    const std::size_t elementSize = dtypeSize(m_dtype);
    std::byte *out = result.mutableBytes();
    forEachElement(*this, [&](const std::byte *element, std::int64_t linear) {
        std::memcpy(out + static_cast<std::size_t>(linear) * elementSize, element, elementSize);
    });
    return result;
}

Tensor Tensor::to(DType type) const
{
    if (isNull())
        return *this;
    if (type == m_dtype)
        return contiguous();
    Tensor result = zeros(type, m_shape);
    const std::size_t elementSize = dtypeSize(type);
    std::byte *out = result.mutableBytes();
    forEachElement(*this, [&](const std::byte *element, std::int64_t linear) {
        storeDouble(out + static_cast<std::size_t>(linear) * elementSize, type, elementToDouble(element, m_dtype));
    });
    return result;
}

Eigen::MatrixXd Tensor::toMatrix() const
{
    if (ndim() != 2)
        throw AnalysisError("expected a 2-d array, got " + std::to_string(ndim()) + " dimensions");
    const Tensor doubles = to(DType::Float64);
    Eigen::MatrixXd matrix(dim(0), dim(1));
    const double *values = doubles.data<double>();
    for (Eigen::Index r = 0; r < matrix.rows(); ++r)
        for (Eigen::Index c = 0; c < matrix.cols(); ++c)
            matrix(r, c) = values[r * matrix.cols() + c];
    return matrix;
}

} // namespace core
