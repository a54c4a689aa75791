'use strict';
(async () => {
  const {el, clear, api, num, compact, query, chart, stateBadge, trialHref, showError, ANIMATE} = N4;
  const studyId = query('study');
  const trials = query('trials') || '';
  const base = '/api/studies/' + encodeURIComponent(studyId);

  function header(table, cmp) {
    const tr = el('tr', {}, el('th', {text: ''}));
    for (const t of cmp.trials) tr.append(el('th', {}, el('a', {href: trialHref(studyId, t.number), text: 'trial #' + t.number})));
    clear(table.querySelector('thead')).append(tr);
    return clear(table.querySelector('tbody'));
  }

  async function drawCurves(metric) {
    const cmp = await api(base + '/compare?trials=' + encodeURIComponent(trials) + (metric ? '&metric=' + encodeURIComponent(metric) : ''));
    const cv = cmp.curves;
    chart('chart-compare').setOption({
      animation: ANIMATE,
      grid: {left: 60, right: 20, top: 30, bottom: 40},
      legend: {top: 0},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'value', name: 'epoch', nameLocation: 'middle', nameGap: 24, minInterval: 1},
      yAxis: {type: 'value', name: cv.metric, scale: true},
      series: cv.series.map((s) => ({name: '#' + s.number, type: 'line', data: s.points, showSymbol: s.points.length < 30})),
    }, true);
    return cmp;
  }

  try {
    const study = await api(base);
    const crumb = document.getElementById('crumb-study');
    crumb.textContent = study.name;
    crumb.setAttribute('href', '/study.html?id=' + encodeURIComponent(studyId));
    const cmp = await drawCurves(null);
    document.getElementById('title').textContent = 'Compare trials ' + cmp.trials.map((t) => '#' + t.number).join(', ');

    const summary = header(document.getElementById('summary'), cmp);
    const rows = [['state', (t) => stateBadge(t.state)], [study.objectives[0].metric, (t) => num(t.objective)],
      ['parameters', (t) => compact(t.param_count)], ['FLOPs', (t) => compact(t.flops)]];
    const metricNames = [...new Set(cmp.trials.flatMap((t) => Object.keys(t.metrics)))].sort();
    for (const m of metricNames.filter((x) => x !== study.objectives[0].metric)) rows.push([m, (t) => num(t.metrics[m])]);
    for (const [name, f] of rows) {
      const tr = el('tr', {}, el('td', {class: 'muted', text: name}));
      for (const t of cmp.trials) tr.append(el('td', {}, f(t)));
      summary.append(tr);
    }

    const arch = header(document.getElementById('arch-diff'), cmp);
    cmp.architecture.forEach((row, i) => {
      const tr = el('tr', {class: row.same ? 'same' : 'changed', 'data-row': i}, el('td', {class: 'muted', text: String(i + 1)}));
      for (const c of row.cells) {
        tr.append(el('td', {class: c === null ? 'missing' : row.same ? '' : 'changed'}, el('code', {text: c === null ? '—' : c})));
      }
      arch.append(tr);
    });

    const hp = header(document.getElementById('hp-diff'), cmp);
    for (const h of cmp.hyperparameters) {
      const tr = el('tr', {class: h.same ? 'same' : 'changed'}, el('td', {class: 'muted', text: h.name}));
      for (const v of h.values) tr.append(el('td', {class: h.same ? '' : 'changed', text: v === null ? '—' : String(v)}));
      hp.append(tr);
    }

    const sel = document.getElementById('curve-metric');
    for (const m of cmp.curves.metrics) sel.append(el('option', {value: m, text: m}));
    sel.value = cmp.curves.metric;
    sel.addEventListener('change', () => drawCurves(sel.value).catch(showError));
    document.body.setAttribute('data-loaded', 'true');
  } catch (e) {
    showError(e);
  }
})();
