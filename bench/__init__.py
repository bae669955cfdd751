"""Benchmarks and scale: a synthetic corpus with ground truth (generate.py) and the benchmark runner (run.py)."""
