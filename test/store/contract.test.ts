import { afterAll, describe, it } from 'vitest';
import { storeContract } from '../../src/store/index.js';
import { testStores } from './stores.js';

const stores = await testStores('contract');
afterAll(() => stores.cleanup());

for (const kind of stores.kinds)
  describe.skipIf(!kind.enabled)(`store contract: ${kind.name}`, () => {
    for (const c of storeContract())
      it(c.name, async () => {
        const store = kind.make();
        await store.init();
        await c.run(store);
      });
  });
