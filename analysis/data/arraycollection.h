#pragma once

#include "data/arrayinfo.h"
#include "data/tensor.h"

#include <map>
#include <string>
#include <vector>

namespace core {

/// A file or folder holding named arrays (.npz, .safetensors, HDF5, torch.save, a dump folder).
/// Opening reads only the index; load() reads, inflates or memory-maps one array on demand.
/// Implementations are immutable after construction and load() is safe to call from any thread.
class ArrayCollection
{
public:
    virtual ~ArrayCollection() = default;

    const std::string &path() const { return m_path; }
    const std::vector<ArrayInfo> &arrays() const { return m_arrays; }
    /// File-level metadata as text (safetensors __metadata__, HDF5 root attributes, checkpoint scalars).
    const std::map<std::string, std::string> &attributes() const { return m_attributes; }
    /// Groups of a hierarchical file (HDF5), including empty ones; empty for flat containers.
    const std::vector<std::string> &groups() const { return m_groups; }
    /// nullptr if there is no array of that name.
    const ArrayInfo *find(const std::string &name) const;

    /// Reads one array; throws FormatError naming the file and the member, or std::out_of_range.
    virtual Tensor load(const std::string &name) const = 0;

protected:
    explicit ArrayCollection(std::string path)
        : m_path(std::move(path))
    {}
    std::string m_path;
    std::vector<ArrayInfo> m_arrays;
    std::map<std::string, std::string> m_attributes;
    std::vector<std::string> m_groups;
};

} // namespace core
