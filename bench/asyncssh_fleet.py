#!/usr/bin/python3
"""A second SSH implementation for the benchmark: N Cisco IOS routers served by asyncssh (Debian's
python3-asyncssh) on consecutive loopback ports, so the daemon is measured against another server than the lab's
Apache MINA SSHD. It writes an inventory and password files in exactly the lab's format, so the daemon and
bench/peer.py read them unchanged, prints one line containing "ready" once every port listens, and serves until
stopped (SIGTERM or SIGINT).

Usage: asyncssh_fleet.py --devices N --latency-ms L --base-port P --dir D [--host-key ed25519|ecdsa|rsa|mix]
                         [--key-cache FOLDER]"""
import argparse
import asyncio
import concurrent.futures
import os
import random
import resource
import secrets
import signal
import warnings

# Debian's asyncssh imports ciphers that cryptography deprecates; the warnings would come before the ready line.
warnings.filterwarnings("ignore", message=".*has been deprecated")
import asyncssh  # noqa: E402

KEY_TYPES = {"ed25519": "ssh-ed25519", "ecdsa": "ecdsa-sha2-nistp256", "rsa": "ssh-rsa"}
MIX = ("ed25519", "ecdsa", "rsa")
# An RSA-2048 key takes 50 to 100 ms to make: RSA routers share this many distinct keys, as the lab's do. The daemon
# pins a key per device, and a handshake signs the same way whichever key of the pool it is.
RSA_POOL = 64
VERSIONS = ("15.2(4)M7", "15.4(3)M5", "15.5(3)M9", "15.7(3)M4")
MODELS = (("CISCO2911/K9", "C2900", "c2900"), ("CISCO3945/K9", "C3900", "c3900"),
          ("CISCO1941/K9", "C1900", "c1900"))
COMMAND = "show version"

SHOW_VERSION = """\
Cisco IOS Software, {family} Software ({family}-UNIVERSALK9-M), Version {version}, RELEASE SOFTWARE (fc2)
Technical Support: http://www.cisco.com/techsupport
Copyright (c) 1986-2019 by Cisco Systems, Inc.
Compiled Thu 24-Jan-19 05:37 by prod_rel_team

ROM: System Bootstrap, Version 15.0(1r)M15, RELEASE SOFTWARE (fc1)

{hostname} uptime is {uptime}
System returned to ROM by power-on
System restarted at 10:12:41 UTC Mon Jan 5 2026
System image file is "flash0:{image}-universalk9-mz.SPA.{image_version}.bin"
Last reload type: Normal Reload
Last reload reason: power-on



This product contains cryptographic features and is subject to United
States and local country laws governing import, export, transfer and
use. Delivery of Cisco cryptographic products does not imply
third-party authority to import, export, distribute or use encryption.
Importers, exporters, distributors and users are responsible for
compliance with U.S. and local country laws. By using this product you
agree to comply with applicable laws and regulations. If you are unable
to comply with U.S. and local laws, return this product immediately.

A summary of U.S. laws governing Cisco cryptographic products may be found at:
http://www.cisco.com/wwl/export/crypto/tool/stqrg.html

If you require further assistance please contact us by sending email to
export@cisco.com.

Cisco {model} (revision 1.0) with 487424K/36864K bytes of memory.
Processor board ID {serial}
3 Gigabit Ethernet interfaces
1 terminal line
1 Virtual Private Network (VPN) Module
DRAM configuration is 64 bits wide with parity enabled.
255K bytes of non-volatile configuration memory.
250880K bytes of ATA System CompactFlash 0 (Read/Write)


License Info:

License UDI:

-------------------------------------------------
Device#   PID                   SN
-------------------------------------------------
*0        {model}          {serial}



Technology Package License Information for Module:'{image}'

-----------------------------------------------------------------
Technology    Technology-package           Technology-package
              Current       Type           Next reboot
------------------------------------------------------------------
ipbase        ipbasek9      Permanent      ipbasek9
security      securityk9    Permanent      securityk9
uc            None          None           None
data          None          None           None

Configuration register is 0x2102

"""


def show_version(index, name, rng):
    version = VERSIONS[index % len(VERSIONS)]
    model, family, image = MODELS[index % len(MODELS)]
    serial = "FTX" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    uptime = ", ".join(f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in (
        (rng.randint(1, 3), "year"), (rng.randint(0, 51), "week"), (rng.randint(0, 6), "day"),
        (rng.randint(0, 23), "hour"), (rng.randint(0, 59), "minute")))
    return SHOW_VERSION.format(family=family, version=version, hostname=name, uptime=uptime, image=image,
                               image_version=version.replace(".", "").replace("(", "-").replace(")", "."),
                               model=model, serial=serial)


