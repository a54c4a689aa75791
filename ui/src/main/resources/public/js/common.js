'use strict';
/*
 * Shared helpers of the nas4j pages. Every piece of data reaches the page through textContent or
 * attribute setters, never as HTML; chart tooltips escape what they show.
 */
const N4 = (() => {
  const ANIMATE = !navigator.webdriver && new URLSearchParams(location.search).get('animation') !== '0';
  const STATES = ['COMPLETE', 'PRUNED', 'FAILED', 'INFEASIBLE', 'RUNNING', 'WAITING'];
  const STATE_COLORS = {COMPLETE: '#1f9d55', PRUNED: '#c77c02', FAILED: '#d1423f', INFEASIBLE: '#7a4fd1',
    RUNNING: '#2f6fde', WAITING: '#8a94a6'};

  /** Builds an element: attrs may hold class, text, on<event> handlers and plain attributes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = String(v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  async function api(path) {
    const r = await fetch(path, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    let body = null;
    try { body = await r.json(); } catch (e) { body = {error: r.status + ' ' + r.statusText}; }
    if (!r.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + r.status);
    return body;
  }

  function showError(err) {
    const box = document.getElementById('error');
    if (box) { clear(box).append(el('div', {class: 'error-box', text: err && err.message ? err.message : String(err)})); }
  }

  function num(v, digits) {
    if (v === null || v === undefined || Number.isNaN(v)) return '–';
    if (typeof v !== 'number') return String(v);
    if (Number.isInteger(v) && Math.abs(v) < 1e15) return v.toLocaleString('en-US');
    const a = Math.abs(v);
    if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(digits || 3);
    return v.toFixed(digits || 4).replace(/0+$/, '').replace(/\.$/, '');
  }

  function compact(v) {
    if (v === null || v === undefined) return '–';
    const a = Math.abs(v);
    if (a >= 1e9) return (v / 1e9).toFixed(2) + 'G';
    if (a >= 1e6) return (v / 1e6).toFixed(2) + 'M';
    if (a >= 1e4) return (v / 1e3).toFixed(1) + 'k';
    return num(v);
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '–';
    const s = Math.round(seconds);
    if (s >= 3600) return Math.floor(s / 3600) + 'h' + String(Math.floor(s % 3600 / 60)).padStart(2, '0') + 'm';
    if (s >= 60) return Math.floor(s / 60) + 'm' + String(s % 60).padStart(2, '0') + 's';
    return seconds < 10 ? seconds.toFixed(1) + 's' : s + 's';
  }

  function time(millis) {
    if (!millis) return '–';
    const d = new Date(millis);
    const p = (n) => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
  }

  function query(name) { return new URLSearchParams(location.search).get(name); }

  /** Text made safe for the HTML of a chart tooltip. */
  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }

  const charts = [];
  /** An ECharts instance on the element with this id, resized with the window. */
  function chart(id) {
    const node = document.getElementById(id);
    const c = echarts.getInstanceByDom(node) || echarts.init(node, null, {renderer: 'canvas'});
    if (!charts.includes(c)) charts.push(c);
    return c;
  }
  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

  function stateBadge(state) { return el('span', {class: 'state ' + state, text: state}); }

  function tile(label, value, link) {
    const v = link ? el('a', {href: link, text: value}) : document.createTextNode(value);
    return el('div', {class: 'tile'}, el('div', {class: 'label', text: label}), el('div', {class: 'value'}, v));
  }

  function kvRows(tbody, entries) {
    clear(tbody);
    if (entries.length === 0) tbody.append(el('tr', {}, el('td', {class: 'muted', text: 'none'})));
    for (const [k, v] of entries) tbody.append(el('tr', {}, el('td', {text: k}), el('td', {text: v})));
  }

  function trialHref(studyId, n) { return '/trial.html?study=' + encodeURIComponent(studyId) + '&trial=' + encodeURIComponent(n); }

  /** Draws an architecture as a column of blocks with output shapes and parameter counts. */
  function drawArchitecture(container, diagram) {
    clear(container);
    const blocks = [];
    if (diagram.input) blocks.push({type: 'input', label: 'input', output: diagram.input, params: -1});
    for (const b of diagram.blocks) blocks.push(b);
    blocks.forEach((b, i) => {
      if (i > 0) container.append(el('div', {class: 'arch-arrow'}));
      container.append(el('div', {class: 'arch-block t-' + b.type, 'data-type': b.type},
        el('span', {class: 'label', text: b.label}),
        el('span', {class: 'count', text: b.params >= 0 ? compact(b.params) + ' params' : ''}),
        el('span', {class: 'shape', text: b.output ? 'output ' + b.output : ''}),
        el('span', {class: 'count', text: b.flops > 0 ? compact(b.flops) + ' FLOPs' : ''})));
    });
  }

  return {ANIMATE, STATES, STATE_COLORS, el, clear, api, showError, num, compact, duration, time, query, esc, chart,
    stateBadge, tile, kvRows, trialHref, drawArchitecture};
})();
