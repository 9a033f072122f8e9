#!/usr/bin/python3
"""Driftwatch sweep benchmark. Starts the lab fleet in a process of its own, points the daemon at it through the
fleet's ordinary inventory file, runs sweeps and prints what they cost, beside the seed's Python thread pool.

Usage: bench/run.sh                                   the standard scenarios
       bench/run.sh sweep N LATENCY_MS CONCURRENCY     one scenario
       bench/run.sh history [N [DAYS]]                  a year of history at N routers (default 10000, 365)
       bench/run.sh soak [N [SWEEPS]]                   heap over back-to-back sweeps (default 1000, 100)
       bench/run.sh hostile [N [DEADLINE_S]]            issue 11's 'Done when' on a hostile fleet (default 300, 20);
                                                        exits non-zero, naming each failed check, when one fails
       bench/run.sh cluster [N [LATENCY_MS [CONCURRENCY]]]
                                                        1, 2 and 3 replicas on one PostgreSQL, then a kill -9 of one
                                                        (default 600, 500, 20); exits non-zero like hostile. Uses
                                                        BENCH_PG_URL, BENCH_PG_USER, BENCH_PG_PASSWORD when set,
                                                        else starts a PostgreSQL of its own
       bench/run.sh servers [N [LATENCY_MS [CONCURRENCY]]]
                                                        the lab's MINA SSHD and asyncssh (bench/asyncssh_fleet.py),
                                                        each with ed25519, ecdsa, rsa and mix host keys, beside the
                                                        paramiko pool (default 300, 500, 300); exits non-zero like
                                                        hostile
See the README's "Benchmark" section."""
import json
import math
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import base64

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
OUT = os.path.join(ROOT, "bench", "out")
HTTP = "http://127.0.0.1:18080"
# The daemon refuses passwords under 12 characters outside the lab and test profiles.
BENCH_PASSWORD = "bench-operator-password"
AUTH = "Basic " + base64.b64encode(("bench:" + BENCH_PASSWORD).encode()).decode()
CORES = os.cpu_count()
TICK = os.sysconf("SC_CLK_TCK")
# The README's "Sizing" settings for up to 10,000 routers, the largest fleet the benchmark runs; the environment
# variables replace them (BENCH_DAEMON_OPTS="" for the JVM's own collector and both JIT compilers).
DAEMON_HEAP = os.environ.get("BENCH_DAEMON_HEAP", "192m")
DAEMON_OPTS = os.environ.get("BENCH_DAEMON_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1").split()
DAEMON_JVM = [f"-Xmx{DAEMON_HEAP}", *DAEMON_OPTS]
# glibc's malloc keeps an arena per thread that ever allocated, which RSS pays for; the Sizing's run command sets two.
DAEMON_ENV = {**os.environ, "MALLOC_ARENA_MAX": os.environ.get("MALLOC_ARENA_MAX", "2")}


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def status_kib(pid, key):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def http(method, path, body=None, base=None):
    """A call to the daemon's API; base names another daemon than HTTP (a replica of the cluster run)."""
    request = urllib.request.Request((base or HTTP) + path, method=method, data=body,
                                     headers={"Authorization": AUTH, "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def wait_until(check, limit, what):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        try:
            if check():
                return
        except Exception:
            pass
        time.sleep(0.2)
    raise SystemExit(f"benchmark: {what} not ready within {limit} s")


class HeapSampler:
    """Samples the daemon's used heap with jstat (reads the JVM's perf counters; no agent, no safepoint)."""

    def __init__(self, pid):
        self.peak_kib = 0.0
        self.process = subprocess.Popen(["jstat", "-gc", str(pid), "250"], stdout=subprocess.PIPE, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        header = None
        for line in self.process.stdout:
            columns = line.split()
            if columns and columns[0] == "S0C":
                header = columns
                continue
            if header and len(columns) == len(header):
                row = dict(zip(header, columns))
                used = sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU") if k in row)
                self.peak_kib = max(self.peak_kib, used)

    def reset(self):
        self.peak_kib = 0.0

    def stop(self):
        self.process.terminate()


def heap_after_gc(pid):
    """The daemon's live heap in MiB: a full GC (jcmd), then what jstat sees used."""
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True)
    gc = subprocess.run(["jstat", "-gc", str(pid)], capture_output=True, text=True).stdout.split("\n")
    row = dict(zip(gc[0].split(), gc[1].split()))
    return sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU")) / 1024


def start_lab(devices, latency_ms, directory, extra=(), base_port=20000):
    return start_fleet(["java", "-Xmx1g", "-jar", JAR, "lab", "--devices", str(devices), "--latency",
                        f"{latency_ms}ms", "--base-port", str(base_port), "--dir", directory, *extra], "lab fleet")


def start_asyncssh_fleet(devices, latency_ms, directory, host_key, base_port):
    """bench/asyncssh_fleet.py: the same kind of inventory as the lab's, served by asyncssh instead of MINA."""
    return start_fleet(["/usr/bin/python3", os.path.join(ROOT, "bench", "asyncssh_fleet.py"), "--devices",
                        str(devices), "--latency-ms", str(latency_ms), "--base-port", str(base_port), "--dir",
                        directory, "--host-key", host_key, "--key-cache", os.path.join(OUT, "asyncssh-rsa-keys")],
                       "asyncssh fleet (apt-get install -y python3-asyncssh)")


def start_fleet(command, what):
    """Starts a fleet that prints a line with "ready" once it listens, and drains what it prints after."""
    fleet = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    line = fleet.stdout.readline()
    if "ready" not in line:
        raise SystemExit(f"benchmark: {what} did not start: " + line + fleet.stdout.read())
    threading.Thread(target=lambda: [None for _ in fleet.stdout], daemon=True).start()
    return fleet


def start_daemon(inventory, concurrency, directory, extra=()):
    # Appended to: a restarted daemon (the hostile run's kill -9) keeps the first one's log beside its own.
    log = open(os.path.join(directory, "daemon.log"), "a")
    daemon = subprocess.Popen(["java", *DAEMON_JVM,
                               f"-Ddriftwatch.inventory.path={inventory}",
                               "-Ddriftwatch.sweep.cron=off",
                               f"-Ddriftwatch.sweep.max-concurrency={concurrency}",
                               f"-Dquarkus.datasource.jdbc.url=jdbc:h2:file:{directory}/db/driftwatch",
                               "-Dquarkus.http.port=18080",
                               "-Dquarkus.security.users.embedded.users.bench=" + BENCH_PASSWORD,
                               "-Dquarkus.security.users.embedded.roles.bench=operator",
                               *extra, "-jar", JAR], stdout=log, stderr=subprocess.STDOUT, env=DAEMON_ENV)
    wait_until(lambda: http("GET", "/q/health/ready")["status"] == "UP", 120, "daemon")
    return daemon


def sweep():
    # Every look is a request the daemon serves, and its CPU counts as the sweep's: at ten a second they were 4% of a
    # steady sweep's samples. The wall time comes from the sweep's own timestamps, so looking less often costs none.
    return sweep_within(math.inf, pause=0.5)


def seconds(result):
    from datetime import datetime
    parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
    return (parse(result["finishedAt"]) - parse(result["startedAt"])).total_seconds()


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()


def commands():
    listing = subprocess.run(["java", "-jar", JAR, "platforms"], capture_output=True, text=True, check=True).stdout
    return dict(line.split("\t") for line in listing.splitlines())


def peer(inventory, workers=None, limit=None):
    args = ["/usr/bin/python3", os.path.join(ROOT, "bench", "peer.py"), "--inventory", inventory,
            "--commands", json.dumps(commands())]
    if workers:
        args += ["--workers", str(workers)]
    if limit:
        args += ["--limit", str(limit)]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        lines = run.stderr.strip().splitlines()
        return {"workers": workers, "error": lines[-1] if lines else f"exit {run.returncode}"}
    return json.loads(run.stdout)


def measure_sweeps(daemon, fleet, devices, latency_ms, concurrency, warm_up, steady):
    """Sweeps warm_up + steady times; returns (and prints) a row for the first sweep, the second and the mean of the
    last `steady`, with the daemon's and the fleet's CPU and the daemon's peak heap."""
    sampler = HeapSampler(daemon.pid)
    rows = []
    totals = {"wall": 0.0, "daemon": 0.0, "fleet": 0.0, "heap": 0.0}
    for n in range(1, warm_up + steady + 1):
        sampler.reset()
        cpu_daemon, cpu_fleet = cpu_seconds(daemon.pid), cpu_seconds(fleet.pid)
        result = sweep()
        wall = seconds(result)
        daemon_cpu = cpu_seconds(daemon.pid) - cpu_daemon
        fleet_cpu = cpu_seconds(fleet.pid) - cpu_fleet
        if n > warm_up:
            totals["wall"] += wall
            totals["daemon"] += daemon_cpu
            totals["fleet"] += fleet_cpu
            totals["heap"] = max(totals["heap"], sampler.peak_kib)
            if n < warm_up + steady:
                continue
            label = f"steady (mean of sweeps {warm_up + 1}-{n})"
            wall, daemon_cpu, fleet_cpu = (totals[k] / steady for k in ("wall", "daemon", "fleet"))
            sampler.peak_kib = totals["heap"]
            after_gc = heap_after_gc(daemon.pid)
        elif n <= 2:
            label = {1: "first (pins host keys)", 2: "second"}[n]
        else:
            continue
        latency_bound = math.ceil(devices / concurrency) * latency_ms / 1000
        cpu_bound = (daemon_cpu + fleet_cpu) / CORES
        bound = max(latency_bound, cpu_bound)
        rows.append({
            "sweep": label, "devices": devices, "ok": result["ok"], "concurrency": concurrency,
            "latency_ms": latency_ms, "wall_s": round(wall, 2), "devices_per_s": round(devices / wall, 1),
            "latency_bound_s": round(latency_bound, 2), "cpu_bound_s": round(cpu_bound, 2),
            "ratio": round(wall / bound, 2), "daemon_cpu_s": round(daemon_cpu, 2),
            "fleet_cpu_s": round(fleet_cpu, 2), "daemon_cpu_ms_per_device": round(daemon_cpu * 1000 / devices, 2),
            "peak_heap_mib": round(sampler.peak_kib / 1024), "peak_rss_mib": round(status_kib(daemon.pid, "VmHWM") / 1024),
            "heap_after_gc_mib": round(after_gc) if n > warm_up else None, "rows_written": result["rowsWritten"]})
        print_row(rows[-1])
    sampler.stop()
    return rows


def run_peer(inventory, fleet, workers=None, limit=None):
    """peer.py on the fleet, with the fleet's CPU meanwhile and the figures per device; printed."""
    before = cpu_seconds(fleet.pid)
    result = peer(inventory, workers, limit)
    if "error" in result:
        print(f"  python ThreadPoolExecutor+paramiko failed: {json.dumps(result)}", flush=True)
        return result
    result["fleet_cpu_s"] = round(cpu_seconds(fleet.pid) - before, 2)
    result["cpu_ms_per_device"] = round(result["cpu"] * 1000 / result["devices"], 2)
    result["devices_per_s"] = round(result["devices"] / result["wall"], 1)
    print(f"  python ThreadPoolExecutor+paramiko: {json.dumps(result)}", flush=True)
    return result


def run_sweeps(devices, latency_ms, concurrency, with_peer=True):
    directory = os.path.join(OUT, f"n{devices}-l{latency_ms}-c{concurrency}")
    subprocess.run(["rm", "-rf", directory])
    os.makedirs(directory)
    lab = start_lab(devices, latency_ms, os.path.join(directory, "lab"))
    inventory = os.path.join(directory, "lab", "inventory.yaml")
    daemon = None
    try:
        daemon = start_daemon(inventory, concurrency, directory)
        # The first sweep pins every host key and runs on a cold JIT. A daemon sweeps for months, so the steady
        # state is the mean of a few sweeps made once the JIT has seen about 20,000 polls, whatever the fleet's size.
        rows = measure_sweeps(daemon, lab, devices, latency_ms, concurrency, max(2, math.ceil(20000 / devices)),
                              max(2, math.ceil(5000 / devices)))
        stop(daemon)
        daemon = None
        if with_peer:
            for workers, limit in ((None, min(devices, 200)), (concurrency, None)):
                result = run_peer(inventory, lab, workers, limit)
                rows.append({"peer": result})
                if "error" in result:
                    continue
                if workers == concurrency:
                    steady = rows[2]
                    print(f"  side by side at concurrency {concurrency}, {devices} routers: daemon {steady['wall_s']} s"
                          f" and {steady['daemon_cpu_ms_per_device']} ms CPU/device, python {result['wall']} s and"
                          f" {result['cpu_ms_per_device']} ms CPU/device: wall ratio"
                          f" {steady['wall_s'] / result['wall']:.2f} (target <= 0.5), CPU ratio"
                          f" {steady['daemon_cpu_ms_per_device'] / result['cpu_ms_per_device']:.2f} (target <= 0.33)",
                          flush=True)
        return rows
    finally:
        if daemon:
            stop(daemon)
        stop(lab)


class Checks:
    """A benchmark's PASS/FAIL lines, called as check(ok, what), and its verdict at the end."""

    def __init__(self, name):
        self.name = name
        self.failures = []

    def __call__(self, ok, what):
        print(f"  {'PASS' if ok else 'FAIL'}: {what}", flush=True)
        if not ok:
            self.failures.append(what)
        return ok

    def verdict(self):
        """Exits 1 naming every failed check, or says that all passed."""
        if self.failures:
            print(f"\n{self.name} benchmark FAILED {len(self.failures)} check(s):", flush=True)
            for failure in self.failures:
                print(f"  - {failure}", flush=True)
            raise SystemExit(1)
        print(f"\n{self.name} benchmark: every check passed", flush=True)


def timed_get(path, count):
    """p50 and p95 in ms of `count` GETs of path(i)."""
    timings = []
    for i in range(count):
        request = urllib.request.Request(HTTP + path(i), headers={"Authorization": AUTH})
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return round(timings[len(timings) // 2], 1), round(timings[int(len(timings) * 0.95) - 1], 1)


def run_history(devices=10000, days=365):
    """A year of 15-minute sweeps at `devices` routers: how big the database gets, and whether the pages, the
    API and a sweep (with its drift detection) stay fast on it."""
    import glob
    import random
    directory = os.path.join(OUT, f"history-n{devices}-d{days}")
    subprocess.run(["rm", "-rf", directory])
    os.makedirs(directory)
    lab = start_lab(devices, 0, os.path.join(directory, "lab"))
    inventory = os.path.join(directory, "lab", "inventory.yaml")
    url = f"jdbc:h2:file:{directory}/db/driftwatch"
    try:
        daemon = start_daemon(inventory, 1000, directory)
        sweep()
        stop(daemon)
        h2 = glob.glob(os.path.join(ROOT, "target", "quarkus-app", "lib", "main", "com.h2database.h2-*.jar"))[0]
        generated = subprocess.run(["java", "-cp", h2, os.path.join(ROOT, "bench", "HistoryGenerator.java"), url,
                                    str(days)], capture_output=True, text=True, check=True).stdout.strip()
        print("  " + generated, flush=True)
        daemon = start_daemon(inventory, 1000, directory)
        result = sweep()
        print(f"  sweep on a year of history: {result['ok']}/{devices} OK in {seconds(result):.1f} s, "
              f"{result['rowsWritten']} rows written", flush=True)
        names = [d["name"] for d in http("GET", "/api/devices")]
        pick = random.Random(3).choice
        pages = devices // 100
        checks = {
            "GET /api/devices?page=P&size=100": lambda i: f"/api/devices?page={i % pages}&size=100",
            "GET /api/devices?platform=cisco_ios&status=OK&page=P&size=100":
                lambda i: f"/api/devices?platform=cisco_ios&status=OK&page={i % 5}&size=100",
            "GET /api/devices/NAME": lambda i: "/api/devices/" + pick(names),
            "GET /api/devices/NAME/history": lambda i: "/api/devices/" + pick(names) + "/history",
            "GET /api/drift?limit=100": lambda i: "/api/drift?limit=100",
            "GET /api/drift?device=NAME": lambda i: "/api/drift?device=" + pick(names),
            "GET / (overview: tiles, platform bars, 50-sweep trend)": lambda i: "/",
            "GET /devices?page=P (device list page, 50 a page)": lambda i: f"/devices?page={i % (devices // 50)}",
            "GET /devices?q=...&sort=version&dir=desc (search, sorted)":
                lambda i: f"/devices?q={pick(names)[:6]}&sort=version&dir=desc",
            "GET /devices?platform=...&status=OK&sort=lastSeen&page=P":
                lambda i: f"/devices?platform=cisco_ios&status=OK&sort=lastSeen&page={i % 4}",
            "GET /devices/NAME (device page with its version timeline)": lambda i: "/devices/" + pick(names),
            "GET /drift (drift page, newest 500)": lambda i: "/drift",
            f"GET /devices.csv (all {devices} devices as CSV)": lambda i: "/devices.csv",
        }
        # The pages a NOC keeps open must answer within 200 ms at p95 (issue 16).
        targeted = {"GET / (overview: tiles, platform bars, 50-sweep trend)",
                    "GET /devices/NAME (device page with its version timeline)"}
        for label, path in checks.items():
            timed_get(path, 20)
            p50, p95 = timed_get(path, 200)
            verdict = f" ({'PASS' if p95 < 200 else 'FAIL'}: target p95 < 200 ms)" if label in targeted else ""
            print(f"  {label}: p50 {p50} ms, p95 {p95} ms{verdict}", flush=True)
        stop(daemon)
        size = sum(os.path.getsize(f) for f in glob.glob(os.path.join(directory, "db", "*")))
        print(f"  database size on disk: {size / 2**20:.0f} MiB", flush=True)
    finally:
        stop(lab)


def run_soak(devices=1000, sweeps=100):
    """Heap after each tenth of `sweeps` back-to-back sweeps: flat means nothing grows without bound."""
    directory = os.path.join(OUT, f"soak-n{devices}")
    subprocess.run(["rm", "-rf", directory])
    os.makedirs(directory)
    lab = start_lab(devices, 0, os.path.join(directory, "lab"))
    daemon = None
    try:
        daemon = start_daemon(os.path.join(directory, "lab", "inventory.yaml"), 1000, directory)
        for n in range(1, sweeps + 1):
            result = sweep()
            if n % (sweeps // 10) == 0:
                used = heap_after_gc(daemon.pid)
                print(f"  after sweep {n}: heap used after GC {used:.0f} MiB, "
                      f"RSS {status_kib(daemon.pid, 'VmRSS') / 1024:.0f} MiB, sweep {seconds(result):.1f} s",
                      flush=True)
    finally:
        if daemon:
            stop(daemon)
        stop(lab)


# What each kind of router of the hostile lab fleet may end as (the README's "When routers misbehave" table).
HOSTILE_EXPECTED = {
    "NONE": {"OK"},
    "WRONG_PASSWORD": {"AUTH_FAILED"},
    "CLOSED_PORT": {"UNREACHABLE"},
    "SILENT_PORT": {"TIMEOUT"},
    "DARK_PORT": {"UNREACHABLE"},
    "HUNG_COMMAND": {"TIMEOUT"},
    # The issue: a drip "ends TIMEOUT, or OK if its version arrived in time" (a short output drips in within the
    # deadline); an OK must still carry the right version, which the version check below holds it to.
    "SLOW_DRIP": {"TIMEOUT", "OK"},
    "HANG_UP": {"OK", "PARSE_FAILED", "ERROR"},
    "HUGE_OUTPUT": {"ERROR"},
    "INVALID_UTF8": {"OK"},
    "HUGE_BANNER": {"OK"},
    "CONTROL_CHARACTERS": {"OK"},
    "ENDLESS_OUTPUT": {"ERROR", "TIMEOUT"},
    "BACKTRACKING": {"OK"},
}


def start_sweep(base=None):
    """Starts a sweep and returns its id; when one is still running (a stuck one, say), that one's id."""
    try:
        return http("POST", "/api/sweeps", base=base)["id"]
    except urllib.error.HTTPError as e:
        if e.code == 409:
            return json.loads(e.read())["id"]
        raise


def sweep_within(limit, sweep_id=None, base=None, pause=0.2):
    """Starts a sweep (or follows one) and returns it once finished, or None if it is still running after limit s."""
    sweep_id = sweep_id or start_sweep(base)
    end = time.monotonic() + limit
    while time.monotonic() < end:
        result = http("GET", f"/api/sweeps/{sweep_id}", base=base)
        if result["finishedAt"]:
            return result
        time.sleep(pause)
    return None


def run_hostile(devices=300, deadline_s=20):
    """Issue 11's 'Done when': a sweep over a fleet where each kind of misbehaviour (twelve in the issue, and the
    dark port since) hits 3% of the routers, a tenth of them shell-only and a tenth on autodetect. Every check
    prints PASS or FAIL; any FAIL makes the run exit non-zero, naming what failed."""
    global HTTP
    directory = os.path.join(OUT, f"hostile-n{devices}")
    subprocess.run(["rm", "-rf", directory])
    os.makedirs(directory)
    lab_dir = os.path.join(directory, "lab")
    # Ports of their own, so this runs beside the other scenarios.
    http_port = int(os.environ.get("BENCH_HOSTILE_HTTP_PORT", "18086"))
    HTTP = f"http://127.0.0.1:{http_port}"
    lab = start_lab(devices, 200, lab_dir, ["--hostile-share", "0.39", "--shell-only-share", "0.1",
                                            "--autodetect-share", "0.1", "--seed", "11"],
                    base_port=int(os.environ.get("BENCH_HOSTILE_BASE_PORT", "26000")))
    inventory = os.path.join(lab_dir, "inventory.yaml")
    with open(os.path.join(lab_dir, "fleet.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        fleet = {row[0]: dict(zip(header, row)) for row in (line.rstrip("\n").split("\t") for line in f)}
    bound = 3 * deadline_s + 30
    extra = [f"-Dquarkus.http.port={http_port}", f"-Ddriftwatch.ssh.device-deadline={deadline_s}s",
             f"-Ddriftwatch.ssh.command-timeout={max(1, deadline_s // 2)}s",
             f"-Ddriftwatch.ssh.connect-timeout={max(1, deadline_s // 4)}s",
             f"-Ddriftwatch.ssh.auth-timeout={max(1, deadline_s // 2)}s"]
    # 300 first contacts at once on a cold fleet collapse on a small machine (every handshake slows the others past
    # auth-timeout), before and after issue 11 alike; 100 at a time keeps the run about the daemon.
    concurrency = int(os.environ.get("BENCH_HOSTILE_CONCURRENCY", "100"))
    check = Checks("hostile")

    kinds = {}
    for router in fleet.values():
        kinds[router["hostility"]] = kinds.get(router["hostility"], 0) + 1
    print(f"  fleet: {devices} routers; " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
          + f"; shell-only {sum(r['exec'] != 'RUNS' for r in fleet.values())}"
          + f"; autodetect {sum(r['inventory_platform'] == 'autodetect' for r in fleet.values())}", flush=True)
    print(f"  device-deadline {deadline_s} s, max-concurrency {concurrency}: every sweep must end within"
          f" 3 x {deadline_s} + 30 = {bound} s", flush=True)
    daemon = None
    try:
        daemon = start_daemon(inventory, concurrency, directory, extra)
        hostile_checks(daemon, inventory, concurrency, directory, extra, fleet, bound, check)
        daemon = None
    except Exception as e:
        check(False, f"the benchmark could not go on: {type(e).__name__}: {e}")
    finally:
        if daemon:
            stop(daemon)
        stop(lab)
    check.verdict()


def hostile_checks(daemon, inventory, concurrency, directory, extra, fleet, bound, check):
    """The checks of run_hostile, on a started daemon, which they stop."""
    devices = len(fleet)
    try:
        first = sweep_within(bound + 60)
        walls = []
        for n, result in ((1, first), (2, None)):
            if n == 2:
                result = sweep_within(bound + 60) if first else None
            if not check(result is not None, f"sweep {n} finished (waited {bound + 60} s)"):
                break
            wall = seconds(result)
            walls.append(wall)
            counts = {k: v for k, v in result["counts"].items() if v}
            print(f"  sweep {n}: {result['state']} in {wall:.1f} s; " + ", ".join(f"{k} {v}" for k, v in
                                                                                sorted(counts.items())), flush=True)
            check(result["state"] == "COMPLETED", f"sweep {n} ended COMPLETED (was {result['state']})")
            check(wall <= bound, f"sweep {n} wall time {wall:.1f} s <= {bound} s")
            check(result["devices"] == devices and sum(counts.values()) == devices,
                  f"sweep {n} recorded a status for all {devices} routers ({sum(counts.values())})")
            judge_statuses(fleet, check, n)
        if len(walls) == 2:
            check(walls[1] <= max(walls[0] * 1.25, walls[0] + 5),
                  f"second sweep as quick as the first ({walls[1]:.1f} s vs {walls[0]:.1f} s)")
        time.sleep(2)
        before = cpu_seconds(daemon.pid)
        time.sleep(10)
        idle = (cpu_seconds(daemon.pid) - before) / 10
        check(idle < 0.05, f"daemon idle after the sweeps: {idle * 100:.1f}% of a core over 10 s (limit 5%)")
    except Exception:
        stop(daemon)
        raise
    kill_and_restart(daemon, inventory, concurrency, directory, extra, fleet, bound, check)


def judge_statuses(fleet, check, n):
    """Every router's status is one its misbehaviour allows; every answer that reached the daemon whole has the
    router's version; shell-only routers were polled through the shell."""
    devices = {d["name"]: d for d in http("GET", "/api/devices")}
    wrong, versions, shells = [], [], []
    for name, router in fleet.items():
        device = devices.get(name)
        status = device and device["status"]
        allowed = HOSTILE_EXPECTED.get(router["hostility"], {"OK"})
        if status not in allowed:
            wrong.append(f"{name} ({router['hostility']}, exec {router['exec']}, {router['inventory_platform']}):"
                         f" {status}, expected {'/'.join(sorted(allowed))}: {(device or {}).get('reason')}")
            continue
        if status == "OK" and router["version"] not in (device["version"] or ""):
            versions.append(f"{name} ({router['hostility']}): version {device['version']!r}, router runs"
                            f" {router['version']!r}")
        if router["exec"] != "RUNS" and status == "OK" and device.get("pollMode") != "SHELL":
            shells.append(f"{name} (exec {router['exec']}): polled through {device.get('pollMode')}")
    for line in (wrong + versions + shells)[:40]:
        print(f"    {line}", flush=True)
    check(not wrong, f"sweep {n}: every router has an acceptable status ({len(wrong)} not)")
    check(not versions, f"sweep {n}: every well-formed answer has the right version ({len(versions)} wrong)")
    check(not shells, f"sweep {n}: every shell-only router answered through its shell ({len(shells)} not)")


def kill_and_restart(daemon, inventory, concurrency, directory, extra, fleet, bound, check):
    """kill -9 in the middle of a sweep, then a restart on the same database: the sweeps and history written
    before the kill are all there, the killed sweep is closed rather than left RUNNING, and sweeps run again."""
    devices = len(fleet)
    sweeps_before = {s["id"]: s for s in http("GET", "/api/sweeps?limit=1000")}
    sample = sorted(fleet)[::max(1, len(fleet) // 30)]
    history_before = {name: len(http("GET", f"/api/devices/{name}/history")) for name in sample}
    killed_id = start_sweep()
    # Killed once about a third of the routers are recorded: the middle of the sweep, with its writer busy.
    end = time.monotonic() + 30
    while time.monotonic() < end:
        running = http("GET", f"/api/sweeps/{killed_id}")
        if sum(running["counts"].values()) >= devices // 3 or running["finishedAt"]:
            break
        time.sleep(0.05)
    recorded = sum(running["counts"].values())
    daemon.kill()
    daemon.wait()
    print(f"  kill -9 of the daemon during sweep {killed_id}, {recorded} of {devices} routers recorded so far",
          flush=True)
    daemon = start_daemon(inventory, concurrency, directory, extra)
    try:
        killed = http("GET", f"/api/sweeps/{killed_id}")
        check(killed["state"] != "RUNNING" and killed["finishedAt"] is not None,
              f"the killed sweep {killed_id} is closed after the restart (state {killed['state']})")
        after = {s["id"]: s for s in http("GET", "/api/sweeps?limit=1000")}
        lost = [i for i, s in sweeps_before.items()
                if i not in after or (after[i]["state"], after[i]["counts"]) != (s["state"], s["counts"])]
        check(not lost, f"every sweep finished before the kill is kept as it was ({len(sweeps_before)} sweeps,"
                        f" {len(lost)} changed or lost)")
        shrunk = [n for n, count in history_before.items()
                  if len(http("GET", f"/api/devices/{n}/history")) < count]
        check(not shrunk, f"no device history lost ({len(sample)} devices sampled, {len(shrunk)} shorter)")
        result = sweep_within(bound + 60)
        check(result is not None and result["state"] == "COMPLETED" and seconds(result) <= bound,
              "the restarted daemon sweeps again within the bound"
              + (f" ({seconds(result):.1f} s, {result['state']})" if result else " (did not finish)"))
        still_running = [s["id"] for s in http("GET", "/api/sweeps?limit=1000") if s["state"] == "RUNNING"]
        check(not still_running, f"no sweep left RUNNING ({still_running})")
    finally:
        stop(daemon)


# Several replicas on one PostgreSQL (issue 14). The replicas are the PostgreSQL build; the lab fleet stays the H2 jar.
PG_JAR = os.path.join(ROOT, "target", "postgresql-app", "quarkus-run.jar")
# Short, so the kill phase ends in seconds: a dead replica's devices go to the others once its lease runs out.
CLUSTER_LEASE_S = 10
# PostgreSQL refuses to run as root; as root the benchmark's own server runs as this user, as the test suite's does.
PG_SERVER_USER = "dwpostgres"
PG_REPLICA_ROLE = "driftwatch"
# A backend flushes its counts to pg_stat_database at most once a second, and an idle one within 10 s.
PG_STATS_SETTLE_S = 11


class Postgresql:
    """The server the replicas share: the one BENCH_PG_URL names, or a throwaway one of the benchmark's own.
    Administration and statistics go through psql to `admin_db`, so they are not counted in a run's database."""

    def __init__(self, host, port, admin_db, admin, replica, psql, data=None, as_server_user=()):
        self.host, self.port, self.admin_db = host, port, admin_db
        self.admin = admin  # (user, password) that creates databases and reads statistics
        self.replica = replica  # (user, password) the replicas log in as
        self.psql_path, self.data, self.as_server_user = psql, data, list(as_server_user)
        self.postmaster = int(open(os.path.join(data, "postmaster.pid")).readline()) if data else None
        # The benchmark's own server gets the extension right after it starts (own_postgresql).
        self.statements = False if data else self._statements_counted()

    def jdbc(self, database):
        return f"jdbc:postgresql://{self.host}:{self.port}/{database}"

    def psql(self, sql, database=None):
        run = subprocess.run([self.psql_path, "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                              "-h", self.host, "-p", str(self.port), "-U", self.admin[0],
                              "-d", database or self.admin_db, "-c", sql],
                             env={**os.environ, "PGPASSWORD": self.admin[1]}, capture_output=True, text=True)
        if run.returncode != 0:
            raise RuntimeError(f"psql: {sql}: {run.stderr.strip()}")
        return [line.split("\t") for line in run.stdout.splitlines() if line]

    def fresh_database(self, name):
        self.psql(f"drop database if exists {name} with (force)")
        self.psql(f"create database {name} owner {self.replica[0]}")

    def _statements_counted(self):
        """Whether pg_stat_statements answers, which counts the claims (the benchmark's own server loads it; on
        another server it must be loaded and created in the admin database already)."""
        try:
            self.psql("select count(*) from pg_stat_statements")
            return True
        except RuntimeError:
            return False

    def cpu_seconds(self):
        """CPU of the postmaster, its live children (backends, writers, autovacuum) and the children it reaped;
        None for a server the benchmark did not start, whose processes may be elsewhere."""
        if not self.postmaster:
            return None
        total = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry) == self.postmaster:
                total += sum(int(f) for f in fields[11:15])
            elif int(fields[1]) == self.postmaster:
                total += int(fields[11]) + int(fields[12])
        return total / TICK

    def stop(self):
        if self.data:
            pg_ctl_stop(self.as_server_user, os.path.dirname(self.psql_path), self.data)


def pg_ctl_stop(as_server_user, bin_dir, data):
    subprocess.run([*as_server_user, os.path.join(bin_dir, "pg_ctl"), "stop", "--pgdata", data, "--mode=fast",
                    "--wait"], capture_output=True)


def start_postgresql(directory):
    url = os.environ.get("BENCH_PG_URL")
    if url:
        return named_postgresql(url)
    return own_postgresql(os.path.join(directory, "pg"))


def named_postgresql(url):
    """BENCH_PG_URL is a JDBC URL of a database to administer from (postgres, say); BENCH_PG_USER must be allowed
    to create databases, and the replicas log in as it too."""
    import re
    import shutil
    match = re.fullmatch(r"jdbc:postgresql://([^:/]+)(?::(\d+))?/([^?]+)(\?.*)?", url)
    if not match:
        raise SystemExit(f"benchmark: BENCH_PG_URL must look like jdbc:postgresql://host:5432/postgres, not {url}")
    login = (os.environ.get("BENCH_PG_USER", "postgres"), os.environ.get("BENCH_PG_PASSWORD", ""))
    psql = shutil.which("psql") or os.path.join(postgresql_binaries(), "psql")
    return Postgresql(match.group(1), int(match.group(2) or 5432), match.group(3), login, login, psql)


def postgresql_binaries():
    """Debian's PostgreSQL programs, the newest major version installed; installed when missing (as root)."""
    import glob
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "postgresql"], check=True)
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise SystemExit("benchmark: no PostgreSQL: apt-get install -y postgresql, or set BENCH_PG_URL,"
                         " BENCH_PG_USER and BENCH_PG_PASSWORD")
    return os.path.dirname(found[-1])


def own_postgresql(pg_dir):
    """A new server on 127.0.0.1 and a free port, data under pg_dir. fsync and the other durability settings
    stay as shipped: the run measures what a real server's commits cost. pg_stat_statements is loaded to count
    the claims; lock waits over a second are logged, to see which statements of the replicas wait for each other."""
    import secrets
    bin_dir = postgresql_binaries()
    os.makedirs(pg_dir)
    as_server_user = []
    if os.geteuid() == 0:
        ensure_server_user()
        as_server_user = ["setpriv", f"--reuid={PG_SERVER_USER}", f"--regid={PG_SERVER_USER}", "--init-groups"]
    superuser = ("postgres", secrets.token_hex(16))
    password_file = os.path.join(pg_dir, "superuser-password")
    with open(password_file, "w") as f:
        f.write(superuser[1])
    if as_server_user:
        subprocess.run(["chown", "-R", f"{PG_SERVER_USER}:", pg_dir], check=True)
    data, log = os.path.join(pg_dir, "data"), os.path.join(pg_dir, "postgresql.log")
    server_step(as_server_user, [os.path.join(bin_dir, "initdb"), "--pgdata", data, "--username", superuser[0],
                                 "--pwfile", password_file, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
                                 "--no-sync"], log)
    os.remove(password_file)
    port = free_port(int(os.environ.get("BENCH_PG_PORT", "25432")))
    # The socket goes beside the data: Debian's /var/run/postgresql may not be writable by the server's user.
    server_step(as_server_user, [os.path.join(bin_dir, "pg_ctl"), "start", "--pgdata", data, "--log", log, "--wait",
                                 "--timeout=120", "-o", f"-p {port} -c listen_addresses=127.0.0.1"
                                 f" -c unix_socket_directories={pg_dir} -c max_connections=200 -c log_lock_waits=on"
                                 " -c shared_preload_libraries=pg_stat_statements"], log)
    psql = os.path.join(bin_dir, "psql")
    replica = (PG_REPLICA_ROLE, secrets.token_hex(16))
    try:
        postgresql = Postgresql("127.0.0.1", port, "postgres", superuser, replica, psql, data, as_server_user)
        postgresql.psql("create extension pg_stat_statements")
        postgresql.statements = True
        postgresql.psql(f"create role {replica[0]} login password '{replica[1]}'")
    except BaseException:
        pg_ctl_stop(as_server_user, bin_dir, data)
        raise
    return postgresql


def server_step(as_server_user, command, log):
    run = subprocess.run([*as_server_user, *command], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(command[:2])} failed: {run.stdout}{run.stderr}(log: {log})")


def ensure_server_user():
    if subprocess.run(["id", "-u", PG_SERVER_USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--user-group", "--no-create-home", PG_SERVER_USER], check=True)


def free_port(first):
    import socket
    for port in range(first, first + 100):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    raise SystemExit(f"benchmark: no free port from {first} to {first + 99}")


def stop_leftover_postgresql(directory):
    """A run killed before its end leaves its server running on a data directory this run is about to remove."""
    data = os.path.join(directory, "pg", "data")
    if os.path.exists(os.path.join(data, "postmaster.pid")):
        as_server_user = []
        if os.geteuid() == 0:
            as_server_user = ["setpriv", f"--reuid={PG_SERVER_USER}", f"--regid={PG_SERVER_USER}", "--init-groups"]
        pg_ctl_stop(as_server_user, postgresql_binaries(), data)


class Replica:
    """One Driftwatch process of the cluster, on an HTTP port of its own."""

    def __init__(self, index, postgresql, database, inventory, concurrency, directory):
        self.node = f"bench-{index}"
        port = int(os.environ.get("BENCH_CLUSTER_HTTP_PORT", "18090")) + index
        self.http = f"http://127.0.0.1:{port}"
        log = open(os.path.join(directory, f"{database}-{self.node}.log"), "a")
        # The password through the environment, so it does not show in ps.
        env = {**DAEMON_ENV, "QUARKUS_DATASOURCE_PASSWORD": postgresql.replica[1]}
        self.process = subprocess.Popen(["java", *DAEMON_JVM,
                                         f"-Ddriftwatch.inventory.path={inventory}",
                                         "-Ddriftwatch.sweep.cron=off",
                                         f"-Ddriftwatch.sweep.max-concurrency={concurrency}",
                                         "-Ddriftwatch.cluster.enabled=true",
                                         f"-Ddriftwatch.cluster.node-id={self.node}",
                                         f"-Ddriftwatch.cluster.lease={CLUSTER_LEASE_S}s",
                                         f"-Dquarkus.datasource.jdbc.url={postgresql.jdbc(database)}",
                                         f"-Dquarkus.datasource.username={postgresql.replica[0]}",
                                         f"-Dquarkus.http.port={port}",
                                         "-Dquarkus.security.users.embedded.users.bench=" + BENCH_PASSWORD,
                                         "-Dquarkus.security.users.embedded.roles.bench=operator",
                                         "-jar", PG_JAR], stdout=log, stderr=subprocess.STDOUT, env=env)

    def await_ready(self):
        def ready():
            if self.process.poll() is not None:
                raise SystemExit(f"benchmark: replica {self.node} exited with {self.process.returncode}")
            return http("GET", "/q/health/ready", base=self.http)["status"] == "UP"
        wait_until(ready, 180, f"replica {self.node}")

    def cpu_seconds(self):
        return cpu_seconds(self.process.pid)


def start_replicas(count, postgresql, database, inventory, concurrency, directory):
    # The first alone: it runs the migrations on the empty database before the others connect.
    first = Replica(1, postgresql, database, inventory, concurrency, directory)
    replicas = [first]
    try:
        first.await_ready()
        replicas += [Replica(i, postgresql, database, inventory, concurrency, directory)
                     for i in range(2, count + 1)]
        for replica in replicas[1:]:
            replica.await_ready()
    except BaseException:
        stop_replicas(replicas)
        raise
    return replicas


def stop_replicas(replicas):
    for replica in replicas:
        if replica.process.poll() is None:
            replica.process.send_signal(signal.SIGTERM)
    for replica in replicas:
        if replica.process.poll() is None:
            stop(replica.process)


def shares(postgresql, database, sweep_id):
    """Devices each replica recorded in a sweep, from the sweep_share rows the closing replica wrote."""
    return {node: int(n) for node, n in postgresql.psql(
        f"select node_id, devices from sweep_share where sweep_id = {sweep_id} order by node_id", database)}


def database_counts(postgresql, database):
    """What PostgreSQL has done for one database so far: transactions, rows written, claims, and its CPU."""
    row = postgresql.psql("select xact_commit, tup_inserted, tup_updated, tup_deleted from pg_stat_database"
                          f" where datname = '{database}'")[0]
    counts = dict(zip(("transactions", "inserted", "updated", "deleted"), (int(v) for v in row)))
    counts["claims"] = counts["claimed"] = counts["claim_ms"] = 0
    if postgresql.statements:
        calls, rows, ms = postgresql.psql(
            "select coalesce(sum(calls), 0), coalesce(sum(rows), 0), coalesce(sum(total_exec_time), 0)"
            " from pg_stat_statements s join pg_database d on d.oid = s.dbid"
            # Either shape of the claim: "update … where device_id in (select … skip locked)" or a CTE before it.
            f" where d.datname = '{database}' and s.query like '%update sweep_device set claimed_by%'"
            " and s.query like '%skip locked%'")[0]
        counts.update(claims=int(calls), claimed=int(rows), claim_ms=float(ms))
    counts["cpu"] = postgresql.cpu_seconds() or 0.0
    counts["at"] = time.monotonic()
    return counts


def difference(after, before):
    return {k: after[k] - before[k] for k in after}


def cluster_sweeps(count, postgresql, database, replicas, lab, devices, limit, check):
    """Warm-up sweeps (one unless BENCH_CLUSTER_WARMUP says more), then three measured ones, each asked of replica 1.
    Returns the three walls, the replicas' CPU over each, and (for three replicas) what PostgreSQL did for them, idle
    background taken out."""
    # The first pins every host key. Further ones bring the replicas' JIT nearer a long-running daemon's, as the
    # single-daemon scenario does with its 20,000 polls; each replica sees only 1/R of every sweep.
    for n in range(1, int(os.environ.get("BENCH_CLUSTER_WARMUP", "1")) + 1):
        warm = sweep_within(limit, base=replicas[0].http)
        if check_sweep(warm, f"{count} replica(s), warm-up sweep {n}", devices, limit, check):
            print(f"  {count} replica(s), warm-up sweep {n}{' (pins every host key)' if n == 1 else ''}:"
                  f" {seconds(warm):.1f} s; shares {shares(postgresql, database, warm['id'])}", flush=True)
    idle = before = None
    if count == 3:
        # Replicas between sweeps still beat and look for a sweep to join: measured here, taken out below.
        time.sleep(PG_STATS_SETTLE_S)
        start = database_counts(postgresql, database)
        time.sleep(12)
        before = database_counts(postgresql, database)
        idle = difference(before, start)
    walls, cpus = [], []
    for n in (1, 2, 3):
        cpu_before, fleet_before = sum(r.cpu_seconds() for r in replicas), cpu_seconds(lab.pid)
        result = sweep_within(limit, base=replicas[0].http)
        cpu = sum(r.cpu_seconds() for r in replicas) - cpu_before
        fleet = cpu_seconds(lab.pid) - fleet_before
        if not check_sweep(result, f"{count} replica(s), sweep {n}", devices, limit, check):
            return None
        share = shares(postgresql, database, result["id"])
        walls.append(seconds(result))
        cpus.append(cpu)
        # Shares are shown, not checked: on a small fleet the opener may claim every device before the others look
        # for a sweep (every poll-interval, 1 s); the ratio to one replica is what says whether they took part.
        print(f"  {count} replica(s), sweep {n}: {result['ok']}/{devices} OK in {walls[-1]:.2f} s; replicas' CPU"
              f" {cpu:.2f} s, the fleet's {fleet:.2f} s; shares {share}", flush=True)
    database_side = None
    if idle:
        time.sleep(PG_STATS_SETTLE_S)
        during = difference(database_counts(postgresql, database), before)
        database_side = {k: during[k] - idle[k] * during["at"] / idle["at"] for k in during if k != "at"}
        database_side.update(sweeping=sum(walls), polls=3 * devices, idle_per_s=idle["transactions"] / idle["at"])
    return walls, cpus, database_side


def check_sweep(result, what, devices, limit, check):
    if not check(result is not None, f"{what} finished within {limit:.0f} s"):
        return False
    return check(result["state"] == "COMPLETED" and result["ok"] == devices,
                 f"{what} COMPLETED with {devices} OK ({result['state']}, {result['ok']} OK, counts"
                 f" {({k: v for k, v in result['counts'].items() if v})})")


def print_database_side(side, devices):
    polls, sweeping = side["polls"], side["sweeping"]
    writes = side["inserted"] + side["updated"] + side["deleted"]
    print(f"\n  PostgreSQL during the three 3-replica sweeps ({sweeping:.1f} s of sweeping, {polls} polls; the idle"
          f" replicas' own {side['idle_per_s']:.1f} transactions/s taken out):", flush=True)
    print(f"    transactions {side['transactions']:.0f}: {side['transactions'] / sweeping:.0f}/s,"
          f" {side['transactions'] / polls:.2f} per device", flush=True)
    if side["claims"]:
        print(f"    claims {side['claims']:.0f}: {side['claims'] / sweeping:.0f}/s, {side['claimed'] / side['claims']:.1f}"
              f" devices each, {side['claim_ms'] / side['claims']:.2f} ms each in the server", flush=True)
    else:
        print("    claims: not counted (no pg_stat_statements on this server, or no claim statement found in it)",
              flush=True)
    print(f"    rows written {writes:.0f}: {writes / sweeping:.0f}/s, {writes / polls:.2f} per device (inserted"
          f" {side['inserted']:.0f}, updated {side['updated']:.0f}, deleted {side['deleted']:.0f})", flush=True)
    if side["cpu"]:
        per_device = side["cpu"] * 1000 / polls
        print(f"    CPU {side['cpu']:.2f} s: {side['cpu'] / sweeping:.2f} of a core while sweeping,"
              f" {per_device:.2f} ms per device", flush=True)
        # What the same cost per device comes to at scale: the sizing question the run is for.
        rate = 100000 / 900
        print(f"    at that cost one core of PostgreSQL records about {1000 / per_device:.0f} devices/s; 100,000 routers"
              f" every 15 minutes ({rate:.0f} devices/s) take about {rate * per_device / 1000:.2f} of a core,"
              f" {rate * side['transactions'] / polls:.0f} transactions/s and {rate * writes / polls:.0f} row"
              f" writes/s", flush=True)
    else:
        print("    CPU: not measured (a server the benchmark did not start)", flush=True)


def kill_phase(postgresql, database, replicas, devices, expected_s, two_replicas_s, limit, check):
    """Issue 14's failure case: the replica that was asked for the sweep is killed with kill -9 a third of the way
    in; the other two finish it once its claims' lease runs out, and every device is recorded OK in that sweep."""
    opener, other = replicas[0], replicas[1]
    print(f"\n  kill phase: 3 replicas, driftwatch.cluster.lease={CLUSTER_LEASE_S}s (the default is 2m) so a dead"
          f" replica's devices return to the others within seconds", flush=True)
    sweep_id = start_sweep(opener.http)
    started = time.monotonic()
    time.sleep(expected_s / 3)
    opener.process.kill()
    opener.process.wait()
    killed_at = time.monotonic() - started
    # Read after the kill, not before: on a busy machine the call itself may take seconds and delay the kill.
    running = http("GET", f"/api/sweeps/{sweep_id}", base=other.http)
    print(f"  kill -9 of {opener.node} {killed_at:.1f} s into sweep {sweep_id} (aimed at a third of the 3-replica"
          f" mean, {expected_s / 3:.1f} s),"
          f" {sum(running['counts'].values())} of {devices} recorded by then", flush=True)
    result = sweep_within(limit, sweep_id, base=other.http)
    if not check_sweep(result, f"kill phase: sweep {sweep_id} after the kill", devices, limit, check):
        return
    wall = seconds(result)
    print(f"  sweep {sweep_id}: {result['state']} in {wall:.1f} s, {wall - killed_at:.1f} s after the kill;"
          f" {result['ok']}/{devices} OK; shares {shares(postgresql, database, sweep_id)}", flush=True)
    bound = killed_at + CLUSTER_LEASE_S + two_replicas_s + 5
    check(wall <= bound, f"kill phase: sweep ended {wall:.1f} s <= the kill ({killed_at:.1f} s) + one lease"
                         f" ({CLUSTER_LEASE_S} s) + two replicas' sweep ({two_replicas_s:.1f} s) + 5 s = {bound:.1f} s")
    from datetime import datetime
    parse = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
    window = (parse(result["startedAt"]), parse(result["finishedAt"]))
    listed = http("GET", "/api/devices", base=other.http)
    # DeviceJson has no sweep id: polled within the sweep's start and end is the API's way of saying "in it".
    late = [d["name"] for d in listed if d["status"] != "OK" or not d["lastPolled"]
            or not window[0] <= parse(d["lastPolled"]) <= window[1]]
    check(len(listed) == devices and not late,
          f"kill phase: GET /api/devices on {other.node}: all {devices} devices OK and polled during sweep {sweep_id}"
          f" ({len(listed)} listed, {len(late)} not: {late[:5]})")
    recorded = int(postgresql.psql(f"select count(*) from device where polled_sweep_id = {sweep_id}"
                                   " and status = 'OK'", database)[0][0])
    check(recorded == devices, f"kill phase: {recorded} of {devices} device rows recorded OK by sweep {sweep_id}"
                               " (polled_sweep_id in the database)")


def run_cluster(devices=600, latency_ms=500, concurrency=20):
    """Issue 14's 'Done when' for throughput and failure: 1, 2 and 3 replicas of the PostgreSQL build on one
    PostgreSQL, each at the same max-concurrency, against the lab fleet in its own process; then a kill -9 of the
    replica that was asked for a sweep. Exits non-zero, naming each failed check."""
    if not os.path.exists(PG_JAR):
        raise SystemExit("benchmark: build first: ./mvnw -B package -DskipTests (it builds target/postgresql-app)")
    directory = os.path.join(OUT, f"cluster-n{devices}")
    stop_leftover_postgresql(directory)
    subprocess.run(["rm", "-rf", directory])
    os.makedirs(directory)
    check = Checks("cluster")

    # Each replica alone would need ceil(N/C) rounds of the latency; three times that, plus a minute, is a hang.
    limit = 3 * math.ceil(devices / concurrency) * latency_ms / 1000 + 60
    postgresql = start_postgresql(directory)
    print(f"  PostgreSQL at {postgresql.host}:{postgresql.port}; lab fleet {devices} routers at {latency_ms} ms, every one"
          f" answering (--fault-share 0); max-concurrency {concurrency} per replica", flush=True)
    lab, rows = None, []
    try:
        lab = start_lab(devices, latency_ms, os.path.join(directory, "lab"), ["--fault-share", "0"],
                        base_port=int(os.environ.get("BENCH_CLUSTER_BASE_PORT", "22000")))
        inventory = os.path.join(directory, "lab", "inventory.yaml")
        for count in (1, 2, 3):
            row = run_replica_count(count, postgresql, lab, inventory, devices, latency_ms, concurrency, directory,
                                    limit, rows, check)
            if not row:
                break
            rows.append(row)
    except Exception as e:
        check(False, f"the benchmark could not go on: {type(e).__name__}: {e}")
    finally:
        if lab:
            stop(lab)
        postgresql.stop()
    # Also after a failure: the replica counts measured so far are still worth reading.
    print_cluster_table(rows, devices, latency_ms, concurrency, check)
    with open(os.path.join(directory, "results.json"), "w") as f:
        json.dump(rows, f, indent=1)
    check.verdict()


def run_replica_count(count, postgresql, lab, inventory, devices, latency_ms, concurrency, directory, limit, rows,
                      check):
    """Sweeps with `count` replicas on a database of their own; with three, also the database's side and the kill."""
    database = f"cluster_r{count}"
    postgresql.fresh_database(database)
    print(f"\n== {count} replica(s) on database {database}", flush=True)
    replicas = start_replicas(count, postgresql, database, inventory, concurrency, directory)
    try:
        measured = cluster_sweeps(count, postgresql, database, replicas, lab, devices, limit, check)
        if not measured:
            return None
        walls, cpus, database_side = measured
        mean = sum(walls) / len(walls)
        row = {"replicas": count, "walls_s": [round(w, 2) for w in walls], "mean_s": round(mean, 2),
               "devices_per_s": round(devices / mean, 1),
               "latency_bound_s": math.ceil(devices / (count * concurrency)) * latency_ms / 1000,
               "cpu_ms_per_device": round(sum(cpus) * 1000 / (len(cpus) * devices), 2)}
        if database_side:
            print_database_side(database_side, devices)
            row["database"] = database_side
        if count == 3 and len(rows) == 2:
            kill_phase(postgresql, database, replicas, devices, mean, rows[1]["mean_s"], limit, check)
        return row
    finally:
        stop_replicas(replicas)


def print_cluster_table(rows, devices, latency_ms, concurrency, check):
    if not rows:
        return
    one = rows[0]["mean_s"]
    print(f"\n  {devices} routers at {latency_ms} ms, max-concurrency {concurrency} per replica, one PostgreSQL:")
    print("  | Replicas | Sweeps | Mean sweep | Devices/s | Ratio to 1 replica | Latency bound | Replicas' CPU/device |")
    print("  |---|---|---|---|---|---|---|")
    for row in rows:
        print(f"  | {row['replicas']} | {', '.join(f'{w:.2f}' for w in row['walls_s'])} s | {row['mean_s']:.2f} s"
              f" | {row['devices_per_s']} | {row['mean_s'] / one:.2f} | {row['latency_bound_s']:.1f} s"
              f" | {row['cpu_ms_per_device']:.2f} ms |", flush=True)
    if len(rows) == 3:
        three = rows[2]["mean_s"]
        check(three <= 0.6 * one, f"3 replicas sweep in {three:.2f} s <= 0.6 x one replica's {one:.2f} s"
                                  f" = {0.6 * one:.2f} s (ratio {three / one:.2f})")

# Issue 18: the daemon against more than one SSH server and host-key type.
SERVERS = ("mina", "asyncssh")
HOST_KEYS = ("ed25519", "ecdsa", "rsa", "mix")
SERVERS_BASE_PORT = int(os.environ.get("BENCH_SERVERS_BASE_PORT", "23000"))


def run_servers(devices=300, latency_ms=500, concurrency=300):
    """The daemon against the lab's MINA SSHD and against asyncssh, each with Ed25519, ECDSA, RSA and mixed host
    keys: first and steady sweeps on a fresh daemon, the paramiko pool at the same concurrency, and the algorithms
    negotiated. Exits non-zero, naming each failed check."""
    directory = os.path.join(OUT, f"servers-n{devices}")
    subprocess.run(["rm", "-rf", directory])
    os.makedirs(directory)
    check = Checks("servers")
    # Fewer polls than run_sweeps' 20,000 (67 sweeps at 300 routers, eight times over): 5,000 keep the whole run
    # within about 12 minutes on 2 cores, with the JIT close to warm.
    warm_up = max(2, math.ceil(5000 / devices))
    print(f"  {devices} routers at {latency_ms} ms, max-concurrency {concurrency}; steady = mean of 3 sweeps after"
          f" {warm_up} ({warm_up * devices} polls); fleets from port {SERVERS_BASE_PORT}", flush=True)
    rows = []
    for server in SERVERS:
        for keys in HOST_KEYS:
            print(f"\n== {server}, {keys} host keys", flush=True)
            started = time.monotonic()
            try:
                rows.append(server_row(server, keys, devices, latency_ms, concurrency, warm_up,
                                       os.path.join(directory, f"{server}-{keys}"), check))
            except (Exception, SystemExit) as e:
                check(False, f"{server}, {keys}: the run could not go on: {type(e).__name__}: {e}")
            print(f"  ({time.monotonic() - started:.0f} s)", flush=True)
    print_servers_table(rows, devices, latency_ms, concurrency)
    with open(os.path.join(OUT, "servers.json"), "w") as f:
        json.dump(rows, f, indent=1)
    check.verdict()


def server_row(server, keys, devices, latency_ms, concurrency, warm_up, directory, check):
    os.makedirs(directory)
    fleet_dir = os.path.join(directory, "fleet")
    if server == "mina":
        fleet = start_lab(devices, latency_ms, fleet_dir, ["--host-key", keys], base_port=SERVERS_BASE_PORT)
    else:
        fleet = start_asyncssh_fleet(devices, latency_ms, fleet_dir, keys, SERVERS_BASE_PORT)
    inventory = os.path.join(fleet_dir, "inventory.yaml")
    daemon = None
    try:
        daemon = start_daemon(inventory, concurrency, directory)
        first, _, steady = measure_sweeps(daemon, fleet, devices, latency_ms, concurrency, warm_up, 3)
        algorithms = negotiated()
        stop(daemon)
        daemon = None
        pool = run_peer(inventory, fleet, concurrency)
    finally:
        if daemon:
            stop(daemon)
        stop(fleet)
    row = {"server": server, "host_keys": keys, "first": first, "steady": steady, "pool": pool,
           "algorithms": algorithms}
    what = f"{server}, {keys}:"
    check(first["ok"] == devices and steady["ok"] == devices,
          f"{what} every router OK in the first and the last sweep ({first['ok']} and {steady['ok']} of {devices})")
    cpu = steady["daemon_cpu_ms_per_device"]
    check(cpu <= 3, f"{what} steady daemon CPU {cpu:.2f} ms/device <= 3 ms")
    if "error" in pool or not pool["ok"]:
        check(False, f"{what} the paramiko pool polled no router: {pool}")
    else:
        row["cpu_ratio"] = round(cpu / pool["cpu_ms_per_device"], 2)
        check(row["cpu_ratio"] <= 0.33, f"{what} daemon/pool CPU per device {cpu:.2f} / {pool['cpu_ms_per_device']:.2f}"
                                        f" = {row['cpu_ratio']:.2f} <= 0.33")
    return row


def negotiated():
    """The daemon's SSH sessions by negotiated algorithms, from driftwatch_ssh_sessions_total on /q/metrics; None
    when the daemon has no such counter."""
    request = urllib.request.Request(HTTP + "/q/metrics", headers={"Authorization": AUTH, "Accept": "text/plain"})
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
    sessions = []
    for line in text.splitlines():
        if line.startswith("driftwatch_ssh_sessions_total{"):
            labels, value = line[len("driftwatch_ssh_sessions_total{"):].rsplit("} ", 1)
            found = dict(re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', labels))
            sessions.append({k: found.get(k) for k in ("kex", "host_key", "cipher", "mac")}
                            | {"sessions": int(float(value))})
    return sorted(sessions, key=lambda s: -s["sessions"]) if sessions else None


def algorithms_text(algorithms):
    if algorithms is None:
        return "(no driftwatch_ssh_sessions_total)"
    total = sum(a["sessions"] for a in algorithms)
    return "; ".join(f"{a['kex']}, {a['host_key']}, {a['cipher']}, {a['mac']}"
                     + (f" ({100 * a['sessions'] / total:.0f}%)" if len(algorithms) > 1 else "")
                     for a in algorithms)


def print_servers_table(rows, devices, latency_ms, concurrency):
    if not rows:
        return
    print(f"\n  {devices} routers at {latency_ms} ms, max-concurrency {concurrency} (pool: {concurrency} workers):")
    print("  | Server | Host keys | First CPU/device | First wall | Steady CPU/device | Steady wall | First/steady CPU"
          " | Pool CPU/device | Pool wall | Daemon/pool CPU | Negotiated (kex, host key, cipher, MAC) |")
    print("  |---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        first, steady, pool = row["first"], row["steady"], row["pool"]
        ratio = first["daemon_cpu_ms_per_device"] / steady["daemon_cpu_ms_per_device"]
        pool_cells = ("failed", "failed", "") if "error" in pool else (
            f"{pool['cpu_ms_per_device']:.2f} ms", f"{pool['wall']:.2f} s", f"{row['cpu_ratio']:.2f}")
        print(f"  | {row['server']} | {row['host_keys']} | {first['daemon_cpu_ms_per_device']:.2f} ms"
              f" | {first['wall_s']:.2f} s | {steady['daemon_cpu_ms_per_device']:.2f} ms | {steady['wall_s']:.2f} s"
              f" | {ratio:.2f} | {' | '.join(pool_cells)} | {algorithms_text(row['algorithms'])} |", flush=True)


def print_row(row):
    print(f"  sweep {row['sweep']}: {row['ok']}/{row['devices']} OK at concurrency {row['concurrency']}, "
          f"{row['latency_ms']} ms latency: {row['wall_s']} s wall, {row['devices_per_s']} devices/s; "
          f"bound {max(row['latency_bound_s'], row['cpu_bound_s'])} s (latency {row['latency_bound_s']}, "
          f"cpu {row['cpu_bound_s']}), ratio {row['ratio']}; CPU daemon {row['daemon_cpu_s']} s "
          f"({row['daemon_cpu_ms_per_device']} ms/device), fleet {row['fleet_cpu_s']} s; "
          f"peak heap {row['peak_heap_mib']} MiB, peak RSS {row['peak_rss_mib']} MiB"
          + (f", heap after GC {row['heap_after_gc_mib']} MiB" if row.get("heap_after_gc_mib") is not None else "")
          + f"; {row['rows_written']} rows written", flush=True)


def modes():
    """Each named mode: its title and the function that runs it with the command line's numbers."""
    from startup import run_startup
    return {"history": ("history", run_history, 2), "hostile": ("hostile-fleet", run_hostile, 2),
            "cluster": ("cluster", run_cluster, 3), "servers": ("SSH servers", run_servers, 3),
            "startup": ("start-up", run_startup, 3), "soak": ("soak", run_soak, 2)}


def main(argv):
    if not os.path.exists(JAR):
        raise SystemExit("benchmark: build first: ./mvnw -B package -DskipTests")
    scenarios = []
    mode = modes().get(argv[0]) if argv else None
    if mode:
        title, run, arguments = mode
        print(f"Driftwatch {title} benchmark on {CORES} cores, daemon {' '.join(DAEMON_JVM)}")
        return run(*[int(a) for a in argv[1:1 + arguments]])
    if argv and argv[0] == "sweep":
        scenarios.append((int(argv[1]), int(argv[2]), int(argv[3]), True))
    else:
        scenarios = [(1000, 500, 1000, True), (10000, 500, 1000, True), (10000, 0, 1000, False)]
    results = []
    print(f"Driftwatch sweep benchmark on {CORES} cores, daemon {' '.join(DAEMON_JVM)}")
    for devices, latency, concurrency, with_peer in scenarios:
        print(f"\n== {devices} routers, {latency} ms reply latency, max-concurrency {concurrency}", flush=True)
        results.append(run_sweeps(devices, latency, concurrency, with_peer))
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
