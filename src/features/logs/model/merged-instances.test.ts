import { describe, expect, it } from 'vitest';
import { mergeInstanceLogs } from './merged-instances';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));
const texts = (merged: ReturnType<typeof mergeInstanceLogs<{ text: string }>>) => merged.map((entry) => `${entry.instance}:${entry.line.text}`);

describe('mergeInstanceLogs', () => {
  it('orders the lines of all instances by their time, each instance keeping its own order', () => {
    const merged = mergeInstanceLogs([
      { instanceName: 'a', lines: lines('2025-07-22 07:00:01,000 a1', '2025-07-22 07:00:03,000 a2') },
      { instanceName: 'b', lines: lines('2025-07-22 07:00:02,000 b1', '2025-07-22 07:00:04,000 b2') },
    ]);
    expect(texts(merged)).toEqual(['0:2025-07-22 07:00:01,000 a1', '1:2025-07-22 07:00:02,000 b1', '0:2025-07-22 07:00:03,000 a2', '1:2025-07-22 07:00:04,000 b2']);
    expect(merged.map((entry) => entry.indexInInstance)).toEqual([0, 0, 1, 1]);
  });

  it('keeps a line without a time right after the line before it, and lines before any time first', () => {
    const merged = mergeInstanceLogs([
      { instanceName: 'a', lines: lines('2025-07-22 07:00:05,000 ERROR', 'Traceback (most recent call last):', 'ValueError: x') },
      { instanceName: 'b', lines: lines('booting', '2025-07-22 07:00:06,000 ready') },
    ]);
    expect(texts(merged)).toEqual(['1:booting', '0:2025-07-22 07:00:05,000 ERROR', '0:Traceback (most recent call last):', '0:ValueError: x', '1:2025-07-22 07:00:06,000 ready']);
  });

  it('keeps the instances’ order for equal times, and never loses or repeats a line', () => {
    const same = '2025-07-22 07:00:00,000';
    const merged = mergeInstanceLogs([
      { instanceName: 'a', lines: lines(`${same} a`) },
      { instanceName: 'b', lines: lines(`${same} b`) },
      { instanceName: 'c', lines: [] },
    ]);
    expect(texts(merged)).toEqual([`0:${same} a`, `1:${same} b`]);
  });
});
