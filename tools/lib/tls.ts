// A throw-away self-signed certificate for the hosts the tests play, made with
// openssl at test time (never committed). Sina is served over https, and the
// mobile template switches an http page to https by script (e2e-recipe §9).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Tls = { key: string; cert: string };

export function makeCertificate(hosts: string[]): Tls {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finlens-tls-'));
  try {
    const names = [...new Set(hosts.flatMap((h) => [h, `*.${h}`]))].map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
        '-subj', '/CN=finlens-test',
        '-addext', `subjectAltName=${names}`,
        '-keyout', path.join(dir, 'key.pem'),
        '-out', path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
