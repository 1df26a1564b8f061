"""Run every benchmark: `make bench` (or `.venv/bin/python -m benchmarks`)."""

from benchmarks import bench_rules

bench_rules.main()
