import { publicActions, } from 'viem';
import { unwrap } from './errors.js';
import { withIdempotency, sleep } from './retry.js';
const claimedAbi = [{
        type: 'function', name: 'claimed', stateMutability: 'view',
        inputs: [{ name: 'token', type: 'address' }, { name: 'account', type: 'address' }], outputs: [{ type: 'uint256' }],
    }];
/**
 * claimAll claims every token and sponsor pool the account has something to claim in, in one
 * transaction: it sends the `claimMany` calldata of GET /v1/accounts/{account}/claims to the distributor
 * and waits for the receipt. Entries the distributor has already paid (read on-chain, since the service's
 * figures follow its indexer) are left out of the result, and nothing is sent when none is due. It throws
 * when the wallet is on another chain than the service, or when the transaction reverts (for a token in
 * mint mode whose creator has not made the distributor a minter, the API does not say so beforehand).
 */
export async function claimAll({ client, walletClient, account, publicClient, timeoutMs = 60_000 }) {
    const from = account ?? walletClient.account;
    if (!from)
        throw new Error('claimAll: no account (give account or a wallet client with one)');
    const address = typeof from === 'string' ? from : from.address;
    const claims = unwrap(await client.GET('/v1/accounts/{address}/claims', { params: { path: { address } } }));
    if (claims.claims.length === 0 || !claims.calldata || claims.calldata === '0x')
        return { claims: [], hash: null, receipt: null };
    const reader = publicClient ?? walletClient.extend(publicActions);
    // The service's `claimed` comes from its indexer (confirmed blocks), so it lags a claim just mined: read the
    // distributor itself and send nothing when every entry is already paid (claimMany would skip them all).
    const paid = await Promise.all(claims.claims.map((c) => reader.readContract({
        address: claims.to, abi: claimedAbi, functionName: 'claimed', args: [c.source, address],
    })));
    const due = claims.claims.filter((c, i) => BigInt(c.cumulative_amount) > (paid[i] ?? 0n));
    if (due.length === 0)
        return { claims: [], hash: null, receipt: null };
    const walletChain = await walletClient.getChainId();
    if (BigInt(walletChain) !== BigInt(claims.chain_id)) {
        throw new Error(`claimAll: the wallet is on chain ${walletChain}, the service on ${claims.chain_id}`);
    }
    const hash = await walletClient.sendTransaction({
        account: from, to: claims.to, data: claims.calldata, chain: walletClient.chain ?? null,
    });
    const receipt = await reader.waitForTransactionReceipt({ hash, timeout: timeoutMs });
    if (receipt.status !== 'success')
        throw new Error(`claimAll: transaction ${hash} reverted`);
    return { claims: due, hash, receipt };
}
/**
 * relay asks the service to send the signed-in wallet's claim of `token` and pay its gas (POST
 * /v1/claims/relay). It answers once the transaction is sent (`status: sent`), or with the one already in
 * flight (`in_flight`), or `sending` without `tx_hash` while another request is sending one (ask again
 * shortly); wait for `tx_hash` with a public client. It is not retried: the endpoint
 * de-duplicates by the relay in flight, not by an Idempotency-Key.
 */
export async function relay({ client, token }) {
    return unwrap(await client.POST('/v1/claims/relay', { body: { token } }));
}
/**
 * waitCommunityActive polls GET /v1/communities/{id} until the community is `active` and returns it. It
 * throws when the community turns `failed` or `mismatch` (with its `error`), or after timeoutMs.
 */
export async function waitCommunityActive({ client, id, timeoutMs = 60_000, intervalMs = 500, signal }) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const c = unwrap(await client.GET('/v1/communities/{id}', { params: { path: { id } }, signal }));
        if (c.status === 'active')
            return c;
        if (c.status === 'failed' || c.status === 'mismatch')
            throw new Error(`community ${id} is ${c.status}: ${c.error ?? 'no reason given'}`);
        if (Date.now() + intervalMs > deadline)
            throw new Error(`community ${id} still ${c.status} after ${timeoutMs} ms`);
        await sleep(intervalMs, signal);
    }
}
/**
 * createCommunity asks for the creator's community token: it gets the EIP-712 request (POST
 * /v1/communities/request), has the wallet sign it (eth_signTypedData_v4), and posts it with one
 * Idempotency-Key kept across retries (POST /v1/communities). The answer is `pending`; follow it with
 * waitCommunityActive.
 */
export async function createCommunity({ client, walletClient, account, draft, ...retry }) {
    const from = account ?? walletClient.account;
    if (!from)
        throw new Error('createCommunity: no account');
    const req = unwrap(await client.POST('/v1/communities/request', { body: draft }));
    const { EIP712Domain: _, ...types } = req.typed_data.types;
    const m = req.typed_data.message;
    const d = req.typed_data.domain;
    const signature = await walletClient.signTypedData({
        account: from,
        domain: { name: d.name, version: d.version, chainId: BigInt(d.chainId), verifyingContract: d.verifyingContract },
        types,
        primaryType: req.typed_data.primaryType,
        message: { ...m, maxSupply: BigInt(m.maxSupply), creatorAllocation: BigInt(m.creatorAllocation), deadline: BigInt(m.deadline) },
    });
    return withIdempotency((key) => client.POST('/v1/communities', {
        params: { header: { 'Idempotency-Key': key } },
        body: { ...req.request, signature },
    }), retry);
}
