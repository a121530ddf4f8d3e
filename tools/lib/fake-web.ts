// A fake web on 127.0.0.1 that plays Sina's hosts (and the other sites of the
// corpus) for end-to-end tests. Nothing is ever forwarded anywhere.
//
// One loopback port speaks three ways (e2e-recipe §4, §9):
//  - https origin: Chromium maps the hosts here with --host-resolver-rules;
//    the first byte of a connection (0x16 = TLS handshake) picks https or http;
//  - http proxy: Firefox's proxy prefs point here; a CONNECT for a served host
//    is answered "200" and its socket handed to the local https server, any
//    other CONNECT is refused; absolute-form GETs are answered locally;
//  - plain http origin, for completeness.
// Every request is recorded in `seen` so tests can assert what reached it.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { makeCertificate } from './tls';

export type Route = {
  body: string | Buffer;
  type?: string;
  /** Answered 403 unless the request's Referer matches (Sina's quote service, fake-quote-service.ts). */
  referer?: RegExp;
};

export type FakeWeb = {
  port: number;
  /** "GET host/path", "CONNECT host:port", "REFUSED host:port" … in arrival order */
  seen: string[];
  /** serve (or replace) a page at an absolute URL */
  route(url: string, route: Route): void;
  /** what is served at an absolute URL */
  routeBody(url: string): string | Buffer | undefined;
  close(): Promise<void>;
};

/** Registrable suffixes we hold a certificate for; pages outside them cannot be served over https. */
export const TLS_HOSTS = [
  'sina.com.cn',
  'finance.sina.com.cn',
  'cj.sina.com.cn', // t.cj.sina.com.cn, 财经头条 (a wildcard covers one label)
  'sina.cn',
  'cj.sina.cn',
  'weibo.com',
  '163.com',
  'baidu.com',
  'caijing.com.cn',
  'economy.caijing.com.cn',
  'hexun.com',
  'people.com.cn',
  'finance.people.com.cn',
  'qq.com',
  'sohu.com',
  'toutiao.com',
  'hq.sinajs.cn',
];

const key = (host: string, pathname: string) => `${host.toLowerCase()}${pathname}`;

export async function startFakeWeb(initial: Record<string, Route> = {}): Promise<FakeWeb> {
  const routes = new Map<string, Route>();
  const seen: string[] = [];
  const route = (url: string, r: Route) => {
    const u = new URL(url);
    routes.set(key(u.hostname, u.pathname), r);
  };
  for (const [url, r] of Object.entries(initial)) route(url, r);
  const servedHost = (host: string) => [...routes.keys()].some((k) => k.startsWith(`${host.toLowerCase()}/`));

  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? 'unknown').replace(/:\d+$/, '');
    // Proxy requests carry an absolute URL; origin requests a path + Host header.
    const url = new URL(req.url ?? '/', `https://${host}`);
    seen.push(`${req.method} ${url.hostname}${url.pathname}`);
    const hit = routes.get(key(url.hostname, url.pathname));
    if (hit?.referer && !hit.referer.test(req.headers.referer ?? '')) {
      seen.push(`403 ${url.hostname}${url.pathname}`);
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Forbidden');
    } else if (hit && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': hit.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : hit.body);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not served by the FinLens fake web');
    }
  };

  const tls = makeCertificate(TLS_HOSTS);
  const httpsServer = https.createServer({ key: tls.key, cert: tls.cert }, handler);
  const httpServer = http.createServer(handler);
  httpsServer.on('tlsClientError', () => seen.push('TLS-ERROR'));

  // Firefox: HTTPS through the proxy. Tunnel to ourselves only, never onwards.
  httpServer.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '');
    if (!servedHost(host)) {
      seen.push(`REFUSED ${target}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    seen.push(`CONNECT ${target}`);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    httpsServer.emit('connection', socket);
  });
  httpServer.on('clientError', (_err, socket) => socket.destroy());

  const front = net.createServer((socket) => {
    socket.once('readable', () => {
      const first: Buffer | null = socket.read(1);
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
    });
    socket.on('error', () => {});
  });

  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;
  return {
    port,
    seen,
    route,
    routeBody: (url) => {
      const u = new URL(url);
      return routes.get(key(u.hostname, u.pathname))?.body;
    },
    close: () =>
      new Promise<void>((resolve) => {
        httpsServer.close();
        httpServer.close();
        httpsServer.closeAllConnections?.();
        httpServer.closeAllConnections?.();
        front.close(() => resolve());
        setTimeout(resolve, 2000).unref();
      }),
  };
}
