// The regulator's and analyst's dashboard: credit-record coverage against the plans' targets,
// grades by party type and alerts by kind over the fraud scans. Each chart (Apache ECharts, from
// its WebJar) is an image for screen readers, described by the table under it with the same figures.
import { api } from '../api.js';
import { h } from '../util.js';
import { t, enumLabel, fmtDate, fmtInstant, instantElement, fmtNumber, lang, loadMessages } from '../i18n.js';
import { problemNote, announce } from './analyst.js';
import { ALERT_KINDS } from './triage.js';

await Promise.all([loadMessages('dashboard'), loadMessages('enums')]);

const GRADES = ['A', 'B', 'C', 'D'];
const COLOURS = { A: '#047857', B: '#1d4ed8', C: '#b45309', D: '#b91c1c' };

export async function dashboardView(el) {
  const coverage = section('dash-coverage', t('dashboard.coverage'));
  const grades = section('dash-grades', t('dashboard.grades'));
  const alerts = section('dash-alerts', t('dashboard.alerts'));
  el.append(h('h1', null, t('dashboard.title')), h('p', { class: 'muted' }, t('dashboard.intro')), coverage, grades, alerts);
  const charts = [];
  const [summary, scans] = await Promise.all([
    api('/credit/summary').catch((e) => ({ failed: e })),
    api('/fraud/scans', { query: { size: 100 } }).catch((e) => ({ failed: e })),
  ]);
  const echarts = await loadECharts().catch(() => null);
  if (summary.failed) {
    coverage.append(problemNote(t('dashboard.what-summary'), summary.failed));
    grades.append(problemNote(t('dashboard.what-summary'), summary.failed));
  } else {
    drawCoverage(coverage, summary, echarts, charts);
    drawGrades(grades, summary, echarts, charts);
  }
  if (scans.failed) alerts.append(problemNote(t('dashboard.what-scans'), scans.failed));
  else drawAlerts(alerts, scans.items || [], echarts, charts);
  announce(t('dashboard.loaded'));
  const resize = () => charts.forEach((c) => c.resize());
  window.addEventListener('resize', resize);
  return () => { window.removeEventListener('resize', resize); charts.forEach((c) => c.dispose()); };
}

function section(id, title) {
  return h('section', { class: 'panel', id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title));
}

const percentFormat = new Intl.NumberFormat(lang(), { style: 'percent', maximumFractionDigits: 1 });
const percent = (x) => percentFormat.format(x ?? 0);
const typeLabel = (type) => enumLabel('PartyType', type);

/** The chart's box: an image for assistive technology, described by the table that follows. */
function chartBox(id, label, tableId) {
  return h('div', { class: 'chart', id, role: 'img', 'aria-label': label, 'aria-describedby': tableId });
}

function plot(echarts, box, option, charts) {
  if (!echarts) return;
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, ...option });
  box.dataset.ready = 'true';
  charts.push(chart);
}

function drawCoverage(panel, summary, echarts, charts) {
  const targets = summary.coverageTargets || [];
  const types = summary.types || [];
  panel.append(h('p', { class: 'muted' }, t('dashboard.coverage-help', { first: percent(targets[0]), second: percent(targets[1]) })));
  const box = chartBox('dash-coverage-chart', t('dashboard.coverage-chart'), 'dash-coverage-table');
  panel.append(box, h('table', { id: 'dash-coverage-table' },
    h('caption', null, t('dashboard.coverage-caption')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('dashboard.type')), h('th', { scope: 'col' }, t('dashboard.parties')),
      h('th', { scope: 'col' }, t('dashboard.with-records')), h('th', { scope: 'col' }, t('dashboard.coverage-col')),
      h('th', { scope: 'col' }, t('dashboard.scored')),
      targets.map((x) => h('th', { scope: 'col' }, t('dashboard.target-met', { target: percent(x) }))))),
    h('tbody', null, types.map((r) => h('tr', { dataset: { type: r.type } },
      h('th', { scope: 'row' }, typeLabel(r.type)), h('td', { class: 'num' }, fmtNumber(r.parties)),
      h('td', { class: 'num' }, fmtNumber(r.withRecords)), h('td', { class: 'num coverage' }, percent(r.coverage)),
      h('td', { class: 'num' }, fmtNumber(r.scored)),
      targets.map((x) => h('td', null, r.coverage >= x ? t('dashboard.met') : t('dashboard.not-met'))))))));
  plot(echarts, box, {
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: types.map((r) => typeLabel(r.type)) },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => percent(v) } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => percent(v) },
    series: [{
      type: 'bar', name: t('dashboard.coverage-col'), data: types.map((r) => r.coverage), itemStyle: { color: '#1d4ed8' },
      markLine: { symbol: 'none', label: { formatter: (p) => t('dashboard.target', { target: percent(p.value) }) },
        lineStyle: { color: '#b45309', type: 'dashed' }, data: targets.map((x) => ({ yAxis: x })) },
    }],
  }, charts);
}

