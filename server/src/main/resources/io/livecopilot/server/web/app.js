/* LiveCopilot web app: plain JavaScript, no build step. Every text from the server is put in the page as text
   (textContent / text nodes), never as markup: comments are hostile input. */
'use strict';
(function () {
  const I = window.LC_I18N;
  const MAX_ITEMS = 400;
  const state = {
    lang: localStorage.getItem('lc.lang') || 'zh', token: localStorage.getItem('lc.token'),
    room: null, rooms: [], page: null, lastId: 0, stream: null, metrics: null, timeline: [], questions: [],
    items: new Map(), order: [], sel: null, charts: {}, catalog: null, segments: null, timer: null
  };

  // ---- helpers ---------------------------------------------------------------------------------------------------
  const $ = (id) => document.getElementById(id);
  const t = (k) => (I[state.lang] && I[state.lang][k]) || I.zh[k] || k;
  const label = (k, dflt) => (I[state.lang] && I[state.lang][k]) || dflt;
  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of kids.flat()) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }
  const clear = (e) => { while (e.firstChild) e.removeChild(e.firstChild); return e; };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  function toast(msg) {
    const el = $('toast'); el.textContent = msg; el.classList.remove('hidden');
    clearTimeout(toast.t); toast.t = setTimeout(() => el.classList.add('hidden'), 3500);
  }
  function fmt(k, v) {
    if (v == null) return '–';
    if (typeof v === 'number' && /rate$/.test(k)) return (v * 100).toFixed(1) + '%';
    if (k === 'gmv' || k === 'aov' || k === 'uv_value' || k === 'net_gmv') return '¥' + Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
    if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('zh-CN') : v.toFixed(1);
    return String(v);
  }
  const hhmm = (iso) => { if (!iso) return ''; const m = String(iso).match(/T(\d\d:\d\d(:\d\d)?)/); return m ? m[1] : String(iso); };

  class ApiError extends Error { constructor(status, body) { super((body && body.detail) || ('HTTP ' + status)); this.status = status; this.body = body; } }
  async function api(method, path, body, opts) {
    opts = opts || {};
    const headers = { Authorization: 'Bearer ' + state.token };
    let payload;
    if (body !== undefined) {
      if (typeof body === 'string') { payload = body; headers['Content-Type'] = opts.type || 'text/plain; charset=utf-8'; }
      else { payload = JSON.stringify(body); headers['Content-Type'] = 'application/json; charset=utf-8'; }
    }
    const res = await fetch(path, { method, headers, body: payload });
    if (res.status === 401) { showLogin(t('login.bad')); throw new ApiError(401, null); }
    if (opts.raw) { if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null)); return res; }
    const data = await res.json().catch(() => null);
    if (!res.ok) throw new ApiError(res.status, data);
    return data;
  }
  function explain(e) { return e.status === 501 ? t('unavailable') + ' — ' + e.message : t('err.prefix') + e.message; }

  // ---- i18n ------------------------------------------------------------------------------------------------------
  function applyLang() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-ph]').forEach((e) => { e.placeholder = t(e.getAttribute('data-i18n-ph')); });
    $('lang').textContent = state.lang === 'zh' ? 'EN' : '中文';
    renderAll();
  }

  // ---- login -----------------------------------------------------------------------------------------------------
  function showLogin(msg) {
    $('login').classList.remove('hidden');
    $('login-error').textContent = msg || '';
    $('token').focus();
  }
  async function tryLogin(tok) {
    state.token = tok;
    try {
      await api('GET', '/api/whoami');
      localStorage.setItem('lc.token', tok);
      $('login').classList.add('hidden');
      loadCatalog().then(renderQuestions).catch(() => {});
      await loadRooms();
      route();
    } catch (e) { if (e.status !== 401) showLogin(explain(e)); }
  }

  // ---- rooms and the live stream ---------------------------------------------------------------------------------
  async function loadRooms() {
    const r = await api('GET', '/api/rooms');
    state.rooms = r.rooms || [];
    const sel = $('room');
    const have = [...sel.options].map((o) => o.value).join('\n');
    if (have !== state.rooms.join('\n')) {
      clear(sel);
      for (const name of state.rooms) sel.append(h('option', { value: name }, name));
      if (state.room) sel.value = state.room;
    }
    const wanted = localStorage.getItem('lc.room');
    const pick = state.rooms.includes(wanted) ? wanted : state.rooms[state.rooms.length - 1];
    if (pick && pick !== state.room) selectRoom(pick);
    else if (!pick) $('dash-note').textContent = t('dash.noroom');
  }
  function selectRoom(name) {
    state.room = name; $('room').value = name; localStorage.setItem('lc.room', name);
    state.lastId = 0; state.items = new Map(); state.order = []; state.sel = null; state.metrics = null; state.timeline = []; state.questions = [];
    renderAll();
    openStream(name);
    refreshTimeline();
  }
  function setConn(on) { const c = $('conn'); c.className = 'conn ' + (on ? 'on' : 'off'); c.setAttribute('data-i18n', on ? 'conn.on' : 'conn.off'); c.textContent = t(on ? 'conn.on' : 'conn.off'); }
  async function openStream(room) {
    if (state.stream) state.stream.abort();
    const ctrl = new AbortController(); state.stream = ctrl;
    let backoff = 1000;
    while (!ctrl.signal.aborted && room === state.room) {
      try {
        const res = await fetch('/api/rooms/' + encodeURIComponent(room) + '/stream', {
          headers: { Accept: 'text/event-stream', Authorization: 'Bearer ' + state.token, 'Last-Event-ID': String(state.lastId) }, signal: ctrl.signal });
        if (res.status === 401) { showLogin(t('login.bad')); return; }
        if (!res.ok) throw new Error('HTTP ' + res.status);
        setConn(true); backoff = 1000;
        const reader = res.body.getReader(); const dec = new TextDecoder('utf-8'); let buf = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += dec.decode(value, { stream: true }).replace(/\r\n/g, '\n');
          let i;
          while ((i = buf.indexOf('\n\n')) >= 0) { onBlock(buf.slice(0, i)); buf = buf.slice(i + 2); }
        }
      } catch (e) { if (ctrl.signal.aborted) return; }
      setConn(false);
      await sleep(backoff); backoff = Math.min(backoff * 2, 10000);
    }
  }
  function onBlock(block) {
    let id = null, event = 'message', data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('id:')) id = line.slice(3).trim();
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).replace(/^ /, '');
    }
    if (id && /^\d+$/.test(id)) state.lastId = Math.max(state.lastId, Number(id));
    if (!data) return;
    let d; try { d = JSON.parse(data); } catch (e) { return; }
    if (event === 'reply' || event === 'comment') onReply(d);
    else if (event === 'questions') { state.questions = d.top_questions || []; renderQuestions(); renderHot(); }
    else if (event === 'metrics') { state.metrics = d; renderKpis(); renderFunnel(); }
  }

  // ---- console ---------------------------------------------------------------------------------------------------
  function onReply(r) {
    const old = state.items.get(r.id);
    if (old && r.sentiment == null) r.sentiment = old.sentiment; // decisions come back without the comment's tags
    if (!state.items.has(r.id)) { state.order.unshift(r.id); if (state.order.length > MAX_ITEMS) state.items.delete(state.order.pop()); }
    state.items.set(r.id, r);
    if (state.sel == null && actionable(r)) state.sel = r.id;
    scheduleConsole();
  }
  const actionable = (r) => r.reply && (r.status === 'pending' || r.status === 'escalated' || r.status === 'suggested');
  function scheduleConsole() { if (!scheduleConsole.p) { scheduleConsole.p = true; requestAnimationFrame(() => { scheduleConsole.p = false; renderConsole(); }); } }
  function tags(r) {
    return [r.intent ? h('span', { class: 'tag intent', title: r.intent }, label('i.' + r.intent, r.intent)) : null,
      r.sentiment ? h('span', { class: 'tag ' + r.sentiment }, t('se.' + r.sentiment)) : null];
  }
  function renderConsole() {
    if (state.page !== 'console') return;
    const comments = clear($('comments'));
    const replies = clear($('replies'));
    for (const id of state.order) {
      const r = state.items.get(id);
      if (r.comment != null) comments.append(h('li', { 'data-id': id }, h('span', { class: 'who' }, hhmm(r.ts) + ' ' + (r.user || '')), h('span', { class: 'text' }, r.comment), tags(r)));
      if (!r.reply) continue;
      const li = h('li', { 'data-id': id, class: id === state.sel ? 'sel' : '' },
        h('div', null, h('span', { class: 'who' }, r.user || ''), h('span', { class: 'text' }, r.comment), tags(r),
          h('span', { class: 'tag ' + r.status }, t('st.' + r.status))),
        h('div', { class: 'reply' }, r.reply),
        actionable(r) ? h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'approve', onclick: () => decide(id, 'approve') }, t('con.approve')),
          h('button', { type: 'button', class: 'edit', onclick: () => startEdit(id) }, t('con.edit')),
          h('button', { type: 'button', class: 'reject', onclick: () => decide(id, 'reject') }, t('con.reject'))) : null);
      li.addEventListener('click', () => { state.sel = id; scheduleConsole(); });
      replies.append(li);
    }
  }
  async function decide(id, action, text) {
    try {
      const r = await api('POST', '/api/rooms/' + encodeURIComponent(state.room) + '/replies/' + encodeURIComponent(id), text == null ? { action } : { action, text });
      onReply(r);
      moveSel(1, true);
      scheduleConsole();
    } catch (e) { if (e.status !== 401) toast(explain(e)); }
  }
  function actionableIds() { return state.order.filter((id) => actionable(state.items.get(id))); }
  function moveSel(step, afterDecision) {
    const ids = actionableIds();
    if (!ids.length) { state.sel = null; scheduleConsole(); return; }
    let i = ids.indexOf(state.sel);
    if (i < 0) i = afterDecision ? 0 : (step > 0 ? -1 : ids.length);
    state.sel = ids[Math.max(0, Math.min(ids.length - 1, afterDecision ? i : i + step))];
    scheduleConsole();
  }
  function startEdit(id) {
    const r = state.items.get(id); if (!r) return;
    state.sel = id; $('editor').classList.remove('hidden'); $('edit-text').value = r.reply || ''; $('edit-text').focus();
  }
  function onKey(ev) {
    if (state.page !== 'console') return;
    const tag = (ev.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select') { if (ev.key === 'Escape') $('editor').classList.add('hidden'); return; }
    const k = ev.key.toLowerCase();
    if (k === 'arrowdown' || k === 'j') { moveSel(1); ev.preventDefault(); }
    else if (k === 'arrowup' || k === 'k') { moveSel(-1); ev.preventDefault(); }
    else if ((k === 'a' || k === 'enter') && state.sel) { decide(state.sel, 'approve'); ev.preventDefault(); }
    else if (k === 'r' && state.sel) { decide(state.sel, 'reject'); ev.preventDefault(); }
    else if (k === 'e' && state.sel) { startEdit(state.sel); ev.preventDefault(); }
  }
  function productName(id) {
    const p = id && state.catalog && (state.catalog.products || []).find((x) => x.id === id);
    return p ? (p.link_no != null ? p.link_no + '号 ' : '') + p.name : id;
  }
  function renderQuestions() {
    const ol = clear($('questions'));
    for (const q of state.questions) {
      ol.append(h('li', null, h('span', { class: 'n' }, q.count + ' ' + t('con.people')),
        h('span', null, [label('i.' + q.intent, q.intent), productName(q.product)].filter(Boolean).join(' · ')), h('div', { class: 'muted' }, q.example || '')));
    }
  }

  // ---- dashboard -------------------------------------------------------------------------------------------------
  const KPI_KEYS = ['online', 'peak_online', 'uv', 'pv', 'comments', 'likes', 'paid_orders', 'gmv', 'buy_rate', 'interaction_rate', 'aov', 'avg_watch_s'];
  function currentOnline() {
    const m = state.metrics || {};
    if (m.online != null) return m.online;
    const last = state.timeline[state.timeline.length - 1];
    return last && last.online != null ? last.online : null;
  }
  function kpiBox(target, m, keys) {
    const box = clear(target);
    for (const k of keys) {
      const v = k === 'online' ? currentOnline() : m[k];
      box.append(h('div', { class: 'kpi', 'data-key': k }, h('div', { class: 'v' }, fmt(k, v)), h('div', { class: 'k' }, t('k.' + k))));
    }
  }
  function renderKpis() {
    if (state.page !== 'dashboard') return;
    if (!state.metrics) { $('dash-note').textContent = state.room ? t('dash.waiting') : t('dash.noroom'); clear($('kpis')); return; }
    $('dash-note').textContent = state.metrics.as_of ? (state.room + ' · ' + hhmm(state.metrics.as_of) + ' · ' + state.metrics.events + ' events') : '';
    kpiBox($('kpis'), state.metrics, KPI_KEYS);
  }
  function chart(id) {
    if (!window.echarts) return null;
    const el = $(id);
    if (!el || el.offsetParent === null) return null;
    let c = state.charts[id];
    if (!c || c.getDom() !== el) { c = window.echarts.init(el); state.charts[id] = c; }
    return c;
  }
  const minuteLabel = (row) => row.time ? hhmm(row.time) : (typeof row.minute === 'number' && row.minute > 1e11 ? hhmm(new Date(row.minute + 8 * 3600e3).toISOString()) : String(row.minute));
  function renderTimeline() {
    if (state.page !== 'dashboard') return;
    const rows = state.timeline;
    const x = rows.map(minuteLabel);
    const c1 = chart('chart-online');
    if (c1) c1.setOption({ animation: false, grid: { left: 48, right: 16, top: 16, bottom: 28 }, tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
      series: [{ name: t('s.online'), type: 'line', smooth: true, areaStyle: {}, data: rows.map((r) => r.online) }] });
    const c2 = chart('chart-orders');
    if (c2) c2.setOption({ animation: false, grid: { left: 48, right: 48, top: 24, bottom: 28 }, tooltip: { trigger: 'axis' }, legend: { data: [t('s.orders'), t('s.gmv')] }, xAxis: { type: 'category', data: x },
      yAxis: [{ type: 'value' }, { type: 'value' }],
      series: [{ name: t('s.orders'), type: 'bar', data: rows.map((r) => r.paid_orders) }, { name: t('s.gmv'), type: 'line', yAxisIndex: 1, data: rows.map((r) => Number(r.gmv || 0)) }] });
  }
  function renderFunnel() {
    if (state.page !== 'dashboard' || !state.metrics) return;
    const m = state.metrics, uv = m.uv || 0;
    const clickers = m.product_click_rate != null ? Math.round(m.product_click_rate * uv) : 0;
    const payers = m.buy_rate != null ? Math.round(m.buy_rate * uv) : 0;
    const c = chart('chart-funnel');
    if (c) c.setOption({ animation: false, tooltip: {}, series: [{ type: 'funnel', sort: 'descending', left: '10%', width: '80%', label: { formatter: '{b}: {c}' },
      data: [{ name: t('f.uv'), value: uv }, { name: t('f.click'), value: clickers }, { name: t('f.pay'), value: payers }] }] });
  }
  function renderHot() {
    if (state.page !== 'dashboard') return;
    const ul = clear($('hotwords'));
    for (const q of state.questions) ul.append(h('li', null, (q.product ? q.product + ' ' : '') + label('i.' + q.intent, q.intent || '') + ' ×' + q.count));
    for (const w of (state.hot || []).slice(0, 16)) ul.append(h('li', { class: 'word' }, w.word + ' ' + (w.viewers != null ? w.viewers : (w.count || ''))));
  }
  async function refreshTimeline() {
    if (!state.room || (state.page !== 'dashboard')) return;
    try {
      const r = await api('GET', '/api/rooms/' + encodeURIComponent(state.room) + '/timeline');
      state.timeline = r.timeline || [];
      state.hot = r.hot_words || [];
      renderTimeline(); renderKpis(); renderHot();
    } catch (e) { if (e.status === 501) $('dash-note').textContent = explain(e); }
  }

  // ---- script studio ---------------------------------------------------------------------------------------------
  async function loadCatalog() {
    try { state.catalog = await api('GET', '/api/products'); } catch (e) { state.catalog = { products: [] }; }
    return state.catalog;
  }
  async function enterScript() {
    const cat = await loadCatalog();
    const box = clear($('scr-products'));
    for (const p of cat.products || []) box.append(h('label', null, h('input', { type: 'checkbox', value: p.id }), ' ' + (p.link_no != null ? p.link_no + '号 ' : '') + p.name));
  }
  function segmentText(segs) { return segs.map((s) => s.text).join('\n\n'); }
  async function generateScript() {
    const ids = [...document.querySelectorAll('#scr-products input:checked')].map((e) => e.value);
    if (!ids.length) { toast(t('scr.pick')); return; }
    try {
      const r = await api('POST', '/api/scripts', { products: ids, minutes: Number($('scr-minutes').value) || 60, style: $('scr-style').value });
      state.segments = r.segments || [];
      $('scr-text').value = segmentText(state.segments);
      if (r.checks) renderChecks(r.checks);
    } catch (e) { if (e.status !== 401) toast(explain(e)); }
  }
  async function checkScript() {
    const text = $('scr-text').value;
    try { renderChecks(await api('POST', '/api/scripts/check', { text }), text); } catch (e) { if (e.status !== 401) toast(explain(e)); }
  }
  function renderChecks(res, text) {
    const all = [];
    for (const r of Array.isArray(res.results) ? res.results : []) for (const v of Array.isArray(r.violations) ? r.violations : []) all.push(v);
    if (Array.isArray(res.violations)) for (const v of res.violations) all.push(v.violation || v); // the checks of a generated script
    const ul = clear($('scr-violations'));
    if (!all.length) ul.append(h('li', null, t('scr.clean')));
    for (const v of all) ul.append(h('li', null, h('span', { class: 'tag ' + v.kind }, v.kind), ' 「' + v.text + '」 ', v.detail || '', v.suggestion ? ' → ' + v.suggestion : ''));
    const box = clear($('scr-highlight'));
    if (text == null) return;
    const spans = all.filter((v) => typeof v.offset === 'number' && v.text).sort((a, b) => a.offset - b.offset);
    let at = 0;
    for (const v of spans) {
      if (v.offset < at) continue;
      box.append(text.slice(at, v.offset));
      box.append(h('mark', { class: v.kind, title: (v.detail || '') + (v.suggestion ? ' → ' + v.suggestion : '') }, text.substr(v.offset, v.text.length)));
      at = v.offset + v.text.length;
    }
    box.append(text.slice(at));
  }
  function exportScript() {
    const text = $('scr-text').value;
    const blob = state.segments ? new Blob([JSON.stringify({ segments: state.segments }, null, 2)], { type: 'application/json' }) : new Blob([text], { type: 'text/plain;charset=utf-8' });
    const a = h('a', { href: URL.createObjectURL(blob), download: state.segments ? 'script.json' : 'script.txt' });
    document.body.append(a); a.click(); a.remove();
  }
  const prompter = { speed: 1, paused: false, y: 0, raf: 0, last: 0 };
  function openPrompter() {
    $('prompter-text').textContent = $('scr-text').value;
    $('prompter').classList.remove('hidden'); prompter.y = 0; prompter.paused = false; prompter.last = 0;
    const step = (ts) => {
      if ($('prompter').classList.contains('hidden')) return;
      if (prompter.last && !prompter.paused) { prompter.y += (ts - prompter.last) * 0.04 * prompter.speed; $('prompter-text').style.transform = 'translateY(' + (-prompter.y) + 'px)'; }
      prompter.last = ts; prompter.raf = requestAnimationFrame(step);
    };
    prompter.raf = requestAnimationFrame(step);
  }
  function setSpeed(d) { prompter.speed = Math.max(0.2, Math.min(5, prompter.speed + d)); $('pr-speed').textContent = prompter.speed.toFixed(1) + '×'; }

  // ---- catalog ---------------------------------------------------------------------------------------------------
  async function enterCatalog() {
    const cat = await loadCatalog();
    $('cat-shop').textContent = cat.shop && cat.shop.name ? cat.shop.name : '';
    const body = clear($('cat-rows'));
    if (!(cat.products || []).length) body.append(h('tr', null, h('td', { colspan: '6' }, t('cat.empty'))));
    for (const p of cat.products || []) {
      body.append(h('tr', null, h('td', null, p.id), h('td', null, p.link_no != null ? p.link_no : ''), h('td', null, p.name),
        h('td', null, '¥' + p.price), h('td', null, p.stock != null ? p.stock : ''),
        h('td', null, h('button', { type: 'button', onclick: () => editProduct(p) }, t('cat.editbtn')))));
    }
  }
  function editProduct(p) { $('cat-editor').classList.remove('hidden'); $('cat-edit-text').value = JSON.stringify(p, null, 2); }
  async function saveProduct() {
    let p; try { p = JSON.parse($('cat-edit-text').value); } catch (e) { toast(t('err.prefix') + e.message); return; }
    try { const r = await api('POST', '/api/catalog', { products: [p] }); showImport(r); if (r.imported) { toast(t('cat.saved')); $('cat-editor').classList.add('hidden'); enterCatalog(); } }
    catch (e) { if (e.status !== 401) toast(explain(e)); }
  }
  function showImport(r) { $('cat-out').textContent = JSON.stringify(r, null, 2); }
  async function importCatalog() {
    let text = $('cat-text').value;
    const f = $('cat-file').files[0];
    if (f) text = await f.text();
    if (!text.trim()) return;
    try { showImport(await api('POST', '/api/catalog', text)); enterCatalog(); } catch (e) { if (e.status !== 401) $('cat-out').textContent = explain(e); }
  }

  // ---- review ----------------------------------------------------------------------------------------------------
  const show = (x) => typeof x === 'string' ? x : x.text ? (x.kind ? '[' + x.kind + '] ' : '') + x.text : Object.entries(x).filter(([k, v]) => v != null && typeof v !== 'object').map(([k, v]) => k + ': ' + (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v)).join(' · ');
  async function loadReview() {
    if (!state.room) return;
    $('rev-note').textContent = '…';
    try {
      const r = await api('GET', '/api/rooms/' + encodeURIComponent(state.room) + '/report');
      $('rev-note').textContent = state.room;
      kpiBox($('rev-kpis'), r.metrics || {}, KPI_KEYS.filter((k) => k !== 'online'));
      const rows = r.timeline || [];
      const c = chart('chart-review');
      if (c) c.setOption({ animation: false, grid: { left: 48, right: 48, top: 24, bottom: 28 }, tooltip: { trigger: 'axis' }, legend: { data: [t('s.online'), t('s.orders')] },
        xAxis: { type: 'category', data: rows.map(minuteLabel) }, yAxis: [{ type: 'value' }, { type: 'value' }],
        series: [{ name: t('s.online'), type: 'line', data: rows.map((x) => x.online) }, { name: t('s.orders'), type: 'bar', yAxisIndex: 1, data: rows.map((x) => x.paid_orders) }] });
      const tb = clear($('rev-products'));
      const prods = r.products || [];
      if (prods.length) tb.append(h('tr', null, Object.keys(prods[0]).map((k) => h('th', null, k))));
      for (const p of prods) tb.append(h('tr', null, Object.values(p).map((v) => h('td', null, v == null ? '' : (typeof v === 'object' ? JSON.stringify(v) : v)))));
      const fl = clear($('rev-factors')); for (const f of r.factors || []) fl.append(h('li', null, show(f)));
      const sl = clear($('rev-suggestions')); for (const s of r.suggestions || []) sl.append(h('li', null, show(s)));
    } catch (e) { if (e.status !== 401) $('rev-note').textContent = explain(e); }
  }
  async function downloadReport() {
    if (!state.room) return;
    try {
      const res = await api('GET', '/api/rooms/' + encodeURIComponent(state.room) + '/report?format=html', undefined, { raw: true });
      const blob = new Blob([await res.arrayBuffer()], { type: 'text/html;charset=utf-8' });
      const a = h('a', { href: URL.createObjectURL(blob), download: 'review-' + state.room + '.html' });
      document.body.append(a); a.click(); a.remove();
    } catch (e) { if (e.status !== 401) toast(explain(e)); }
  }

  // ---- forecast --------------------------------------------------------------------------------------------------
  async function csvFromRoom() {
    if (!state.room) return;
    try {
      const r = await api('GET', '/api/rooms/' + encodeURIComponent(state.room) + '/timeline');
      const lines = ['series,timestamp,value'];
      for (const row of r.timeline || []) lines.push(state.room + ',' + new Date(row.minute).toISOString() + ',' + (row.paid_orders || 0));
      $('fc-csv').value = lines.join('\n');
    } catch (e) { if (e.status !== 401) $('fc-note').textContent = explain(e); }
  }
  async function runForecast() {
    const horizon = Number($('fc-horizon').value) || 7;
    const lead = Number($('fc-lead').value) || 1;
    try {
      const r = await api('POST', '/api/forecast?horizon=' + horizon + '&lead_time=' + lead, $('fc-csv').value, { type: 'text/csv; charset=utf-8' });
      $('fc-note').textContent = (r.rejected || []).length ? (r.rejected.length + ' rows rejected: ' + r.rejected.slice(0, 3).map((x) => 'line ' + x.line + ': ' + x.reason).join('; ')) : '';
      const cat = state.catalog || await loadCatalog();
      const stock = new Map((cat.products || []).map((p) => [p.id, p.stock]));
      const series = r.series || [];
      const c = chart('chart-forecast');
      if (c && series.length) {
        const s0 = series[0], lv = Object.keys(s0.upper || {}).sort((a, b) => Number(a) - Number(b)).pop();
        c.setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 48, right: 16, top: 28, bottom: 28 },
          xAxis: { type: 'category', data: (s0.timestamps && s0.timestamps.length ? s0.timestamps : s0.forecast.map((_, i) => '+' + (i + 1))) }, yAxis: { type: 'value' },
          series: series.slice(0, 6).flatMap((s) => [{ name: s.id, type: 'line', data: s.forecast },
            lv && s.upper && s.upper[lv] ? { name: s.id + ' ' + lv + '%↑', type: 'line', lineStyle: { type: 'dashed' }, data: s.upper[lv] } : null].filter(Boolean)) }, true);
      }
      const tb = clear($('fc-advice'));
      tb.append(h('tr', null, h('th', null, t('fc.series')), h('th', null, 'model'), h('th', null, t('fc.total')), h('th', null, t('fc.need')), h('th', null, t('fc.stock')), h('th', null, t('fc.todo'))));
      for (const s of series) {
        const total = Math.round(s.forecast.reduce((a, b) => a + Math.max(0, Number(b)), 0));
        const need = s.stock ? s.stock.units : null;
        const have = stock.get(s.id);
        const todo = have == null || need == null ? '' : (need > have ? String(need - have) : t('fc.ok'));
        tb.append(h('tr', null, h('td', null, s.id), h('td', null, s.model || ''), h('td', null, total), h('td', null, need == null ? '–' : need),
          h('td', null, have == null ? '–' : have), h('td', null, todo)));
      }
    } catch (e) { if (e.status !== 401) $('fc-note').textContent = explain(e); }
  }

  // ---- routing ---------------------------------------------------------------------------------------------------
  const PAGES = ['dashboard', 'console', 'script', 'catalog', 'review', 'forecast'];
  function route() {
    const m = location.hash.match(/^#\/(\w+)/);
    const page = m && PAGES.includes(m[1]) ? m[1] : 'dashboard';
    state.page = page;
    for (const p of PAGES) $('page-' + p).classList.toggle('active', p === page);
    document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', a.getAttribute('data-page') === page));
    if (!state.token) return;
    loadRooms().catch(() => {});
    if (page === 'script') enterScript();
    else if (page === 'catalog') enterCatalog();
    else if (page === 'review') loadReview();
    else if (page === 'forecast') loadCatalog();
    renderAll();
    if (page === 'dashboard') refreshTimeline();
    Object.values(state.charts).forEach((c) => c.resize());
  }
  function renderAll() { renderKpis(); renderFunnel(); renderTimeline(); renderHot(); renderConsole(); renderQuestions(); }

  function init() {
    const hm = location.hash.match(/token=([A-Za-z0-9_\-]+)/);
    if (hm) { state.token = hm[1]; localStorage.setItem('lc.token', hm[1]); history.replaceState(null, '', location.pathname + '#/dashboard'); }
    $('lang').addEventListener('click', () => { state.lang = state.lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('lc.lang', state.lang); applyLang(); });
    $('logout').addEventListener('click', () => { localStorage.removeItem('lc.token'); state.token = null; if (state.stream) state.stream.abort(); showLogin(''); });
    $('login-form').addEventListener('submit', (e) => { e.preventDefault(); tryLogin($('token').value.trim()); });
    $('room').addEventListener('change', (e) => selectRoom(e.target.value));
    $('room').addEventListener('focus', () => loadRooms().catch(() => {}));
    $('edit-save').addEventListener('click', () => { const id = state.sel; $('editor').classList.add('hidden'); if (id) decide(id, 'edit', $('edit-text').value); });
    $('edit-cancel').addEventListener('click', () => $('editor').classList.add('hidden'));
    $('ask-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      try { $('ask-out').textContent = JSON.stringify(await api('POST', '/api/ask', { text: $('ask-text').value, room: state.room }), null, 2); }
      catch (err) { if (err.status !== 401) $('ask-out').textContent = explain(err); }
    });
    $('scr-generate').addEventListener('click', generateScript);
    $('scr-check').addEventListener('click', checkScript);
    $('scr-export').addEventListener('click', exportScript);
    $('scr-prompter').addEventListener('click', openPrompter);
    $('pr-close').addEventListener('click', () => { $('prompter').classList.add('hidden'); cancelAnimationFrame(prompter.raf); });
    $('pr-pause').addEventListener('click', () => { prompter.paused = !prompter.paused; $('pr-pause').textContent = t(prompter.paused ? 'scr.resume' : 'scr.pause'); });
    $('pr-faster').addEventListener('click', () => setSpeed(0.2));
    $('pr-slower').addEventListener('click', () => setSpeed(-0.2));
    $('cat-import').addEventListener('click', importCatalog);
    $('cat-save').addEventListener('click', saveProduct);
    $('cat-cancel').addEventListener('click', () => $('cat-editor').classList.add('hidden'));
    $('rev-load').addEventListener('click', loadReview);
    $('rev-html').addEventListener('click', downloadReport);
    $('fc-go').addEventListener('click', runForecast);
    $('fc-from-room').addEventListener('click', csvFromRoom);
    document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && !$('prompter').classList.contains('hidden')) $('pr-close').click(); else onKey(ev); });
    window.addEventListener('hashchange', route);
    window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
    setInterval(() => { if (state.page === 'dashboard') refreshTimeline(); }, 5000);
    setInterval(() => { if (state.token && document.activeElement !== $('room')) loadRooms().catch(() => {}); }, 10000);
        applyLang();
    if (state.token) tryLogin(state.token); else { route(); showLogin(''); }
  }
  document.addEventListener('DOMContentLoaded', init);
})();
