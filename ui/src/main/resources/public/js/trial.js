'use strict';
(async () => {
  const {el, clear, api, num, compact, duration, time, query, esc, chart, stateBadge, tile, kvRows, trialHref,
    drawArchitecture, showError, STATE_COLORS, ANIMATE} = N4;
  const studyId = query('study');
  const number = query('trial');
  const base = '/api/studies/' + encodeURIComponent(studyId);

  function link(n) { return el('a', {href: trialHref(studyId, n), text: '#' + n}); }

  function drawEpochs(t) {
    const c = chart('chart-epochs');
    const names = [...new Set(t.epochs.flatMap((e) => Object.keys(e.values)))].sort();
    const isLoss = (n) => /loss|mse|mae|rmse|error/.test(n);
    c.setOption({
      animation: ANIMATE,
      grid: {left: 55, right: 55, top: 34, bottom: 36},
      legend: {top: 0, type: 'scroll'},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'value', name: 'epoch', nameLocation: 'middle', nameGap: 22, minInterval: 1},
      yAxis: [{type: 'value', name: 'accuracy', scale: true}, {type: 'value', name: 'loss', scale: true}],
      series: names.map((n) => ({name: n, type: 'line', yAxisIndex: isLoss(n) ? 1 : 0, showSymbol: t.epochs.length < 30,
        data: t.epochs.map((e) => [e.epoch, e.values[n] === undefined ? null : e.values[n]])})),
    });
    if (t.epochs.length === 0) {
      c.setOption({title: {text: 'no per-epoch metrics recorded', left: 'center', top: 'middle', textStyle: {color: '#8a94a6', fontSize: 13}}});
    }
  }

  async function drawLineage(t) {
    const tree = await api(base + '/lineage/' + encodeURIComponent(t.number));
    const c = chart('chart-lineage');
    const byDepth = {};
    for (const n of tree.nodes) (byDepth[n.depth] = byDepth[n.depth] || []).push(n);
    const nodes = [];
    for (const [d, list] of Object.entries(byDepth)) {
      list.forEach((n, i) => nodes.push({
        name: String(n.number), x: Number(d) * 160, y: (i - (list.length - 1) / 2) * 46,
        value: n.objective, symbolSize: n.number === tree.root ? 26 : 18,
        itemStyle: {color: STATE_COLORS[n.state] || '#8a94a6', borderColor: n.number === tree.root ? '#16202e' : '#fff', borderWidth: 2},
        label: {show: true, position: 'bottom', formatter: '#' + n.number + (n.objective === null ? '' : ' · ' + num(n.objective, 3))},
        tooltip: {formatter: () => 'trial #' + esc(n.number) + '<br>' + esc(n.operator) + ', generation ' + esc(n.generation)
          + '<br>' + esc(n.state) + (n.objective === null ? '' : ': ' + esc(num(n.objective)))},
      }));
    }
    c.setOption({
      animation: ANIMATE,
      tooltip: {},
      series: [{type: 'graph', layout: 'none', roam: true, data: nodes, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        links: tree.links.map((l) => ({source: String(l[0]), target: String(l[1])})), lineStyle: {color: '#9aa7b8', width: 1.5}}],
    });
    c.on('click', (p) => { if (p.dataType === 'node' && p.name !== String(tree.root)) location.href = trialHref(studyId, p.name); });
  }

  try {
    const t = await api(base + '/trials/' + encodeURIComponent(number));
    document.title = 'nas4j · ' + t.studyName + ' #' + t.number;
    const crumbStudy = document.getElementById('crumb-study');
    crumbStudy.textContent = t.studyName;
    crumbStudy.setAttribute('href', '/study.html?id=' + encodeURIComponent(studyId));
    document.getElementById('crumb').textContent = 'trial #' + t.number;
    const title = document.getElementById('title');
    title.append('Trial #' + t.number + ' ', stateBadge(t.state));
    document.getElementById('meta').textContent = t.operator + ', generation ' + t.generation + ' · ' + t.architecture;
    const msg = document.getElementById('message');
    if (t.message) {
      const failed = t.state === 'FAILED' || t.state === 'INFEASIBLE';
      msg.append(el('div', {class: failed ? 'error-box' : 'info-box', id: 'trial-message',
        text: (t.state === 'PRUNED' ? 'Pruned' + (t.rung ? ' at rung ' + t.rung : '') + ': ' : t.state + ': ') + t.message}));
    } else if (t.state === 'PRUNED' && t.rung) {
      msg.append(el('div', {class: 'info-box', text: 'Pruned at rung ' + t.rung}));
    }
    const tiles = document.getElementById('tiles');
    t.objectives.forEach((o, i) => tiles.append(tile(o, num(t.values[i]))));
    const d = t.architectureDiagram;
    tiles.append(tile('parameters', compact(d.params >= 0 ? d.params : t.param_count)));
    tiles.append(tile('FLOPs', compact(d.flops >= 0 ? d.flops : t.flops)));
    tiles.append(tile('duration', duration(t.duration)));
    tiles.append(tile('epochs', num(t.epochs.length)));

    drawArchitecture(document.getElementById('arch'), d);
    const note = document.getElementById('arch-note');
    if (d.error) note.append(el('div', {class: 'error-box', text: d.error}));
    else if (!d.input) note.textContent = 'the study recorded no input shape: blocks are shown without shapes';
    for (const r of d.repairs) note.append(el('div', {text: 'repaired: ' + r}));

    kvRows(document.querySelector('#hyper tbody'), Object.entries(t.hyperparameters).map(([k, v]) => [k, String(v)]));
    kvRows(document.querySelector('#metrics tbody'), Object.entries(t.metrics).map(([k, v]) => [k, num(v)]));
    drawEpochs(t);

    const links = document.getElementById('lineage-links');
    links.append(el('span', {class: 'muted', text: 'parents: '}));
    if (t.parents.length === 0) links.append(el('span', {text: 'none (' + t.operator + ') '}));
    t.parents.forEach((p) => links.append(link(p)));
    links.append(el('span', {class: 'muted', text: ' children: '}));
    if (t.children.length === 0) links.append(el('span', {text: 'none'}));
    t.children.forEach((c) => links.append(link(c)));
    drawLineage(t).catch(showError);

    document.getElementById('export-command').textContent = t.exportCommand;
    document.getElementById('copy-export').addEventListener('click', async (e) => {
      try { await navigator.clipboard.writeText(t.exportCommand); e.target.textContent = 'Copied'; }
      catch (err) { e.target.textContent = 'Select the command and copy it'; }
    });

    const details = [['fingerprint', t.fingerprint], ['started', time(t.startedAt)], ['finished', time(t.finished_at)],
      ['worker', t.worker || '–'], ['attempts', String(t.attempts)]];
    for (const [k, v] of Object.entries(t.attributes)) details.push(['attribute ' + k, v]);
    kvRows(document.querySelector('#details tbody'), details);
    document.body.setAttribute('data-loaded', 'true');
  } catch (e) {
    showError(e);
  }
})();
