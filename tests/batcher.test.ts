import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Batcher } from '../src/batch/batcher.js';

const limits = { bytes: 100, documents: 3 };

function recording() {
  const sent: string[][] = [];
  return { sent, send: async (items: string[]) => void sent.push(items) };
}

describe('Batcher', () => {
  it('sends a batch as soon as it is full, by count or by bytes', async () => {
    const { sent, send } = recording();
    const batches = new Batcher(send, limits);
    for (const item of ['a', 'b', 'c']) await batches.add(item, 1);
    expect(sent).toEqual([['a', 'b', 'c']]);
    await batches.add('big', 60);
    await batches.add('bigger', 40);
    expect(sent).toEqual([['a', 'b', 'c'], ['big', 'bigger']]);
  });

  it('sends what it holds on the next turn of the event loop, when no more items come at once', async () => {
    const { sent, send } = recording();
    const batches = new Batcher(send, limits);
    await batches.add('a', 1);
    await batches.add('b', 1);
    expect(sent).toEqual([]);
    await nextTurn();
    expect(sent).toEqual([['a', 'b']]);
  });

  it('sends batches one at a time, in order, each after the one before is accepted', async () => {
    const accepted: string[][] = [];
    let admit = () => {};
    const send = (items: string[]) =>
      new Promise<void>((resolve) => {
        admit = () => {
          accepted.push(items);
          resolve();
        };
      });
    const batches = new Batcher(send, limits);
    for (const item of ['a', 'b']) await batches.add(item, 1);
    const filling = batches.add('c', 1);
    let returned = false;
    void filling.then(() => (returned = true));
    await nextTurn();
    // The full batch waits for its send: that wait is the back-pressure on the reader.
    expect(returned).toBe(false);
    admit();
    await filling;
    expect(accepted).toEqual([['a', 'b', 'c']]);
    const last = batches.add('d', 1).then(() => batches.flush());
    await nextTurn();
    admit();
    await last;
    expect(accepted).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('reports a failed send at the last flush', async () => {
    const batches = new Batcher(async () => Promise.reject(new Error('queue gone')), limits);
    await batches.add('a', 1);
    await nextTurn();
    await expect(batches.flush()).rejects.toThrow('queue gone');
  });
});
