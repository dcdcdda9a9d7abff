#pragma once

#include "data/storage.h"

#include <string>

namespace core {

/// A whole file mapped read-only into memory, so that opening a multi-GB array costs O(1).
/// Throws FormatError if the file cannot be opened or mapped.
class MappedFile final : public Storage
{
public:
    explicit MappedFile(const std::string &path);
    ~MappedFile() override;
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const std::byte *data() const override { return m_data; }
    std::byte *mutableData() override { return nullptr; }
    std::size_t size() const override { return m_size; }
    bool isMapped() const override { return true; }
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
    std::byte *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace core
