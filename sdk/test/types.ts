// Compile-time checks of the SDK's types (make check-sdk runs tsc --noEmit on this file): the README's platform
// snippet compiles, and a JSON number where the API wants a decimal string does not.
import { createClient, unwrap, withIdempotency, TribeError } from '@tribe-rewards/sdk';
declare const token: string;
const tribe = createClient({ baseUrl: 'https://tribe.example', token });
export async function onSignup(user: { id: string; wallet: `0x${string}` }) {
  try {
    const { awards } = await withIdempotency((key) => tribe.POST('/v1/awards', {
      params: { header: { 'Idempotency-Key': key } },
      body: { campaign_id: 'cmp_1', account: user.wallet, amount: '100', reason: 'signup' },
    }), { key: `signup:${user.id}` });
    const a: string = awards[0]!.amount;
    return a;
  } catch (e) {
    if (e instanceof TribeError && e.code === 'budget_exhausted') return null;
    throw e;
  }
}
// @ts-expect-error amount must be a string
tribe.POST('/v1/awards', { body: { campaign_id: 'c', account: '0x', amount: 5, reason: 'r' } });
export const r = async (w: string) => unwrap(await tribe.GET('/v1/accounts/{address}/rewards', { params: { path: { address: w } } })).tokens[0]?.claimable;
