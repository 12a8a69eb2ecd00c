"""Starts `clusternet serve` on a free port and reads the address it prints; shared by the browser
test and the load test."""
import os
import signal
import subprocess


class Server:
    def __init__(self, binary, database, *extra):
        env = dict(os.environ)
        env.pop("CLUSTERNET_DB", None)
        self.process = subprocess.Popen([binary, "serve", "--port", "0", "--db", database, *extra],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        line = self.process.stdout.readline()
        if "http://" not in line:
            self.process.kill()
            raise RuntimeError(f"serve printed no address: {line!r} {self.process.stderr.read()}")
        self.address = line[line.index("http://"):].strip()

    def stop(self):
        """SIGTERM, as a service manager stops it; the exit status."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)


def demo_store(binary, root, directory):
    """Runs `clusternet demo` into `directory` and returns the store's path."""
    output = os.path.join(directory, "demo")
    subprocess.run([binary, "demo", "--output", output, "--data", os.path.join(root, "Graphs")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(output, "clusternet.sqlite")
