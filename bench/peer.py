#!/usr/bin/python3
"""The seed's approach, as a peer for the benchmark: a ThreadPoolExecutor that SSHes into each router with
paramiko and runs its version command. Reads the same inventory file the daemon reads (the lab fleet's), and
prints one JSON line: devices, workers, wall seconds, CPU seconds, successes."""
import argparse
import concurrent.futures
import json
import os
import re
import resource
import time

import paramiko

# The lab's inventory is one flow mapping per device; this reads exactly that shape.
DEVICE = re.compile(r"name: (?P<name>[^,]+), host: (?P<host>[^,]+), port: (?P<port>\d+), "
                    r"platform: (?P<platform>[^,]+), credential: (?P<credential>[^,]+)")
PASSWORD_FILE = re.compile(r"(?P<credential>[\w-]+): \{ username: (?P<user>[^,]+), password: \$\{file:(?P<file>[^}]+)\}")
COMMANDS = {"juniper_junos": "show version", "arista_eos": "show version"}


def read_inventory(path):
    text = open(path).read()
    credentials = {}
    for m in PASSWORD_FILE.finditer(text):
        credentials[m["credential"]] = (m["user"], open(m["file"]).read().strip())
    devices = [m.groupdict() for m in DEVICE.finditer(text)]
    return devices, credentials


def poll(device, credentials, command_of, timeout):
    user, password = credentials[device["credential"]]
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    try:
        client.connect(device["host"], int(device["port"]), user, password, timeout=timeout,
                       auth_timeout=timeout, banner_timeout=timeout, look_for_keys=False, allow_agent=False)
        _, stdout, _ = client.exec_command(command_of(device["platform"]), timeout=timeout)
        return len(stdout.read()) > 0
    except Exception:
        return False
    finally:
        client.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--inventory", required=True)
    parser.add_argument("--commands", required=True, help="JSON map of platform to version command")
    parser.add_argument("--workers", type=int, default=None, help="default: ThreadPoolExecutor's own default")
    parser.add_argument("--limit", type=int, default=None, help="poll only the first N devices")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    devices, credentials = read_inventory(args.inventory)
    if args.limit:
        devices = devices[:args.limit]
    commands = json.loads(args.commands)
    start_cpu = resource.getrusage(resource.RUSAGE_SELF)
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as pool:
        workers = pool._max_workers
        ok = sum(pool.map(lambda d: poll(d, credentials, commands.get, args.timeout), devices))
    wall = time.monotonic() - start
    end_cpu = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (end_cpu.ru_utime - start_cpu.ru_utime) + (end_cpu.ru_stime - start_cpu.ru_stime)
    print(json.dumps({"devices": len(devices), "workers": workers, "wall": round(wall, 2), "cpu": round(cpu, 2),
                      "ok": ok}))


if __name__ == "__main__":
    main()
