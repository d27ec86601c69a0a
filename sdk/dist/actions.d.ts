import { type Account, type Address, type Hex, type PublicClient, type TransactionReceipt, type WalletClient } from 'viem';
import type { TribeClient } from './client.js';
import { type IdempotencyOptions } from './retry.js';
import type { components } from './schema.js';
type Schemas = components['schemas'];
export type Community = Schemas['Community'];
export type Claims = Schemas['Claims'];
export type Relay = Schemas['Relay'];
/** Options of claimAll. */
export interface ClaimAllOptions {
    /** Any tribe client (GET /v1/accounts/{a}/claims needs no token). */
    client: TribeClient;
    /** The wallet that sends the claim (it pays the gas; the payout always goes to `account`). */
    walletClient: WalletClient;
    /** Whose rewards to claim; walletClient.account when absent. */
    account?: Account | Address;
    /** Reads the receipt; walletClient extended with publicActions when absent. */
    publicClient?: PublicClient;
    /** How long to wait for the receipt (default 60 000 ms). */
    timeoutMs?: number;
}
/** What claimAll did: the entries it paid (empty when there was nothing to claim: then no transaction) and the mined receipt. */
export interface ClaimAllResult {
    claims: Claims['claims'];
    hash: Hex | null;
    receipt: TransactionReceipt | null;
}
/**
 * claimAll claims every token and sponsor pool the account has something to claim in, in one
 * transaction: it sends the `claimMany` calldata of GET /v1/accounts/{account}/claims to the distributor
 * and waits for the receipt. Entries the distributor has already paid (read on-chain, since the service's
 * figures follow its indexer) are left out of the result, and nothing is sent when none is due. It throws
 * when the wallet is on another chain than the service, or when the transaction reverts (for a token in
 * mint mode whose creator has not made the distributor a minter, the API does not say so beforehand).
 */
export declare function claimAll({ client, walletClient, account, publicClient, timeoutMs }: ClaimAllOptions): Promise<ClaimAllResult>;
/** Options of relay. */
export interface RelayOptions {
    /** A client signed in as the account (signIn). */
    client: TribeClient;
    /** The token (or sponsor pool) to claim. */
    token: Address;
}
/**
 * relay asks the service to send the signed-in wallet's claim of `token` and pay its gas (POST
 * /v1/claims/relay). It answers once the transaction is sent (`status: sent`), or with the one already in
 * flight (`in_flight`), or `sending` without `tx_hash` while another request is sending one (ask again
 * shortly); wait for `tx_hash` with a public client. It is not retried: the endpoint
 * de-duplicates by the relay in flight, not by an Idempotency-Key.
 */
export declare function relay({ client, token }: RelayOptions): Promise<Relay>;
/** Options of waitCommunityActive. */
export interface WaitCommunityOptions {
    client: TribeClient;
    /** The community id (`cmt_…`). */
    id: string;
    /** The longest wait (default 60 000 ms). */
    timeoutMs?: number;
    /** Between polls (default 500 ms). */
    intervalMs?: number;
    signal?: AbortSignal;
}
/**
 * waitCommunityActive polls GET /v1/communities/{id} until the community is `active` and returns it. It
 * throws when the community turns `failed` or `mismatch` (with its `error`), or after timeoutMs.
 */
export declare function waitCommunityActive({ client, id, timeoutMs, intervalMs, signal }: WaitCommunityOptions): Promise<Community>;
/** Options of createCommunity. */
export interface CreateCommunityOptions extends Omit<IdempotencyOptions, 'signal'> {
    /** A client signed in as the creator (signIn). */
    client: TribeClient;
    /** The creator's wallet, which signs the EIP-712 consent. */
    walletClient: WalletClient;
    account?: Account | Address;
    draft: Schemas['CommunityDraft'];
}
/**
 * createCommunity asks for the creator's community token: it gets the EIP-712 request (POST
 * /v1/communities/request), has the wallet sign it (eth_signTypedData_v4), and posts it with one
 * Idempotency-Key kept across retries (POST /v1/communities). The answer is `pending`; follow it with
 * waitCommunityActive.
 */
export declare function createCommunity({ client, walletClient, account, draft, ...retry }: CreateCommunityOptions): Promise<Community>;
export {};
