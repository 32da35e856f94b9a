/*
 * Hess-Trucks report: draws the charts from the embedded data and sorts the summary table.
 * Plain JavaScript, no build step. Every label drawn here comes from the JSON block (parsed, never
 * evaluated) and reaches the DOM as text or through ECharts' canvas; tooltips escape it.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);

  // The training loss comes as its gap to the problem's best loss (so small gaps keep their digits): keep the
  // gap for the "gap to best" scale, and add the best back for the others.
  data.problems.forEach(function (problem) {
    var best = problem.bestLoss;
    problem.groups.forEach(function (group) {
      group.lossGap = group.loss;
      if (best !== null && isFinite(best)) {
        var add = function (values) {
          return values ? values.map(function (v) { return v === null ? null : v + best; }) : values;
        };
        group.loss = { median: add(group.lossGap.median), min: add(group.lossGap.min), max: add(group.lossGap.max) };
      }
    });
  });

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
    tau: 1,                         // an index into data.rankings.taus
    heatMetric: 'finalLoss',        // 'finalLoss' | 'cost0' | 'cost1' (cost to target by measure)
    hidden: {}                      // optimizer label -> true when hidden
  };

  var MEASURES = ['gradient-equivalents', 'optimizer seconds'];

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
        return (group.loss.min || group.loss.median).every(function (v) { return !usable(v) || v > 0; });
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
      var lo = band.min ? transform(band.min[i]) : y;
      var hi = band.max ? transform(band.max[i]) : y;
      rows.push([x, y, lo === null ? y : lo, hi === null ? y : hi,
        typeof seeds === 'number' ? seeds : seeds ? seeds[i] : 1]);
    }
    return { rows: rows, dropped: dropped };
  }

  /** "drawn: 500 of 2000 checkpoints" when a long series was downsampled to keep the page small. */
  function binNote(groups, unit) {
    var most = 0;
    var drawn = 0;
    groups.forEach(function (group) {
      if (group.points > most) {
        most = group.points;
        drawn = group.iteration.length;
      }
    });
    return most > drawn ? 'drawn: ' + drawn + ' of ' + most + ' ' + unit + ', extremes kept' : '';
  }

  /**
   * Maps an iteration of one optimizer on one problem to the page's x axis: itself on the iteration axis,
   * else interpolated between that group's checkpoints (null outside them or without a group).
   */
  function xMapper(problemIndex, optimizerIndex) {
    if (state.x === 'iteration') {
      return function (it) { return it; };
    }
    var group = (data.problems[problemIndex] || { groups: [] }).groups.filter(function (g) {
      return g.optimizer === optimizerIndex;
    })[0];
    if (!group) {
      return function () { return null; };
    }
    var its = group.iteration;
    var xs = group[state.x];
    return function (it) {
      var lo = 0;
      var hi = its.length - 1;
      if (hi < 0 || it < its[0] || it > its[hi]) {
        return null;
      }
      while (hi - lo > 1) {
        var mid = (lo + hi) >> 1;
        if (its[mid] <= it) { lo = mid; } else { hi = mid; }
      }
      if (its[lo] === it || hi === lo) {
        return usable(xs[lo]) ? xs[lo] : null;
      }
      var f = (it - its[lo]) / (its[hi] - its[lo]);
      return usable(xs[lo]) && usable(xs[hi]) ? xs[lo] + f * (xs[hi] - xs[lo]) : null;
    };
  }

  function mapXs(iterations, mapper) {
    return iterations.map(function (it) { return mapper(it); });
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
        // Every item gets an element (an empty group but the first): ECharts 5.3 fails removing items that had none.
        if (params.dataIndexInside !== 0) {
          return { type: 'group', children: [] };
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
  function lineChart(xName, yName, yLog, series, compact) {
    return {
      animation: false,
      grid: compact ? { left: 46, right: 10, top: 10, bottom: 30 } : { left: 72, right: 24, top: 14, bottom: 78 },
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
        nameGap: compact ? 18 : 26,
        nameTextStyle: compact ? { fontSize: 10 } : undefined,
        scale: false,
        axisLabel: { formatter: formatTick, hideOverlap: true },
        splitLine: { lineStyle: { color: '#eef0f3' } }
      },
      yAxis: {
        type: yLog ? 'log' : 'value',
        name: compact ? '' : yName,
        nameLocation: 'middle',
        nameGap: 56,
        nameTruncate: { maxWidth: 210, ellipsis: '\u2026' },
        scale: !yLog,
        boundaryGap: yLog ? undefined : ['4%', '4%'],
        axisLabel: { formatter: formatTick, hideOverlap: true },
        splitLine: { lineStyle: { color: '#eef0f3' } }
      },
      dataZoom: compact ? [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }] : [
        { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
        { type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 16, bottom: 8, showDetail: false }
      ],
      series: series
    };
  }

  // ---- The charts ------------------------------------------------------------------------------------------

  /** The loss, gradient-norm or held-out chart of a problem; compact for a small-multiple panel. */
  function convergenceOption(problem, kind, metric, compact) {
    var log;
    var yName;
    var note = '';
    var bandOf = function (group) { return group[kind]; };
    if (kind === 'heldOut') {
      bandOf = function (group) { return group.heldOut[metric]; };
      log = metric === 'loss' && state.lossScale !== 'linear';
      yName = 'held-out ' + metric;
    } else if (kind === 'gradientNorm') {
      log = true;
      yName = 'gradient norm';
    } else if (state.lossScale === 'gap' && usable(problem.bestLoss)) {
      log = true;
      bandOf = function (group) { return group.lossGap; };
      yName = 'loss \u2212 best';
      note = 'loss minus ' + formatNumber(problem.bestLoss) + ', the least loss seen on this problem; points at it are not drawn';
    } else {
      log = state.lossScale !== 'linear';
      yName = 'loss';
    }
    var transform = function (v) { return onAxis(v, log); };
    var series = [];
    var bands = [];
    var dropped = 0;
    problem.groups.forEach(function (group) {
      var optimizer = data.optimizers[group.optimizer];
      var band = bandOf(group);
      if (!band) {
        return;
      }
      var result = bandRows(group[state.x], band, group.count || group.seeds, transform);
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
      option: lineChart(X_AXES[state.x], yName, log, series.concat(bands), compact),
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
      var xs = mapXs(group.iteration, xMapper(chart.problem, group.optimizer));
      var result = bandRows(xs, group.values, group.count || group.seeds, function (v) { return onAxis(v, log); });
      dropped += result.dropped;
      series.push(medianSeries(optimizer, result.rows));
      if (group.seeds > 1) {
        bands.push(bandSeries(optimizer, result.rows));
      }
    });
    return {
      option: lineChart(state.x === 'iteration' ? 'iteration' : X_AXES[state.x] + ' (interpolated)', name, log,
        series.concat(bands)),
      note: joinNotes([dropped > 0 && log ? droppedNote(dropped) : '', binNote(chart.groups, 'iterations')])
    };
  }

  // ---- Rankings ----------------------------------------------------------------------------------------------

  /** One step line per optimizer: the fraction of problems at or below each x. */
  function profileOption(kind, measure) {
    var rankings = data.rankings;
    var n = rankings.problems;
    var steps = (kind === 'performance' ? rankings.performance : rankings.data)[measure][state.tau];
    var most = 0;
    var least = Infinity;
    steps.forEach(function (values) {
      values.forEach(function (v) {
        if (v > 0) {
          most = Math.max(most, v);
          least = Math.min(least, v);
        }
      });
    });
    if (kind === 'performance') {
      least = 1;
      most = Math.max(most * 1.5, 2);
    } else {
      most = most * 1.5;
    }
    var series = steps.map(function (values, s) {
      var optimizer = data.optimizers[s];
      // A performance profile starts at ratio 1, a data profile at the least budget of any optimizer, both at 0.
      var rows = [[least === Infinity ? 1 : least, 0]];
      values.forEach(function (v, i) {
        if (v > 0) {
          rows.push([v, (i + 1) / n]);
        }
      });
      if (rows.length > 0 && most > 0) {
        rows.push([most, rows[rows.length - 1][1]]);
      }
      return {
        type: 'line', name: optimizer.label, data: rows, step: 'end', color: optimizer.color, showSymbol: false,
        lineStyle: { width: 2 }, emphasis: { focus: 'series' }
      };
    });
    var xName = kind === 'performance'
      ? 'ratio to the cheapest, \u03B1 (' + MEASURES[measure] + ')'
      : 'budget, ' + MEASURES[measure];
    return {
      option: {
        animation: false,
        grid: { left: 64, right: 24, top: 14, bottom: 50 },
        legend: { show: false, selected: legendSelection() },
        tooltip: {
          trigger: 'axis', confine: true,
          formatter: function (params) {
            var lines = params.map(function (p) {
              return p.marker + escapeHtml(p.seriesName) + ': <b>' + formatNumber(p.data[1] * 100) + '%</b>';
            });
            return lines.length === 0 ? '' : escapeHtml(xName) + ' ' + formatNumber(params[0].data[0]) + '<br>' + lines.join('<br>');
          }
        },
        xAxis: {
          type: 'log', logBase: kind === 'performance' ? 2 : 10, name: xName, nameLocation: 'middle', nameGap: 26,
          min: least === Infinity ? 1 : least, max: most > 0 ? most : undefined,
          axisLabel: { formatter: formatTick, hideOverlap: true }, splitLine: { lineStyle: { color: '#eef0f3' } }
        },
        yAxis: {
          type: 'value', min: 0, max: 1, name: 'fraction of problems', nameLocation: 'middle', nameGap: 40,
          splitLine: { lineStyle: { color: '#eef0f3' } }
        },
        series: series
      },
      note: ''
    };
  }

  // ---- Probes ------------------------------------------------------------------------------------------------

  function probeOption(chart) {
    var mappers = {};
    var series = chart.series.map(function (line) {
      var optimizer = data.optimizers[line.optimizer];
      var mapper = mappers[line.optimizer] || (mappers[line.optimizer] = xMapper(chart.problem, line.optimizer));
      var rows = [];
      line.iteration.forEach(function (it, i) {
        var x = mapper(it);
        if (usable(x) && usable(line.values[i])) {
          rows.push([x, line.values[i], line.seed, line.component]);
        }
      });
      return {
        type: 'line', name: optimizer.label, data: rows, color: optimizer.color, showSymbol: rows.length <= 12,
        symbolSize: 4, lineStyle: { width: line.component >= 0 ? 1 : 2 }, emphasis: { focus: 'series' }
      };
    });
    var option = lineChart(X_AXES[state.x], chart.value, false, series);
    option.tooltip = {
      trigger: 'item', confine: true,
      formatter: function (p) {
        var row = p.data;
        return p.marker + escapeHtml(p.seriesName) + ', seed ' + escapeHtml(row[2]) +
          (row[3] >= 0 ? ' [' + row[3] + ']' : '') + '<br>' + escapeHtml(chart.probe) + ' ' + escapeHtml(chart.value) +
          ': <b>' + formatNumber(row[1]) + '</b> at ' + escapeHtml(X_AXES[state.x]) + ' ' + formatNumber(row[0]);
      }
    };
    return { option: option, note: '' };
  }

  // ---- Eigenspaces -------------------------------------------------------------------------------------------

  /**
   * An eigenspace chart: each curve's median as a line (solid, thin or dashed) and, where it has one, its band.
   * Series are named by optimizer, so the page's legend shows and hides them; the tooltip names the curve.
   */
  function eigenOption(chart) {
    var log = chart.logY;
    var floor = null;
    if (log && chart.floor > 0) {
      var peak = 0;
      chart.curves.forEach(function (curve) {
        curve.median.forEach(function (v) {
          if (usable(v) && v > peak) {
            peak = v;
          }
        });
      });
      floor = peak * chart.floor;
    }
    var transform = function (v) {
      var y = onAxis(v, log);
      return y !== null && floor !== null && y < floor ? null : y;
    };
    var series = [];
    var bands = [];
    var labels = [];
    var dropped = 0;
    chart.curves.forEach(function (curve) {
      var optimizer = data.optimizers[curve.optimizer] || { label: curve.label, color: '#5f6b7a' };
      var look = { label: optimizer.label, color: curve.color || optimizer.color };
      var xs = chart.training ? mapXs(curve.x, xMapper(chart.problem, curve.optimizer)) : curve.x;
      var result = bandRows(xs, { median: curve.median, min: curve.low, max: curve.high }, curve.seeds, transform);
      if (floor === null) {
        dropped += result.dropped;
      }
      var line = medianSeries(look, result.rows);
      line.lineStyle = { width: curve.style === 'thin' ? 1 : 2, type: curve.style === 'dashed' ? 'dashed' : 'solid' };
      line.showSymbol = result.rows.length <= 12;
      labels[series.length] = curve.label;
      series.push(line);
      if (curve.low && curve.high) {
        bands.push(bandSeries(look, result.rows));
      }
    });
    var xName = chart.training
      ? (state.x === 'iteration' ? 'iteration' : X_AXES[state.x] + ' (interpolated)')
      : chart.xName;
    var option = lineChart(xName, chart.yName, log, series.concat(bands));
    if (chart.logX) {
      option.xAxis.type = 'log';
      option.xAxis.logBase = 2;
    }
    option.tooltip = {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line' },
      formatter: function (params) {
        var lines = params
          .filter(function (p) { return p.seriesType === 'line'; })
          .map(function (p) {
            var row = p.data;
            var text = p.marker + escapeHtml(labels[p.seriesIndex]) + ': <b>' + formatNumber(row[1]) + '</b>';
            if (row[2] !== row[1] || row[3] !== row[1]) {
              text += ' <span style="color:#5f6b7a">[' + formatNumber(row[2]) + ', ' + formatNumber(row[3]) + ']' +
                (row[4] > 1 ? ', ' + row[4] + ' seeds' : '') + '</span>';
            }
            return text;
          });
        return lines.length === 0 ? '' : escapeHtml(xName) + ' ' + formatNumber(params[0].data[0]) + '<br>' +
          lines.join('<br>');
      }
    };
    return { option: option, note: dropped > 0 && log ? droppedNote(dropped) : '' };
  }

  // ---- Microbenchmarks ---------------------------------------------------------------------------------------

  function jmhOption(unitIndex) {
    var units = [];
    data.jmh.rows.forEach(function (row) {
      if (units.indexOf(row.unit) < 0) {
        units.push(row.unit);
      }
    });
    var unit = units[unitIndex];
    var rows = data.jmh.rows.filter(function (row) { return row.unit === unit; });
    var names = rows.map(function (row) { return row.params ? row.name + ' ' + row.params : row.name; });
    var bars = rows.map(function (row, i) { return [usable(row.score) ? row.score : 0, i, row.error]; });
    return {
      option: {
        animation: false,
        grid: { left: 12, right: 40, top: 10, bottom: 40, containLabel: true },
        tooltip: {
          trigger: 'item', confine: true,
          formatter: function (p) {
            var row = rows[p.data[1]];
            return escapeHtml(names[p.data[1]]) + '<br><b>' + formatNumber(row.score) + '</b> \u00B1 ' +
              formatNumber(row.error) + ' ' + escapeHtml(unit);
          }
        },
        xAxis: { type: 'value', name: unit, nameLocation: 'middle', nameGap: 24 },
        yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 320, overflow: 'truncate' } },
        series: [
          { type: 'bar', name: 'score', data: bars, encode: { x: 0, y: 1 }, color: '#4e79a7', barMaxWidth: 22 },
          {
            type: 'custom', name: 'error', data: bars, encode: { x: 0, y: 1 }, silent: true, z: 3,
            renderItem: function (params, api) {
              var error = api.value(2);
              if (!usable(error) || error <= 0) {
                return { type: 'group', children: [] };
              }
              var score = api.value(0);
              var lo = api.coord([score - error, api.value(1)]);
              var hi = api.coord([score + error, api.value(1)]);
              var cap = 5;
              var style = { stroke: '#1d2733', lineWidth: 1.5 };
              return {
                type: 'group',
                children: [
                  { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: style },
                  { type: 'line', shape: { x1: lo[0], y1: lo[1] - cap, x2: lo[0], y2: lo[1] + cap }, style: style },
                  { type: 'line', shape: { x1: hi[0], y1: hi[1] - cap, x2: hi[0], y2: hi[1] + cap }, style: style }
                ]
              };
            }
          }
        ]
      },
      note: ''
    };
  }

  // ---- Heat maps and the table's cost to target --------------------------------------------------------------

  /** The chosen metric of one group: its median final loss, or its median cost to target at the page's tau. */
  function groupMetric(group) {
    if (state.heatMetric === 'finalLoss') {
      return group.stats.finalLoss;
    }
    var value = group.stats.costToTarget[Number(state.heatMetric.slice(4))][state.tau];
    return value === null ? Infinity : value;
  }

  function heatText(value) {
    if (value === Infinity) {
      return 'not reached';
    }
    return formatNumber(value);
  }

  /** Rows x columns of problem indices: a grid's panels, or (without a grid) problems x optimizers. */
  function renderHeatmaps() {
    document.querySelectorAll('.heatmap').forEach(function (box) {
      var g = Number(box.getAttribute('data-grid'));
      var table = document.createElement('table');
      table.className = 'heat-table';
      var head = table.createTHead().insertRow();
      var corner = document.createElement('th');
      head.appendChild(corner);
      var cells = [];
      var addHead = function (text) {
        var th = document.createElement('th');
        th.textContent = text;
        head.appendChild(th);
      };
      var body = table.createTBody();
      if (g >= 0) {
        var grid = data.grids[g];
        corner.textContent = 'depth \\ batch';
        grid.batchSizes.forEach(function (b) { addHead('batch ' + b); });
        grid.depths.forEach(function (depth, r) {
          var tr = body.insertRow();
          var th = document.createElement('th');
          th.textContent = depth === '' ? '\u2014' : depth;
          tr.appendChild(th);
          grid.panels[r].forEach(function (p) {
            var td = tr.insertCell();
            if (p < 0) {
              td.textContent = '\u2014';
              return;
            }
            var best = null;
            var all = [];
            data.problems[p].groups.forEach(function (group) {
              var v = groupMetric(group);
              if (state.hidden[data.optimizers[group.optimizer].label]) {
                return;
              }
              all.push(data.optimizers[group.optimizer].label + ': ' + heatText(v));
              if (usable(v) || v === Infinity) {
                if (best === null || v < best.value) {
                  best = { value: v, optimizer: group.optimizer };
                }
              }
            });
            td.title = all.join('\n');
            if (best !== null) {
              var swatch = document.createElement('span');
              swatch.className = 'swatch';
              swatch.style.backgroundColor = data.optimizers[best.optimizer].color;
              var label = document.createElement('span');
              label.className = 'heat-label';
              label.textContent = data.optimizers[best.optimizer].label;
              var value = document.createElement('b');
              value.textContent = heatText(best.value);
              td.appendChild(value);
              td.appendChild(document.createElement('br'));
              td.appendChild(swatch);
              td.appendChild(label);
              cells.push({ td: td, value: best.value });
            }
          });
        });
      } else {
        corner.textContent = 'problem';
        data.optimizers.forEach(function (o) { addHead(o.label); });
        data.problems.forEach(function (problem) {
          var tr = body.insertRow();
          var th = document.createElement('th');
          th.textContent = problem.label;
          tr.appendChild(th);
          data.optimizers.forEach(function (o, index) {
            var td = tr.insertCell();
            var group = problem.groups.filter(function (gr) { return gr.optimizer === index; })[0];
            if (!group) {
              td.textContent = '\u2014';
              return;
            }
            var v = groupMetric(group);
            td.textContent = heatText(v);
            if (usable(v) || v === Infinity) {
              cells.push({ td: td, value: v });
            }
          });
        });
      }
      shade(cells);
      box.textContent = '';
      box.appendChild(table);
    });
  }

  /** Darker for better (smaller), by rank over the table; unreached cells stay pale. */
  function shade(cells) {
    var finite = cells.filter(function (c) { return usable(c.value); })
      .sort(function (a, b) { return a.value - b.value; });
    finite.forEach(function (c, rank) {
      var strength = finite.length === 1 ? 1 : 1 - rank / (finite.length - 1);
      c.td.style.backgroundColor = 'rgba(78, 121, 167, ' + (0.08 + 0.5 * strength).toFixed(3) + ')';
    });
  }

  /** The summary table's cost-to-target cells at the page's tau. */
  function updateTargets() {
    var tau = data.rankings ? data.rankings.taus[state.tau] : 1e-3;
    document.querySelectorAll('.tau-label').forEach(function (label) {
      label.textContent = '(\u03C4 = ' + tau.toExponential(0).replace('e+', 'e') + ')';
    });
    document.querySelectorAll('td.target').forEach(function (td) {
      var value = td.getAttribute('data-taus').split('|')[state.tau];
      if (value === '') {
        td.textContent = '\u2014';
        td.setAttribute('data-sort', '');
      } else if (value === 'inf') {
        td.textContent = 'not reached';
        td.setAttribute('data-sort', '');
      } else {
        td.textContent = formatNumber(Number(value));
        td.setAttribute('data-sort', value);
      }
    });
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
      // A tooltip or axis pointer showing while its axis is replaced breaks ECharts: put them away first.
      chart.instance.dispatchAction({ type: 'hideTip' });
      chart.instance.dispatchAction({ type: 'updateAxisPointer', currTrigger: 'leave' });
      chart.instance.setOption(built.option, { notMerge: true });
      setNote(chart.noteKey, built.note);
    });
    renderHeatmaps();
    updateTargets();
  }

  function createCharts() {
    document.querySelectorAll('.chart').forEach(function (el) {
      var kind = el.getAttribute('data-kind');
      var build;
      var noteKey;
      var problemIndex = Number(el.getAttribute('data-problem'));
      if (kind === 'loss' || kind === 'gradientNorm') {
        build = function () { return convergenceOption(data.problems[problemIndex], kind); };
        noteKey = kind + '-' + problemIndex;
      } else if (kind === 'heldOut') {
        var metric = el.getAttribute('data-metric');
        build = function () { return convergenceOption(data.problems[problemIndex], 'heldOut', metric); };
        noteKey = 'heldOut-' + metric + '-' + problemIndex;
      } else if (kind === 'panel') {
        build = function () { return convergenceOption(data.problems[problemIndex], 'loss', null, true); };
      } else if (kind === 'performance' || kind === 'data') {
        var measure = Number(el.getAttribute('data-measure'));
        build = function () { return profileOption(kind, measure); };
      } else if (kind === 'probe') {
        var probeIndex = Number(el.getAttribute('data-index'));
        build = function () { return probeOption(data.probes[probeIndex]); };
      } else if (kind === 'eigen') {
        var eigenIndex = Number(el.getAttribute('data-index'));
        build = function () { return eigenOption(data.eigenspaces[eigenIndex]); };
        noteKey = 'eigen-' + eigenIndex;
      } else if (kind === 'jmh') {
        var unitIndex = Number(el.getAttribute('data-unit'));
        var units = [];
        data.jmh.rows.forEach(function (row) {
          if (units.indexOf(row.unit) < 0) {
            units.push(row.unit);
          }
        });
        var bars = data.jmh.rows.filter(function (row) { return row.unit === units[unitIndex]; }).length;
        el.style.height = (70 + 34 * bars) + 'px';
        build = function () { return jmhOption(unitIndex); };
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
        renderHeatmaps();
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
  segmented('tau-switch', 'data-tau', String(state.tau), function (value) { state.tau = Number(value); });
  segmented('heat-metric-switch', 'data-metric', state.heatMetric, function (value) { state.heatMetric = value; });
  wireLegend();
  document.querySelectorAll('table.sortable').forEach(wireTable);
  createCharts();
}());
