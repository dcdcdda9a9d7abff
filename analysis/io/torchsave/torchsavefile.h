#pragma once

#include "data/arraycollection.h"
#include "io/torchsave/picklevalue.h"
#include "io/zip/ziparchive.h"

#include <map>

namespace core {

/// A file written by torch.save (zip format, PyTorch >= 1.6): a tensor, a dict of tensors, a
/// state_dict or a training checkpoint. data.pkl is decoded by the RestrictedUnpickler; tensors
/// become arrays named by their key path ("model_state_dict/0.weight"; a lone tensor is "tensor"),
/// scalars and strings become attributes. Views keep their own offset and strides into the shared,
/// memory-mapped storage, so nothing is copied. Throws FormatError.
class TorchSaveFile final : public ArrayCollection
{
public:
    explicit TorchSaveFile(const std::string &path);
    Tensor load(const std::string &name) const override;

    /// Checks every tensor of a TorchScript archive (torch.jit.save) against its storage record as
    /// torch.save files are checked (the record holds the bytes its elements need; every view lies
    /// inside it), before LibTorch reads the archive, which trusts the records and would read past a
    /// shortened one. Throws FormatError for a violation; an archive this reader cannot decode is left
    /// to LibTorch's own errors.
    static void checkTorchScriptStorages(const std::string &path);

    /// The decoded top-level object (for tests and the browser).
    const PickleValue &root() const { return m_root; }

private:
    TorchSaveFile(const std::string &path, bool scriptObjects);
    void flatten(const PickleValue &value, const std::string &name, int depth);

    ZipArchive m_zip;
    std::string m_prefix; // "<archive>/"
    PickleValue m_root;
    std::map<std::string, PickleValue> m_tensors;
};

/// How a zip archive written by PyTorch should be read.
enum class TorchArchiveKind { NotTorch, Pickle, TorchScript };
/// Looks at the member names only (TorchScript archives carry code/ and constants.pkl).
TorchArchiveKind torchArchiveKind(const ZipArchive &zip);

} // namespace core
