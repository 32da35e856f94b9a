/*
 * Hess-Trucks report: draws the charts from the embedded data and sorts the summary table.
 * Plain JavaScript, no build step. Every label drawn here comes from the JSON block (parsed, never
 * evaluated) and reaches the DOM as text or through ECharts' canvas; tooltips escape it.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);

  // ---- What the controls select -------------------------------------------------------------------------

  var X_AXES = {
    iteration: 'iterations',
    gradientEquivalents: 'gradient-equivalents',
    epochs: 'epochs',
    seconds: 'optimizer seconds'
  };

  var state = {
    x: 'iteration',                 // a key of X_AXES
    lossScale: allLossesPositive() ? 'log' : 'linear',   // 'linear' | 'log' | 'gap'
    telemetryScale: 'linear',       // 'linear' | 'log'
    hidden: {}                      // optimizer label -> true when hidden
  };

  /** Every chart on the page: its container, its ECharts instance and how to build its option. */
  var charts = [];

  // ---- Numbers -------------------------------------------------------------------------------------------

  function usable(v) {
    return v !== null && v !== undefined && isFinite(v);
  }

  /** A value as a chart shows it on a log or linear axis: null when it cannot be drawn there. */
  function onAxis(v, log) {
    if (!usable(v)) {
      return null;
    }
    return log && !(v > 0) ? null : v;
  }

  function formatNumber(v) {
    if (!usable(v)) {
      return '\u2014';
    }
    if (v === 0) {
      return '0';
    }
    var a = Math.abs(v);
    if (a >= 1e-3 && a < 1e5) {
      return String(Number(v.toPrecision(4)));
    }
    return v.toExponential(2).replace('e+', 'e');
  }

  function formatTick(v) {
    var a = Math.abs(v);
    if (v === 0 || (a >= 1e-3 && a < 1e5)) {
      return String(Number(v.toPrecision(3)));
    }
    return v.toExponential(0).replace('e+', 'e');
  }

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function allLossesPositive() {
    return data.problems.every(function (problem) {
      return problem.groups.every(function (group) {
        return group.loss.min.every(function (v) { return !usable(v) || v > 0; });
      });
    });
  }

  // ---- Rows: one per point, [x, median, min, max, seeds] -------------------------------------------------

  /**
   * The drawable points of a band: x from xs, y from the band after transform. A point whose median cannot
   * be drawn is left out (and counted); a range that cannot be drawn shrinks to the median.
   */
  function bandRows(xs, band, seeds, transform) {
    var rows = [];
    var dropped = 0;
    for (var i = 0; i < xs.length; i++) {
      var x = xs[i];
      var y = transform(band.median[i]);
      if (!usable(x) || y === null) {
        if (usable(band.median[i])) {
          dropped++;
        }
        continue;
      }
      var lo = transform(band.min[i]);
      var hi = transform(band.max[i]);
      rows.push([x, y, lo === null ? y : lo, hi === null ? y : hi, seeds ? seeds[i] : 1]);
    }
    return { rows: rows, dropped: dropped };
  }

  /** "(binned: one point per 40 checkpoints)" when a long series was merged into bins to keep the page small. */
  function binNote(groups, unit) {
    var largest = groups.reduce(function (most, group) { return Math.max(most, group.binSize); }, 1);
    return largest > 1 ? 'binned: up to ' + largest + ' ' + unit + ' per point' : '';
  }

  function joinNotes(notes) {
    return notes.filter(function (note) { return note; }).join('; ');
  }

  // ---- Series ----------------------------------------------------------------------------------------------

  /** The median line of one optimizer; the data rows carry the range for the tooltip. */
  function medianSeries(optimizer, rows) {
    return {
      type: 'line',
      name: optimizer.label,
      data: rows,
      encode: { x: 0, y: 1 },
      color: optimizer.color,
      showSymbol: rows.length <= 1,
      symbolSize: 5,
      lineStyle: { width: 2 },
      emphasis: { focus: 'series' },
      z: 3
    };
  }

  /**
   * The min-max band of one optimizer, drawn once as polygons (a custom series: ECharts stacks on a value x
   * axis by index, which cannot draw a band under a log axis).
   */
  function bandSeries(optimizer, rows) {
    return {
      type: 'custom',
      name: optimizer.label,
      data: rows,
      encode: { x: 0, y: [2, 3] },
      silent: true,
      clip: true,
      z: 1,
      tooltip: { show: false },
      renderItem: function (params, api) {
        if (params.dataIndexInside !== 0) {
          return null;
        }
        var upper = rows.map(function (row) { return api.coord([row[0], row[3]]); });
        var lower = rows.map(function (row) { return api.coord([row[0], row[2]]); }).reverse();
        return {
          type: 'polygon',
          shape: { points: upper.concat(lower) },
          style: { fill: optimizer.color, opacity: 0.18, stroke: null }
        };
      }
    };
  }

  function tooltipFormatter(xName) {
    return function (params) {
      var lines = params
        .filter(function (p) { return p.seriesType === 'line'; })
        .map(function (p) {
          var row = p.data;
          var text = p.marker + escapeHtml(p.seriesName) + ': <b>' + formatNumber(row[1]) + '</b>';
          if (row[4] > 1) {
            text += ' <span style="color:#5f6b7a">[' + formatNumber(row[2]) + ', ' + formatNumber(row[3]) +
              '], ' + row[4] + ' seeds</span>';
          }
          return text;
        });
      if (lines.length === 0) {
        return '';
      }
      return escapeHtml(xName) + ' ' + formatNumber(params[0].data[0]) + '<br>' + lines.join('<br>');
    };
  }

  function legendSelection() {
    var selected = {};
    data.optimizers.forEach(function (optimizer) {
      selected[optimizer.label] = !state.hidden[optimizer.label];
    });
    return selected;
  }

  /** A line chart with the page's conventions: value x, linear or log y, zoom, axis tooltip. */
  function lineChart(xName, yName, yLog, series) {
    return {
      animation: false,
      grid: { left: 72, right: 24, top: 14, bottom: 78 },
      legend: { show: false, selected: legendSelection() },
      tooltip: {
        trigger: 'axis',
        confine: true,
        axisPointer: { type: 'line' },
        formatter: tooltipFormatter(xName)
      },
      xAxis: {
        type: 'value',
        name: xName,
        nameLocation: 'middle',
        nameGap: 26,
        scale: false,
        axisLabel: { formatter: formatTick, hideOverlap: true },
        splitLine: { lineStyle: { color: '#eef0f3' } }
      },
      yAxis: {
        type: yLog ? 'log' : 'value',
        name: yName,
        nameLocation: 'middle',
        nameGap: 56,
        nameTruncate: { maxWidth: 210, ellipsis: '\u2026' },
        scale: !yLog,
        boundaryGap: yLog ? undefined : ['4%', '4%'],
        axisLabel: { formatter: formatTick, hideOverlap: true },
        splitLine: { lineStyle: { color: '#eef0f3' } }
      },
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
        { type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 16, bottom: 8, showDetail: false }
      ],
      series: series
    };
  }

  // ---- The charts ------------------------------------------------------------------------------------------

  function convergenceOption(problem, kind) {
    var log;
    var shift = 0;
    var yName;
    var note = '';
    if (kind === 'gradientNorm') {
      log = true;
      yName = 'gradient norm';
    } else if (state.lossScale === 'gap' && usable(problem.bestLoss)) {
      log = true;
      shift = problem.bestLoss;
      yName = 'loss \u2212 best';
      note = 'loss minus ' + formatNumber(problem.bestLoss) + ', the least loss seen on this problem; points at it are not drawn';
    } else {
      log = state.lossScale !== 'linear';
      yName = 'loss';
    }
    var transform = function (v) { return onAxis(usable(v) ? v - shift : v, log); };
    var series = [];
    var bands = [];
    var dropped = 0;
    problem.groups.forEach(function (group) {
      var optimizer = data.optimizers[group.optimizer];
      var result = bandRows(group[state.x], group[kind], group.count, transform);
      dropped += result.dropped;
      series.push(medianSeries(optimizer, result.rows));
      if (group.seeds > 1) {
        bands.push(bandSeries(optimizer, result.rows));
      }
    });
    if (dropped > 0 && state.lossScale !== 'gap' && log) {
      note = droppedNote(dropped);
    }
    return {
      option: lineChart(X_AXES[state.x], yName, log, series.concat(bands)),
      note: joinNotes([note, binNote(problem.groups, 'checkpoints')])
    };
  }

  function droppedNote(dropped) {
    return dropped + (dropped === 1 ? ' point' : ' points') + ' \u2264 0 not drawn on the log axis';
  }

  function telemetryOption(name, chart) {
    var log = state.telemetryScale === 'log';
    var series = [];
    var bands = [];
    var dropped = 0;
    chart.groups.forEach(function (group) {
      var optimizer = data.optimizers[group.optimizer];
      var result = bandRows(group.iteration, group.values, group.count, function (v) { return onAxis(v, log); });
      dropped += result.dropped;
      series.push(medianSeries(optimizer, result.rows));
      if (group.seeds > 1) {
        bands.push(bandSeries(optimizer, result.rows));
      }
    });
    return {
      option: lineChart('iteration', name, log, series.concat(bands)),
      note: joinNotes([dropped > 0 && log ? droppedNote(dropped) : '', binNote(chart.groups, 'iterations')])
    };
  }

  function setNote(key, text) {
    var note = document.querySelector('[data-note-for="' + key + '"]');
    if (note) {
      note.textContent = text ? '(' + text + ')' : '';
    }
  }

  /** Builds (or rebuilds, after a control changed) every chart. */
  function drawAll() {
    charts.forEach(function (chart) {
      var built = chart.build();
      chart.instance.setOption(built.option, { notMerge: true });
      setNote(chart.noteKey, built.note);
    });
  }

  function createCharts() {
    document.querySelectorAll('.chart').forEach(function (el) {
      var kind = el.getAttribute('data-kind');
      var build;
      var noteKey;
      if (kind === 'loss' || kind === 'gradientNorm') {
        var problemIndex = Number(el.getAttribute('data-problem'));
        build = function () { return convergenceOption(data.problems[problemIndex], kind); };
        noteKey = kind + '-' + problemIndex;
      } else if (kind === 'telemetry') {
        var t = Number(el.getAttribute('data-telemetry'));
        var c = Number(el.getAttribute('data-chart'));
        build = function () { return telemetryOption(data.telemetry[t].name, data.telemetry[t].charts[c]); };
        noteKey = 'telemetry-' + t + '-' + c;
      } else {
        return;
      }
      charts.push({ el: el, instance: echarts.init(el, null, { renderer: 'canvas' }), build: build, noteKey: noteKey });
    });
    drawAll();
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.instance.resize(); });
    });
  }

  // ---- Controls --------------------------------------------------------------------------------------------

  /** A group of buttons of which one is pressed; choose(value) runs on a click. */
  function segmented(id, attribute, current, choose) {
    var group = document.getElementById(id);
    if (!group) {
      return;
    }
    var buttons = group.querySelectorAll('button');
    var press = function (value) {
      buttons.forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute(attribute) === value));
      });
    };
    press(current);
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var value = button.getAttribute(attribute);
        press(value);
        choose(value);
        drawAll();
      });
    });
  }

  function wireLegend() {
    document.querySelectorAll('.legend-item').forEach(function (button) {
      var optimizer = data.optimizers[Number(button.getAttribute('data-optimizer'))];
      button.addEventListener('click', function () {
        var hide = !state.hidden[optimizer.label];
        state.hidden[optimizer.label] = hide;
        button.setAttribute('aria-pressed', String(!hide));
        charts.forEach(function (chart) {
          chart.instance.dispatchAction({ type: hide ? 'legendUnSelect' : 'legendSelect', name: optimizer.label });
        });
      });
    });
  }

  // ---- The sortable table ----------------------------------------------------------------------------------

  function wireTable(table) {
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (th, column) {
      th.tabIndex = 0;
      var sort = function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        sortRows(table, column, th.getAttribute('data-type') === 'number', ascending);
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sort();
        }
      });
    });
  }

  /** Sorts by one column; missing numbers go last either way; ties keep their order. */
  function sortRows(table, column, numeric, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      var key = row.cells[column].getAttribute('data-sort');
      return { row: row, index: index, key: numeric ? (key === '' ? null : Number(key)) : key };
    });
    var direction = ascending ? 1 : -1;
    rows.sort(function (a, b) {
      var order;
      if (numeric) {
        if (a.key === null || b.key === null) {
          order = a.key === b.key ? 0 : (a.key === null ? 1 : -1);
          return order !== 0 ? order : a.index - b.index;
        }
        order = a.key - b.key;
      } else {
        order = a.key.localeCompare(b.key, undefined, { numeric: true });
      }
      return order !== 0 ? direction * order : a.index - b.index;
    });
    rows.forEach(function (entry) { body.appendChild(entry.row); });
  }

  // ---- Start -----------------------------------------------------------------------------------------------

  segmented('x-axis-switch', 'data-x', state.x, function (value) { state.x = value; });
  segmented('loss-scale-switch', 'data-scale', state.lossScale, function (value) { state.lossScale = value; });
  segmented('telemetry-scale-switch', 'data-scale', state.telemetryScale, function (value) { state.telemetryScale = value; });
  wireLegend();
  var table = document.getElementById('summary-table');
  if (table) {
    wireTable(table);
  }
  createCharts();
}());
