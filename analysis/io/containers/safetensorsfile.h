#pragma once

#include "data/arraycollection.h"
#include "data/storage.h"

#include <memory>

namespace core {

/// A safetensors file: 8-byte little-endian header length, a JSON header, then the tensor bytes.
/// The whole file is memory-mapped; the header is validated against the file size before anything
/// else (every dtype, shape, offset pair, their consistency and that no two tensors overlap), so a
/// lying header is a FormatError, never an out-of-bounds read. load() returns a zero-copy view.
class SafetensorsFile final : public ArrayCollection
{
public:
    explicit SafetensorsFile(const std::string &path); ///< memory-maps; throws FormatError
    /// Parses an in-memory file (the fuzz target); throws FormatError.
    SafetensorsFile(const std::string &path, std::shared_ptr<Storage> bytes);
    Tensor load(const std::string &name) const override;

private:
    void parse();

    std::shared_ptr<Storage> m_bytes;
    std::uint64_t m_dataStart = 0;
    std::map<std::string, std::uint64_t> m_offsets; // tensor name -> byte offset in the file
};

} // namespace core
