// Two small hand-drawn SVG charts. Values are BigInt (token amounts) or numbers (counts); positions are
// computed in a fixed 320×160 viewBox that scales with its container.
import { el } from './common.js';

const W = 320;
const H = 160;
const PAD = { l: 8, r: 8, t: 18, b: 22 };
const innerW = W - PAD.l - PAD.r;
const innerH = H - PAD.t - PAD.b;

// ratio is a/b in [0, 1] for BigInts or numbers, without losing precision on large amounts.
function ratio(a, b) {
  if (typeof a === 'bigint') {
    if (b === 0n) return 0;
    return Number((a * 10000n) / b) / 10000;
  }
  return b === 0 ? 0 : a / b;
}

function frame(label) {
  return el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, class: 'svgchart', preserveAspectRatio: 'xMidYMid meet' },
    el('line', { x1: PAD.l, x2: W - PAD.r, y1: H - PAD.b, y2: H - PAD.b, class: 'axis' }));
}

function xLabels(svg, points, x) {
  if (!points.length) return;
  const ends = points.length === 1 ? [0] : [0, points.length - 1];
  for (const i of ends) {
    const anchor = points.length === 1 ? 'middle' : i === 0 ? 'start' : 'end';
    svg.append(el('text', { x: x(i), y: H - 6, 'text-anchor': anchor, class: 'tick', text: points[i].label }));
  }
}

// lineChart draws the cumulative amount awarded against the budget (a dashed line at the top).
export function lineChart(points, budget, show) {
  const last = points.length ? points[points.length - 1].value : 0n;
  const svg = frame(points.length
    ? `Budget used: ${show(last)} of ${show(budget)}, ${points.length} days from ${points[0].label} to ${points[points.length - 1].label}`
    : 'Budget used: no data yet');
  if (!points.length) {
    svg.append(el('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'tick', text: 'No awards yet' }));
    return svg;
  }
  const x = (i) => PAD.l + (points.length === 1 ? innerW / 2 : (innerW * i) / (points.length - 1));
  const y = (v) => PAD.t + innerH * (1 - Math.min(1, ratio(v, budget)));
  svg.append(el('line', { x1: PAD.l, x2: W - PAD.r, y1: PAD.t, y2: PAD.t, class: 'budget' }));
  svg.append(el('text', { x: W - PAD.r, y: PAD.t - 5, 'text-anchor': 'end', class: 'tick', text: `budget ${show(budget)}` }));
  const xy = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  const base = (H - PAD.b).toFixed(1);
  svg.append(el('path', { d: `M${x(0).toFixed(1)},${base} L${xy.join(' L')} L${x(points.length - 1).toFixed(1)},${base} Z`, class: 'area' }));
  svg.append(el('polyline', { points: xy.join(' '), class: 'line' }));
  const lx = x(points.length - 1);
  const ly = y(last);
  svg.append(el('circle', { cx: lx, cy: ly, r: 3, class: 'dot' }));
  svg.append(el('text', { x: Math.max(PAD.l, lx - 4), y: Math.max(PAD.t + 12, ly - 6), 'text-anchor': 'end', class: 'value', text: `${(ratio(last, budget) * 100).toFixed(1)}% used` }));
  xLabels(svg, points, x);
  return svg;
}

// barChart draws one bar per day with its count above it.
export function barChart(points) {
  const total = points.reduce((s, p) => s + p.value, 0);
  const svg = frame(points.length ? `Awards per day: ${total} in ${points.length} days` : 'Awards per day: no data yet');
  if (!points.length) {
    svg.append(el('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'tick', text: 'No awards yet' }));
    return svg;
  }
  const max = Math.max(1, ...points.map((p) => p.value));
  const slot = innerW / points.length;
  const bw = Math.max(2, Math.min(28, slot * 0.7));
  const x = (i) => PAD.l + slot * i + slot / 2;
  points.forEach((p, i) => {
    const h = (innerH * p.value) / max;
    const top = H - PAD.b - h;
    svg.append(el('rect', { x: (x(i) - bw / 2).toFixed(1), y: top.toFixed(1), width: bw.toFixed(1), height: Math.max(0, h).toFixed(1), class: 'bar' },
      el('title', { text: `${p.label}: ${p.value}` })));
    if (p.value > 0) svg.append(el('text', { x: x(i).toFixed(1), y: (top - 4).toFixed(1), 'text-anchor': 'middle', class: 'value', text: String(p.value) }));
  });
  xLabels(svg, points, x);
  return svg;
}

// flowChart draws, per day, what the campaign awarded next to what refunds reversed and review or blocks
// rejected that day (token amounts, BigInt), each bar carrying its day, kind and exact amount; a legend
// follows the chart. points are { label, day, awarded, reversed, rejected }.
export function flowChart(points, show) {
  const kinds = [['awarded', 'Awarded'], ['reversed', 'Reversed by refunds'], ['rejected', 'Rejected']];
  const sum = (k) => points.reduce((s, p) => s + p[k], 0n);
  const svg = frame(points.length
    ? `Per day over ${points.length} days: ${kinds.map(([k, name]) => `${name.toLowerCase()} ${show(sum(k))}`).join(', ')}`
    : 'Awarded and taken back per day: no data yet');
  const legend = el('ul', { class: 'legend' }, kinds.map(([k, name]) => el('li', { 'data-kind': k, class: `legend-${k}`, text: `${name}: ${show(sum(k))}` })));
  if (!points.length) {
    svg.append(el('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'tick', text: 'No awards yet' }));
    return el('div', {}, svg, legend);
  }
  const max = points.reduce((m, p) => [p.awarded, p.reversed, p.rejected].reduce((a, b) => (b > a ? b : a), m), 1n);
  const slot = innerW / points.length;
  const bw = Math.max(1.5, Math.min(10, (slot * 0.8) / 3));
  const x = (i) => PAD.l + slot * i + slot / 2;
  points.forEach((p, i) => {
    kinds.forEach(([k, name], j) => {
      const h = innerH * ratio(p[k], max);
      const top = H - PAD.b - h;
      svg.append(el('rect', { x: (x(i) + (j - 1.5) * bw).toFixed(1), y: top.toFixed(1), width: bw.toFixed(1), height: Math.max(0, h).toFixed(1),
        class: `bar ${k}`, 'data-day': p.day, 'data-kind': k, 'data-raw': p[k].toString() },
      el('title', { text: `${p.label}: ${name.toLowerCase()} ${show(p[k])}` })));
    });
  });
  xLabels(svg, points, x);
  return el('div', {}, svg, legend);
}
