'use strict';
(async () => {
  const {el, clear, api, num, duration, time, showError} = N4;
  async function load() {
    const studies = await api('/api/studies');
    const body = clear(document.querySelector('#studies tbody'));
    if (studies.length === 0) {
      body.append(el('tr', {}, el('td', {colspan: 12, class: 'empty', text: 'No studies yet: run one with nas4j run SPEC'})));
    }
    for (const s of studies) {
      const c = s.counts;
      body.append(el('tr', {'data-study': s.id},
        el('td', {}, el('a', {href: '/study.html?id=' + encodeURIComponent(s.id), text: s.name})),
        el('td', {text: s.strategy}),
        el('td', {class: 'num', text: num(s.total)}),
        el('td', {class: 'num', text: num(c.COMPLETE)}),
        el('td', {class: 'num', text: num(c.PRUNED)}),
        el('td', {class: 'num', text: num(c.FAILED)}),
        el('td', {class: 'num', text: num(c.INFEASIBLE)}),
        el('td', {class: 'num', text: num(c.RUNNING)}),
        el('td', {class: 'num', text: num(c.WAITING)}),
        el('td', {class: 'num', text: num(s.best)}),
        el('td', {text: time(s.createdAt)}),
        el('td', {text: duration(s.elapsedSeconds)})));
    }
  }
  try {
    await load();
    setInterval(() => load().catch(showError), 5000);
  } catch (e) {
    showError(e);
  }
})();
