"""Records layer activations of a PyTorch model and writes them as an InfoScope activation dump.

The layout is the one in docs/dump-format.md: activations/<layer>/<step>, inputs, labels and
weights/<layer>/<step> arrays plus a manifest, in a folder of .npy files or one .npz file.
Needs only torch and numpy.

    recorder = ActivationRecorder(model, ["fc1", "fc2"], inputs=x, labels=y,
                                  metadata={"model": "mlp", "learning_rate": 1e-3})
    recorder.record(0)                        # the model's outputs on x before training
    for epoch in range(1, epochs + 1):
        train_one_epoch(model)
        recorder.record(epoch)
    recorder.save("run1")                     # run1/manifest.json, run1/activations/...
    recorder.save("run1.npz", compress=True)  # one deflated .npz
"""
import io
import json
import os
import re
import zipfile

import numpy as np
import torch

FORMAT = "infoscope-dump"
VERSION = 1
_LAYER_NAME = re.compile(r"^[A-Za-z0-9_.\-]+$")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class ActivationRecorder:
    """Keeps each recorded layer's output on a fixed set of N samples, as float32, per step.

    model: the torch.nn.Module to run.
    layers: {name: submodule} or a list of submodule names (as in model.named_modules()), in order
        from input to output. Names may use letters, digits, "_", "-" and ".".
    inputs: the N fixed samples (tensor or array); the first dimension is N. Saved as "inputs".
    labels: optional N integer class labels. Saved as "labels" (int64).
    step_unit: "epoch" or "iteration".
    metadata: optional manifest members "model", "learning_rate", "batch_size" and "extra"; any
        other key goes into "extra".
    weights: optional layer names whose module's .weight is saved as weights/<layer>/<step>.
    chunk_size: run the inputs through the model this many samples at a time (default: all at once).
    """

    def __init__(self, model, layers, inputs, labels=None, step_unit="epoch", metadata=None,
                 weights=None, chunk_size=None):
        if step_unit not in ("epoch", "iteration"):
            raise ValueError(f"step_unit must be 'epoch' or 'iteration', not {step_unit!r}")
        self.model = model
        if isinstance(layers, dict):
            self.layers = dict(layers)
        else:
            modules = dict(model.named_modules())
            missing = [name for name in layers if name not in modules]
            if missing:
                raise KeyError(f"no submodule named {', '.join(missing)} in the model")
            self.layers = {name: modules[name] for name in layers}
        if not self.layers:
            raise ValueError("no layers to record")
        for name, module in self.layers.items():
            if not _LAYER_NAME.match(name) or set(name) == {"."}:
                raise ValueError(f"layer name {name!r}: use letters, digits, '_', '-', '.'"
                                 " (not only dots)")
            if not isinstance(module, torch.nn.Module):
                raise TypeError(f"layer {name!r} is not a torch.nn.Module")
        self.inputs = torch.as_tensor(inputs)
        if self.inputs.dim() == 0:
            raise ValueError("inputs need a sample dimension")
        self.count = self.inputs.shape[0]
        self.labels = None
        if labels is not None:
            labels = torch.as_tensor(labels)
            if labels.shape != (self.count,):
                raise ValueError(f"labels need shape ({self.count},), not {tuple(labels.shape)}")
            if labels.is_floating_point() or labels.is_complex():
                raise ValueError("labels must be integer class labels")
            self.labels = labels.detach().cpu().numpy().astype(np.int64)
        self.step_unit = step_unit
        self.metadata = dict(metadata or {})
        self.weights = list(weights or [])
        for name in self.weights:
            weight = getattr(self.layers.get(name), "weight", None)
            if not isinstance(weight, torch.Tensor):
                raise ValueError(f"weights: {name!r} is not a recorded layer with a .weight")
        self.chunk_size = chunk_size or self.count
        self.steps = []
        self.arrays = {}  # array name -> numpy array, in recording order

    def record(self, step):
        """Runs the model on the fixed inputs in eval mode under torch.no_grad() and stores every
        layer's output for this step. Training modes are restored afterwards."""
        step = int(step)
        if step < 0:
            raise ValueError("steps are non-negative integers")
        if step in self.steps:
            raise ValueError(f"step {step} is already recorded")
        outputs = {name: [] for name in self.layers}
        calls = {name: 0 for name in self.layers}

        def hook_for(name):
            def hook(module, args, output):
                if not isinstance(output, torch.Tensor):
                    kind = type(output).__name__
                    raise TypeError(f"layer {name!r} returned {kind}, not a tensor")
                calls[name] += 1
                outputs[name].append(output.detach().to("cpu", torch.float32))
            return hook

        modes = [(module, module.training) for module in self.model.modules()]
        parameter = next(self.model.parameters(), None)
        device = parameter.device if parameter is not None else torch.device("cpu")
        handles = [module.register_forward_hook(hook_for(name))
                   for name, module in self.layers.items()]
        try:
            self.model.eval()
            with torch.no_grad():
                for start in range(0, self.count, self.chunk_size):
                    before = dict(calls)
                    self.model(self.inputs[start:start + self.chunk_size].to(device))
                    for name in self.layers:
                        runs = calls[name] - before[name]
                        if runs != 1:
                            raise RuntimeError(f"layer {name!r} ran {runs} times in one forward"
                                               " pass; record a module that runs exactly once")
        finally:
            for handle in handles:
                handle.remove()
            for module, training in modes:
                module.training = training
        for name in self.layers:
            activation = torch.cat(outputs[name]).numpy()
            if activation.shape[0] != self.count:
                raise RuntimeError(f"layer {name!r} output has {activation.shape[0]} rows"
                                   f" for {self.count} samples")
            self.arrays[f"activations/{name}/{step:06d}"] = activation
        for name in self.weights:
            weight = self.layers[name].weight.detach().cpu().numpy().copy()
            self.arrays[f"weights/{name}/{step:06d}"] = weight
        self.steps.append(step)

    def manifest(self):
        """The manifest as a dict, as save() writes it."""
        extra = dict(self.metadata.get("extra") or {})
        extra.update({k: v for k, v in self.metadata.items()
                      if k not in ("model", "learning_rate", "batch_size", "extra")})
        manifest = {"format": FORMAT, "version": VERSION, "model": self.metadata.get("model"),
                    "step_unit": self.step_unit, "layers": list(self.layers),
                    "steps": sorted(self.steps),
                    "learning_rate": self.metadata.get("learning_rate"),
                    "batch_size": self.metadata.get("batch_size"), "extra": extra}
        return {k: v for k, v in manifest.items() if v is not None and v != {}}

    def all_arrays(self):
        """Every array name and numpy array save() writes."""
        arrays = {"inputs": self.inputs.detach().cpu().numpy()}
        if self.labels is not None:
            arrays["labels"] = self.labels
        arrays.update(self.arrays)
        return arrays

    def save(self, path, container=None, compress=False):
        """Writes the dump: container "folder" (manifest.json + <name>.npy files below path) or
        "npz" (one zip with <name>.npy members and manifest.json; compress=True deflates them).
        Without container, a path ending in .npz means "npz", anything else "folder"."""
        if container is None:
            container = "npz" if str(path).endswith(".npz") else "folder"
        if not self.steps:
            raise ValueError("nothing recorded yet")
        members = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in self.manifest().items()]
        manifest = "{\n" + ",\n".join(members) + "\n}\n"
        if container == "folder":
            os.makedirs(path, exist_ok=True)
            for name, array in self.all_arrays().items():
                target = os.path.join(path, *name.split("/")) + ".npy"
                os.makedirs(os.path.dirname(target), exist_ok=True)
                np.save(target, array, allow_pickle=False)
            with open(os.path.join(path, "manifest.json"), "w", encoding="utf-8") as out:
                out.write(manifest)
        elif container == "npz":
            method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            with zipfile.ZipFile(path, "w", method) as archive:
                for name, array in self.all_arrays().items():
                    info = zipfile.ZipInfo(name + ".npy", _ZIP_TIME)
                    info.compress_type = method
                    large = array.nbytes + 4096 > zipfile.ZIP64_LIMIT
                    with archive.open(info, "w", force_zip64=large) as member:
                        np.lib.format.write_array(member, np.ascontiguousarray(array),
                                                  allow_pickle=False)
                info = zipfile.ZipInfo("manifest.json", _ZIP_TIME)
                info.compress_type = method
                archive.writestr(info, manifest.encode("utf-8"))
        else:
            raise ValueError(f"container must be 'folder' or 'npz', not {container!r}")
        return path


def read_dump(path):
    """Reads a folder or .npz dump back: (manifest dict, {array name: numpy array})."""
    arrays = {}
    if os.path.isdir(path):
        with open(os.path.join(path, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        for root, _, files in os.walk(path):
            for file in files:
                if file.endswith(".npy"):
                    name = os.path.relpath(os.path.join(root, file), path)[:-4].replace(os.sep, "/")
                    arrays[name] = np.load(os.path.join(root, file), allow_pickle=False)
        return manifest, arrays
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
        for name in archive.namelist():
            if name.endswith(".npy"):
                data = io.BytesIO(archive.read(name))
                arrays[name[:-4]] = np.lib.format.read_array(data, allow_pickle=False)
    return manifest, arrays