def host_keys(kind, devices, cache):
    """The host key of each router: its own for Ed25519 and ECDSA, from the RSA pool for RSA."""
    types = [MIX[i % 3] if kind == "mix" else kind for i in range(devices)]
    pool = rsa_pool(min(RSA_POOL, types.count("rsa")), cache)
    handed_out = 0
    keys = []
    for key_type in types:
        if key_type == "rsa":
            keys.append(pool[handed_out % len(pool)])
            handed_out += 1
        else:
            keys.append(asyncssh.generate_private_key(KEY_TYPES[key_type]))
    return keys


def rsa_pool(size, cache):
    """`size` RSA keys, kept in `cache` (when given) for the next start: on a busy 2-core machine OpenSSL takes up to
    a few seconds of wall time per key. Made in threads, since cryptography lets go of the GIL while OpenSSL works."""
    def key(k):
        path = os.path.join(cache, f"rsa-{k:02d}.pem") if cache else None
        if path and os.path.exists(path):
            return asyncssh.read_private_key(path)
        made = asyncssh.generate_private_key("ssh-rsa", key_size=2048)
        if path:
            made.write_private_key(path)
        return made
    if cache:
        os.makedirs(cache, exist_ok=True)
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as threads:
        return list(threads.map(key, range(size)))


class Router(asyncssh.SSHServer):
    def __init__(self, username, password):
        self.username = username
        self.password = password

    def begin_auth(self, username):
        return True

    def password_auth_supported(self):
        return True

    def validate_password(self, username, password):
        return username == self.username and secrets.compare_digest(password, self.password)


def answer(output, latency):
    async def run(process):
        await asyncio.sleep(latency)
        if process.command and process.command.strip() == COMMAND:
            process.stdout.write(output)
        else:
            process.stdout.write("                ^\n% Invalid input detected at '^' marker.\n\n")
        process.exit(0)
    return run


def write_inventory(directory, names, base_port, password):
    os.makedirs(directory, exist_ok=True)
    password_file = os.path.abspath(os.path.join(directory, "password"))
    stale_file = os.path.abspath(os.path.join(directory, "stale-password"))
    with open(password_file, "w") as f:
        f.write(password + "\n")
    with open(stale_file, "w") as f:
        f.write("expired-" + password + "\n")
    devices = "".join(f"  - {{ name: {name}, host: 127.0.0.1, port: {base_port + i}, platform: cisco_ios,"
                      f" credential: lab, group: campus }}\n" for i, name in enumerate(names))
    inventory = os.path.join(directory, "inventory.yaml")
    with open(inventory, "w") as f:
        f.write("# Generated by the Driftwatch asyncssh fleet at each start; edits are overwritten.\n"
                "credentials:\n"
                f"  lab: {{ username: lab, password: ${{file:{password_file}}} }}\n"
                f"  lab-stale: {{ username: lab, password: ${{file:{stale_file}}} }}\n"
                "devices:\n" + devices)
    return os.path.abspath(inventory)


async def serve(args):
    rng = random.Random(42)
    password = secrets.token_hex(12)
    names = [f"campus-ios-{i + 1:04d}" for i in range(args.devices)]
    keys = host_keys(args.host_key, args.devices, args.key_cache)
    latency = args.latency_ms / 1000
    servers = []
    for i, name in enumerate(names):
        servers.append(await asyncssh.create_server(
            lambda: Router("lab", password), "127.0.0.1", args.base_port + i, server_host_keys=[keys[i]],
            process_factory=answer(show_version(i, name, rng), latency), backlog=512))
    inventory = write_inventory(args.dir, names, args.base_port, password)
    print(f"asyncssh fleet ready: {args.devices} routers on 127.0.0.1:{args.base_port}-"
          f"{args.base_port + args.devices - 1}, {args.latency_ms} ms latency, {args.host_key} host keys,"
          f" asyncssh {asyncssh.__version__}, inventory {inventory}", flush=True)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopped.set)
    await stopped.wait()
    for server in servers:
        server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--latency-ms", type=int, default=200)
    parser.add_argument("--base-port", type=int, default=21000)
    parser.add_argument("--dir", default="bench/out/asyncssh-fleet")
    parser.add_argument("--host-key", choices=("ed25519", "ecdsa", "rsa", "mix"), default="ed25519")
    parser.add_argument("--key-cache", help="folder that keeps the RSA pool's keys from one start to the next")
    args = parser.parse_args()
    # A listening socket per router, and a connection per poll in flight.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, 4 * args.devices + 1024)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
