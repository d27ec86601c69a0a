// Small helpers for scripts/e2e-geth.sh, so that the script needs nothing but Node, the npm dependencies and
// what it builds itself (no curl, jq or python). Every wait is bounded.
//
//   node scripts/e2e/tool.mjs free-port
//   node scripts/e2e/tool.mjs wait-rpc   URL TIMEOUT_S            until eth_chainId answers; prints it
//   node scripts/e2e/tool.mjs wait-http  URL TIMEOUT_S            until GET URL answers 2xx
//   node scripts/e2e/tool.mjs wait-redis HOST:PORT TIMEOUT_S      until PING answers PONG
//   node scripts/e2e/tool.mjs json FILE|- PATH                    prints a field of a JSON document (a.b.c)
//   node scripts/e2e/tool.mjs keygen DIR NAME...                  random keys → DIR/keys.json, DIR/<name>.key;
//                                                                 DIR/service.keystore.json (geth v3 keystore
//                                                                 written by ethers) + DIR/service.password
//   node scripts/e2e/tool.mjs fund RPC ETH ADDRESS...             send ETH from geth's --dev account
//                                                                 (eth_sendTransaction: it is unlocked in geth)
//   node scripts/e2e/tool.mjs set-minter RPC KEYFILE TOKEN MINTER the token's creator calls setMinter(MINTER, true)
//                                                                 from its own wallet
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Contract, JsonRpcProvider, Wallet, getAddress, parseEther, formatEther } from 'ethers';

const die = (msg) => {
  console.error(`tool.mjs: ${msg}`);
  process.exit(1);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, timeoutS, fn) {
  const end = Date.now() + Number(timeoutS) * 1000;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) die(`timed out after ${timeoutS}s waiting for ${what}${last ? `: ${last.message ?? last}` : ''}`);
    await sleep(250);
  }
}

function provider(url) {
  // staticNetwork: no network detection retries in the background; polling for receipts at 250ms.
  const p = new JsonRpcProvider(url, undefined, { staticNetwork: true, pollingInterval: 250, cacheTimeout: -1 });
  return p;
}

const [cmd, ...args] = process.argv.slice(2);
switch (cmd) {
  case 'free-port': {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      console.log(srv.address().port);
      srv.close();
    });
    break;
  }

  case 'wait-rpc': {
    const [url, timeout] = args;
    const id = await until(`eth_chainId at ${url}`, timeout, async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
        signal: AbortSignal.timeout(2000),
      });
      const j = await res.json();
      return j.result ? BigInt(j.result).toString() : undefined;
    });
    console.log(id);
    break;
  }

  case 'wait-http': {
    const [url, timeout] = args;
    await until(`GET ${url}`, timeout, async () => {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      return res.ok;
    });
    break;
  }

  case 'wait-redis': {
    const [hostport, timeout] = args;
    const [host, port] = hostport.split(':');
    await until(`redis PING at ${hostport}`, timeout, () =>
      new Promise((resolve, reject) => {
        const s = net.connect(Number(port), host);
        s.setTimeout(2000, () => {
          s.destroy();
          reject(new Error('timeout'));
        });
        s.on('error', reject);
        s.on('connect', () => s.write('PING\r\n'));
        s.on('data', (d) => {
          s.destroy();
          resolve(d.toString().startsWith('+PONG') ? true : undefined);
        });
      }));
    break;
  }

  case 'json': {
    const [file, p] = args;
    const doc = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
    let v = doc;
    for (const k of p.split('.')) {
      if (v == null || !(k in v)) die(`no field ${p} in ${JSON.stringify(doc)}`);
      v = v[k];
    }
    console.log(typeof v === 'string' ? v : JSON.stringify(v));
    break;
  }

  case 'keygen': {
    const [dir, ...names] = args;
    mkdirSync(dir, { recursive: true });
    const keys = {};
    for (const n of names) {
      const w = Wallet.createRandom();
      keys[n] = { address: w.address, key_file: path.join(dir, `${n}.key`) };
      writeFileSync(keys[n].key_file, w.privateKey + '\n', { mode: 0o600 });
    }
    writeFileSync(path.join(dir, 'keys.json'), JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
    // The service key as an encrypted keystore, the format geth and `tribectl deploy` / tribed read. Written by
    // ethers (scrypt, geth's standard parameters): a keystore from another implementation than go-ethereum's.
    if (keys.service) {
      const password = randomBytes(16).toString('hex');
      const w = new Wallet(readFileSync(keys.service.key_file, 'utf8').trim());
      const json = await w.encrypt(password);
      writeFileSync(path.join(dir, 'service.keystore.json'), json + '\n', { mode: 0o600 });
      writeFileSync(path.join(dir, 'service.password'), password + '\n', { mode: 0o600 });
    }
    for (const n of names) console.log(`${n} ${keys[n].address}`);
    break;
  }

  case 'fund': {
    const [url, eth, ...addrs] = args;
    const p = provider(url);
    const accounts = await p.send('eth_accounts', []);
    if (accounts.length === 0) die('geth exposes no account: is it running with --dev?');
    const dev = await p.getSigner(accounts[0]);
    const value = parseEther(eth);
    const txs = [];
    for (const a of addrs) txs.push(await dev.sendTransaction({ to: getAddress(a), value }));
    for (const tx of txs) {
      const r = await tx.wait(1, 60_000);
      if (r.status !== 1) die(`funding tx ${tx.hash} failed`);
    }
    for (const a of addrs) console.log(`funded ${a} with ${formatEther(await p.getBalance(a))} ETH from geth's dev account ${accounts[0]}`);
    p.destroy();
    break;
  }

  case 'set-minter': {
    const [url, keyFile, token, minter] = args;
    const p = provider(url);
    const w = new Wallet(readFileSync(keyFile, 'utf8').trim(), p);
    const t = new Contract(token, [
      'function setMinter(address minter, bool allowed)',
      'function isMinter(address) view returns (bool)',
      'function creator() view returns (address)',
    ], w);
    const creator = await t.creator();
    if (creator !== w.address) die(`token ${token} has creator ${creator}, not ${w.address}`);
    const tx = await t.setMinter(minter, true);
    const r = await tx.wait(1, 60_000);
    if (r.status !== 1) die(`setMinter tx ${tx.hash} failed`);
    if (!(await t.isMinter(minter))) die(`isMinter(${minter}) is false after setMinter`);
    console.log(`setMinter(${minter}, true) by creator ${w.address}: tx ${tx.hash} (gas ${r.gasUsed})`);
    p.destroy();
    break;
  }

  default:
    die(`unknown command ${cmd ?? '(none)'}`);
}
