// Shared by the fan and the creator page: the API client, the wallet (any EIP-1193 provider), Sign-In with
// Ethereum, chain reads, and small DOM and number helpers.
import {
  createPublicClient, custom, encodeFunctionData, formatUnits, getAddress, http, parseUnits, toHex,
} from 'viem';

export const DECIMALS_FALLBACK = 18;

// The few contract fragments the pages use.
export const erc20Abi = [
  { type: 'function', name: 'name', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'symbol', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'decimals', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint8' }] },
  { type: 'function', name: 'totalSupply', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] },
  { type: 'function', name: 'balanceOf', stateMutability: 'view', inputs: [{ name: 'a', type: 'address' }], outputs: [{ type: 'uint256' }] },
];
// What funding a pool needs of its ERC-20: allowance, and EIP-2612 permit (nonces) with ERC-5267's
// eip712Domain to learn the token's signing domain.
export const fundingAbi = [
  ...erc20Abi,
  { type: 'function', name: 'allowance', stateMutability: 'view', inputs: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }], outputs: [{ type: 'uint256' }] },
  { type: 'function', name: 'approve', stateMutability: 'nonpayable', inputs: [{ name: 'spender', type: 'address' }, { name: 'amount', type: 'uint256' }], outputs: [{ type: 'bool' }] },
  { type: 'function', name: 'nonces', stateMutability: 'view', inputs: [{ name: 'owner', type: 'address' }], outputs: [{ type: 'uint256' }] },
  {
    type: 'function', name: 'eip712Domain', stateMutability: 'view', inputs: [],
    outputs: [{ name: 'fields', type: 'bytes1' }, { name: 'name', type: 'string' }, { name: 'version', type: 'string' }, { name: 'chainId', type: 'uint256' },
      { name: 'verifyingContract', type: 'address' }, { name: 'salt', type: 'bytes32' }, { name: 'extensions', type: 'uint256[]' }],
  },
];
export const tokenAbi = [
  ...erc20Abi,
  { type: 'function', name: 'isMinter', stateMutability: 'view', inputs: [{ name: 'a', type: 'address' }], outputs: [{ type: 'bool' }] },
  { type: 'function', name: 'setMinter', stateMutability: 'nonpayable', inputs: [{ name: 'minter', type: 'address' }, { name: 'allowed', type: 'bool' }], outputs: [] },
  { type: 'function', name: 'maxSupply', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] },
];
export const distributorAbi = [
  { type: 'function', name: 'claimed', stateMutability: 'view', inputs: [{ name: 'token', type: 'address' }, { name: 'account', type: 'address' }], outputs: [{ type: 'uint256' }] },
  { type: 'function', name: 'setPayoutLimit', stateMutability: 'nonpayable', inputs: [{ name: 'token', type: 'address' }, { name: 'limit', type: 'uint256' }, { name: 'period', type: 'uint32' }], outputs: [] },
  {
    type: 'function', name: 'payoutLimit', stateMutability: 'view', inputs: [{ name: 'token', type: 'address' }],
    outputs: [{ name: 'limit', type: 'uint256' }, { name: 'period', type: 'uint32' }, { name: 'paidInPeriod', type: 'uint256' }, { name: 'periodEndsAt', type: 'uint256' }],
  },
  { type: 'function', name: 'payoutManager', stateMutability: 'view', inputs: [{ name: 'token', type: 'address' }], outputs: [{ type: 'address' }] },
];
// Sponsor pools on the distributor (contracts/out/RewardsDistributor.abi), with the errors the sponsor page
// explains in words.
const addr = (name) => ({ name, type: 'address' });
const u256 = (name) => ({ name, type: 'uint256' });
const fn = (name, inputs, outputs = [], stateMutability = 'nonpayable') => ({ type: 'function', name, stateMutability, inputs, outputs });
const err = (name, ...inputs) => ({ type: 'error', name, inputs });
export const poolAbi = [
  fn('predictPoolAddress', [addr('owner'), addr('token'), { name: 'salt', type: 'bytes32' }], [addr('')], 'view'),
  fn('createPool', [addr('token'), { name: 'salt', type: 'bytes32' }], [addr('pool')]),
  fn('fundPool', [addr('pool'), u256('amount')]),
  fn('fundPoolWithPermit', [addr('pool'), u256('amount'), u256('deadline'), { name: 'v', type: 'uint8' }, { name: 'r', type: 'bytes32' }, { name: 's', type: 'bytes32' }]),
  fn('announceWithdrawal', [addr('pool')]),
  fn('cancelWithdrawal', [addr('pool')]),
  fn('withdraw', [addr('pool'), addr('to'), u256('amount')]),
  fn('withdrawable', [addr('pool')], [u256('')], 'view'),
  fn('withdrawalNotice', [], [{ name: '', type: 'uint32' }], 'view'),
  fn('isPool', [addr('pool')], [{ name: '', type: 'bool' }], 'view'),
  fn('poolInfo', [addr('pool')], [addr('token'), addr('owner'), u256('balance'), u256('paid'), u256('committed'), u256('withdrawableAt')], 'view'),
  { type: 'event', name: 'PoolCreated', inputs: [{ ...addr('pool'), indexed: true }, { ...addr('token'), indexed: true }, { ...addr('owner'), indexed: true }] },
  { type: 'event', name: 'PoolOwnershipTransferred', inputs: [{ ...addr('pool'), indexed: true }, { ...addr('previousOwner'), indexed: true }, { ...addr('newOwner'), indexed: true }] },
  err('ClaimsPaused'), err('UnknownPool', addr('pool')), err('PoolExists', addr('pool')), err('NotAContract', addr('token')),
  err('NotPoolOwner', addr('pool'), addr('caller')), err('WithdrawalAlreadyAnnounced', addr('pool'), u256('withdrawableAt')),
  err('NoWithdrawalAnnounced', addr('pool')), err('WithdrawalNotDue', addr('pool'), u256('withdrawableAt')),
  err('WithdrawalTooLarge', addr('pool'), u256('withdrawable'), u256('amount')), err('ZeroAddress'), err('ZeroAmount'),
  err('AmountTooLarge', u256('amount')),
  err('ERC20InsufficientBalance', addr('sender'), u256('balance'), u256('needed')),
  err('ERC20InsufficientAllowance', addr('spender'), u256('allowance'), u256('needed')),
  err('SafeERC20FailedOperation', addr('token')),
];

