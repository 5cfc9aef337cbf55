"""The suite's watchdog (tests/watchdog.py): a test hung past its timeout, teardown included, ends
its worker with every thread's stack in the run's output, and the run goes on to the end."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

HUNG = '''
import subprocess, sys, time
import pytest

@pytest.mark.timeout(2)
def test_hangs_in_teardown(request):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    request.addfinalizer(child.wait)  # waits for ever: pytest-timeout has already fired once
    time.sleep(5)

def test_same_file_after_it():
    pass
'''
OTHER = '''
def test_a():
    pass

def test_b():
    pass
'''


@pytest.mark.timeout(240)
def test_a_test_hung_in_teardown_ends_its_worker_loudly_and_the_run_finishes(tmp_path):
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.watchdog"]\n')
    (tmp_path / "test_hung.py").write_text(HUNG)
    (tmp_path / "test_other.py").write_text(OTHER)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, DOCFLOW_WATCHDOG_GRACE="3", PYTHONPATH=str(root))
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "2", "--dist", "loadfile",
                          "-o", "timeout=300", str(tmp_path)], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=200)
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "+++ watchdog: test_hung.py::test_hangs_in_teardown still running" in out, out
    assert "in _expire" in out  # the stacks were written
    assert "Timeout (>2.0s) from pytest-timeout" in out
    assert "crashed while running 'test_hung.py::test_hangs_in_teardown'" in out
    # the crashed test is not run again; the rest of its file and the other file ran
    assert "3 passed" in out and "2 failed" in out, out


@pytest.mark.timeout(240)
def test_a_run_past_the_suite_limit_names_where_each_process_is_and_ends(tmp_path):
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.watchdog"]\n')
    (tmp_path / "test_slow.py").write_text("import time\n\ndef test_slow():\n    time.sleep(120)\n\ndef test_quick():\n    pass\n")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, DOCFLOW_SUITE_LIMIT="20", PYTHONPATH=str(root))
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "2", "-o", "timeout=300",
                          str(tmp_path)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=100)
    out = run.stdout + run.stderr
    assert run.returncode == 2, out  # interrupted
    assert "+++ watchdog: the run has gone on for 20 s" in out, out
    assert "test_slow (test_slow.py:4)" in out, out  # the worker's stack names the test it is in
