#pragma once

#include "registry/dataobject.h"

#include <string>
#include <utility>

namespace core {

class Registry;

/// Reads "PATH" or "PATH::ARRAY": the second form loads one array of a collection (.npz, HDF5,
/// safetensors, torch.save, a dump folder) as a plain Tensor, e.g. "run.npz::activations/fc1/000003".
/// Throws FormatError (unreadable file, or no such array: the message lists a few that exist).
DataObject readSelection(const Registry &registry, const std::string &spec);

/// Splits "PATH::ARRAY" into {PATH, ARRAY}; {spec, ""} when there is no "::" or `spec` itself exists
/// (a file whose name contains "::").
std::pair<std::string, std::string> splitSelection(const std::string &spec);

/// One array of an opened collection as a Tensor DataObject ("SOURCE::ARRAY" as its source).
DataObject selectArray(const DataObject &data, const std::string &name);

} // namespace core
