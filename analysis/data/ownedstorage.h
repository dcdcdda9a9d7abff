#pragma once

#include "data/storage.h"

#include <memory>

namespace core {

/// Heap memory, zero-initialised.
class OwnedStorage final : public Storage
{
public:
    explicit OwnedStorage(std::size_t size);

    const std::byte *data() const override { return m_bytes.get(); }
    std::byte *mutableData() override { return m_bytes.get(); }
    std::size_t size() const override { return m_size; }

private:
    std::unique_ptr<std::byte[]> m_bytes;
    std::size_t m_size;
};

} // namespace core
