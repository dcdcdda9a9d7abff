#pragma once

#include "io/torchsave/picklevalue.h"

#include <cstddef>
#include <string>

namespace core {

/// Decodes the data.pkl of a torch.save archive without Python and without running anything: it
/// implements only the opcodes such files use (protocols 2-5) and accepts only these globals:
/// collections.OrderedDict, torch._utils._rebuild_tensor_v2, torch._utils._rebuild_parameter and the
/// torch.*Storage types. Any other global (os.system, builtins.eval, a user class) is refused with a
/// FormatError that names it, which is what keeps a malicious .pt from executing code. Sizes, stack
/// depth and memo are bounded by the input length, so hostile input cannot exhaust memory.
class RestrictedUnpickler
{
public:
    /// `scriptObjects`: also accept the __torch__.* classes of a TorchScript archive's data.pkl,
    /// as plain dicts of their state (EMPTY_TUPLE NEWOBJ then BUILD), so that its tensors can be
    /// checked against their storages before LibTorch reads it. Nothing is instantiated either way.
    RestrictedUnpickler(std::string path, const std::byte *data, std::size_t size, bool scriptObjects = false);
    /// Runs to the STOP opcode; throws FormatError.
    PickleValue load();

private:
    std::string m_path;
    const std::byte *m_data;
    std::size_t m_size;
    bool m_scriptObjects;
};

} // namespace core