function drawGrades(panel, summary, echarts, charts) {
  const types = summary.types || [];
  panel.append(h('p', { class: 'muted' }, summary.computedAt ? t('dashboard.computed', { at: fmtInstant(summary.computedAt) }) : t('dashboard.never-computed')));
  const box = chartBox('dash-grades-chart', t('dashboard.grades-chart'), 'dash-grades-table');
  panel.append(box, h('table', { id: 'dash-grades-table' },
    h('caption', null, t('dashboard.grades-caption')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('dashboard.type')), GRADES.map((g) => h('th', { scope: 'col' }, enumLabel('Grade', g))))),
    h('tbody', null, types.map((r) => h('tr', { dataset: { type: r.type } }, h('th', { scope: 'row' }, typeLabel(r.type)),
      GRADES.map((g) => h('td', { class: 'num', dataset: { grade: g } }, fmtNumber(r.grades?.[g] ?? 0))))))));
  plot(echarts, box, {
    grid: { left: 56, right: 16, top: 32, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: types.map((r) => typeLabel(r.type)) },
    yAxis: { type: 'value' },
    series: GRADES.map((g) => ({ type: 'bar', stack: 'grades', name: enumLabel('Grade', g), itemStyle: { color: COLOURS[g] }, data: types.map((r) => r.grades?.[g] ?? 0) })),
  }, charts);
}

function drawAlerts(panel, scans, echarts, charts) {
  if (!scans.length) { panel.append(h('p', { class: 'note', id: 'dash-no-scans' }, t('dashboard.no-scans'))); return; }
  const ordered = [...scans].reverse(); // oldest first, left to right
  const box = chartBox('dash-alerts-chart', t('dashboard.alerts-chart'), 'dash-alerts-table');
  panel.append(box, h('table', { id: 'dash-alerts-table' },
    h('caption', null, t('dashboard.alerts-caption')),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('dashboard.scan')), ALERT_KINDS.map((k) => h('th', { scope: 'col' }, enumLabel('AlertKind', k))))),
    h('tbody', null, ordered.map((s) => h('tr', { dataset: { scan: s.scanId } }, h('th', { scope: 'row' }, instantElement(s.finishedAt)),
      ALERT_KINDS.map((k) => h('td', { class: 'num', dataset: { kind: k } }, fmtNumber(s.alerts?.[k] ?? 0))))))));
  plot(echarts, box, {
    grid: { left: 48, right: 16, top: 32, bottom: 40 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: ordered.map((s) => fmtInstant(s.finishedAt)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: ALERT_KINDS.map((k) => ({ type: 'line', name: enumLabel('AlertKind', k), data: ordered.map((s) => s.alerts?.[k] ?? 0) })),
  }, charts);
}

let echartsLoading = null;
/** ECharts is loaded on the first visit of the dashboard only (the other views do not need it). */
function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/webjars/echarts/dist/echarts.min.js';
      s.onload = () => resolve(window.echarts);
      s.onerror = () => { echartsLoading = null; reject(new Error('echarts')); };
      document.head.append(s);
    });
  }
  return echartsLoading;
}
