// Runs Debian's nginx with the documented server block (deploy/nginx.conf) as an ordinary
// process: a private prefix folder, a free port on 127.0.0.1, `daemon off` so it stays our child.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

/** Where Debian installs nginx; override with NGINX_PATH elsewhere. */
const nginxPath = process.env["NGINX_PATH"] ?? "/usr/sbin/nginx";

/** Returns a complete nginx.conf that runs `serverBlock` on 127.0.0.1:`port` with `root` as its site. */
export function renderNginxConfig(
  serverBlock: string,
  options: { port: number; root: string; prefix: string },
): string {
  let listenDone = false;
  const server = serverBlock
    // All listen lines become one on the loopback interface (no IPv6, no privileged port).
    .replace(/^(\s*)listen\s+[^;]*;[^\n]*\n?/gm, (_line, indent: string) => {
      if (listenDone) return "";
      listenDone = true;
      return `${indent}listen 127.0.0.1:${options.port};\n`;
    })
    .replace(
      /^(\s*)root\s+[^;]*;/m,
      (_line, indent: string) => `${indent}root ${quote(options.root)};`,
    );
  if (!listenDone) throw new Error("deploy/nginx.conf has no `listen` directive");
  const temp = (name: string): string => quote(path.join(options.prefix, name));
  return [
    "daemon off;",
    "master_process off;",
    "worker_processes 1;",
    `pid ${temp("nginx.pid")};`,
    `error_log ${temp("error.log")} warn;`,
    "events { worker_connections 64; }",
    "http {",
    "    access_log off;",
    `    client_body_temp_path ${temp("client_body")};`,
    `    proxy_temp_path ${temp("proxy")};`,
    `    fastcgi_temp_path ${temp("fastcgi")};`,
    `    uwsgi_temp_path ${temp("uwsgi")};`,
    `    scgi_temp_path ${temp("scgi")};`,
    server,
    "}",
    "",
  ].join("\n");
}

function quote(value: string): string {
  return `"${value.replace(/(["\\])/g, "\\$1")}"`;
}

/** Returns a TCP port that was free on 127.0.0.1 a moment ago. */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** A running nginx child process. */
export interface RunningNginx {
  origin: string;
  /** Stops nginx (SIGTERM) and waits for it to exit. */
  stop: () => Promise<void>;
}

/** Starts nginx with `serverBlock` serving `root`; resolves once it answers HTTP. */
export async function startNginx(
  serverBlock: string,
  root: string,
  prefix: string,
): Promise<RunningNginx> {
  await mkdir(prefix, { recursive: true });
  const port = await findFreePort();
  const configFile = path.join(prefix, "nginx.conf");
  await writeFile(configFile, renderNginxConfig(serverBlock, { port, root, prefix }));
  const child: ChildProcess = spawn(
    nginxPath,
    ["-c", configFile, "-p", prefix, "-e", path.join(prefix, "error.log")],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx dừng ngay khi khởi động: ${stderr.trim()}`);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1000) });
      return { origin, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`nginx không trả lời trên ${origin} sau 10 giây: ${stderr.trim()}`);
}
