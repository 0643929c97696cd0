"""The README's two commands exist and CI runs the test one."""
from conftest import REPO


def readme_command(marker: str) -> str:
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    at = lines.index(f"<!-- {marker} -->")
    assert lines[at + 1] == "```bash"
    return lines[at + 2]


def test_readme_has_serve_and_test_commands():
    assert "pip install" in readme_command("serve-command") and "parksearch serve" in readme_command("serve-command")
    assert "pip install" in readme_command("test-command") and "pytest" in readme_command("test-command")


def test_ci_runs_the_readme_test_command():
    assert "test-command" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_ci_installs_chromium_before_the_tests():
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "command -v chromium" in run and "apt-get install" in run and "fonts-noto-cjk" in run
    assert run.index("apt-get install") < run.index('bash -euo pipefail -c "$cmd"')
    assert 'CI="${CI:-true}"' in run  # so a missing browser fails the browser tests rather than skipping them
