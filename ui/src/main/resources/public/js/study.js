'use strict';
(async () => {
  const {el, clear, api, num, compact, duration, time, query, esc, chart, stateBadge, tile, trialHref, showError,
    STATES, STATE_COLORS, ANIMATE} = N4;
  const id = query('id');
  const base = '/api/studies/' + encodeURIComponent(id);
  const FIXED = ['number', 'state', 'objective', 'param_count', 'flops', 'duration', 'generation', 'operator', 'rung', 'architecture'];
  const UNSORTABLE = new Set(['operator', 'rung', 'architecture']);
  const LABELS = {number: '#', param_count: 'params', flops: 'FLOPs', generation: 'gen'};
  const table = {offset: 0, limit: 50, sort: 'number', order: 'asc', states: new Set(), filters: [], total: 0};
  const selected = new Set();
  const known = new Map(); // trial number -> 'STATE objective' the page shows
  let study = null;
  let visible = [];
  let maximize = true;

  function label(c) {
    if (c === 'objective' && study) return study.objectives[0].metric;
    if (c.startsWith('param:')) return c.slice(6);
    if (c.startsWith('metric:')) return c.slice(7);
    return LABELS[c] || c.replace('_', ' ');
  }

  // ------------------------------------------------------------------ summary

  function renderSummary() {
    document.title = 'nas4j · ' + study.name;
    document.getElementById('title').textContent = study.name;
    document.getElementById('crumb').textContent = study.name;
    const o = study.objectives.map((x) => x.direction + ' ' + x.metric).join(', ');
    document.getElementById('meta').textContent = study.strategy + ' · ' + o + (study.dataset ? ' · ' + study.dataset : '')
      + ' · seed ' + study.seed;
    const tiles = clear(document.getElementById('tiles'));
    const b = study.bestTrial;
    tiles.append(tile('best ' + study.objectives[0].metric, b ? num(b.value) + '  (#' + b.number + ')' : '–',
      b ? trialHref(id, b.number) : null));
    tiles.append(tile('trials', num(study.total)));
    for (const s of STATES) tiles.append(tile(s.toLowerCase(), num(study.counts[s])));
    tiles.append(tile('elapsed', duration(study.elapsedSeconds)));
    tiles.append(tile('trials / hour', study.trialsPerHour === null ? '–' : num(study.trialsPerHour, 1)));
    tiles.append(tile('started', time(study.createdAt)));
  }

  // ------------------------------------------------------------------ history

  const history = {complete: [], pruned: [], best: [], bestValue: null, seen: new Set(), last: 0};
  async function loadHistory() {
    const h = await api(base + '/history');
    history.complete = h.points.filter((p) => p[2] === 'COMPLETE').map((p) => [p[0], p[1]]);
    history.pruned = h.points.filter((p) => p[2] !== 'COMPLETE').map((p) => [p[0], p[1]]);
    history.best = h.best.map((p) => [p[0], p[1]]);
    history.bestValue = h.best.length ? h.best[h.best.length - 1][1] : null;
    h.points.forEach((p) => {
      history.seen.add(p[0]);
      history.last = Math.max(history.last, p[0]);
      known.set(p[0], p[2] + ' ' + p[1]);
    });
    document.getElementById('history-note').textContent = h.downsampled
      ? h.shown.toLocaleString('en-US') + ' of ' + h.total.toLocaleString('en-US') + ' points (envelope kept)'
      : h.total.toLocaleString('en-US') + ' trials';
    drawHistory();
  }
  function drawHistory() {
    const c = chart('chart-history');
    c.setOption({
      animation: ANIMATE,
      grid: {left: 60, right: 20, top: 30, bottom: 40},
      legend: {top: 0},
      tooltip: {trigger: 'item', formatter: (p) => 'trial #' + esc(p.data[0]) + '<br>' + esc(p.seriesName) + ': ' + esc(num(p.data[1]))},
      xAxis: {type: 'value', name: 'trial', nameLocation: 'middle', nameGap: 24, minInterval: 1},
      yAxis: {type: 'value', name: study.objectives[0].metric, scale: true},
      series: [
        {name: 'complete', type: 'scatter', symbolSize: 5, large: true, data: history.complete, itemStyle: {color: STATE_COLORS.COMPLETE, opacity: .7}},
        {name: 'pruned', type: 'scatter', symbolSize: 4, large: true, data: history.pruned, itemStyle: {color: STATE_COLORS.PRUNED, opacity: .6}},
        {name: 'best so far', type: 'line', step: 'end', symbol: 'none',
          data: history.bestValue === null ? [] : history.best.concat([[history.last, history.bestValue]]), lineStyle: {color: '#16202e', width: 2}},
      ],
    });
    c.off('click');
    c.on('click', (p) => { if (p.seriesType === 'scatter') location.href = trialHref(id, p.data[0]); });
  }
  function addToHistory(rows) {
    let changed = false;
    for (const r of rows) {
      if (r.objective === null || (r.state !== 'COMPLETE' && r.state !== 'PRUNED') || history.seen.has(r.number)) continue;
      history.seen.add(r.number);
      (r.state === 'COMPLETE' ? history.complete : history.pruned).push([r.number, r.objective]);
      history.last = Math.max(history.last, r.number);
      changed = true;
      if (r.state === 'COMPLETE' && (history.bestValue === null
          || (maximize ? r.objective > history.bestValue : r.objective < history.bestValue))) {
        history.bestValue = r.objective;
        history.best.push([r.number, r.objective]);
      }
    }
    if (changed) drawHistory();
  }

  // ------------------------------------------------------------------ scatter, parallel, curves

  async function loadScatter() {
    const x = document.getElementById('scatter-x').value;
    const s = await api(base + '/scatter?x=' + encodeURIComponent(x));
    document.getElementById('scatter-note').textContent = s.front.length + ' on the Pareto front';
    const c = chart('chart-scatter');
    c.setOption({
      animation: ANIMATE,
      grid: {left: 60, right: 20, top: 30, bottom: 40},
      legend: {top: 0},
      tooltip: {trigger: 'item', formatter: (p) => 'trial #' + esc(p.data[2]) + '<br>' + esc(s.xLabel) + ': ' + esc(compact(p.data[0]))
        + '<br>' + esc(s.yLabel) + ': ' + esc(num(p.data[1]))},
      xAxis: {type: x === 'param_count' || x === 'flops' ? 'log' : 'value', name: s.xLabel, nameLocation: 'middle', nameGap: 24,
        axisLabel: {formatter: (v) => compact(v)}},
      yAxis: {type: 'value', name: s.yLabel, scale: true},
      series: [
        {name: 'trials', type: 'scatter', symbolSize: 5, large: true, data: s.points, itemStyle: {color: '#2f6fde', opacity: .5}},
        {name: 'Pareto front', type: 'line', step: 'end', data: s.front, symbolSize: 7, itemStyle: {color: '#d1423f'}},
      ],
    }, true);
    c.off('click');
    c.on('click', (p) => location.href = trialHref(id, p.data[2]));
  }

  async function loadParallel() {
    const p = await api(base + '/parallel?limit=300');
    document.getElementById('parallel-note').textContent = p.shown > 0
      ? 'best ' + p.shown + ' of ' + p.total.toLocaleString('en-US') + ' complete trials' : '';
    const c = chart('chart-parallel');
    const objIndex = p.dimensions.length - 1;
    const values = p.rows.map((r) => r[objIndex]).filter((v) => v !== null);
    c.setOption({
      animation: ANIMATE,
      parallel: {left: 60, right: 90, top: 40, bottom: 30},
      parallelAxis: p.dimensions.map((d, i) => ({dim: i, name: d.name, type: d.type,
        data: d.type === 'category' ? d.categories : undefined, scale: true, nameTextStyle: {fontSize: 11}})),
      visualMap: values.length ? {type: 'continuous', dimension: objIndex, min: Math.min(...values), max: Math.max(...values),
        right: 0, top: 40, itemHeight: 180, calculable: true, precision: 3, inRange: {color: ['#d7e3f4', '#2f6fde', '#16202e']},
        text: [p.dimensions[objIndex].name, '']} : undefined,
      series: [{type: 'parallel', lineStyle: {width: 1, opacity: .45}, data: p.rows.map((r) => r.slice(0, objIndex + 1))}],
    }, true);
  }

  let curveTrials = null;
  async function loadCurves() {
    const metric = document.getElementById('curve-metric').value;
    let url = base + '/curves?';
    if (curveTrials && curveTrials.length) url += 'trials=' + curveTrials.join(',') + '&';
    if (metric) url += 'metric=' + encodeURIComponent(metric);
    const cv = await api(url);
    const sel = document.getElementById('curve-metric');
    if (sel.options.length === 0) {
      for (const m of cv.metrics) sel.append(el('option', {value: m, text: m}));
      sel.value = cv.metric;
    }
    document.getElementById('curves-note').textContent = curveTrials && curveTrials.length
      ? 'selected trials' : 'best ' + cv.series.length + ' trials (select rows below to choose)';
    const c = chart('chart-curves');
    c.setOption({
      animation: ANIMATE,
      grid: {left: 60, right: 20, top: 30, bottom: 40},
      legend: {top: 0, type: 'scroll'},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'value', name: 'epoch', nameLocation: 'middle', nameGap: 24, minInterval: 1},
      yAxis: {type: 'value', name: cv.metric, scale: true},
      series: cv.series.map((s) => ({name: '#' + s.number, type: 'line', showSymbol: s.points.length < 30, data: s.points})),
    }, true);
  }

  // ------------------------------------------------------------------ table

  function tableUrl(path, paged) {
    const q = new URLSearchParams();
    q.set('sort', table.sort);
    q.set('order', table.order);
    if (table.states.size) q.set('state', [...table.states].join(','));
    for (const f of table.filters) {
      if (f.word !== undefined) q.append('filter', f.field + '==' + f.word);
      if (f.min !== undefined) q.append('filter', f.field + '>=' + f.min);
      if (f.max !== undefined) q.append('filter', f.field + '<=' + f.max);
    }
    if (paged) { q.set('offset', table.offset); q.set('limit', table.limit); }
    else q.set('columns', visible.filter((c) => c !== 'rung').join(','));
    return base + path + '?' + q.toString();
  }

  function cell(row, c) {
    if (c === 'number') return el('td', {class: 'num'}, el('a', {href: trialHref(id, row.number), text: '#' + row.number}));
    if (c === 'state') {
      const td = el('td', {}, stateBadge(row.state));
      return td;
    }
    let v;
    if (c.startsWith('param:')) v = row.params[c.slice(6)];
    else if (c.startsWith('metric:')) v = row.metrics[c.slice(7)];
    else v = row[c];
    if (c === 'architecture') return el('td', {class: 'arch', title: v, text: v});
    if (c === 'duration') return el('td', {class: 'num', text: duration(v)});
    if (c === 'param_count' || c === 'flops') return el('td', {class: 'num', text: compact(v)});
    if (typeof v === 'number') return el('td', {class: 'num', text: num(v)});
    return el('td', {text: v === null || v === undefined ? '–' : v});
  }

  async function loadTable() {
    const page = await api(tableUrl('/trials', true));
    table.total = page.total;
    const head = clear(document.querySelector('#trials thead'));
    const tr = el('tr', {}, el('th', {text: ''}));
    for (const c of visible) {
      const sortable = !UNSORTABLE.has(c);
      const cls = (sortable ? 'sortable' : '') + (table.sort === c ? ' sorted-' + table.order : '');
      tr.append(el('th', {class: cls, 'data-col': c, text: label(c), onclick: sortable ? () => {
        if (table.sort === c) table.order = table.order === 'asc' ? 'desc' : 'asc';
        else { table.sort = c; table.order = c === 'objective' && maximize ? 'desc' : 'asc'; }
        table.offset = 0;
        loadTable().catch(showError);
      } : null}));
    }
    head.append(tr);
    const body = clear(document.querySelector('#trials tbody'));
    if (page.rows.length === 0) body.append(el('tr', {}, el('td', {colspan: visible.length + 1, class: 'empty', text: 'no trials match'})));
    for (const row of page.rows) {
      known.set(row.number, row.state + ' ' + row.objective);
      const box = el('input', {type: 'checkbox', 'data-trial': row.number, onchange: (e) => {
        if (e.target.checked) selected.add(row.number); else selected.delete(row.number);
        updateButtons();
      }});
      box.checked = selected.has(row.number);
      const r = el('tr', {'data-trial': row.number}, el('td', {}, box));
      for (const c of visible) r.append(cell(row, c));
      body.append(r);
    }
    const from = page.total === 0 ? 0 : page.offset + 1;
    document.getElementById('page-info').textContent = from + '–' + (page.offset + page.rows.length) + ' of '
      + page.total.toLocaleString('en-US');
    document.getElementById('prev').disabled = page.offset === 0;
    document.getElementById('next').disabled = page.offset + page.rows.length >= page.total;
    document.getElementById('csv').setAttribute('href', tableUrl('/table.csv', false));
    document.getElementById('table-note').textContent = 'sorted by ' + label(table.sort) + ' ' + table.order;
  }

  function updateButtons() {
    const n = selected.size;
    const cmp = document.getElementById('compare');
    cmp.disabled = n < 2 || n > 4;
    cmp.textContent = 'Compare selected' + (n ? ' (' + n + ')' : '');
  }

  function buildToolbar() {
    const states = clear(document.getElementById('state-filter'));
    for (const s of STATES) {
      const box = el('input', {type: 'checkbox', value: s, onchange: (e) => {
        if (e.target.checked) table.states.add(s); else table.states.delete(s);
        table.offset = 0;
        loadTable().catch(showError);
      }});
      states.append(el('label', {}, box, ' ' + s.toLowerCase() + ' '));
    }
    const fields = ['objective', 'param_count', 'flops', 'duration', 'generation', 'number']
      .concat(study.params.map((p) => 'param:' + p)).concat(study.metrics.map((m) => 'metric:' + m));
    const sel = clear(document.getElementById('filter-field'));
    for (const f of fields) sel.append(el('option', {value: f, text: label(f)}));
    document.getElementById('filter-add').addEventListener('click', () => {
      const f = {field: sel.value};
      const min = document.getElementById('filter-min').value;
      const max = document.getElementById('filter-max').value;
      const word = document.getElementById('filter-word').value;
      if (word !== '') f.word = word;
      else {
        if (min !== '') f.min = Number(min);
        if (max !== '') f.max = Number(max);
      }
      if (f.word === undefined && f.min === undefined && f.max === undefined) return;
      table.filters.push(f);
      table.offset = 0;
      renderChips();
      loadTable().catch(showError);
    });
    const menu = clear(document.getElementById('columns-menu'));
    const all = FIXED.concat(study.params.map((p) => 'param:' + p)).concat(study.metrics.map((m) => 'metric:' + m));
    for (const c of all) {
      const box = el('input', {type: 'checkbox', value: c, onchange: (e) => {
        if (e.target.checked) visible = all.filter((x) => x === c || visible.includes(x));
        else visible = visible.filter((x) => x !== c);
        loadTable().catch(showError);
      }});
      box.checked = visible.includes(c);
      menu.append(el('label', {}, box, ' ' + label(c)));
    }
    document.getElementById('prev').addEventListener('click', () => { table.offset = Math.max(0, table.offset - table.limit); loadTable().catch(showError); });
    document.getElementById('next').addEventListener('click', () => { table.offset += table.limit; loadTable().catch(showError); });
    document.getElementById('page-size').addEventListener('change', (e) => { table.limit = Number(e.target.value); table.offset = 0; loadTable().catch(showError); });
    document.getElementById('compare').addEventListener('click', () => {
      location.href = '/compare.html?study=' + encodeURIComponent(id) + '&trials=' + [...selected].join(',');
    });
    document.getElementById('show-curves').addEventListener('click', () => {
      curveTrials = [...selected].slice(0, 20);
      loadCurves().catch(showError);
    });
    document.getElementById('curve-metric').addEventListener('change', () => loadCurves().catch(showError));
    document.getElementById('scatter-x').addEventListener('change', () => loadScatter().catch(showError));
  }

  function renderChips() {
    const chips = clear(document.getElementById('filter-chips'));
    table.filters.forEach((f, i) => {
      const text = label(f.field) + (f.word !== undefined ? ' = ' + f.word
        : (f.min !== undefined ? ' ≥ ' + f.min : '') + (f.max !== undefined ? ' ≤ ' + f.max : ''));
      chips.append(el('span', {class: 'chip'}, text, el('button', {title: 'remove', text: '×', onclick: () => {
        table.filters.splice(i, 1);
        renderChips();
        loadTable().catch(showError);
      }})));
    });
  }

  // ------------------------------------------------------------------ live

  function connectLive(since) {
    const live = document.getElementById('live');
    const source = new EventSource(base + '/events?since=' + encodeURIComponent(since));
    let pending = null;
    source.addEventListener('hello', () => { live.textContent = 'live'; live.classList.add('on'); });
    source.addEventListener('trials', (e) => {
      const msg = JSON.parse(e.data);
      msg.trials = msg.trials.filter((r) => known.get(r.number) !== r.state + ' ' + r.objective);
      if (msg.trials.length === 0) return; // a trial the page already shows (the stream looks back a little)
      msg.trials.forEach((r) => known.set(r.number, r.state + ' ' + r.objective));
      study.counts = msg.counts;
      study.total = Object.values(msg.counts).reduce((a, b) => a + b, 0);
      addToHistory(msg.trials);
      for (const r of msg.trials) {
        if (r.state === 'COMPLETE' && r.objective !== null && (!study.bestTrial
            || (maximize ? r.objective > study.bestTrial.value : r.objective < study.bestTrial.value))) {
          study.bestTrial = {number: r.number, value: r.objective};
        }
      }
      renderSummary();
      clearTimeout(pending);
      pending = setTimeout(() => { loadTable().catch(showError); }, 300);
    });
    source.onerror = () => { live.textContent = 'reconnecting…'; live.classList.remove('on'); };
  }

  try {
    study = await api(base);
    maximize = study.objectives[0].direction === 'maximize';
    if (study.objectives.length > 1) {
      const sx = document.getElementById('scatter-x');
      study.objectives.slice(1).forEach((o, i) => sx.append(el('option', {value: 'objective:' + (i + 1), text: o.metric})));
    }
    const params = study.params.filter((p) => !p.startsWith('arch.')).slice(0, 4).map((p) => 'param:' + p);
    visible = ['number', 'state', 'objective', 'param_count', 'flops', 'duration', 'generation', 'rung'].concat(params)
      .concat(['architecture']);
    renderSummary();
    buildToolbar();
    const since = study.updatedAt;
    await Promise.all([loadTable(), loadHistory(), loadScatter(), loadParallel(), loadCurves()].map((p) => p.catch(showError)));
    connectLive(since);
    document.body.setAttribute('data-loaded', 'true');
  } catch (e) {
    showError(e);
  }
})();
