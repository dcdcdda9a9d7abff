#include "data/ownedstorage.h"

#include "data/memorylimit.h"

namespace core {

namespace {

/// Every array InfoScope builds in memory passes here: the limit is checked before allocating.
std::size_t checked(std::size_t size)
{
    checkMaterialise(size);
    return size == 0 ? 1 : size;
}

} // namespace

OwnedStorage::OwnedStorage(std::size_t size)
    : m_bytes(new std::byte[checked(size)]())
    , m_size(size)
{}

} // namespace core