// ---- DOM ----

export const $ = (sel, root = document) => root.querySelector(sel);

// el builds an element: attributes (on* keys become listeners, `text` sets textContent) and children.
export function el(tag, attrs = {}, ...children) {
  const svg = ['svg', 'path', 'line', 'rect', 'text', 'g', 'polyline', 'circle', 'title'].includes(tag);
  const n = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') n.textContent = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

// status writes a message into a live region; kind is "info", "ok" or "error".
export function status(region, message, kind = 'info') {
  region.textContent = message;
  region.dataset.kind = kind;
}

export function short(addr) {
  return addr ? `${addr.slice(0, 6)}…${addr.slice(-4)}` : '';
}

// fmt shows a base-unit amount in whole tokens, with up to 4 decimals and thousands separators.
export function fmt(amount, decimals = DECIMALS_FALLBACK) {
  const s = formatUnits(BigInt(amount), decimals);
  let [whole, frac = ''] = s.split('.');
  frac = frac.slice(0, 4).replace(/0+$/, '');
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${whole}.${frac}` : whole;
}

// units reads a whole-token amount typed by a person ("12.5") as base units; it throws a readable error.
export function units(text, decimals = DECIMALS_FALLBACK, what = 'amount') {
  const t = String(text).trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) throw new Error(`${what}: enter a number such as 100 or 2.5`);
  return parseUnits(t, decimals);
}

// rulesSummary says in one line what a campaign's rules pay, in the reward token's units.
export function rulesSummary(r, meta) {
  const parts = [];
  if (r.referral) parts.push(`referral ${fmt(r.referral.referrer_reward, meta.decimals)} + ${fmt(r.referral.referee_reward, meta.decimals)}`);
  if (r.contributions) parts.push(`contributions: ${Object.entries(r.contributions).map(([k, v]) => `${k} ${fmt(v, meta.decimals)}`).join(', ')}`);
  if (r.revenue_share) parts.push(`revenue share ${r.revenue_share.bps / 100}% for ${r.revenue_share.window_days} days`);
  if (r.daily_cap) parts.push(`cap ${fmt(r.daily_cap, meta.decimals)}/day`);
  if (r.hold_seconds) parts.push(`held ${duration(r.hold_seconds)}`);
  const own = (h, what) => { if (h !== undefined && h !== (r.hold_seconds ?? 0)) parts.push(`${what} held ${duration(h)}`); };
  own(r.referral?.hold_seconds, 'referrals');
  own(r.revenue_share?.hold_seconds, 'revenue share');
  own(r.contributions_hold_seconds, 'contributions');
  if (r.approval === 'manual') parts.push('manual approval');
  return parts.join(' · ');
}

// duration says a number of seconds in words: "90 s", "5 min", "2 h", "1 day 6 h".
export function duration(s) {
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  const d = Math.floor(s / 86400);
  const h = Math.round((s % 86400) / 3600);
  if (!d) return `${h} h`;
  return `${d} day${d === 1 ? '' : 's'}${h ? ` ${h} h` : ''}`;
}

export function randomKey() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

// ---- API ----

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// api calls the tribe API on this origin and returns the decoded JSON body; errors become ApiError.
export async function api(method, path, { token, body, idempotencyKey } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  if (!res.ok) {
    throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return data;
}

// download fetches path with the bearer token and saves the body as a file (a Blob behind an object URL,
// so no inline script or new CSP source is needed). The name is the server's Content-Disposition filename,
// else fallback. Errors become ApiError, as for api.
export async function download(path, token, fallback) {
  const res = await fetch(path, { headers: { Accept: 'text/csv', Authorization: `Bearer ${token}` } });
  if (!res.ok) {
    let data = null;
    try { data = await res.json(); } catch { data = null; }
    throw new ApiError(res.status, data?.error?.code ?? `http_${res.status}`, data?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  const blob = await res.blob();
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? fallback;
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

// ---- SIWE ----

// siweMessage builds the EIP-4361 text exactly as internal/auth parses it (LF line ends, no trailing LF).
export function siweMessage({ domain, address, statement, uri, chainId, nonce, issuedAt, expirationTime }) {
  return [
    `${domain} wants you to sign in with your Ethereum account:`,
    address,
    '',
    statement,
    '',
    `URI: ${uri}`,
    'Version: 1',
    `Chain ID: ${chainId}`,
    `Nonce: ${nonce}`,
    `Issued At: ${issuedAt}`,
    `Expiration Time: ${expirationTime}`,
  ].join('\n');
}

// ---- wallet ----

const SESSION_KEY = 'tribe.session';

// Wallet is the connected EIP-1193 provider, its account, the API session and a public client for reads.
export class Wallet {
  constructor(info) {
    this.info = info;
    this.chainId = BigInt(info.chain_id);
    this.provider = window.ethereum ?? null;
    this.address = null;
    this.token = null;
    this.listeners = [];
    const transport = info.rpc_url ? http(info.rpc_url) : this.provider ? custom(this.provider) : null;
    this.client = transport ? createPublicClient({ transport, pollingInterval: 500 }) : null;
  }

  onChange(fn) { this.listeners.push(fn); }
  emit() { for (const fn of this.listeners) fn(this); }

  async connect() {
    this.provider ??= window.ethereum ?? null; // some wallets inject after the page loaded
    if (!this.provider) throw new Error('No Ethereum wallet found in this browser. Install one (MetaMask, Rabby, Coinbase Wallet) and reload.');
    const accounts = await this.provider.request({ method: 'eth_requestAccounts' });
    if (!accounts?.length) throw new Error('The wallet shared no account.');
    this.address = getAddress(accounts[0]);
    const cid = BigInt(await this.provider.request({ method: 'eth_chainId' }));
    if (cid !== this.chainId) {
      try {
        await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: toHex(this.chainId) }] });
      } catch {
        throw new Error(`Switch your wallet to chain ${this.chainId} (it is on ${cid}).`);
      }
    }
    if (!this.client) this.client = createPublicClient({ transport: custom(this.provider), pollingInterval: 500 });
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
    if (saved && saved.address === this.address && Date.parse(saved.expires_at) > Date.now() + 60_000) this.token = saved.token;
    else this.token = null;
    this.provider.on?.('accountsChanged', () => { this.address = null; this.token = null; sessionStorage.removeItem(SESSION_KEY); this.emit(); });
    this.emit();
  }

  async signIn() {
    const { nonce } = await api('POST', '/v1/auth/nonce');
    const now = new Date();
    const message = siweMessage({
      domain: location.host, address: this.address, statement: 'Sign in to tribe.',
      uri: location.origin + location.pathname, chainId: this.chainId.toString(), nonce,
      issuedAt: now.toISOString(), expirationTime: new Date(now.getTime() + 8 * 3600_000).toISOString(),
    });
    const signature = await this.provider.request({ method: 'personal_sign', params: [toHex(message), this.address] });
    const res = await api('POST', '/v1/auth/login', { body: { message, signature } });
    this.token = res.token;
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ address: this.address, token: res.token, expires_at: res.expires_at }));
    this.emit();
  }

  signOut() {
    this.token = null;
    sessionStorage.removeItem(SESSION_KEY);
    this.emit();
  }

  api(method, path, opts = {}) { return api(method, path, { ...opts, token: this.token }); }

  // send asks the wallet to send a transaction and returns its hash.
  send(to, data) {
    return this.provider.request({ method: 'eth_sendTransaction', params: [{ from: this.address, to, data }] });
  }

  // call sends a contract write from the wallet.
  write(address, abi, functionName, args) {
    return this.send(address, encodeFunctionData({ abi, functionName, args }));
  }

  // writeChecked runs a contract write as a call first, so that a revert is reported with the contract's own
  // error (decoded with abi) before the wallet asks anything, then sends it and returns its hash.
  async writeChecked(address, abi, functionName, args) {
    await this.client.simulateContract({ account: this.address, address, abi, functionName, args });
    return this.write(address, abi, functionName, args);
  }

  // wait follows a transaction until it is mined; it throws if it reverted.
  async wait(hash) {
    const r = await this.client.waitForTransactionReceipt({ hash, pollingInterval: 500, timeout: 120_000 });
    if (r.status !== 'success') throw new Error(`Transaction ${short(hash)} reverted.`);
    return r;
  }

  read(address, abi, functionName, args = []) {
    return this.client.readContract({ address, abi, functionName, args });
  }
}

const tokenCache = new Map();

// tokenInfo reads a token's name, symbol and decimals once.
export function tokenInfo(wallet, token) {
  if (!tokenCache.has(token)) {
    tokenCache.set(token, (async () => {
      const [name, symbol, decimals] = await Promise.all([
        wallet.read(token, erc20Abi, 'name').catch(() => 'Unknown token'),
        wallet.read(token, erc20Abi, 'symbol').catch(() => '?'),
        wallet.read(token, erc20Abi, 'decimals').then(Number).catch(() => DECIMALS_FALLBACK),
      ]);
      return { name, symbol, decimals };
    })());
  }
  return tokenCache.get(token);
}

// header wires the wallet bar shared by both pages: connect, sign in, sign out, and the account shown.
export async function setup(page) {
  const region = $('#status');
  let info;
  try {
    info = await api('GET', '/v1/info');
  } catch (e) {
    status(region, `The service is unreachable: ${e.message}`, 'error');
    throw e;
  }
  const wallet = new Wallet(info);
  const connectBtn = $('#connect');
  const signInBtn = $('#signin');
  const signOutBtn = $('#signout');
  const who = $('#account');
  const render = () => {
    connectBtn.hidden = !!wallet.address;
    signInBtn.hidden = !wallet.address || !!wallet.token;
    signOutBtn.hidden = !wallet.token;
    who.textContent = wallet.address ? `${short(wallet.address)}${wallet.token ? ' · signed in' : ''}` : 'No wallet connected';
    who.title = wallet.address ?? '';
    document.body.dataset.state = wallet.token ? 'signed-in' : wallet.address ? 'connected' : 'none';
  };
  wallet.onChange(render);
  render();
  connectBtn.addEventListener('click', () => guard(region, async () => {
    await wallet.connect();
    status(region, wallet.token ? 'Wallet connected; still signed in.' : 'Wallet connected. Sign in to see your account.', 'ok');
  }));
  signInBtn.addEventListener('click', () => guard(region, async () => {
    status(region, 'Sign the message in your wallet…');
    await wallet.signIn();
    status(region, `Signed in as ${short(wallet.address)}.`, 'ok');
  }));
  signOutBtn.addEventListener('click', () => { wallet.signOut(); status(region, 'Signed out.'); });
  if (!window.ethereum) status(region, 'No Ethereum wallet found in this browser. Install one to continue.', 'error');
  else status(region, `Connect your wallet to open the ${page} page.`);
  return { wallet, info, region };
}

// guard runs an action and reports its failure in the region; it returns the action's result.
export async function guard(region, fn) {
  try {
    return await fn();
  } catch (e) {
    const msg = e?.shortMessage ?? e?.message ?? String(e);
    status(region, msg, 'error');
    return undefined;
  }
}
