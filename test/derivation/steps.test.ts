import { describe, expect, it } from 'vitest';
import { formatSteps } from '../../src/derivation/format.js';
import { derivationSteps } from '../../src/derivation/generic.js';
import { notesDerivations } from '../../src/derivation/notes.js';
import { readableDerivative } from '../../src/derivation/readable.js';
import { checkStep, makeStep, stepHolds } from '../../src/derivation/step.js';
import { parse } from '../../src/symbolic/parse.js';

describe('derivation steps', () => {
  it('derives σ step by step, innermost first, ending in σ(1 − σ)', () => {
    const steps = derivationSteps('1/(1 + e^(-x))', 'x');
    expect(steps.map((s) => s.rule)).toEqual(['constant multiple', 'chain rule (exponential)', 'sum rule', 'quotient rule', 'readable form']);
    expect(steps.at(-1)!.text).toBe('e^(-x)/(1 + e^(-x))^2 = sigmoid(x)*(1 - sigmoid(x))');
    expect(steps.every(stepHolds)).toBe(true);
  });

  it('gives a tidy rational form: x/(x² + y²), not (1 + y²x⁻²)⁻¹x⁻¹', () => {
    const steps = derivationSteps('atan(x/y)', 'x');
    expect(steps.at(-1)!.text).toBe('d/dx atan(x/y) = y/(x^2 + y^2)');
    expect(readableDerivative('atan(y/x)', 'y').text).toBe('x/(x^2 + y^2)');
  });

  it('never prints a wrong step as verified: the notes’ dq/dp = p·eᵖ is refuted', () => {
    const wrong = makeStep('derivative of 1 + eᵖ', { kind: 'derivative', of: parse('1 + e^p'), wrt: 'p', claimed: parse('p*e^p') }, { lhsTex: '\\frac{dq}{dp}', rhsTex: 'p e^{p}', text: 'dq/dp = p*e^p' });
    expect(wrong.check.status).toBe('refuted');
    expect(wrong.check.counterexample).toMatch(/claimed derivative is .*finite difference gives/);
    const right = derivationSteps('e^(-x)', 'x');
    const text = formatSteps([...right, wrong], 'text');
    const wrongLine = text.split('\n').find((l) => l.includes('dq/dp = p*e^p'))!;
    expect(wrongLine).toContain('✗ REFUTED');
    expect(wrongLine).not.toContain('✓');
    expect(formatSteps([wrong], 'tex')).toContain('REFUTED');
    expect(JSON.parse(formatSteps([wrong], 'json'))[0].check.status).toBe('refuted');
  });

  it('every kind of step check fails on a wrong statement', () => {
    expect(checkStep({ kind: 'identity', left: parse('(x+1)^2'), right: parse('x^2 + 1') }).status).toBe('refuted');
    expect(checkStep({ kind: 'derivative', of: parse('x^3'), wrt: 'x', claimed: parse('3*x') }).status).toBe('refuted');
    expect(checkStep({ kind: 'value', left: parse('0.1*0.2*0.8'), right: parse('0.006') }).status).toBe('refuted');
    const bundle = checkStep({
      kind: 'all',
      what: 'entries',
      claims: [
        { kind: 'derivative', of: parse('x^2'), wrt: 'x', claimed: parse('2*x') },
        { kind: 'derivative', of: parse('x^2*y'), wrt: 'y', claimed: parse('2*x') },
      ],
    });
    expect(bundle.status).toBe('refuted');
    // and holds on the right ones
    expect(checkStep({ kind: 'identity', left: parse('(x+1)^2'), right: parse('x^2 + 2*x + 1') }).status).toBe('proved');
    expect(checkStep({ kind: 'value', left: parse('0.1*0.2*0.8'), right: parse('0.016') }).status).toBe('verified');
  });

  it('formats steps as text, TeX and JSON', () => {
    const steps = derivationSteps('x^2*sin(x)', 'x');
    const text = formatSteps(steps, 'text');
    expect(text).toMatch(/^1\. power rule and chain rule: d\/dx x\^2 = 2\*x {3}✓/);
    const tex = formatSteps(steps, 'tex');
    expect(tex.startsWith('\\begin{aligned}')).toBe(true);
    expect(tex).toContain('&=');
    const json = JSON.parse(formatSteps(steps, 'json'));
    expect(json).toHaveLength(steps.length);
    expect(json[0]).toMatchObject({ step: 1, rule: 'power rule and chain rule' });
  });
});

describe('the notes’ derivations', () => {
  const all = notesDerivations();

  it('come in the notes’ order and every step holds', () => {
    expect(all.map((d) => d.id)).toEqual(['gradient-descent', 'sigmoid-chain-rule', 'backprop-one-neuron', 'delta-recursion', 'tanh-quotient-rule', 'softmax-sigmoid', 'softmax-jacobian', 'softplus-sigma']);
    for (const d of all) {
      const bad = d.steps.filter((s) => !stepHolds(s)).map((s) => `${s.rule}: ${s.check.summary}`);
      expect(bad, d.id).toEqual([]);
      expect(d.holds).toBe(true);
    }
  });

  it('state the results a teacher checks them by', () => {
    const byId = Object.fromEntries(all.map((d) => [d.id, d]));
    expect(byId['sigmoid-chain-rule']!.steps.at(-1)!.text).toBe('e^(-x)/(1 + e^(-x))^2 = sigmoid(x)*(1 - sigmoid(x))');
    // ∂e/∂w₁ at w₁ = w₂ = a₀ = y = 1; mpmath.diff at 50 digits gives -0.028030717057084155571834480092936…
    expect(byId['backprop-one-neuron']!.steps.find((s) => s.text.startsWith('de/dw1 at 1'))!.text).toBe('de/dw1 at 1 = -0.0280307170571');
    // w₅ = 1 + 0.8⁵·2 = 1.65536 exactly
    expect(byId['gradient-descent']!.steps.find((s) => s.rule.startsWith('closed form'))!.check.summary).toContain('1.65536');
    expect(byId['softmax-jacobian']!.resultTex).toContain('\\operatorname{diag}(s) - s\\, s^{\\top}');
  });
});
