#!/usr/bin/python3
"""Trains a small tanh MLP on a synthetic 12-bit task and writes an InfoScope activation dump.

    /usr/bin/python3 tools/examples/train_mlp_dump.py OUTPUT [--npz] [--epochs 20]

Data: all 4096 12-bit patterns, bits mapped to -1/+1 floats (bit j of pattern i is (i >> j) & 1).
Label: 1 if w . x > 0 else 0, with w = numpy.random.default_rng(0).normal(size=12) (a fixed random
projection; no pattern lands exactly on the boundary).
Model: 12-10-7-5-4-3-2, layers fc1..fc5 are Linear + tanh, fc6 is Linear (2 logits); Adam, learning
rate 0.002, batch size 256, cross-entropy, torch.manual_seed(0), one CPU thread.
Dump: every layer's output on all 4096 patterns at step 0 (initialisation) and after each epoch,
plus inputs and labels; a folder at OUTPUT, or one deflated .npz with --npz.
"""
import argparse
import collections
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from infoscope_dump import ActivationRecorder  # noqa: E402

WIDTHS = [12, 10, 7, 5, 4, 3, 2]
LEARNING_RATE = 0.002
BATCH_SIZE = 256


def make_data():
    patterns = np.arange(4096)[:, None]
    bits = (patterns >> np.arange(12)[None, :]) & 1
    x = (2.0 * bits - 1.0).astype(np.float32)
    w = np.random.default_rng(0).normal(size=12)
    y = (x.astype(np.float64) @ w > 0).astype(np.int64)
    return torch.from_numpy(x), torch.from_numpy(y)


def make_model():
    blocks = collections.OrderedDict()
    for i, (n_in, n_out) in enumerate(zip(WIDTHS[:-1], WIDTHS[1:]), start=1):
        linear = torch.nn.Linear(n_in, n_out)
        last = i == len(WIDTHS) - 1
        blocks[f"fc{i}"] = linear if last else torch.nn.Sequential(linear, torch.nn.Tanh())
    return torch.nn.Sequential(blocks)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="dump folder, or .npz file with --npz")
    parser.add_argument("--npz", action="store_true",
                        help="write one deflated .npz instead of a folder")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()

    torch.set_num_threads(1)
    torch.manual_seed(0)
    x, y = make_data()
    model = make_model()
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    loss_fn = torch.nn.CrossEntropyLoss()
    layers = [f"fc{i}" for i in range(1, len(WIDTHS))]
    recorder = ActivationRecorder(
        model, layers, inputs=x, labels=y, step_unit="epoch",
        metadata={"model": "mlp-" + "-".join(map(str, WIDTHS)), "learning_rate": LEARNING_RATE,
                  "batch_size": BATCH_SIZE,
                  "extra": {"activation": "tanh", "optimizer": "adam",
                            "task": "sign of a fixed random projection of 12 +-1 bits"}})

    started = time.perf_counter()
    generator = torch.Generator().manual_seed(0)
    recorder.record(0)
    for epoch in range(1, args.epochs + 1):
        model.train()
        order = torch.randperm(len(x), generator=generator)
        for start in range(0, len(x), BATCH_SIZE):
            batch = order[start:start + BATCH_SIZE]
            optimizer.zero_grad()
            loss = loss_fn(model(x[batch]), y[batch])
            loss.backward()
            optimizer.step()
        recorder.record(epoch)
        with torch.no_grad():
            accuracy = (model(x).argmax(1) == y).float().mean().item()
        print(f"epoch {epoch:2d}  loss {loss.item():.4f}  accuracy {accuracy:.4f}")

    output = args.output
    if args.npz and not output.endswith(".npz"):
        output += ".npz"
    recorder.save(output, container="npz" if args.npz else "folder", compress=args.npz)
    print(f"wrote {len(recorder.steps)} steps x {len(layers)} layers to {os.path.abspath(output)} "
          f"in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
