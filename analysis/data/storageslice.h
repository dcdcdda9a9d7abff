#pragma once

#include "data/storage.h"

#include <memory>

namespace core {

/// A byte range of another storage (a stored zip member inside a memory-mapped archive).
/// Keeps the parent alive; read-only.
class StorageSlice final : public Storage
{
public:
    StorageSlice(std::shared_ptr<const Storage> parent, std::size_t offset, std::size_t size)
        : m_parent(std::move(parent))
        , m_offset(offset)
        , m_size(size)
    {}

    const std::byte *data() const override { return m_parent->data() + m_offset; }
    std::byte *mutableData() override { return nullptr; }
    std::size_t size() const override { return m_size; }
    bool isMapped() const override { return m_parent->isMapped(); }

private:
    std::shared_ptr<const Storage> m_parent;
    std::size_t m_offset;
    std::size_t m_size;
};

} // namespace core
