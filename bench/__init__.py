"""Benchmarks: `make bench` / `optout bench`. Each reports ratios against a baseline measured
in the same run (raw Redis, bare Flask), because these machines are noisy."""
