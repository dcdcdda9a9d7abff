#include "data/ownedstorage.h"

namespace core {

OwnedStorage::OwnedStorage(std::size_t size)
    : m_bytes(new std::byte[size == 0 ? 1 : size]())
    , m_size(size)
{}

} // namespace core
