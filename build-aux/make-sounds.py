#!/usr/bin/env python3
# build-aux/make-sounds.py — writes the guided player's short cue tones to
# data/sounds/: a soft tick for the last seconds of a hold, a two-note chime
# at the end of a hold and a rising three-note call for the side switch.
#
# Copyright 2026 The Footing authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The tones are made here from sine waves with the standard library only, so
# anyone can change and remake them: build-aux/make-sounds.py [OUTPUT_DIR]

import math
import os
import struct
import sys
import wave

RATE = 22050
PEAK = 0.5  # of full scale: gentle, with room for the speaker


def note(freq, seconds, attack=0.008, decay=6.0, harmonics=((1, 1.0), (2, 0.18), (3, 0.05))):
    """A soft bell-like note: a quick rise, then an exponential fade."""
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, t / attack) * math.exp(-decay * t)
        # A short fade at the very end so the note never clicks off.
        tail = min(1.0, (n - i) / (RATE * 0.01))
        value = sum(level * math.sin(2 * math.pi * freq * k * t) for k, level in harmonics)
        out.append(value * env * tail)
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def mix(*parts):
    """Lays (offset_seconds, samples) parts over each other."""
    length = max(int(offset * RATE) + len(samples) for offset, samples in parts)
    out = [0.0] * length
    for offset, samples in parts:
        start = int(offset * RATE)
        for i, value in enumerate(samples):
            out[start + i] += value
    return out


def normalize(samples, peak=PEAK):
    top = max(abs(v) for v in samples) or 1.0
    return [v * peak / top for v in samples]


def write(path, samples):
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(round(v * 32767))) for v in samples))


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "sounds")
    os.makedirs(folder, exist_ok=True)

    # A short, muted wooden tick, quieter than the chimes.
    tick = normalize(note(880, 0.09, attack=0.002, decay=45.0,
                          harmonics=((1, 1.0), (2.01, 0.25))), PEAK * 0.55)

    # Two notes falling a fourth apart (E6 to B5): "done, rest".
    chime = normalize(mix((0.0, note(1318.5, 0.55, decay=7.0)),
                          (0.16, note(987.8, 0.75, decay=5.0))))

    # Three notes rising (G5, C6, E6): "turn round, the other side".
    switch = normalize(mix((0.0, note(784.0, 0.35, decay=9.0)),
                           (0.12, note(1046.5, 0.35, decay=9.0)),
                           (0.24, note(1318.5, 0.6, decay=6.0))))

    for name, samples in (("tick", tick), ("hold-end", chime), ("side-switch", switch)):
        path = os.path.join(folder, name + ".wav")
        write(path, samples)
        print("sounds: %s (%.2f s)" % (os.path.normpath(path), len(samples) / RATE))


if __name__ == "__main__":
    main()
