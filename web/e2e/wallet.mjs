// An EIP-1193 wallet for tests: the page sees window.ethereum; requests reach Node through a binding, where
// a dev account's key signs (viem's privateKeyToAccount) and everything else goes to the dev chain's RPC.
import { createWalletClient, http, hexToString, isHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

const shim = `(() => {
  const listeners = {};
  window.ethereum = {
    isTestWallet: true,
    request: ({ method, params }) => window.__tribeWallet({ method, params: params ?? [] }).then((r) => {
      if (r && r.__error) { const e = new Error(r.__error.message); e.code = r.__error.code; throw e; }
      return r;
    }),
    on: (ev, fn) => { (listeners[ev] ??= []).push(fn); },
    removeListener: (ev, fn) => { listeners[ev] = (listeners[ev] ?? []).filter((f) => f !== fn); },
  };
})();`;

// installWallet gives page a wallet holding privateKey; it returns a log of the methods the page called.
export async function installWallet(page, { privateKey, rpcUrl, chainId }) {
  const account = privateKeyToAccount(privateKey);
  const client = createWalletClient({ account, transport: http(rpcUrl), chain: { id: chainId, name: 'dev', nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [rpcUrl] } } } });
  const calls = [];
  await page.exposeBinding('__tribeWallet', async (_source, { method, params }) => {
    calls.push(method);
    try {
      switch (method) {
        case 'eth_requestAccounts':
        case 'eth_accounts':
          return [account.address];
        case 'eth_chainId':
          return `0x${chainId.toString(16)}`;
        case 'wallet_switchEthereumChain':
          if (BigInt(params[0].chainId) !== BigInt(chainId)) throw Object.assign(new Error('unknown chain'), { code: 4902 });
          return null;
        case 'personal_sign': {
          const [msg, from] = params;
          if (from.toLowerCase() !== account.address.toLowerCase()) throw new Error('personal_sign: not this account');
          return account.signMessage({ message: isHex(msg) ? { raw: msg } : msg });
        }
        case 'eth_signTypedData_v4': {
          const [from, json] = params;
          if (from.toLowerCase() !== account.address.toLowerCase()) throw new Error('signTypedData: not this account');
          const td = JSON.parse(json);
          const { EIP712Domain: _, ...types } = td.types;
          return account.signTypedData({ domain: td.domain, types, primaryType: td.primaryType, message: td.message });
        }
        case 'eth_sendTransaction': {
          const [tx] = params;
          if (tx.from.toLowerCase() !== account.address.toLowerCase()) throw new Error('sendTransaction: not this account');
          return client.sendTransaction({ to: tx.to, data: tx.data, value: tx.value ? BigInt(tx.value) : undefined });
        }
        default: {
          const res = await fetch(rpcUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
          const body = await res.json();
          if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code });
          return body.result;
        }
      }
    } catch (e) {
      return { __error: { message: e.shortMessage ?? e.message, code: e.code ?? -32603 } };
    }
  });
  await page.addInitScript(shim);
  return { address: account.address, calls, decode: hexToString };
}
