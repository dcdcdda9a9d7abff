#pragma once

#include "data/ownedstorage.h"

#include <cstdint>
#include <cstring>
#include <memory>

// Copies libFuzzer's input into an exactly-sized heap buffer, so AddressSanitizer sees any read past it.
inline std::shared_ptr<core::OwnedStorage> fuzzStorage(const std::uint8_t *data, std::size_t size)
{
    auto storage = std::make_shared<core::OwnedStorage>(size);
    if (size)
        std::memcpy(storage->mutableData(), data, size);
    return storage;
}
