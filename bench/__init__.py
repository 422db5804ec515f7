"""Benchmarks and the synthetic corpus they run on; see bench/README.md."""
