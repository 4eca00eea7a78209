import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface StaticServer {
  /** Origin without a trailing slash, e.g. "http://127.0.0.1:41234". */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Serves `dir` on 127.0.0.1 at a random free port, like a static host would:
 * "/x/" serves "x/index.html", "/x" redirects to "/x/" when x is a folder,
 * anything else missing gets status 404 with the site's 404.html when it has one.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);

  async function send(res: ServerResponse, method: string, status: number, file: string): Promise<void> {
    const body = await readFile(file);
    res.writeHead(status, { "content-type": contentType(file), "content-length": body.length });
    res.end(method === "HEAD" ? undefined : body);
  }

  async function notFound(res: ServerResponse, method: string): Promise<void> {
    const page = path.join(root, "404.html");
    if (await isFile(page)) return send(res, method, 404, page);
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end(method === "HEAD" ? undefined : "Not found\n");
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" });
      return void res.end();
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400);
      return void res.end();
    }
    // Resolve inside the root only: no "..", no absolute paths, no NUL bytes.
    const file = path.resolve(root, `.${pathname}`);
    if (pathname.includes("\0") || (file !== root && !file.startsWith(root + path.sep))) {
      return notFound(res, method);
    }
    if (pathname.endsWith("/")) {
      const index = path.join(file, "index.html");
      return (await isFile(index)) ? send(res, method, 200, index) : notFound(res, method);
    }
    if (await isFile(file)) return send(res, method, 200, file);
    if (await isDirectory(file)) {
      res.writeHead(301, { location: `${encodeURI(pathname)}/` });
      return void res.end();
    }
    return notFound(res, method);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
