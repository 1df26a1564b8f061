"""Run every benchmark: `make bench` (or `.venv/bin/python -m benchmarks`)."""

from benchmarks import bench_editor, bench_handout, bench_rules

bench_rules.main()
bench_editor.main()
bench_handout.main()
