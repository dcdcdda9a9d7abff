#pragma once

#include "data/dtype.h"
#include "data/storage.h"

#include <Eigen/Core>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace core {

/// An n-d array: shape, dtype, element strides and an offset into shared Storage (owned memory or
/// a memory-mapped file). Views share storage, so slicing and transposing copy nothing.
/// Invariant: every element addressed by shape/strides/offset lies inside the storage.
class Tensor
{
public:
    using Shape = std::vector<std::int64_t>;

    Tensor() = default;

    /// A new zero-filled, C-ordered tensor. Throws AnalysisError if the size overflows.
    static Tensor zeros(DType type, const Shape &shape);
    /// A view onto existing storage. `strides` are in elements; empty means C order.
    /// Throws std::invalid_argument if any element would fall outside the storage.
    static Tensor view(std::shared_ptr<Storage> storage, DType type, const Shape &shape,
                       std::vector<std::int64_t> strides = {}, std::size_t byteOffset = 0);
    /// A float64 (rows x cols) tensor copied from an Eigen matrix.
    static Tensor fromMatrix(const Eigen::Ref<const Eigen::MatrixXd> &matrix);

    bool isNull() const { return !m_storage; }
    DType dtype() const { return m_dtype; }
    const Shape &shape() const { return m_shape; }
    const std::vector<std::int64_t> &strides() const { return m_strides; }
    int ndim() const { return static_cast<int>(m_shape.size()); }
    std::int64_t dim(int axis) const { return m_shape.at(static_cast<std::size_t>(axis)); }
    std::int64_t numel() const;
    std::size_t nbytes() const { return static_cast<std::size_t>(numel()) * dtypeSize(m_dtype); }
    bool isContiguous() const;
    bool isMemoryMapped() const;

    /// Element at a full index, converted to double (real part for complex types).
    double valueAt(const std::vector<std::int64_t> &index) const;
    /// Pointer to the first element. Only meaningful together with strides().
    const std::byte *bytes() const;
    /// Typed pointer to the first element of a contiguous tensor; throws if dtype or layout differ.
    template<typename T>
    const T *data() const
    {
        checkAccess(sizeof(T));
        return reinterpret_cast<const T *>(bytes());
    }
    /// Writable typed pointer; only for owned, contiguous storage (throws otherwise).
    template<typename T>
    T *mutableData()
    {
        checkAccess(sizeof(T));
        return reinterpret_cast<T *>(mutableBytes());
    }

    /// View with `axis` fixed at `index` (one dimension fewer).
    Tensor select(int axis, std::int64_t index) const;
    /// View of `count` entries of `axis` starting at `start`, `step` apart (negative steps run
    /// backwards, as numpy's a[5:1:-2]). Throws std::out_of_range if an entry lies outside the axis.
    Tensor sliced(int axis, std::int64_t start, std::int64_t count, std::int64_t step) const;
    /// View with two axes swapped.
    Tensor transposed(int axis0, int axis1) const;
    /// Contiguous copy converted to another dtype (complex -> real keeps the real part).
    Tensor to(DType type) const;
    /// Contiguous copy in C order with the same dtype (returns *this if already contiguous).
    Tensor contiguous() const;

    /// Copies a 2-D tensor (any dtype) into a double matrix.
    Eigen::MatrixXd toMatrix() const;

    /// Writable pointer to the first element; throws for read-only (memory-mapped) storage.
    std::byte *mutableBytes();

private:
    void checkAccess(std::size_t elementSize) const;
    std::int64_t byteOffsetOf(const std::vector<std::int64_t> &index) const;

    std::shared_ptr<Storage> m_storage;
    DType m_dtype = DType::Float64;
    Shape m_shape;
    std::vector<std::int64_t> m_strides; // in elements
    std::size_t m_byteOffset = 0;
};

/// Number of elements of a shape; throws AnalysisError on negative dimensions or 64-bit overflow.
std::int64_t checkedElementCount(const Tensor::Shape &shape);
/// C-order element strides for a shape.
std::vector<std::int64_t> contiguousStrides(const Tensor::Shape &shape);
/// Fortran-order (column-major) element strides for a shape.
std::vector<std::int64_t> fortranStrides(const Tensor::Shape &shape);
/// "C", "F" or "strided": how element strides lay out a shape (C wins for 0-1 dims and size-1 axes).
std::string stridesOrder(const Tensor::Shape &shape, const std::vector<std::int64_t> &strides);

} // namespace core
