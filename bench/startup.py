"""Start-up benchmark: from the daemon's process start to its first completed sweep, with and without the start-up
cache the build leaves beside the jar (README, "Start-up cache"), on a lab fleet in a process of its own.

Usage: bench/run.sh startup [N [LATENCY_MS [CONCURRENCY]]]    (default 1000, 500, 1000)

For each variant the daemon starts on an empty database, is asked for a sweep as soon as it is ready, and then sweeps
until warm: the first sweep's CPU beside the steady one's is the cost the cache is meant to take away (issue 18,
target first/steady <= 1.5). The first sweep on an empty database also pins every host key and writes each device's
first history; so the daemon is then restarted on that database and its first sweep measured again, as after a
redeployment. BENCH_DAEMON_OPTS replaces the JVM options but the heap (e.g. -XX:+UseSerialGC for both JIT compilers)."""
import json
import math
import os
import subprocess
import time

import bench
from bench import JAR, OUT, cpu_seconds, seconds, start_daemon, start_lab, stop, sweep

APP = os.path.dirname(JAR)
# Ports of their own, so this runs beside another benchmark on the machine (bench.py's daemon listens on 18080, its
# fleets from 20000). bench.py's helpers read the daemon's address from bench.HTTP when they are called.
PORT = 18280
FLEET_PORT = 26000
bench.HTTP = f"http://127.0.0.1:{PORT}"


def variants():
    """The daemon's JVM options per variant: none, and each cache the build made (a JDK 25 build makes app.aot, a
    JDK 21 to 24 one app-cds.jsa). A cache serves only the JDK build that made it; the JVM runs without one else."""
    found = [("no cache", [])]
    if os.path.exists(os.path.join(APP, "app.aot")):
        found.append(("AOT cache", ["-XX:AOTCache=" + os.path.join(APP, "app.aot")]))
    if os.path.exists(os.path.join(APP, "app-cds.jsa")):
        found.append(("AppCDS", ["-XX:SharedArchiveFile=" + os.path.join(APP, "app-cds.jsa")]))
    return found


def run_startup(devices=1000, latency_ms=500, concurrency=1000):
    directory = os.path.join(OUT, f"startup-n{devices}-l{latency_ms}-c{concurrency}")
    subprocess.run(["rm", "-rf", directory])
    os.makedirs(directory)
    print(f"\n== start-up to first sweep: {devices} routers, {latency_ms} ms reply latency, max-concurrency"
          f" {concurrency}; extra JVM options: {os.environ.get('BENCH_DAEMON_OPTS') or 'none'}", flush=True)
    lab = start_lab(devices, latency_ms, os.path.join(directory, "lab"), base_port=FLEET_PORT)
    inventory = os.path.join(directory, "lab", "inventory.yaml")
    rows = []
    try:
        for name, options in variants():
            rows.append(one_variant(name, options, inventory, devices, concurrency,
                                    os.path.join(directory, name.replace(" ", "-"))))
    finally:
        stop(lab)
    with open(os.path.join(directory, "results.json"), "w") as f:
        json.dump(rows, f, indent=1)
    return rows


def launch(options, inventory, concurrency, directory):
    """A daemon and the time it was started at."""
    # From the application's directory, as AppCDS resolves the class path it recorded against the working
    # directory; every other path the daemon gets is absolute.
    here = os.getcwd()
    os.chdir(APP)
    try:
        started = time.monotonic()
        return start_daemon(inventory, concurrency, directory, [*options, f"-Dquarkus.http.port={PORT}"]), started
    finally:
        os.chdir(here)


def first_sweep(daemon, started):
    """From a just-ready daemon: seconds to ready, CPU by then, the first sweep, seconds to its end, its CPU."""
    ready_s = time.monotonic() - started
    ready_cpu = cpu_seconds(daemon.pid)
    first = sweep()
    return ready_s, ready_cpu, first, time.monotonic() - started, cpu_seconds(daemon.pid) - ready_cpu


def one_variant(name, options, inventory, devices, concurrency, directory):
    """One daemon from process start on an empty database: ready, first sweep, then warm sweeps for the steady cost;
    then a restart on that database, whose first sweep finds every host key pinned, as a redeployed daemon's does."""
    os.makedirs(directory)
    daemon, started = launch(options, inventory, concurrency, directory)
    try:
        ready_s, ready_cpu, first, first_done_s, first_cpu = first_sweep(daemon, started)
        # As the sweep benchmark: steady once the JIT has seen about 10,000 polls, whatever the fleet's size.
        warm_up = max(2, math.ceil(10000 / devices))
        steady = max(2, math.ceil(3000 / devices))
        for _ in range(warm_up):
            sweep()
        before = cpu_seconds(daemon.pid)
        walls = [seconds(sweep()) for _ in range(steady)]
        steady_cpu = (cpu_seconds(daemon.pid) - before) / steady
    finally:
        stop(daemon)
    daemon, started = launch(options, inventory, concurrency, directory)
    try:
        restart_ready_s, _, restart, restart_done_s, restart_cpu = first_sweep(daemon, started)
    finally:
        stop(daemon)
    row = {"variant": name, "devices": devices, "first_ok": first["ok"], "ready_s": round(ready_s, 2),
           "ready_cpu_s": round(ready_cpu, 2), "first_sweep_done_s": round(first_done_s, 2),
           "first_wall_s": round(seconds(first), 2),
           "first_cpu_ms_per_device": round(first_cpu * 1000 / devices, 2),
           "steady_wall_s": round(sum(walls) / steady, 2),
           "steady_cpu_ms_per_device": round(steady_cpu * 1000 / devices, 2),
           "first_to_steady": round(first_cpu / steady_cpu, 2), "warm_up_sweeps": warm_up,
           "restart_ready_s": round(restart_ready_s, 2), "restart_first_sweep_done_s": round(restart_done_s, 2),
           "restart_first_ok": restart["ok"], "restart_first_cpu_ms_per_device": round(restart_cpu * 1000 / devices, 2),
           "restart_first_to_steady": round(restart_cpu / steady_cpu, 2)}
    print(f"  {name:9}: ready {row['ready_s']} s ({row['ready_cpu_s']} s CPU), first sweep done"
          f" {row['first_sweep_done_s']} s after start; first sweep {row['first_wall_s']} s wall,"
          f" {row['first_cpu_ms_per_device']} ms CPU/device ({row['first_ok']} OK); steady (after {warm_up} sweeps)"
          f" {row['steady_wall_s']} s wall, {row['steady_cpu_ms_per_device']} ms CPU/device; first/steady CPU"
          f" {row['first_to_steady']} (target <= 1.5)", flush=True)
    print(f"  {name:9}: restart on that database (keys pinned): ready {row['restart_ready_s']} s, first sweep done"
          f" {row['restart_first_sweep_done_s']} s after start, {row['restart_first_cpu_ms_per_device']} ms CPU/device"
          f" ({row['restart_first_ok']} OK); first/steady CPU {row['restart_first_to_steady']}", flush=True)
    return row
