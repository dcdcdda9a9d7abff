#pragma once

#include <cstddef>

namespace core {

/// Bytes that back one or more Tensors. Either owned memory or a read-only memory-mapped file.
class Storage
{
public:
    virtual ~Storage() = default;
    virtual const std::byte *data() const = 0;
    /// Writable pointer, or nullptr for read-only storage (memory-mapped files).
    virtual std::byte *mutableData() = 0;
    virtual std::size_t size() const = 0;
    /// True if the bytes are a read-only mapping of a file.
    virtual bool isMapped() const { return false; }
};

} // namespace core
