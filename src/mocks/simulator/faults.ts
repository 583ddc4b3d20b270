/** Faults the simulated backend can answer with instead of the real thing. */
export const faultKinds = ['500', '503', 'network', 'timeout', 'malformed-json', 'invalid-json', '401', '403', '404'] as const;
export type FaultKind = (typeof faultKinds)[number];

export const endpoints = ['list', 'deployment', 'logs', 'action', 'project'] as const;
export type Endpoint = (typeof endpoints)[number];

export interface FaultRule {
  endpoint: Endpoint;
  fault: FaultKind;
  /** How many requests fail; Infinity until cleared. */
  times: number;
}

/** A one-shot answer in the contract's shape, e.g. a refusal a test needs without racing for it. */
export interface CannedAnswer {
  endpoint: Endpoint;
  status: number;
  body: unknown;
}

/** The `faults` scenario's rotation: every other request to an endpoint fails, with these in turn. */
export const rotatingFaults: FaultKind[] = ['500', '503', 'network', 'malformed-json', 'invalid-json'];

export class FaultInjector {
  private rules: FaultRule[] = [];
  private canned: CannedAnswer[] = [];
  private readonly counters = new Map<Endpoint, number>();

  constructor(private readonly rotate: boolean) {}

  inject(rule: FaultRule): void {
    this.rules = [...this.rules.filter((r) => r.endpoint !== rule.endpoint), rule];
  }

  /** The next request to `answer.endpoint` gets this answer instead of the simulated one (once). */
  answerNext(answer: CannedAnswer): void {
    this.canned = [...this.canned, answer];
  }

  /** The canned answer for this request, if one is waiting. */
  takeAnswer(endpoint: Endpoint): CannedAnswer | null {
    const index = this.canned.findIndex((answer) => answer.endpoint === endpoint);
    if (index < 0) return null;
    const [answer] = this.canned.splice(index, 1);
    return answer ?? null;
  }

  clear(endpoint?: Endpoint): void {
    this.rules = endpoint ? this.rules.filter((r) => r.endpoint !== endpoint) : [];
  }

  /** The fault this request to `endpoint` gets, if any; counts the request. */
  take(endpoint: Endpoint): FaultKind | null {
    const rule = this.rules.find((r) => r.endpoint === endpoint);
    if (rule) {
      rule.times -= 1;
      if (rule.times <= 0) this.clear(endpoint);
      return rule.fault;
    }
    if (!this.rotate) return null;
    const count = (this.counters.get(endpoint) ?? 0) + 1;
    this.counters.set(endpoint, count);
    if (count % 2 === 1) return null;
    return rotatingFaults[(count / 2 - 1) % rotatingFaults.length]!;
  }
}
