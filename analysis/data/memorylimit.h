#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace core {

/// One allocation of array data (decoding, inflating, converting or copying an array) would exceed
/// the limit: a hostile file (a deflate bomb, a stride-0 view of 10⁹ rows, an image whose header
/// claims 30000²) must not eat the machine. Thrown before anything is allocated.
class MemoryLimitError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// This machine's physical memory in bytes (0 if unknown).
std::uint64_t physicalMemory();
/// The most bytes one array may be materialised into: by default half the physical memory (8 GiB if
/// unknown); the CLI's --max-memory sets it. Thread-safe.
std::uint64_t materialiseLimit();
/// 0 restores the default.
void setMaterialiseLimit(std::uint64_t bytes);
/// Throws MemoryLimitError naming `what` if `bytes` exceeds the limit.
void checkMaterialise(std::uint64_t bytes, const std::string &what = "one array");

/// "512M", "4G", "1.5T", "123456" (bytes) or "25%" of physical memory; false if malformed.
bool parseByteSize(const std::string &text, std::uint64_t *bytes);
/// "1.5 GiB", "512 MiB", "12 KiB", "100 B".
std::string byteSizeText(std::uint64_t bytes);

} // namespace core
